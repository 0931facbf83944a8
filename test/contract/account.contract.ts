/** Contract: password policy, forgotten password, account creation, first-connection migration, password change. */
import { expect } from '@open-wc/testing';
import { DEMO_ACCOUNTS, DEMO_CODE } from '@moncompte/adapters/memory';
import { credentials, logIn, rejection, TODAY, type AdapterFactory } from './helpers.js';

export function accountContract(factory: AdapterFactory): void {
  describe('password policy', () => {
    it('states the CAF policy before log-in and the account agency’s after', async () => {
      const adapter = await factory({ today: TODAY });
      expect(await adapter.getPasswordPolicy()).to.deep.equal({ minLength: 8, maxLength: 24, classes: ['digit', 'uppercase', 'lowercase'] });
      await logIn(adapter, DEMO_ACCOUNTS.msa);
      expect((await adapter.getPasswordPolicy()).maxLength).to.equal(64);
    });
  });

  describe('forgotten password', () => {
    it('answers the same for an unknown and a known identifier', async () => {
      const adapter = await factory({ today: TODAY });
      const known = await adapter.requestPasswordReset({ identifierKind: 'nir', identifier: DEMO_ACCOUNTS.caf.identifier, channel: 'sms' });
      const unknown = await adapter.requestPasswordReset({ identifierKind: 'nir', identifier: '1010101010101', channel: 'sms' });
      const shape = ({ id: _id, expiresAt: _e, resendAvailableAt: _r, ...rest }: typeof known) => rest;
      expect(shape(unknown)).to.deep.equal(shape(known));
      expect(known.maskedDestination).to.equal('');
      expect((await adapter.verifyCode({ challengeId: unknown.id, code: '000000' })).status).to.equal('invalid');
    });

    it('verifies the code, refuses a weak password, sets the new one', async () => {
      const adapter = await factory({ today: TODAY });
      const challenge = await adapter.requestPasswordReset({ identifierKind: 'nir', identifier: DEMO_ACCOUNTS.caf.identifier, channel: 'email' });
      const verified = await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE });
      if (verified.status !== 'valid' || !verified.token) throw new Error('no reset token');
      const weak = await rejection(adapter.completePasswordReset({ resetToken: verified.token, newPassword: 'faible' }), 'validation');
      expect(weak.fieldErrors?.newPassword?.map((p) => p.key)).to.include.members(['password.tooShort', 'password.missingDigit']);
      await adapter.completePasswordReset({ resetToken: verified.token, newPassword: 'Printemps2027' });
      expect((await adapter.login(credentials(DEMO_ACCOUNTS.caf))).status).to.equal('invalid-credentials');
      expect((await adapter.login(credentials(DEMO_ACCOUNTS.caf, { password: 'Printemps2027' }))).status).to.equal('success');
      await rejection(adapter.completePasswordReset({ resetToken: verified.token, newPassword: 'Printemps2028' }), 'not-found');
    });
  });

  describe('account creation', () => {
    it('sends a code to the contact given, then creates the account and opens a session', async () => {
      const adapter = await factory({ today: TODAY });
      const challenge = await adapter.startRegistration({
        identifierKind: 'nir', identifier: '1821175056021', birthDate: '1982-11-02', contact: { channel: 'email', value: 'fabrice.carre@exemple.fr' },
      });
      expect(challenge.maskedDestination).to.match(/^f•+@exemple\.fr$/);
      const verified = await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE });
      if (verified.status !== 'valid' || !verified.token) throw new Error('no registration token');
      const session = await adapter.completeRegistration({ registrationToken: verified.token, password: 'Automne2026' });
      expect(session.user).to.include({ firstName: 'Fabrice', lastName: 'Carré' });
      expect((await adapter.getFiles()).files.map((f) => f.access)).to.have.members(['full', 'limited']);
    });

    it('refuses invalid contact details, and an identifier that already has an account at the end', async () => {
      const adapter = await factory({ today: TODAY });
      const error = await rejection(
        adapter.startRegistration({ identifierKind: 'nir', identifier: DEMO_ACCOUNTS.caf.identifier, birthDate: '1984-03-14', contact: { channel: 'sms', value: '01 23' } }),
        'validation',
      );
      expect(error.fieldErrors?.contact?.[0]?.key).to.equal('contact.mobileInvalid');
      const challenge = await adapter.startRegistration({
        identifierKind: 'nir', identifier: DEMO_ACCOUNTS.caf.identifier, birthDate: '1984-03-14', contact: { channel: 'sms', value: '06 12 34 56 78' },
      });
      const verified = await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE });
      if (verified.status !== 'valid' || !verified.token) throw new Error('no registration token');
      await rejection(adapter.completeRegistration({ registrationToken: verified.token, password: 'Automne2026' }), 'conflict');
    });
  });

  describe('first-connection migration', () => {
    async function start(factoryArg = factory) {
      const adapter = await factoryArg({ today: TODAY });
      const outcome = await adapter.login(credentials(DEMO_ACCOUNTS.cafMigration));
      if (outcome.status !== 'migration-required') throw new Error(`unexpected ${outcome.status}`);
      return { adapter, token: outcome.migrationToken, version: outcome.termsVersion };
    }

    it('goes through terms, new password, contact and code, and connects', async () => {
      const { adapter, token, version } = await start();
      const terms = await adapter.getTermsOfUse();
      expect(terms.sections.length).to.be.greaterThan(0);
      await adapter.acceptTerms({ migrationToken: token, termsVersion: version });
      const weak = await rejection(adapter.setMigrationPassword({ migrationToken: token, newPassword: '12345678' }), 'validation');
      expect(weak.fieldErrors?.newPassword?.map((p) => p.key)).to.include('password.missingUppercase');
      await adapter.setMigrationPassword({ migrationToken: token, newPassword: 'Nouveau2026' });
      const challenge = await adapter.sendMigrationCode({ migrationToken: token, contact: { channel: 'sms', value: '07 11 22 33 44' } });
      expect(challenge.maskedDestination).to.equal('07 •• •• •• 44');
      const verified = await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE });
      if (verified.status !== 'valid') throw new Error(`unexpected ${verified.status}`);
      expect(verified.session?.user.firstName).to.equal('Karim');
      await adapter.logout();
      expect((await adapter.login(credentials(DEMO_ACCOUNTS.cafMigration))).status).to.equal('invalid-credentials');
      expect((await adapter.login(credentials(DEMO_ACCOUNTS.cafMigration, { password: 'Nouveau2026' }))).status).to.equal('success');
    });

    it('keeps the steps in order and refuses outdated terms', async () => {
      const { adapter, token, version } = await start();
      await rejection(adapter.setMigrationPassword({ migrationToken: token, newPassword: 'Nouveau2026' }), 'conflict');
      await rejection(adapter.acceptTerms({ migrationToken: token, termsVersion: '1999-01' }), 'conflict');
      await adapter.acceptTerms({ migrationToken: token, termsVersion: version });
      await rejection(adapter.sendMigrationCode({ migrationToken: token, contact: { channel: 'email', value: 'karim@exemple.fr' } }), 'conflict');
      await rejection(adapter.acceptTerms({ migrationToken: 'mig_unknown', termsVersion: version }), 'not-found');
    });
  });

  describe('change password and history', () => {
    it('checks the current password and the policy, and records it', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const wrong = await rejection(adapter.changePassword({ currentPassword: 'Faux', newPassword: 'Hiver2027x' }), 'validation');
      expect(Object.keys(wrong.fieldErrors ?? {})).to.deep.equal(['currentPassword']);
      await adapter.changePassword({ currentPassword: DEMO_ACCOUNTS.caf.password, newPassword: 'Hiver2027x' });
      const history = await adapter.getAccountHistory();
      expect(history.events[0]?.kind).to.equal('password-changed');
      expect(history.events.some((e) => e.kind === 'login')).to.equal(true);
    });
  });

  describe('contact details', () => {
    it('sends a code to the new e-mail; the valid code saves it, a wrong one does not', async () => {
      const adapter = await factory({ today: TODAY });
      await rejection(adapter.sendContactChangeCode({ contact: { channel: 'email', value: 'muriel@exemple.fr' } }), 'unauthorized');
      await logIn(adapter);
      const before = await adapter.getProfile();
      const refused = await rejection(adapter.sendContactChangeCode({ contact: { channel: 'email', value: 'pas-une-adresse' } }), 'validation');
      expect(Object.keys(refused.fieldErrors ?? {})).to.deep.equal(['contact']);
      // The address already on the account: nothing to change, no code sent.
      const same = await rejection(adapter.sendContactChangeCode({ contact: { channel: 'email', value: ` ${before.email!} ` } }), 'validation');
      expect(same.fieldErrors?.contact?.[0]?.key).to.equal('contact.unchanged');
      const challenge = await adapter.sendContactChangeCode({ contact: { channel: 'email', value: ' nouvelle.adresse@exemple.fr ' } });
      expect(challenge.channel).to.equal('email');
      expect(challenge.maskedDestination).to.not.include('nouvelle.adresse');
      expect(await adapter.verifyCode({ challengeId: challenge.id, code: '000000' })).to.include({ status: 'invalid' });
      expect((await adapter.getProfile()).email).to.equal(before.email);
      expect(await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE })).to.deep.equal({ status: 'valid' });
      expect((await adapter.getProfile()).email).to.equal('nouvelle.adresse@exemple.fr');
      expect((await adapter.getAccountHistory()).events[0]?.kind).to.equal('contact-changed');
    });

    it('a mobile number is normalised; its code counts only in the session that asked for it', async () => {
      const adapter = await factory({ today: TODAY });
      await logIn(adapter);
      const challenge = await adapter.sendContactChangeCode({ contact: { channel: 'sms', value: '+33 7 11 22 33 44' } });
      await adapter.logout();
      await rejection(adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE }), 'unauthorized');
      await logIn(adapter);
      expect(await adapter.verifyCode({ challengeId: challenge.id, code: DEMO_CODE })).to.deep.equal({ status: 'valid' });
      expect((await adapter.getProfile()).mobile).to.equal('0711223344');
    });
  });
}
