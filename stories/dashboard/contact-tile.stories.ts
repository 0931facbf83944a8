import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/contact-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** Contact the agency: phone (as text), message, appointment. */
const stories = tileStories({
  tag: 'mc-contact-tile',
  method: 'getContactChannels',
  account: 'theme',
  empty: (a) => {
    answer(a, 'getContactChannels', { agencyName: 'Caf du Finistère', channels: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Contact' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
