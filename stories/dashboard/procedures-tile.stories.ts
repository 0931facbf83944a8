import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/procedures-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** Procedures in progress and the three actions. */
const stories = tileStories({
  tag: 'mc-procedures-tile',
  method: 'getProcedures',
  account: 'caf',
  empty: (a) => {
    answer(a, 'getProcedures', { inProgress: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Procedures' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
