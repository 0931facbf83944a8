import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/alerts-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** Alerts and messages: missing information, important notices, the latest messages and the unread count. */
const stories = tileStories({
  tag: 'mc-alerts-tile',
  method: 'getAlerts',
  account: 'theme',
  empty: (a) => {
    answer(a, 'getAlerts', { alerts: [] }); answer(a, 'getMessagesSummary', { unreadCount: 0, totalCount: 0, latest: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Alerts' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
