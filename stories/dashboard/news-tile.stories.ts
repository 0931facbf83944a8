import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/news-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** "La Caf m'informe" / "La MSA m'informe": the agency name follows the toolbar theme. */
const stories = tileStories({
  tag: 'mc-news-tile',
  method: 'getNews',
  account: 'theme',
  empty: (a) => {
    answer(a, 'getNews', { items: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/News' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
