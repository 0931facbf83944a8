import { html, type TemplateResult } from 'lit';

/** What a route shows until the element that fills it exists: said plainly, with what will be there. */
export function comingSoon(what: string): TemplateResult {
  return html`<p class="portal-coming-soon">Cette page arrive bientôt : ${what}</p>`;
}
