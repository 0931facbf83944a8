import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The accessibility tree under the first element matching `selector` (shadow roots pierced), as the browser
 * exposes it to assistive technologies, in Playwright's aria-snapshot YAML: `- button "Envoyer En cours…"`.
 * Names are computed by Chromium, so this checks what a screen reader gets, not what the DOM says.
 */
export function ariaSnapshot(selector = 'body'): Promise<string> {
  return executeServerCommand<string, { selector: string }>('aria-snapshot', { selector });
}
