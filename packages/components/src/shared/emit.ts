/**
 * Dispatches a typed `mc-*` CustomEvent that bubbles and crosses shadow roots. Returns false when a
 * listener called `preventDefault()` on a cancelable event.
 *
 * Each element declares its events in `GlobalEventHandlersEventMap` so `addEventListener` is typed:
 * ```ts
 * declare global { interface GlobalEventHandlersEventMap { 'mc-otp-complete': CustomEvent<{ code: string }> } }
 * ```
 */
export function emit<T>(target: EventTarget, type: `mc-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
