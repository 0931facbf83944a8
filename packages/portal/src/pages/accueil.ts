import type { PageModule } from './page.js';
import { comingSoon } from './coming-soon.js';

export const page: PageModule = {
  render: () => comingSoon('le tableau de bord (paiements, messages, démarches en cours et documents à fournir).'),
};
