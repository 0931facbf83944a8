// Loaded before every test file (see web-test-runner.config.mjs).

// The pages our tests stand for offer English, so it is registered (elements show French under lang="en"
// when a page does not register it).
import '@moncompte/core/i18n/en';

// No test talks to the platform's credential manager: Chromium exposes WebOTP on localhost, and a real
// `navigator.credentials.get({ otp })` left pending by one element crashed the test page now and then
// (otp-input.test.ts, under load). The WebOTP behaviour is tested with a fake API in otp-input.test.ts.
delete (window as { OTPCredential?: unknown }).OTPCredential;

// A failed assertion reaches the runner as a structured clone of the error: an `actual` or `expected` that cannot be
// cloned (a DOM node, a function) made the whole test file hang until the runner's timeout, hiding every result.
// Such values are replaced by a readable description, so the failure is reported as a failure. (The chai that
// @open-wc/testing re-exports; @open-wc/testing itself is not imported here: loaded before the test framework, it
// would not register its fixture clean-up.)
import * as chai from '@esm-bundle/chai';

function cloneable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    if (value instanceof Element) return value.outerHTML.length > 300 ? `${value.outerHTML.slice(0, 300)}…` : value.outerHTML;
    if (value instanceof Node) return `${value.nodeName} ${value.textContent ?? ''}`.trim();
    return typeof value === 'function' ? `function ${value.name || '(anonymous)'}` : String(value);
  }
}

/** Every failed assertion (chai's `Assertion#assert` throws it) carries only cloneable values. */
function reportUncloneableValuesAsText(): void {
  const { prototype } = chai.Assertion;
  const assert = prototype.assert;
  prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error && typeof error === 'object') {
        const failure = error as { actual?: unknown; expected?: unknown };
        if ('actual' in failure) failure.actual = cloneable(failure.actual);
        if ('expected' in failure) failure.expected = cloneable(failure.expected);
      }
      throw error;
    }
  };
}

reportUncloneableValuesAsText();
