import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/files-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** My files: switch the current file; "Fabrice Carré vous autorise à gérer son dossier". */
const stories = tileStories({
  tag: 'mc-files-tile',
  method: 'getFiles',
  account: 'caf',
  empty: (a) => {
    answer(a, 'getFiles', { currentFileId: null, files: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Files' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
