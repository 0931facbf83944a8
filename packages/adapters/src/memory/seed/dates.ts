/**
 * Date arithmetic on ISO calendar dates (`YYYY-MM-DD`, UTC, no time zone surprises). The seed is written
 * relative to "today" so the demo always looks current and tests that fix "today" stay stable.
 */
const DAY = 86_400_000;

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(parse(iso).getTime() + days * DAY));
}

/** Same day of month `months` later, clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const d = parse(iso);
  const day = d.getUTCDate();
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return toIsoDate(first);
}

/** The most recent `day` of a month on or before `iso` (the 25th: CAF payment day in the seed). */
export function lastMonthDay(iso: string, day: number): string {
  const d = parse(iso);
  const candidate = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day));
  if (candidate.getTime() > d.getTime()) candidate.setUTCMonth(candidate.getUTCMonth() - 1);
  return toIsoDate(candidate);
}

/** The `day` of the month `months` after the month of `iso`. */
export function monthDay(iso: string, months: number, day: number): string {
  const d = parse(iso);
  return toIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, day)));
}

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** An instant on that date, at `hh:mm` UTC. */
export function at(iso: string, time = '09:00'): string {
  return `${iso}T${time}:00.000Z`;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "septembre 2026": seed titles are French text, like a French back end's. */
export function frenchMonth(iso: string): string {
  return `${MONTHS_FR[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
