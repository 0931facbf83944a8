/**
 * The i18n mechanism: typed message catalogues, French by default, English provided.
 *
 * Messages are grouped in small catalogues (one per domain: common, validation, login…) so that an element
 * bundles only the strings it shows. A catalogue is declared in French with {@link defineMessages}; its
 * English table is declared beside it with {@link defineTranslation}, which must have exactly the French keys
 * (a missing translation is a type error, and a test checks it too).
 *
 * French ships with every element. English is registered once by the page
 * (`import '@moncompte/core/i18n/en'`), so pages that never show English do not download it; until it is
 * registered, an element under `lang="en"` shows French.
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
  /** Present once the English translation is registered (see {@link registerTranslations}). */
  readonly en?: Readonly<Record<K, MessageValue>>;
}

/** The English table of a catalogue, waiting to be registered. */
export interface Translation<K extends string = string> {
  readonly catalogue: Catalogue<K>;
  readonly locale: Exclude<Locale, 'fr'>;
  readonly messages: Readonly<Record<K, MessageValue>>;
}

/** Declares a catalogue by its French messages. Mark the call `\/* @__PURE__ *\/` so bundlers can drop it. */
export function defineMessages<const F extends Record<string, MessageValue>>(fr: F): Catalogue<keyof F & string> {
  return { fr };
}

/** Declares the English table of a catalogue: exactly its keys, no other. Mark the call pure too. */
export function defineTranslation<K extends string>(
  catalogue: Catalogue<K>,
  messages: { readonly [P in K]: MessageValue },
): Translation<K> {
  return { catalogue, locale: 'en', messages };
}

const translationListeners = new Set<() => void>();

/** Makes translations available to every element; elements already on the page re-render. */
export function registerTranslations(translations: readonly Translation[]): void {
  for (const { catalogue, locale, messages } of translations) {
    (catalogue as { -readonly [L in Locale]?: Readonly<Record<string, MessageValue>> })[locale] = messages;
  }
  for (const listener of translationListeners) listener();
}

/** Calls `listener` after each registration or override; returns the unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  translationListeners.add(listener);
  return () => translationListeners.delete(listener);
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
  for (const listener of translationListeners) listener();
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
 * Translates `key` from the first catalogue that has it, in `locale` when that translation is registered,
 * else in French. An unknown key is returned as is, so a missing message shows up plainly. Keys are the
 * catalogues' own (`Object.hasOwn`): a key a back end sends, such as `constructor`, is unknown, never a prototype's.
 */
export function translate<K extends string>(
  catalogues: readonly Catalogue<K>[],
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  const override = overrides[locale].get(key);
  if (override !== undefined) return formatMessage(locale, override, params);
  const catalogue = catalogues.find((c) => Object.hasOwn(c.fr, key));
  if (!catalogue) return key;
  const localised = catalogue[locale];
  return localised && Object.hasOwn(localised, key) ? formatMessage(locale, localised[key], params) : formatMessage('fr', catalogue.fr[key], params);
}
