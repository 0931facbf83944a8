/**
 * The session of `mc-situation-wizard` expiring mid-declaration: any of its calls answering `unauthorized` (loading
 * the flow or the household, saving a draft, declaring) asks to log in again through `ReauthController`. Unless the
 * page cancels `mc-reauth-required` (then the failure notice offers `login-href`), the wizard shows a login form in
 * place of its screen, the answers kept in memory; once logged in, the same screen is back with them, the heading
 * focused and "Vous êtes reconnecté" said, and what failed in the background (loading, the draft) is done again.
 * A declaration is not sent again by itself: "Valider ma déclaration" is the user's to press.
 *
 * And the session ending (`mc-logout` reaching the document, see `SessionEndController`): the call in flight is
 * dropped (a late answer changes nothing), the flows, the household, the declaration (flow, answers, summary,
 * receipt), the draft's copy in this tab and the login form of an expired session are forgotten; the wizard says
 * « Vous êtes déconnecté. » under its title until `mc-login` reaches the document, then starts again at its first
 * screen (the list of flows, or the flow of `flow`, whose draft saved on the back end may be offered again).
 */
import type { ReactiveController } from 'lit';
import type { AdapterError } from '@moncompte/core';
import { ReauthController } from '../shared/flow-reauth.js';
import { SessionEndController } from '../shared/session-end.js';
import type { McSituationWizard } from './situation-wizard.component.js';

const expired = (failure: AdapterError | undefined) => failure?.kind === 'unauthorized';

export class WizardSession implements ReactiveController {
  readonly reauth: ReauthController;
  private readonly signedOut: SessionEndController;
  /** Where the wizard was when it resumed (`screen:step`): "Vous êtes reconnecté" is said there until it moves on. */
  private resumedAt = '';
  /** The current expiry was already handled (asked, or left to the page). */
  private handled = false;

  constructor(private readonly host: McSituationWizard) {
    this.reauth = new ReauthController(host, {
      flow: 'situation-wizard',
      step: () => host.stepId || host.screen,
      keys: { title: 'situation.reauth.title', text: 'situation.reauth.text', otherPerson: 'situation.reauth.otherPerson' },
      // Signed out, nobody is asked for: the next session's person is, once it started.
      adapter: () => (this.ended ? undefined : host.runner.adapter),
      onResume: () => this.resume(),
    });
    this.signedOut = new SessionEndController(host, () => this.end());
    host.addController(this);
  }

  /** The session ended (`mc-logout`) and no new one started: the wizard shows only that. */
  get ended(): boolean {
    return this.signedOut.ended;
  }

  /** The session ended: no call in flight, nothing loaded, answered, kept in this tab or shown. */
  private end(): void {
    const { host } = this;
    host.runner.abort();
    host.flows.reset();
    host.household.reset();
    host.drafts.forget();
    this.reauth.forget();
    this.handled = false;
    this.resumedAt = '';
    // No declaration, nothing chosen: `idle` until the next session, which starts at the first screen.
    host.start('', false);
    host.screen = 'idle';
    host.chosen = host.stepId = '';
    host.progress = host.editing = undefined;
    host.submitted = host.returnToSummary = host.broken = host.focusPending = false;
    host.serverProblems = {};
  }

  private get place(): string {
    return `${this.host.screen}:${this.host.stepId}`;
  }

  /** Whether to say "Vous êtes reconnecté" on this screen. */
  get resumed(): boolean {
    return this.resumedAt !== '' && this.resumedAt === this.place;
  }

  private get failures(): (AdapterError | undefined)[] {
    const { host } = this;
    return [host.runner.failure, host.drafts.failure, host.flows.error, host.household.error];
  }

  /** Before each render: a new `unauthorized` asks to log in again, once. */
  hostUpdate(): void {
    if (this.ended || !this.failures.some(expired)) {
      this.handled = false;
      return;
    }
    if (this.handled || this.reauth.active) return;
    this.handled = true;
    this.reauth.request();
  }

  private resume(): void {
    const { host } = this;
    // Still handled until every failure is gone: a draft saved again answers after this render.
    this.handled = true;
    this.resumedAt = this.place;
    if (expired(host.runner.failure)) {
      // A flow that failed to load loads again; a declaration waits for the user's "Valider".
      if (host.screen === 'loading' && host.runner.retry) host.runner.retry();
      else host.runner.dismiss();
    }
    if (expired(host.drafts.failure)) host.drafts.save();
    if (expired(host.flows.error)) host.flows.retry();
    if (expired(host.household.error)) host.household.retry();
    void host.updateComplete.then(() => host.querySelector<HTMLElement>('[data-flow-heading]')?.focus());
  }
}
