import type { PageModule } from './page.js';
import { comingSoon } from './coming-soon.js';

export const page: PageModule = {
  render: () => comingSoon('l’envoi de justificatifs (PDF, JPEG ou PNG), avec leur vérification avant l’envoi.'),
};
