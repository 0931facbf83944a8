/**
 * Confirmation codes (one-time codes sent by SMS or e-mail): the challenge the back end created, the outcome of
 * a verification, resending and switching channel. Used by log-in, forgotten password, account creation and
 * the first-connection migration. `verifyCode` itself lives in session.ts (a valid code can open a session).
 */
import * as z from 'zod/mini';
import { IdSchema, IsoDateTimeSchema, list } from './common.js';

export const CodeChannelSchema = z.enum(['sms', 'email']);
export type CodeChannel = z.infer<typeof CodeChannelSchema>;

export const CodeChallengeSchema = z.object({
  id: IdSchema,
  channel: CodeChannelSchema,
  /**
   * `06 •• •• •• 78`, `m••••@exemple.fr`; an EMPTY string when the back end does not disclose it (forgotten
   * password: the same answer whatever the identifier, so nothing reveals whether an account exists).
   */
  maskedDestination: z.string(),
  /** Number of digits of the code (6 by default). */
  length: z.int().check(z.gte(4), z.lte(10)),
  expiresAt: IsoDateTimeSchema,
  /** Before this instant `resendCode` answers `rate-limited`. */
  resendAvailableAt: IsoDateTimeSchema,
  /** Every channel this challenge can use, the current one included; `switchCodeChannel` takes another. */
  channels: list(CodeChannelSchema),
});
export type CodeChallenge = z.infer<typeof CodeChallengeSchema>;

export const CodeOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('valid') }),
  z.object({ status: z.literal('invalid'), attemptsLeft: z.int().check(z.gte(0)) }),
  z.object({ status: z.literal('expired') }),
  z.object({ status: z.literal('too-many-attempts') }),
]);
export type CodeOutcome = z.infer<typeof CodeOutcomeSchema>;

export const VerifyCodeInputSchema = z.object({
  challengeId: IdSchema,
  /** Digits only, normalised by `validateCode` first. */
  code: z.string().check(z.minLength(1), z.maxLength(32)),
});
export type VerifyCodeInput = z.infer<typeof VerifyCodeInputSchema>;

export const ResendCodeInputSchema = z.object({ challengeId: IdSchema });
export type ResendCodeInput = z.infer<typeof ResendCodeInputSchema>;

export const SwitchCodeChannelInputSchema = z.object({ challengeId: IdSchema, channel: CodeChannelSchema });
export type SwitchCodeChannelInput = z.infer<typeof SwitchCodeChannelInputSchema>;

/** Contact details typed by the user to receive a code: an e-mail address or a mobile phone number. */
export const ContactInputSchema = z.object({
  channel: CodeChannelSchema,
  /** An e-mail address when `channel` is `email`, a mobile number (`06…`, `07…`, `+33 6…`) when `sms`. */
  value: z.string().check(z.minLength(1), z.maxLength(254)),
});
export type ContactInput = z.infer<typeof ContactInputSchema>;
