import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/account-history.js';
import { answer, tileStories } from './dashboard/tile-stories.js';

/** "Voir mon historique": what was done on the account, most recent first, in a card with the tiles' states. */
const stories = tileStories({
  tag: 'mc-account-history',
  method: 'getAccountHistory',
  account: 'theme',
  empty: (a) => {
    answer(a, 'getAccountHistory', { events: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Compte/Mon historique' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
