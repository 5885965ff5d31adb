/**
 * Dates and times in the interface language, with the browser's Intl: a day ("3 maart 2027"),
 * a moment ("3 mrt 2027, 14:05") and a relative time ("5 minuten geleden", "over 3 maanden").
 * English uses British conventions (day before month, 24-hour clock), like the Dutch.
 */

export type DateLang = 'nl' | 'en';

const LOCALES: Record<DateLang, string> = { nl: 'nl-NL', en: 'en-GB' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

/** "3 maart 2027" / "3 March 2027". `timeZone` is for tests; the browser's zone otherwise. */
export function formatDay(ms: number, lang: DateLang, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(
    ms,
  );
}

/** "3 mrt 2027, 14:05" / "3 Mar 2027, 14:05". */
export function formatMoment(ms: number, lang: DateLang, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(ms);
}

/** The same moment as a machine-readable `datetime` attribute. */
export function isoMoment(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * `ms` relative to `now`, in the largest unit that reads naturally: `justNow` (or Intl's "nu")
 * under 45 seconds, then minutes, hours, days, months (up to a year and a half) and years; past
 * or future. Always with a number ("1 dag geleden", not "gisteren", which the calendar may
 * contradict; "over 15 maanden", not "volgend jaar").
 */
export function formatRelative(ms: number, now: number, lang: DateLang, justNow?: string): string {
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'always' });
  const diff = ms - now;
  const abs = Math.abs(diff);
  const inUnits = (unit: number) => Math.round(diff / unit) || Math.sign(diff);
  if (abs < 45_000)
    return justNow ?? new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' }).format(0, 'second');
  if (abs < 45 * MINUTE) return rtf.format(Math.trunc(diff / MINUTE) || Math.sign(diff), 'minute');
  if (abs < 22 * HOUR) return rtf.format(inUnits(HOUR), 'hour');
  if (abs < 26 * DAY) return rtf.format(inUnits(DAY), 'day');
  if (abs < 548 * DAY) return rtf.format(inUnits(MONTH), 'month');
  return rtf.format(inUnits(YEAR), 'year');
}
