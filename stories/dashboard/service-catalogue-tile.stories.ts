import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/service-catalogue-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** The MSA service catalogue: "Mes services pro" / "Mes services perso". */
const stories = tileStories({
  tag: 'mc-service-catalogue-tile',
  method: 'getServiceCatalogue',
  account: 'msa',
  empty: (a) => {
    answer(a, 'getServiceCatalogue', { groups: [] });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/ServiceCatalogue' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
