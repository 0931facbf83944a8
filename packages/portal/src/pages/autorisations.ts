import type { PageModule } from './page.js';
import { comingSoon } from './coming-soon.js';

export const page: PageModule = {
  render: () => comingSoon('la gestion des personnes autorisées à consulter ou gérer votre compte.'),
};
