// mc-login-form, code-required path: the OTP step in the same form, verified through the adapter; invalid,
// expired and too-many-attempts answers; resend and channel switch; one verification per action.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Session, VerifyCodeInput } from '@moncompte/core';
import { DEMO_ACCOUNTS, DEMO_CODE } from '@moncompte/adapters/memory';
import { deepActive, deepText, nextEvent, norm, tabTo, until } from './helpers.js';
import { logInByKeyboard, loginForm, parts } from './login-fixture.js';

const { identifier: NIR, password: PASSWORD } = DEMO_ACCOUNTS.caf;

/** A clock for the in-memory adapter that tests move forward. */
function movableClock() {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms: number) => (offset += ms) };
}

async function codeStep(options: Parameters<typeof loginForm>[0] = {}) {
  const fixture = await loginForm({ requireCodeAtLogin: true, ...options });
  await logInByKeyboard(fixture.element, NIR, PASSWORD);
  await until(() => fixture.element.step === 'code' && !!fixture.element.querySelector('mc-otp-input input'), 'the code step');
  const otp = fixture.element.querySelector('mc-otp-input')!;
  await otp.updateComplete;
  return { ...fixture, otp, code: () => otp.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]')! };
}

const otpError = (otp: Element) => norm(otp.querySelector('.mc-field__error')?.textContent);

describe('mc-login-form code step', () => {
  it('asks for the code in the same form, focused, and logs in when it is complete (auto-submit, then Enter: one call)', async () => {
    const { element, otp, code, count, inputs } = await codeStep();
    expect(element.getAttribute('step')).to.equal('code');
    expect(document.querySelector('form input[autocomplete=one-time-code]')).to.equal(code());
    expect(code().form).to.equal(parts(element).form);
    await until(() => deepActive() === code(), 'the focus on the code');
    expect(norm(element.querySelector('.mc-login__code-title')?.textContent)).to.equal('Confirmez votre connexion');
    expect(norm(otp.textContent)).to.contain('Code envoyé au 06');
    // The credentials wait, hidden and out of the form's data, with what was typed.
    expect(element.querySelector<HTMLElement>('.mc-login__credentials')!.hidden).to.equal(true);
    expect(parts(element).identifier.disabled).to.equal(true);
    expect(parts(element).identifier.value).to.equal(NIR);
    expect(parts(element).franceConnect!.hidden).to.equal(true);

    const login = nextEvent<CustomEvent<{ session: Session }>>(element, 'mc-login');
    await sendKeys({ type: DEMO_CODE });
    await sendKeys({ press: 'Enter' });
    const { detail } = await login;
    expect(detail.session.user.firstName).to.equal('Muriel');
    await new Promise((r) => setTimeout(r, 100));
    expect(count('verifyCode')).to.equal(1);
    expect(inputs<VerifyCodeInput>('verifyCode')[0]!.code).to.equal(DEMO_CODE);
    expect(count('login')).to.equal(1);
  });

  it('says how many attempts are left after a wrong code, and does not send the same code twice', async () => {
    const { element, otp, count } = await codeStep();
    await sendKeys({ type: '654321' });
    await until(() => otpError(otp) !== '', 'the message');
    expect(otpError(otp)).to.contain('Code incorrect. Il vous reste 2 essais.');
    expect(count('verifyCode')).to.equal(1);
    // Enter with the same wrong code: the form shows the error in its summary instead of sending it again.
    await sendKeys({ press: 'Enter' });
    const summary = element.querySelector('mc-error-summary')!;
    await until(() => !!summary.shadowRoot?.querySelector('li'), 'the error summary');
    expect(norm(summary.shadowRoot!.querySelector('li')!.textContent)).to.contain('Code incorrect.');
    expect(count('verifyCode'), 'the same wrong code again').to.equal(1);
    // The summary's link takes the user back to the code.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(deepActive()).to.equal(otp.querySelector('input'));
    const login = nextEvent(element, 'mc-login');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: DEMO_CODE });
    await login;
    expect(count('verifyCode')).to.equal(2);
  });

  it('says the code expired, sends a new one on request, and logs in with it', async () => {
    const clock = movableClock();
    const { element, otp, count } = await codeStep({ now: clock.now, resendDelaySeconds: 0 });
    clock.advance(11 * 60_000);
    await sendKeys({ type: DEMO_CODE });
    await until(() => otpError(otp) !== '', 'the message');
    expect(otpError(otp)).to.contain('Ce code a expiré. Demandez un nouveau code.');
    const resend = [...otp.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Renvoyer le code')!;
    await tabTo(resend);
    await sendKeys({ press: 'Enter' });
    await until(() => count('resendCode') === 1 && !otpError(otp).includes('expiré'), 'a new code');
    await element.updateComplete;
    expect(norm(deepText(parts(element).outcome))).to.contain('Un nouveau code vous a été envoyé.');
    expect(deepActive()).to.equal(otp.querySelector('input'));
    const login = nextEvent(element, 'mc-login');
    await sendKeys({ type: DEMO_CODE });
    await login;
  });

  it('after too many attempts, goes back to the identification with what was typed and starts again', async () => {
    const { element, otp, count } = await codeStep({ maxCodeAttempts: 1 });
    await sendKeys({ type: '000000' });
    await until(() => otpError(otp) !== '', 'the message');
    expect(otpError(otp)).to.contain('Trop d’essais incorrects. Demandez un nouveau code.');
    const back = [...element.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Revenir à l’identification')!;
    await tabTo(back);
    await sendKeys({ press: 'Enter' });
    await until(() => element.step === 'credentials', 'the credentials');
    await element.updateComplete;
    const { identifier, password } = parts(element);
    expect(identifier.disabled).to.equal(false);
    expect(identifier.value).to.equal(NIR);
    expect(password.value).to.equal(PASSWORD);
    expect(deepActive()).to.equal(identifier);
    await tabTo(parts(element).submit);
    await sendKeys({ press: 'Enter' });
    await until(() => element.step === 'code' && count('login') === 2, 'a new code step');
  });

  it('sends the code by e-mail instead when asked', async () => {
    const { otp, count } = await codeStep();
    const email = [...otp.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Recevoir le code par e-mail')!;
    await tabTo(email);
    await sendKeys({ press: 'Enter' });
    await until(() => count('switchCodeChannel') === 1 && norm(otp.textContent).includes('Code envoyé à m'), 'the e-mail channel');
  });

  it('keeps the code after an adapter failure and verifies it on "Valider"', async () => {
    const { element, otp, memory, count, code } = await codeStep();
    memory.faults.failNext('verifyCode', 1, 'timeout');
    await sendKeys({ type: DEMO_CODE });
    await until(() => element.status === 'failed', 'the failure');
    await element.updateComplete;
    const text = norm(deepText(parts(element).outcome));
    expect(text).to.contain('Le service met trop de temps à répondre.');
    expect(text).to.contain('« Valider »');
    expect(code().value).to.equal(DEMO_CODE);
    expect(otpError(otp)).to.equal('');
    const login = nextEvent(element, 'mc-login');
    await tabTo(parts(element).submit);
    await sendKeys({ press: 'Enter' });
    await login;
    expect(count('verifyCode')).to.equal(2);
  });
});
