// The pages the dashboard links to that the demo does not build yet (`upcoming` in routes.ts): what each will show,
// said plainly, instead of "Page introuvable".
import { comingSoon } from './coming-soon.js';
import type { PageModule } from './page.js';

export const page: PageModule = {
  render: (context) => comingSoon(context.route.upcoming ?? ''),
};
