import type { PageModule } from './page.js';
import { comingSoon } from './coming-soon.js';

export const page: PageModule = {
  render: () => comingSoon('la déclaration d’un changement de situation, étape par étape.'),
};
