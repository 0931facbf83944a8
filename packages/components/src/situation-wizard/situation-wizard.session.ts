/**
 * The session of `mc-situation-wizard` expiring mid-declaration: any of its calls answering `unauthorized` (loading
 * the flow or the household, saving a draft, declaring) asks to log in again through `ReauthController`. Unless the
 * page cancels `mc-reauth-required` (then the failure notice offers `login-href`), the wizard shows a login form in
 * place of its screen, the answers kept in memory; once logged in, the same screen is back with them, the heading
 * focused and "Vous êtes reconnecté" said, and what failed in the background (loading, the draft) is done again.
 * A declaration is not sent again by itself: "Valider ma déclaration" is the user's to press.
 */
import type { ReactiveController } from 'lit';
import type { AdapterError } from '@moncompte/core';
import { ReauthController } from '../shared/flow-reauth.js';
import type { McSituationWizard } from './situation-wizard.component.js';

const expired = (failure: AdapterError | undefined) => failure?.kind === 'unauthorized';

export class WizardSession implements ReactiveController {
  readonly reauth: ReauthController;
  /** Where the wizard was when it resumed (`screen:step`): "Vous êtes reconnecté" is said there until it moves on. */
  private resumedAt = '';
  /** The current expiry was already handled (asked, or left to the page). */
  private handled = false;

  constructor(private readonly host: McSituationWizard) {
    this.reauth = new ReauthController(host, {
      flow: 'situation-wizard',
      step: () => host.stepId || host.screen,
      keys: { title: 'situation.reauth.title', text: 'situation.reauth.text', otherPerson: 'situation.reauth.otherPerson' },
      adapter: () => host.runner.adapter,
      onResume: () => this.resume(),
    });
    host.addController(this);
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
    if (!this.failures.some(expired)) {
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
