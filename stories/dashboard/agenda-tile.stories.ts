import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/agenda-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** The next six months, by month, dates in the page's language. */
const stories = tileStories({
  tag: 'mc-agenda-tile',
  method: 'getAgenda',
  account: 'theme',
  empty: (a) => {
    answer(a, 'getAgenda', { from: '2026-01-01', to: '2026-07-01', events: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Agenda' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
