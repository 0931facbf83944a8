import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/profile-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** Profile: situation, address, e-mail and the "Consulter ou modifier" link. */
const stories = tileStories({
  tag: 'mc-profile-tile',
  method: 'getProfile',
  account: 'theme',
  empty: (a) => {
    answer(a, 'getProfile', { person: { id: 'p', firstName: 'Awa', lastName: 'Diallo' }, fileNumber: null, situation: [], address: null, email: null, mobile: null });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Profile' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
