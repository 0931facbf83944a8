import type { Meta } from '@storybook/web-components-vite';
import '@moncompte/components/payments-tile.js';
import { answer, tileStories } from './tile-stories.js';

/** Payments and rights: last payment (paid to a third party here), family quotient, payment links. */
const stories = tileStories({
  tag: 'mc-payments-tile',
  method: 'getPaymentsSummary',
  account: 'caf',
  empty: (a) => {
    answer(a, 'getPaymentsSummary', { lastPayment: null, recentPayments: [], rights: [], familyQuotient: null, attestations: [], lastStatement: null, resources: { declarationRequired: false, dueDate: null }, debts: { count: 0, totalAmount: 0 } });
  },
});

const meta: Meta = { ...stories.meta, title: 'Dashboard/Tiles/Payments' };
export default meta;
export const Loaded = stories.Loaded;
export const Loading = stories.Loading;
export const ErrorState = { ...stories.Error, name: 'Error' };
export const Empty = stories.Empty;
