import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/account-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** Manage my account: last connection, password, history, authorisations. */
const stories = tileStories({
  tag: 'mc-account-tile',
  method: 'getAccountHistory',
  account: 'theme',
  empty: (a) => {
    answer(a, 'getAccountHistory', { events: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Account' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
