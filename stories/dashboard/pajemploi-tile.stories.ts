import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/pajemploi-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** Access to Pajemploi, only for people entitled to the CMG; hidden otherwise. */
const stories = tileStories({
  tag: 'mc-pajemploi-tile',
  method: 'getPajemploi',
  account: 'caf',
  empty: (a) => {
    answer(a, 'getPajemploi', { eligible: false, href: null });
  },
  emptyNote: 'Personne non bénéficiaire du CMG : la tuile Pajemploi se masque (rien ci-dessous).',
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Pajemploi' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
