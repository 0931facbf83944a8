/**
 * Locale-aware formatting with `Intl`, French by default. English follows British conventions (`en-GB`: day
 * before month, "25 September 2018"), as the English version of a French public service does. Intl objects
 * are built once per locale and style, then reused.
 */
import { normaliseLocale, type Locale } from './i18n/translate.js';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(id: string, make: () => T): T {
  let value = cache.get(id) as T | undefined;
  if (!value) cache.set(id, (value = make()));
  return value;
}

/**
 * - `long`: "25 septembre 2018" / "25 September 2018" (default); the first of the month is "1er" in French;
 * - `short`: "25/09/2018";
 * - `month`: "septembre 2018" (agenda);
 * - `datetime`: "25 septembre 2018 à 14:30" / "25 September 2018 at 14:30".
 */
export type DateStyle = 'long' | 'short' | 'month' | 'datetime';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  datetime: { dateStyle: 'long', timeStyle: 'short' },
};

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an ISO date (`2018-09-25`) or date-time (`2018-09-25T14:30:00Z`). A date alone is a calendar day and
 * is formatted as that day whatever the time zone; a date-time is shown in the browser's time zone. A string
 * that is not a date is returned unchanged (visible rather than "Invalid Date").
 */
export function formatDate(locale: string, iso: string, style: DateStyle = 'long'): string {
  const lang = normaliseLocale(locale);
  const dateOnly = DATE_ONLY.exec(iso);
  const date = dateOnly ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = dateOnly ? 'UTC' : undefined;
  const options: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS[style], ...(zone ? { timeZone: zone } : {}) };
  const format = cached(`date:${lang}:${style}:${zone ?? ''}`, () => new Intl.DateTimeFormat(TAGS[lang], options));
  if (lang !== 'fr' || style === 'short') return format.format(date);
  // French writes the first day of a month as an ordinal: "1er janvier 2024".
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/**
 * Formats an amount in euros with cents: "134,55 €" (French: narrow no-break space U+202F between thousands,
 * no-break space U+00A0 before €, as Intl gives them) / "€134.55".
 */
export function formatAmount(locale: string, euros: number): string {
  const lang = normaliseLocale(locale);
  return cached(
    `amount:${lang}`,
    () => new Intl.NumberFormat(TAGS[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(euros);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * Formats a file size the way people read it: "1 Mo", "500 ko", "1,5 Mo", "12 o" (a narrow no-break space U+202F
 * before the unit, as Intl gives it) / "1 MB", "500 kB".
 * Steps of 1 024 (so the 1 048 576-byte limit reads "1 Mo"), at most one decimal, none from 10 up.
 */
export function formatFileSize(locale: string, bytes: number): string {
  const lang = normaliseLocale(locale);
  let value = Math.max(0, bytes);
  let unit = 0;
  // Move up a unit while the rounded value would reach 1 024 (1 048 575 bytes is "1 Mo", not "1 024 ko").
  while (unit < SIZE_UNITS.length - 1 && Math.round(value) >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const decimals = unit === 0 || value >= 10 ? 0 : 1;
  const name = SIZE_UNITS[unit] ?? 'byte';
  return cached(
    `size:${lang}:${name}:${decimals}`,
    () => new Intl.NumberFormat(TAGS[lang], { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: decimals }),
  ).format(value);
}

/** A French phone number of 10 digits in pairs, as it is written: "07 11 22 33 44"; anything else unchanged. */
export function formatPhoneNumber(value: string): string {
  return /^0\d{9}$/.test(value) ? value.replace(/(\d{2})(?=\d)/g, '$1\u00a0') : value;
}
