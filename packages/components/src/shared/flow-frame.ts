/** The frame of a flow step: flow title, step heading with progress, notes, failure, the form, actions, "leave". */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterError } from '@moncompte/core';
import type { FlowRunner } from './flow-action.js';
import type { StepProgress } from './flow-steps.js';
import { renderNote, type FlowNote } from './flow-notes.js';
import { renderActions, renderFailure, renderLeave, renderStepHeading, type Translate } from './flow-view.js';

/** What a flow element exposes to the frame. */
export interface FrameHost {
  readonly t: Translate;
  readonly runner: FlowRunner;
  readonly steps: { readonly progress: StepProgress | undefined; readonly canGoBack: boolean };
  readonly note: FlowNote;
  /** Set when a submit failed on invalid fields: native controls then show their errors. */
  submitted: boolean;
  back(): void;
  leave(): void;
  /** A flow's own wording for a failure (e.g. "un compte existe déjà"), instead of the generic one. */
  failureText?(error: AdapterError): string | undefined;
  /** A flow of a signed-in page (the password change): no "Revenir à la connexion" under its form. */
  readonly signedIn?: boolean;
}

export function renderFrame(host: FrameHost, heading: string, body: unknown, submit: string, onSubmit: () => void): TemplateResult {
  const { t, runner, steps } = host;
  const failure = runner.failure;
  return html`${renderStepHeading(t, heading, steps.progress)} ${renderNote(t, host.note)}
    ${renderFailure(t, failure, runner.retry, runner.busy, failure && host.failureText?.(failure))}
    <form
      class="mc-flow__form"
      novalidate
      @mc-form-invalid=${() => (host.submitted = true)}
      @submit=${(e: Event) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <mc-error-summary heading-level="4"></mc-error-summary>
      ${body} ${renderActions(t, submit, runner.busy, steps.canGoBack ? () => host.back() : undefined)}
    </form>
    ${host.signedIn ? nothing : renderLeave(t, () => host.leave())}`;
}
