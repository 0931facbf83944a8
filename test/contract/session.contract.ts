/** Contract: log-in outcomes, session, FranceConnect, files, confirmation codes. */
import { expect } from '@open-wc/testing';
import { isAbortError, type CodeChallenge } from '@moncompte/core';
import { DEMO_ACCOUNTS, DEMO_CODE } from '@moncompte/adapters/memory';
import { credentials, logIn, rejection, TODAY, type AdapterFactory } from './helpers.js';

export function sessionContract(factory: AdapterFactory): void {
  describe('session', () => {
    it('has no session before logging in', async () => {
      const adapter = await factory({ today: TODAY });
      expect(await adapter.getSession()).to.deep.equal({ session: null });
    });

    it('logs in with the migrated CAF account and keeps the session', async () => {
      const adapter = await factory({ today: TODAY });
      const outcome = await adapter.login(credentials(DEMO_ACCOUNTS.caf, { rememberMe: true }));
      if (outcome.status !== 'success') throw new Error(`unexpected ${outcome.status}`);
      expect(outcome.session.user).to.include({ firstName: 'Muriel', lastName: 'Lefèvre' });
      expect(outcome.session.agency).to.equal('caf');
      expect(outcome.session.persistent).to.equal(true);
      expect((await adapter.getSession()).session?.user.id).to.equal(outcome.session.user.id);
    });

    it('logs in with the MSA account, the provisional identifier and a NIR typed with spaces', async () => {
      for (const [account, agency] of [[DEMO_ACCOUNTS.msa, 'msa'], [DEMO_ACCOUNTS.cafProvisional, 'caf']] as const) {
        const outcome = await (await factory({ today: TODAY })).login(credentials(account));
        expect(outcome.status).to.equal('success');
        if (outcome.status === 'success') expect(outcome.session.agency).to.equal(agency);
      }
      const spaced = await (await factory({ today: TODAY })).login(credentials(DEMO_ACCOUNTS.caf, { identifier: '2 84 03 75 108 123' }));
      expect(spaced.status).to.equal('success');
      // The session says which identifier it was opened with, normalised (a change-password form gives it to password managers).
      if (spaced.status === 'success') expect(spaced.session.identifier).to.equal(DEMO_ACCOUNTS.caf.identifier);
    });

    it('gives one identical outcome for an unknown identifier and a wrong password', async () => {
      const adapter = await factory({ today: TODAY });
      const unknown = await adapter.login(credentials(DEMO_ACCOUNTS.caf, { identifier: '1010101010101' }));
      const wrong = await adapter.login(credentials(DEMO_ACCOUNTS.caf, { password: 'Mauvais2026' }));
      expect(unknown).to.deep.equal({ status: 'invalid-credentials' });
      expect(wrong).to.deep.equal(unknown);
    });

    it('answers migration-required for the first connection with the old password', async () => {
      const adapter = await factory({ today: TODAY });
      const outcome = await adapter.login(credentials(DEMO_ACCOUNTS.cafMigration));
      if (outcome.status !== 'migration-required') throw new Error(`unexpected ${outcome.status}`);
      expect(outcome.migrationToken).to.be.a('string').and.not.equal('');
      expect(outcome.termsVersion).to.equal((await adapter.getTermsOfUse()).version);
    });

    it('locks known and unknown identifiers alike after repeated failures', async () => {
      const adapter = await factory({ today: TODAY, maxLoginFailures: 2 });
      for (const identifier of [DEMO_ACCOUNTS.caf.identifier, '1010101010101']) {
        expect((await adapter.login(credentials(DEMO_ACCOUNTS.caf, { identifier, password: 'Faux1234' }))).status).to.equal('invalid-credentials');
        const locked = await adapter.login(credentials(DEMO_ACCOUNTS.caf, { identifier, password: 'Faux1234' }));
        expect(locked.status).to.equal('locked');
        if (locked.status === 'locked') expect(Date.parse(locked.until ?? '')).to.be.greaterThan(Date.now());
      }
      // Even the right password waits for the end of the lock.
      expect((await adapter.login(credentials(DEMO_ACCOUNTS.caf))).status).to.equal('locked');
    });

    it('rejects a malformed NIR with field problems from the validators', async () => {
      const adapter = await factory({ today: TODAY });
      const error = await rejection(adapter.login(credentials(DEMO_ACCOUNTS.caf, { identifier: '28403751081' })), 'validation');
      expect(error.fieldErrors?.identifier?.[0]?.key).to.match(/^nir\./);
    });

    it('logs out: the session is gone and session-only methods answer unauthorized', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      await adapter.logout();
      expect(await adapter.getSession()).to.deep.equal({ session: null });
      await rejection(adapter.getAlerts(), 'unauthorized');
    });

    it('starts FranceConnect with a URL or a form built by the back end', async () => {
      const adapter = await factory({ today: TODAY });
      const get = await adapter.startFranceConnect({ variant: 'franceconnect', returnTo: '/caf/accueil' });
      const post = await adapter.startFranceConnect({ variant: 'franceconnect-plus' });
      expect(get.method).to.equal('GET');
      if (get.method === 'GET') expect(new URL(get.url, 'https://portail.invalid').searchParams.get('state')).to.be.a('string').with.length.greaterThan(8);
      expect(post.method).to.equal('POST');
      if (post.method === 'POST') expect(post.fields.nonce).to.be.a('string').with.length.greaterThan(8);
    });

    it('lists the files and changes the current one', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const overview = await adapter.getFiles();
      expect(overview.files).to.have.length(2);
      const own = overview.files.find((f) => f.access === 'full');
      const other = overview.files.find((f) => f.access === 'authorised');
      expect(overview.currentFileId).to.equal(own?.id);
      expect(other?.authorisedBy).to.include({ firstName: 'Fabrice' });
      const session = await adapter.selectFile({ fileId: other!.id });
      expect(session.currentFileId).to.equal(other!.id);
      expect((await adapter.getHousehold()).members.map((m) => m.firstName)).to.include('Noah');
      await rejection(adapter.selectFile({ fileId: 'f-not-mine' }), 'not-found');
    });

    it('rejects at once when the signal is already aborted', async () => {
      const adapter = await factory({ today: TODAY });
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(adapter.getSession({ signal: controller.signal }), 'network');
      expect(isAbortError(error)).to.equal(true);
      expect(error.retryable).to.equal(false);
    });
  });

  describe('confirmation codes', () => {
    async function loginChallenge(seed: Parameters<AdapterFactory>[0] = {}) {
      const adapter = await factory({ today: TODAY, requireCodeAtLogin: true, ...seed });
      const outcome = await adapter.login(credentials(DEMO_ACCOUNTS.caf));
      if (outcome.status !== 'code-required') throw new Error(`unexpected ${outcome.status}`);
      return { adapter, challenge: outcome.challenge };
    }

    it('asks for a code, counts wrong codes, then opens the session with the demo code', async () => {
      const { adapter, challenge } = await loginChallenge();
      expect(challenge).to.include({ channel: 'sms', length: 6 });
      expect(challenge.maskedDestination).to.match(/^06 .*78$/);
      expect([...challenge.channels]).to.have.members(['sms', 'email']);
      expect(await adapter.verifyCode({ challengeId: challenge.id, code: '000000' })).to.deep.equal({ status: 'invalid', attemptsLeft: 2 });
      const valid = await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE });
      expect(valid.status).to.equal('valid');
      if (valid.status === 'valid') expect(valid.session?.user.firstName).to.equal('Muriel');
      expect((await adapter.getSession()).session).to.not.equal(null);
    });

    it('ends with too-many-attempts, and a used or late code is expired', async () => {
      const { adapter, challenge } = await loginChallenge();
      await adapter.verifyCode({ challengeId: challenge.id, code: '111111' });
      await adapter.verifyCode({ challengeId: challenge.id, code: '222222' });
      expect(await adapter.verifyCode({ challengeId: challenge.id, code: '333333' })).to.deep.equal({ status: 'too-many-attempts' });
      expect(await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE })).to.deep.equal({ status: 'too-many-attempts' });
      const late = await loginChallenge({ codeTtlSeconds: 0 });
      expect(await late.adapter.verifyCode({ challengeId: late.challenge.id, code: DEMO_CODE })).to.deep.equal({ status: 'expired' });
    });

    it('refuses a malformed code without counting it', async () => {
      const { adapter, challenge } = await loginChallenge();
      const error = await rejection(adapter.verifyCode({ challengeId: challenge.id, code: '12a456' }), 'validation');
      expect(error.fieldErrors?.code?.map((p) => p.key)).to.include('code.digitsOnly');
      expect(await adapter.verifyCode({ challengeId: challenge.id, code: '000000' })).to.deep.equal({ status: 'invalid', attemptsLeft: 2 });
    });

    it('limits resending until resendAvailableAt, then sends a new code', async () => {
      const early = await loginChallenge({ resendDelaySeconds: 30 });
      const error = await rejection(early.adapter.resendCode({ challengeId: early.challenge.id }), 'rate-limited');
      expect(error.retryAfterSeconds).to.be.within(1, 30);
      const ready = await loginChallenge({ resendDelaySeconds: 0 });
      const again: CodeChallenge = await ready.adapter.resendCode({ challengeId: ready.challenge.id });
      expect(again.id).to.equal(ready.challenge.id);
      expect(Date.parse(again.expiresAt)).to.be.at.least(Date.parse(ready.challenge.expiresAt));
    });

    it('switches the code to another channel', async () => {
      const { adapter, challenge } = await loginChallenge();
      const email = await adapter.switchCodeChannel({ challengeId: challenge.id, channel: 'email' });
      expect(email.channel).to.equal('email');
      expect(email.maskedDestination).to.match(/^m•+@exemple\.fr$/);
      expect((await adapter.verifyCode({ challengeId: email.id, code: DEMO_CODE })).status).to.equal('valid');
    });

    it('answers not-found for an unknown challenge', async () => {
      const adapter = await factory({ today: TODAY });
      await rejection(adapter.verifyCode({ challengeId: 'ch_unknown', code: DEMO_CODE }), 'not-found');
    });
  });
}
