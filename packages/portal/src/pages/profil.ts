import type { PageModule } from './page.js';
import { comingSoon } from './coming-soon.js';

export const page: PageModule = {
  render: () => comingSoon('vos coordonnées, votre mot de passe et vos préférences de contact.'),
};
