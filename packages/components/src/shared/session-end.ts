/**
 * The end of the session, as the page says it: `mc-logout` reaching the `document`. Our "Déconnexion" button fires
 * it once the adapter has ended the session; a page that logs out by its own means, or learns that the session is
 * over (an idle timer, a message from its server), dispatches it itself:
 * `document.dispatchEvent(new CustomEvent('mc-logout', { bubbles: true, composed: true, detail: {} }))`.
 *
 * An element that shows account data loaded from the adapter takes one `SessionEndController`: at `mc-logout` it
 * forgets that data at once (`onEnd`: abort its loads, so that a late answer is dropped; close its dialogs; clear
 * what was typed) and renders a neutral signed-out state while `ended` is true. A new session starts (`onStart`,
 * the element loads again) when `mc-login` reaches the document: the page's log-in (a log-in again inside a flow,
 * which that flow keeps to itself, does not count; a page that logs in by its own means dispatches `mc-login` too).
 *
 * ```ts
 * private readonly signedOut = new SessionEndController(this, () => this.forget(), () => this.reload());
 * // forget(): abort the loads and actions in flight, clear the data and what was typed, close the dialogs
 * // render(): this.signedOut.ended ? html`<p>${t('logout.signedOut')}</p>` : …  (signedOutMessages, core)
 * ```
 *
 * A `@lit/task` load is best forgotten by running it again with a task function that returns nothing while `ended`
 * (see `TileTask`): the run aborts the load in flight, the task drops that load's answer whenever it comes, and the
 * value it held is let go. An action's own `AbortSignal` is checked after its answer too (`FlowRunner`).
 *
 * The page's log-outs and log-ins are counted once, by two listeners on `document` added with the first controller
 * and never removed: `mc-logout` in the capture phase, so that a listener stopping it on its way cannot leave the
 * data on screen; `mc-login` in the bubbling phase. An element hears them while it is connected; one that was off
 * the page meanwhile (kept aside by a framework: Vue's `<KeepAlive>`, a cached route) catches up when it comes
 * back, before it renders again, so that a log-out it missed still clears it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How many times the page logged out so far, and whether its last word was a log-out. */
let logouts = 0;
let out = false;
let listening = false;
/** The connected controllers, told at once. */
const connected = new Set<SessionEndController>();

const heard = (logout: boolean) => (): void => {
  if (logout) logouts += 1;
  out = logout;
  connected.forEach((controller) => controller.hostConnected());
};

export class SessionEndController implements ReactiveController {
  /** True from `mc-logout` until a new session starts: the element shows its signed-out state. */
  ended = false;
  /** The page's log-outs this element knows of. */
  private seen = logouts;

  /**
   * @param onEnd The session ended (`ended` is already true): forget the account's data now.
   * @param onStart A new session started after the end (`ended` is already false): load again.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEnd: () => void,
    private readonly onStart?: () => void,
  ) {
    if (!listening) {
      listening = true;
      document.addEventListener('mc-logout', heard(true), true);
      document.addEventListener('mc-login', heard(false));
    }
    host.addController(this);
  }

  /**
   * Connected, or told by the page (the document's listeners call it on every connected controller): catches up. A
   * log-out this element did not know of ends the session for it; a log-in after the end, if it is still the page's
   * last word, starts a new one.
   */
  hostConnected(): void {
    connected.add(this);
    const end = this.seen !== logouts;
    const start = (end || this.ended) && !out;
    this.seen = logouts;
    if (end) {
      this.ended = true;
      this.onEnd();
    }
    if (start) {
      this.ended = false;
      this.onStart?.();
    }
    if (end || start) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Signed in again without `mc-login` (the page asked the element to load again): `ended` is false, no `onStart`. */
  resume(): void {
    this.ended = false;
  }
}
