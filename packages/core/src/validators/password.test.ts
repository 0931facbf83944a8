import { expect } from '@open-wc/testing';
import { CAF_PASSWORD_POLICY, countCodePoints, validateLoginPassword, type PasswordPolicy } from './password.js';
import { checkPassword, validatePasswordConfirmation } from './password-check.js';
import { PasswordPolicySchema } from './password-policy-schema.js';
import { keysOf } from './test/helpers.js';

const LONG_POLICY: PasswordPolicy = { minLength: 8, maxLength: 64, classes: ['digit', 'uppercase', 'lowercase', 'special'] };

/** A password of exactly `n` code points meeting the CAF classes: "Ab1" then lower-case letters. */
const ofLength = (n: number): string => `Ab1${'x'.repeat(n - 3)}`;
const ruleOk = (check: ReturnType<typeof checkPassword>, id: string): boolean | undefined =>
  check.rules.find((r) => r.id === id)?.ok;

describe('countCodePoints', () => {
  it('counts an emoji as one character, unlike String.length', () => {
    expect('😀'.length).to.equal(2);
    expect(countCodePoints('😀')).to.equal(1);
    expect(countCodePoints('Ab1😀 é')).to.equal(6);
    expect(countCodePoints('')).to.equal(0);
  });
});

describe('checkPassword against the CAF policy (8–24, digit, upper, lower)', () => {
  it('rejects 7 characters as too short, rule by rule', () => {
    const r = checkPassword(ofLength(7), CAF_PASSWORD_POLICY);
    expect(r.ok).to.equal(false);
    expect(r.length).to.equal(7);
    expect(r.problems).to.deep.equal([{ key: 'password.tooShort', params: { min: 8 } }]);
    expect(ruleOk(r, 'min-length')).to.equal(false);
    expect(ruleOk(r, 'max-length')).to.equal(true);
    keysOf(r.problems);
  });

  it('accepts 8 and 24 characters', () => {
    for (const n of [8, 24]) {
      const r = checkPassword(ofLength(n), CAF_PASSWORD_POLICY);
      expect(r.ok, `${n} characters`).to.equal(true);
      expect(r.rules.every((rule) => rule.ok)).to.equal(true);
      expect(r.length).to.equal(n);
    }
  });

  it('rejects 25 and 40 characters as too long, without truncating the value', () => {
    for (const n of [25, 40]) {
      const password = ofLength(n);
      const r = checkPassword(password, CAF_PASSWORD_POLICY);
      expect(r.ok).to.equal(false);
      expect(r.value).to.equal(password);
      expect(r.problems).to.deep.equal([{ key: 'password.tooLong', params: { max: 24, count: n } }]);
      expect(ruleOk(r, 'max-length')).to.equal(false);
    }
  });

  it('lists the rules in order with their message keys and parameters', () => {
    const r = checkPassword('', CAF_PASSWORD_POLICY);
    expect(r.rules.map((rule) => rule.id)).to.deep.equal(['min-length', 'max-length', 'digit', 'uppercase', 'lowercase']);
    expect(r.rules[0]).to.deep.include({ key: 'password.rule.minLength', params: { min: 8 } });
    expect(r.rules[1]).to.deep.include({ key: 'password.rule.maxLength', params: { max: 24 } });
    keysOf(r.rules);
    expect(keysOf(r.problems)).to.deep.equal(['password.newRequired']);
  });

  it('reports every missing class', () => {
    expect(keysOf(checkPassword('abcdefgh', CAF_PASSWORD_POLICY).problems)).to.deep.equal([
      'password.missingDigit',
      'password.missingUppercase',
    ]);
    expect(keysOf(checkPassword('12345678', CAF_PASSWORD_POLICY).problems)).to.deep.equal([
      'password.missingUppercase',
      'password.missingLowercase',
    ]);
    expect(keysOf(checkPassword('ABCDEFG1', CAF_PASSWORD_POLICY).problems)).to.deep.equal(['password.missingLowercase']);
  });

  it('recognises accented upper- and lower-case letters', () => {
    expect(checkPassword('ÉCOLE1234', CAF_PASSWORD_POLICY).problems.map((p) => p.key)).to.deep.equal(['password.missingLowercase']);
    expect(checkPassword('Élève2026', CAF_PASSWORD_POLICY).ok).to.equal(true);
  });

  it('counts an emoji as one character and keeps spaces', () => {
    // 7 code points but 8 UTF-16 units: still too short.
    const seven = 'Ab1 xy😀';
    expect(seven.length).to.equal(8);
    const r = checkPassword(seven, CAF_PASSWORD_POLICY);
    expect(r.length).to.equal(7);
    expect(keysOf(r.problems)).to.deep.equal(['password.tooShort']);
    // 24 code points, 25 units with one emoji: within the maximum.
    const twentyFour = `Ab1 ${'x'.repeat(19)}😀`;
    expect(checkPassword(twentyFour, CAF_PASSWORD_POLICY)).to.deep.include({ ok: true, length: 24, value: twentyFour });
    // Leading and trailing spaces are part of the password.
    expect(checkPassword('  Ab1xyz  ', CAF_PASSWORD_POLICY)).to.deep.include({ ok: true, value: '  Ab1xyz  ', length: 10 });
  });
});

describe('checkPassword against an 8–64 policy with a special character', () => {
  it('checks the lengths at 7, 8, 24, 25, 40, 64 and 65 characters', () => {
    const withSpecial = (n: number): string => `Ab1!${'x'.repeat(n - 4)}`;
    const results = [7, 8, 24, 25, 40, 64, 65].map((n) => checkPassword(withSpecial(n), LONG_POLICY).ok);
    expect(results).to.deep.equal([false, true, true, true, true, true, false]);
  });

  it('counts punctuation, spaces and emoji as special, but not letters, digits or combining accents', () => {
    const special = (p: string): boolean | undefined => ruleOk(checkPassword(p, LONG_POLICY), 'special');
    expect(special('Abcdefg1!')).to.equal(true);
    expect(special('Abc defg1')).to.equal(true);
    expect(special('Abcdefg1😀')).to.equal(true);
    expect(special('Abcdefg1')).to.equal(false);
    expect(special('Abcdéfg1')).to.equal(false);
    expect(special('Abcde\u0301fg1')).to.equal(false);
    expect(keysOf(checkPassword('Abcdefg1', LONG_POLICY).problems)).to.deep.equal(['password.missingSpecial']);
  });
});

describe('PasswordPolicySchema', () => {
  it('accepts the CAF policy and rejects inconsistent ones', () => {
    expect(PasswordPolicySchema.safeParse(CAF_PASSWORD_POLICY).success).to.equal(true);
    expect(PasswordPolicySchema.safeParse({ minLength: 12, maxLength: 8, classes: [] }).success).to.equal(false);
    expect(PasswordPolicySchema.safeParse({ minLength: 8, maxLength: 24, classes: ['emoji'] }).success).to.equal(false);
    expect(PasswordPolicySchema.safeParse({ minLength: 0.5, maxLength: 24, classes: [] }).success).to.equal(false);
  });
});

describe('validateLoginPassword', () => {
  it('only requires something, whitespace included, and never trims', () => {
    expect(keysOf(validateLoginPassword('').problems)).to.deep.equal(['password.required']);
    expect(validateLoginPassword('   ')).to.deep.include({ ok: true, value: '   ' });
    expect(validateLoginPassword('12345678')).to.deep.include({ ok: true, value: '12345678' });
    expect(validateLoginPassword('x'.repeat(40)).ok).to.equal(true);
  });
});

describe('validatePasswordConfirmation', () => {
  it('requires the same password exactly', () => {
    expect(keysOf(validatePasswordConfirmation('Bonjour2026', '').problems)).to.deep.equal(['password.confirmRequired']);
    expect(keysOf(validatePasswordConfirmation('Bonjour2026', 'Bonjour2026 ').problems)).to.deep.equal(['password.confirmMismatch']);
    expect(validatePasswordConfirmation('Bonjour2026', 'Bonjour2026').ok).to.equal(true);
  });
});

// Compile-time: what the schema parses is a PasswordPolicy.
const _parsed: PasswordPolicy | undefined = PasswordPolicySchema.safeParse(CAF_PASSWORD_POLICY).data;
void _parsed;
