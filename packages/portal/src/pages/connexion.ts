import type { PageModule } from './page.js';
import { comingSoon } from './coming-soon.js';

export const page: PageModule = {
  render: () => comingSoon('le formulaire de connexion (numéro de sécurité sociale ou identifiant provisoire, mot de passe), la première connexion et le code de confirmation.'),
};
