/**
 * The polite announcements of the wizard: the character count of a text answer, said once the person stops
 * typing for a moment (GOV.UK's character count), never at each keystroke; and "a question was added" when an
 * answer reveals a question (`showIf`). Time comes from the wizard's `clock`, so tests run it forward.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../shared/form-clock.js';

/** How long typing must pause before the count is announced. */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

export class Announcer implements ReactiveController {
  /** The text of each question's count live region, by question id. */
  private readonly counts = new Map<string, string>();
  private readonly timers = new Map<string, number>();
  /** The text of the step's live region (questions revealed). */
  revealed = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly clock: () => Clock,
  ) {
    host.addController(this);
  }

  /** The count announced for a question ('' until the first pause). */
  count(questionId: string): string {
    return this.counts.get(questionId) ?? '';
  }

  /** The person typed: `message` is announced once typing pauses. */
  typed(questionId: string, message: string): void {
    const clock = this.clock();
    clock.clearTimeout(this.timers.get(questionId));
    this.timers.set(
      questionId,
      clock.setTimeout(() => {
        this.timers.delete(questionId);
        this.counts.set(questionId, message);
        this.host.requestUpdate();
      }, COUNT_ANNOUNCE_DELAY_MS),
    );
  }

  /** A new step: nothing pending, nothing said. */
  reset(): void {
    const clock = this.clock();
    for (const id of this.timers.values()) clock.clearTimeout(id);
    this.timers.clear();
    this.counts.clear();
    this.revealed = '';
  }

  hostDisconnected(): void {
    this.reset();
  }
}
