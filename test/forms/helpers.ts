// Helpers of the form-element tests: a fake clock, real paste events, themed fixtures.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Clock } from '@moncompte/components/shared/form-clock.js';
import { loadThemeFiles } from '../themes/check-theme.js';

/** A clock that only moves when told to; timers run in order of due time. */
export class FakeClock implements Clock {
  private time: number;
  private next = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start: string | number = '2026-03-02T10:00:00Z') {
    this.time = typeof start === 'number' ? start : Date.parse(start);
  }
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): number {
    const id = this.next++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }
  clearTimeout(id: number): void {
    this.timers.delete(id);
  }
  get pending(): number {
    return this.timers.size;
  }
  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
  iso(offsetMs: number): string {
    return new Date(this.time + offsetMs).toISOString();
  }
}

/**
 * Pastes `text` into the focused input as a user does: a real `paste` event carrying the text in its clipboard
 * data; when no listener cancels it, the browser's default action (inserting the text, with its `beforeinput` and
 * `input` events) is performed with `insertText`, since the browser does not act on script-dispatched events.
 * Returns whether the default action ran.
 */
export function paste(target: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (!target.dispatchEvent(event)) return false;
  // A single-line input drops line breaks from pasted text, as browsers do.
  document.execCommand('insertText', false, text.replace(/[\r\n]+/g, ''));
  return true;
}

let themesLoaded: Promise<unknown> | undefined;
/** Loads the CAF and MSA themes once (they apply under `[data-mc-theme]`). */
export function loadThemes(): Promise<unknown> {
  themesLoaded ??= loadThemeFiles(['caf.css', 'msa.css']);
  return themesLoaded;
}

export const THEMES = ['caf', 'msa'] as const;

/** A fixture inside a themed wrapper, as a portal page is. */
export async function themedFixture(theme: string, template: TemplateResult): Promise<HTMLElement> {
  await loadThemes();
  return fixture<HTMLElement>(html`<div data-mc-theme=${theme} data-mc-scheme="light">${template}</div>`);
}

/** Waits for the Lit update of every element given. */
export async function settled(...elements: (Element & { updateComplete?: Promise<unknown> })[]): Promise<void> {
  for (const el of elements) await el.updateComplete;
}
