/**
 * Dates, the one home of the domain's calendar days: ISO `YYYY-MM-DD` in,
 * Swedish ("1 januari 2026") or English ("1 January 2026") out, and "today"
 * as the start of the local day, which every command judges at (`--as-of`
 * or not). All arithmetic goes through date-fns.
 */
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Lang } from './diagnostic.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day of an ISO date at local midnight, or undefined when it is not a real date. */
export function parseIsoDate(text: string): Date | undefined {
  // The same dates come back rule after rule: each text is read once, and every caller gets its own Date.
  let time = timeByText.get(text);
  if (time === undefined) {
    time = readIsoDate(text)?.getTime() ?? null;
    if (timeByText.size >= 10_000) timeByText.clear();
    timeByText.set(text, time);
  }
  return time === null ? undefined : new Date(time);
}

/** Milliseconds of each ISO text's local midnight, or null when it is not a real date. */
const timeByText = new Map<string, number | null>();

function readIsoDate(text: string): Date | undefined {
  // Built from its parts rather than with date-fns' format-string parser:
  // this runs for every date of every agreement, and is the checker's hot path.
  if (!ISO.test(text)) return undefined;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const d = new Date(y, m - 1, day);
  d.setFullYear(y);
  return isValid(d) && d.getFullYear() === y && d.getMonth() === m - 1 && d.getDate() === day ? d : undefined;
}

/** The start (local midnight) of the calendar day `d` falls on. */
export function startOfDay(d: Date): Date {
  const day = new Date(d.getTime());
  day.setHours(0, 0, 0, 0);
  return day;
}

/**
 * The day a command judges at: the `--as-of` date when one is given (undefined
 * when it is not a real `YYYY-MM-DD` date), otherwise the start of today. Every
 * command takes its date here, so an agreement ending today is in force all
 * day in every command, whatever the time of day.
 */
export function asOfDate(flag: string | undefined, now: Date): Date | undefined {
  if (flag === undefined) return startOfDay(now);
  return parseIsoDate(flag);
}

/** `YYYY-MM-DD` of a date (its local calendar day). */
export function isoDate(d: Date): string {
  const y = d.getFullYear();
  // By hand for the years agreements have (once per check); date-fns for anything else.
  if (!(y >= 1000 && y <= 9999)) return format(d, 'yyyy-MM-dd');
  return `${y}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Formatted dates by ISO day and language. The same few dates (the check date,
 * the agreement's own) are formatted for rule after rule; date-fns' `format`
 * is the checker's most expensive call, so each is formatted once.
 */
const formatted = new Map<string, string>();

/** "1 januari 2026" / "1 January 2026". */
export function humanDate(d: Date | string, lang: Lang): string {
  const date = typeof d === 'string' ? parseIsoDate(d) : d;
  if (!date) return String(d);
  const key = `${lang}:${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(date, 'd MMMM yyyy', { locale: lang === 'en' ? enGB : sv });
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

export { addYears };
