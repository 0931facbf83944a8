/**
 * What differs between agencies' login forms is data, not code: the wording of the sign-up prompt, which
 * identifiers are accepted, the FranceConnect variant, the links. `mc-login-form` reads one `LoginFormConfig`
 * (its `config` property, over the preset of its `agency`) and its template has no agency branch.
 */
import type { Agency, KeysOf, loginMessages } from '@moncompte/core';

export type LoginMessageKey = KeysOf<typeof loginMessages>;

export interface LoginFormConfig {
  /** The agency the adapter logs into (also the key of the preset). */
  readonly agency: Agency;
  /** Accept NIA/NTT and other temporary social security numbers (first digit 3, 4, 7 or 8). */
  readonly allowTemporaryNir: boolean;
  /** Offer "J’ai un identifiant provisoire" (people without a social security number). */
  readonly allowProvisionalIdentifier: boolean;
  /** Show the FranceConnect block, first, with its "ou" separator. */
  readonly showFranceConnect: boolean;
  /** The FranceConnect+ variant instead of FranceConnect. */
  readonly franceConnectPlus: boolean;
  /** Path of the portal to come back to after FranceConnect (passed to `startFranceConnect`). */
  readonly franceConnectReturnTo?: string;
  /** Offer "Se souvenir de moi" (passed to the adapter as `rememberMe`; the element stores nothing). */
  readonly showRememberMe: boolean;
  /** Offer the sign-up link (default true; false where the person already has an account: logging in again). */
  readonly showRegister?: boolean;
  /** The question before the sign-up link: "Première connexion ?" / "Pas encore inscrit ?". */
  readonly registerPromptKey: LoginMessageKey;
  /** The sign-up link: "Créer Mon Compte" / "S’inscrire". */
  readonly registerLabelKey: LoginMessageKey;
  /** Where "Mot de passe oublié ?" goes when no listener cancels `mc-forgot-password` (https or relative). */
  readonly forgotPasswordHref?: string;
  /** Where the sign-up link goes when no listener cancels `mc-register` (https or relative). */
  readonly registerHref?: string;
  /** A hint under the password label ("De 8 à 24 caractères"); none when absent. Never enforced at log-in. */
  readonly passwordHint?: { readonly min: number; readonly max: number };
}

/** CAF "Mon Compte": NIR or provisional identifier, "Première connexion ? Créer Mon Compte". */
export const CAF_LOGIN_CONFIG: LoginFormConfig = {
  agency: 'caf',
  allowTemporaryNir: false,
  allowProvisionalIdentifier: true,
  showFranceConnect: true,
  franceConnectPlus: false,
  showRememberMe: true,
  registerPromptKey: 'login.register.firstConnection',
  registerLabelKey: 'login.register.createAccount',
  passwordHint: { min: 8, max: 24 },
};

/** MSA "Mon espace privé": NIR without the key, "Pas encore inscrit ? S’inscrire". */
export const MSA_LOGIN_CONFIG: LoginFormConfig = {
  agency: 'msa',
  allowTemporaryNir: false,
  allowProvisionalIdentifier: false,
  showFranceConnect: true,
  franceConnectPlus: false,
  showRememberMe: true,
  registerPromptKey: 'login.register.notRegistered',
  registerLabelKey: 'login.register.signUp',
};

export const LOGIN_PRESETS: Readonly<Record<Agency, LoginFormConfig>> = { caf: CAF_LOGIN_CONFIG, msa: MSA_LOGIN_CONFIG };

/** The preset of `agency` with `overrides` on top (a partial configuration is fine). */
export function resolveLoginConfig(agency: Agency, overrides?: Partial<LoginFormConfig>): LoginFormConfig {
  const preset = LOGIN_PRESETS[overrides?.agency ?? agency] ?? CAF_LOGIN_CONFIG;
  return overrides ? { ...preset, ...overrides } : preset;
}
