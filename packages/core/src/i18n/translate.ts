/**
 * The i18n mechanism: typed message catalogues, French by default, English provided.
 *
 * Messages are grouped in small catalogues (one per domain: common, validation, login…) so that an element
 * bundles only the strings it shows. A catalogue is declared with {@link defineMessages}: the English table
 * must have exactly the French keys, so a missing translation is a type error (and a test checks it too).
 *
 * A message is a string with `{name}` placeholders, or a plural message chosen with `Intl.PluralRules`
 * from the `count` parameter. Portals can override any message with {@link overrideMessages}.
 */

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A message whose form depends on `params.count`; `zero` is used for 0 when given. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

export type MessageValue = string | PluralMessage;
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Catalogue<K extends string = string> {
  readonly fr: Readonly<Record<K, MessageValue>>;
  readonly en: Readonly<Record<K, MessageValue>>;
}

/** Declares a catalogue; `en` must have every key of `fr` and no other. */
export function defineMessages<const F extends Record<string, MessageValue>>(
  fr: F,
  en: { readonly [K in keyof F]: MessageValue },
): Catalogue<keyof F & string> {
  return { fr, en };
}

/** The keys of one catalogue or of a list of catalogues. */
export type KeysOf<C> = C extends Catalogue<infer K> ? K : C extends readonly (infer E)[] ? KeysOf<E> : never;

/** `fr-FR`, `FR`, `fr` → `fr`; `en-GB` → `en`; anything else or nothing → the default (French). */
export function normaliseLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : DEFAULT_LOCALE;
}

const overrides: Record<Locale, Map<string, MessageValue>> = { fr: new Map(), en: new Map() };

/**
 * Replaces messages for a locale everywhere (an agency's wording, say). Keys not in any catalogue are kept
 * but unused. Elements already rendered pick the change up at their next update.
 */
export function overrideMessages(locale: Locale, messages: Readonly<Record<string, MessageValue>>): void {
  for (const [key, value] of Object.entries(messages)) overrides[locale].set(key, value);
}

/** Removes every override (tests use it). */
export function clearMessageOverrides(): void {
  overrides.fr.clear();
  overrides.en.clear();
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

function interpolate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks the form of a message for the locale and the parameters, and fills its placeholders. */
export function formatMessage(locale: Locale, value: MessageValue, params?: MessageParams): string {
  if (typeof value === 'string') return interpolate(value, params);
  const count = Number(params?.count ?? 0);
  const form = count === 0 && value.zero !== undefined ? value.zero : pluralCategory(locale, count) === 'one' ? value.one : value.other;
  return interpolate(form, params);
}

/**
 * Translates `key` from the first catalogue that has it. An unknown key is returned as is, so a missing
 * message shows up plainly instead of as an empty string.
 */
export function translate<K extends string>(
  catalogues: readonly Catalogue<K>[],
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  const value = overrides[locale].get(key) ?? catalogues.find((c) => key in c[locale])?.[locale][key];
  return value === undefined ? key : formatMessage(locale, value, params);
}
