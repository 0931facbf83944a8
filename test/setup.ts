// Loaded before every test file (see web-test-runner.config.mjs).

// The pages our tests stand for offer English, so it is registered (elements show French under lang="en"
// when a page does not register it).
import '@moncompte/core/i18n/en';

// No test talks to the platform's credential manager: Chromium exposes WebOTP on localhost, and a real
// `navigator.credentials.get({ otp })` left pending by one element crashed the test page now and then
// (otp-input.test.ts, under load). The WebOTP behaviour is tested with a fake API in otp-input.test.ts.
delete (window as { OTPCredential?: unknown }).OTPCredential;
