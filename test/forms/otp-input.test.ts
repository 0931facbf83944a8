import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { translate, validationCatalogues, type Catalogue, type CodeChallenge } from '@moncompte/core';
import '@moncompte/components/otp-input.js';
import type { McOtpInput } from '@moncompte/components/otp-input.js';
import { FakeClock, paste, settled, THEMES, themedFixture } from './helpers.js';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const fr = (key: string, params?: Record<string, string | number>) =>
  norm(translate(validationCatalogues as readonly Catalogue[], 'fr', key, params));

function challenge(clock: FakeClock, overrides: Partial<CodeChallenge> = {}): CodeChallenge {
  return {
    id: 'c1',
    channel: 'sms',
    maskedDestination: '06 •• •• •• 42',
    length: 6,
    expiresAt: clock.iso(10 * 60_000),
    resendAvailableAt: clock.iso(30_000),
    channels: ['sms', 'email'],
    ...overrides,
  };
}

async function otpForm(options: { challenge?: (clock: FakeClock) => CodeChallenge | undefined } = {}) {
  const clock = new FakeClock();
  const ch = options.challenge ? options.challenge(clock) : challenge(clock);
  const form = await fixture<HTMLFormElement>(html`<form>
    <mc-otp-input name="code" .clock=${clock} .challenge=${ch}></mc-otp-input>
    <button>Valider</button>
  </form>`);
  const field = form.querySelector('mc-otp-input')!;
  await field.updateComplete;
  const completes: string[] = [];
  let submits = 0;
  field.addEventListener('mc-otp-complete', (e) => completes.push(e.detail.code));
  form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
  return { form, field, clock, input: field.input!, completes, submits: () => submits };
}

const errorText = (field: McOtpInput) => norm(field.querySelector('.mc-field__error')?.textContent);
const liveText = (field: McOtpInput) => norm(field.querySelector('p.mc-vh[aria-live]')?.textContent);
const buttons = (field: McOtpInput) => [...field.querySelectorAll<HTMLButtonElement>('button.mc-otp__link')];

describe('mc-otp-input', () => {
  describe('Defaults', () => {
    it('is ONE real input of the page form, shown as one box per digit', async () => {
      const { form, field, input } = await otpForm();
      expect(document.querySelector('form input[autocomplete="one-time-code"]')).to.equal(input);
      expect(field.querySelectorAll('input')).to.have.length(1);
      expect(input.form).to.equal(form);
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.hasAttribute('maxlength')).to.equal(false);
      const segments = field.querySelector('.mc-otp__segments')!;
      expect(segments.getAttribute('aria-hidden')).to.equal('true');
      expect(segments.children).to.have.length(6);
      expect(input.labels![0]!.textContent).to.contain('Code de confirmation');
    });

    it('takes its length from the challenge, 6 without one', async () => {
      const eight = await otpForm({ challenge: (c) => challenge(c, { length: 8 }) });
      expect(eight.field.querySelector('.mc-otp__segments')!.children).to.have.length(8);
      const none = await otpForm({ challenge: () => undefined });
      expect(none.field.querySelector('.mc-otp__segments')!.children).to.have.length(6);
      expect(buttons(none.field), 'no resend without a challenge').to.have.length(0);
    });
  });

  describe('Typing and pasting', () => {
    for (const pasted of ['123 456', '123-456', ' 123456\n']) {
      it(`normalises a pasted ${JSON.stringify(pasted)}, completes once and submits the form`, async () => {
        const { form, input, completes, submits } = await otpForm();
        input.focus();
        paste(input, pasted);
        expect(input.value).to.equal('123456');
        expect(completes).to.deep.equal(['123456']);
        expect(submits()).to.equal(1);
        expect(new FormData(form).get('code')).to.equal('123456');
      });
    }

    it('keeps letters as typed or pasted (nothing cut) and says the code has only digits', async () => {
      const { field, input, completes } = await otpForm();
      input.focus();
      paste(input, '12a 456');
      await field.updateComplete;
      expect(input.value).to.equal('12a 456');
      expect(errorText(field)).to.contain(fr('code.digitsOnly'));
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(completes).to.deep.equal([]);
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await sendKeys({ type: '12b' });
      await field.updateComplete;
      expect(input.value).to.equal('12b');
      expect(errorText(field)).to.contain(fr('code.digitsOnly'));
    });

    it('keeps a partial paste, shows no error while typing, completes when the rest comes', async () => {
      const { field, input, completes, submits } = await otpForm();
      input.focus();
      paste(input, '123');
      await field.updateComplete;
      expect(input.value).to.equal('123');
      expect(errorText(field)).to.equal('');
      expect(completes).to.deep.equal([]);
      await sendKeys({ type: '45' });
      expect(completes).to.deep.equal([]);
      await sendKeys({ type: '6' });
      expect(completes).to.deep.equal(['123456']);
      expect(submits()).to.equal(1);
    });

    it('too many digits: an error after blur, nothing cut', async () => {
      const { field, input, completes } = await otpForm();
      input.focus();
      paste(input, '1234567');
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(input.value).to.equal('1234567');
      expect(errorText(field)).to.contain(fr('code.wrongLength', { length: 6, count: 7 }));
      expect(completes).to.deep.equal([]);
    });

    it('8 digits: an error for a 6-digit challenge, complete for an 8-digit one', async () => {
      const six = await otpForm();
      six.input.focus();
      paste(six.input, '1234 5678');
      await sendKeys({ press: 'Tab' });
      await six.field.updateComplete;
      expect(errorText(six.field)).to.contain(fr('code.wrongLength', { length: 6, count: 8 }));
      expect(six.completes).to.deep.equal([]);
      const eight = await otpForm({ challenge: (c) => challenge(c, { length: 8 }) });
      eight.input.focus();
      paste(eight.input, '1234 5678');
      expect(eight.completes).to.deep.equal(['12345678']);
    });

    it('Enter right after the automatic submit does not submit a second time', async () => {
      const { input, completes, submits } = await otpForm();
      input.focus();
      await sendKeys({ type: '654321' });
      expect(completes).to.deep.equal(['654321']);
      expect(submits()).to.equal(1);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      expect(submits()).to.equal(1);
      expect(completes).to.have.length(1);
    });

    it('a cancelled mc-otp-complete does not submit', async () => {
      const { field, input, submits } = await otpForm();
      field.addEventListener('mc-otp-complete', (e) => e.preventDefault());
      input.focus();
      paste(input, '111222');
      expect(submits()).to.equal(0);
    });

    it('form reset clears the code', async () => {
      const { form, field, input } = await otpForm();
      input.focus();
      await sendKeys({ type: '12' });
      form.reset();
      await field.updateComplete;
      expect(input.value).to.equal('');
      expect(new FormData(form).get('code')).to.equal('');
    });
  });

  describe('Destination, resend, channel', () => {
    it('shows where the code was sent, by SMS and by e-mail, and nothing when not disclosed', async () => {
      const sms = await otpForm();
      expect(norm(sms.field.querySelector('[id$="-dest"]')?.textContent)).to.equal('Code envoyé au 06 •• •• •• 42.');
      const email = await otpForm({ challenge: (c) => challenge(c, { channel: 'email', maskedDestination: 'm•••@exemple.fr' }) });
      expect(norm(email.field.querySelector('[id$="-dest"]')?.textContent)).to.equal('Code envoyé à m•••@exemple.fr.');
      expect(email.input.getAttribute('aria-describedby')).to.contain(email.field.querySelector('[id$="-dest"]')!.id);
      const hidden = await otpForm({ challenge: (c) => challenge(c, { maskedDestination: '' }) });
      expect(hidden.field.querySelector('[id$="-dest"]')).to.equal(null);
    });

    it('resend waits for the cooldown, counts down visibly, and is announced once when available', async () => {
      const { field, clock } = await otpForm();
      const resend = buttons(field)[0]!;
      const resends: unknown[] = [];
      field.addEventListener('mc-otp-resend', (e) => resends.push(e.detail));
      const region = field.querySelector('p.mc-vh[aria-live]')!;
      const changes: string[] = [];
      new MutationObserver(() => changes.push(norm(region.textContent))).observe(region, { subtree: true, childList: true, characterData: true });
      expect(norm(resend.textContent)).to.equal('Renvoyer le code');
      expect(resend.getAttribute('aria-disabled')).to.equal('true');
      const countdown = () => norm(field.querySelector('[id$="-wait"]')?.textContent);
      expect(countdown()).to.equal('Vous pourrez demander un nouveau code dans 30 secondes.');
      resend.click();
      expect(resends).to.deep.equal([]);
      for (let s = 0; s < 29; s++) {
        clock.tick(1000);
        await field.updateComplete;
      }
      expect(countdown()).to.equal('Vous pourrez demander un nouveau code dans 1 seconde.');
      expect(liveText(field), 'the countdown itself is not announced').to.equal('');
      clock.tick(1000);
      await field.updateComplete;
      expect(countdown()).to.equal('');
      expect(liveText(field)).to.equal('Vous pouvez demander un nouveau code.');
      expect(resend.getAttribute('aria-disabled')).to.equal('false');
      clock.tick(5000);
      await field.updateComplete;
      expect(changes.filter(Boolean)).to.deep.equal(['Vous pouvez demander un nouveau code.']);
      resend.click();
      expect(resends).to.deep.equal([{ channel: 'sms' }]);
    });

    it('offers the other channel when the challenge allows it', async () => {
      const { field } = await otpForm();
      const changes: unknown[] = [];
      field.addEventListener('mc-channel-change', (e) => changes.push(e.detail));
      const other = buttons(field)[1]!;
      expect(norm(other.textContent)).to.equal('Recevoir le code par e-mail');
      other.click();
      expect(changes).to.deep.equal([{ channel: 'email' }]);
      const only = await otpForm({ challenge: (c) => challenge(c, { channels: ['sms'] }) });
      expect(buttons(only.field)).to.have.length(1);
    });

    it('a new challenge (code resent) clears the typed code and the last outcome', async () => {
      const { field, input, clock } = await otpForm();
      input.focus();
      await sendKeys({ type: '12' });
      field.status = { status: 'invalid', attemptsLeft: 2 };
      await field.updateComplete;
      field.challenge = challenge(clock, { id: 'c2' });
      await field.updateComplete;
      expect(input.value).to.equal('');
      expect(errorText(field)).to.equal('');
    });
  });

  describe('Expiry and outcomes', () => {
    it('shows until when the code is valid, then announces the expiry and blocks the code', async () => {
      const { field, clock, input, completes, form, submits } = await otpForm();
      expect(norm(field.querySelector('[id$="-hint"]')?.textContent)).to.match(/Ce code est valable jusqu’à \d\d:\d\d\./);
      clock.tick(10 * 60_000);
      await field.updateComplete;
      expect(errorText(field)).to.contain('Ce code a expiré. Demandez un nouveau code.');
      expect(liveText(field)).to.equal('Ce code a expiré. Demandez un nouveau code.');
      input.focus();
      await sendKeys({ type: '123456' });
      expect(completes).to.deep.equal([]);
      form.requestSubmit();
      expect(submits()).to.equal(0);
    });

    it('has distinct messages for an invalid code (attempts left), an expired code and too many attempts', async () => {
      const { field, input } = await otpForm();
      field.status = { status: 'invalid', attemptsLeft: 2 };
      await field.updateComplete;
      expect(errorText(field)).to.contain('Code incorrect. Il vous reste 2 essais.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(field.querySelector('.mc-field__error')!.parentElement!.getAttribute('aria-live')).to.equal('polite');
      field.status = { status: 'invalid', attemptsLeft: 1 };
      await field.updateComplete;
      expect(errorText(field)).to.contain('Il vous reste 1 essai.');
      field.status = { status: 'expired' };
      await field.updateComplete;
      expect(errorText(field)).to.contain('Ce code a expiré. Demandez un nouveau code.');
      field.status = { status: 'too-many-attempts' };
      await field.updateComplete;
      expect(errorText(field)).to.contain(norm('Trop d’essais incorrects. Demandez un nouveau code.'));
    });

    it('an invalid outcome goes away when the user types another code', async () => {
      const { field, input } = await otpForm();
      field.status = { status: 'invalid', attemptsLeft: 2 };
      await field.updateComplete;
      input.focus();
      await sendKeys({ type: '1' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
      expect(field.status).to.equal(undefined);
    });

    it('has the "Code non reçu ?" help in every state', async () => {
      const { field, clock } = await otpForm();
      const help = () => norm(field.querySelector('details > summary')?.textContent);
      expect(help()).to.equal(norm('Code non reçu ?'));
      field.status = { status: 'invalid', attemptsLeft: 0 };
      await field.updateComplete;
      expect(help()).to.equal(norm('Code non reçu ?'));
      clock.tick(3_600_000);
      await field.updateComplete;
      expect(help()).to.equal(norm('Code non reçu ?'));
    });
  });

  describe('A far expiry', () => {
    it('waits quietly for a code valid for 30 days (no timer past 32 bits, firing again and again)', async () => {
      const now = Date.now();
      const far: CodeChallenge = {
        id: 'far',
        channel: 'sms',
        maskedDestination: '06 •• •• •• 42',
        length: 6,
        expiresAt: new Date(now + 30 * 24 * 3600 * 1000).toISOString(),
        resendAvailableAt: new Date(now).toISOString(),
        channels: ['sms'],
      };
      const field = await fixture<McOtpInput>(html`<mc-otp-input .challenge=${far}></mc-otp-input>`);
      await field.updateComplete;
      let updates = 0;
      const count = () => (updates += 1);
      field.addController({ hostUpdate: count });
      await new Promise((r) => setTimeout(r, 200));
      expect(updates, 'renders while nothing changes').to.be.below(3);
    });
  });

  describe('WebOTP', () => {
    const original = Object.getOwnPropertyDescriptor(navigator.credentials, 'get');
    afterEach(() => {
      delete (window as { OTPCredential?: unknown }).OTPCredential;
      if (original) Object.defineProperty(navigator.credentials, 'get', original);
      else delete (navigator.credentials as { get?: unknown }).get;
    });

    function fakeWebOtp() {
      const calls: { options: CredentialRequestOptions; resolve: (c: unknown) => void }[] = [];
      (window as { OTPCredential?: unknown }).OTPCredential = class {};
      Object.defineProperty(navigator.credentials, 'get', {
        configurable: true,
        value: (options: CredentialRequestOptions) => new Promise((resolve) => calls.push({ options, resolve })),
      });
      return calls;
    }

    it('asks for the SMS code when the browser has WebOTP, and aborts when the element is removed', async () => {
      const calls = fakeWebOtp();
      const { field } = await otpForm();
      expect(calls).to.have.length(1);
      expect((calls[0]!.options as { otp?: unknown }).otp).to.deep.equal({ transport: ['sms'] });
      const signal = calls[0]!.options.signal!;
      expect(signal.aborted).to.equal(false);
      field.remove();
      expect(signal.aborted).to.equal(true);
    });

    it('fills and submits the code the browser received', async () => {
      const calls = fakeWebOtp();
      const { input, completes, submits } = await otpForm();
      calls[0]!.resolve({ type: 'otp', code: '482913' });
      await new Promise((r) => setTimeout(r));
      await new Promise((r) => setTimeout(r));
      expect(input.value).to.equal('482913');
      expect(completes).to.deep.equal(['482913']);
      expect(submits()).to.equal(1);
    });

    it('asks again for each new code sent, never again for the same one (a dismissed prompt stays dismissed)', async () => {
      const calls = fakeWebOtp();
      const { field, clock } = await otpForm();
      expect(calls).to.have.length(1);
      field.requestUpdate();
      await field.updateComplete;
      expect(calls, 'the same code: no second prompt').to.have.length(1);
      field.challenge = challenge(clock, { id: 'c2' });
      await field.updateComplete;
      expect(calls, 'a new code: asked again').to.have.length(2);
      expect(calls[0]!.options.signal!.aborted, 'the request for the old code is dropped').to.equal(true);
      // The old code's answer, arriving late, is not typed in.
      calls[0]!.resolve({ type: 'otp', code: '111111' });
      await new Promise((r) => setTimeout(r));
      expect(field.input!.value).to.equal('');
    });

    it('does nothing without WebOTP', async () => {
      delete (window as { OTPCredential?: unknown }).OTPCredential;
      let called = 0;
      Object.defineProperty(navigator.credentials, 'get', { configurable: true, value: () => (called++, new Promise(() => undefined)) });
      await otpForm();
      expect(called).to.equal(0);
    });
  });

  describe('Accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe pristine, in error, valid and disabled (${theme})`, async () => {
        const clock = new FakeClock();
        const wrapper = await themedFixture(
          theme,
          html`<form>
            <mc-otp-input name="a" .clock=${clock} .challenge=${challenge(clock)}></mc-otp-input>
            <mc-otp-input name="b" label="Code (erreur)" .clock=${clock} .challenge=${challenge(clock)} .status=${{ status: 'invalid', attemptsLeft: 2 }}></mc-otp-input>
            <mc-otp-input name="c" label="Code (valide)" value="123456"></mc-otp-input>
            <mc-otp-input name="d" label="Code (désactivé)" disabled></mc-otp-input>
          </form>`,
        );
        const fields = [...wrapper.querySelectorAll('mc-otp-input')];
        await settled(...fields);
        fields[0]!.querySelector('details')!.open = true;
        expect(errorText(fields[1]!)).to.not.equal('');
        await expect(wrapper).to.be.accessible();
      });
    }
  });
});
