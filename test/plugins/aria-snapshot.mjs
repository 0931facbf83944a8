// Server command `aria-snapshot`: Chromium's accessibility tree of the first element matching `selector`
// (CSS, piercing shadow roots), as Playwright's YAML aria snapshot, e.g. `- button "Envoyer En cours…"`.
// Browser side: `ariaSnapshot(selector)` from test/plugins/aria-snapshot.browser.ts.
export function ariaSnapshotPlugin() {
  return {
    name: 'aria-snapshot-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-snapshot') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('aria-snapshot needs the playwright launcher');
      const page = session.browser.getPage(session.id);
      return page.locator(payload?.selector ?? 'body').first().ariaSnapshot({ timeout: 5000 });
    },
  };
}
