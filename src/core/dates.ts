/**
 * Dates, the one home of the domain's calendar days: ISO `YYYY-MM-DD` in,
 * Swedish ("1 januari 2026") or English ("1 January 2026") out, and "today"
 * as the start of the local day, which every command judges at (`--as-of`
 * or not). Arithmetic on dates goes through date-fns.
 */
import { isValid } from 'date-fns/isValid';
import type { Lang } from './diagnostic.js';
import { memoised } from './memo.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The years a date may have, in an agreement and for `--as-of`. A year such as
 * 0025 is a typo for 2025, and a document that printed it would show a date
 * nobody decided (JavaScript and Word read two-digit years as 19xx); such
 * dates are refused where they are read, with their place.
 */
export const DATE_YEARS = { min: 1900, max: 2199 } as const;

/** The calendar day of an ISO date at local midnight, or undefined when it is not a real date in the years `DATE_YEARS`. */
export function parseIsoDate(text: string): Date | undefined {
  const time = timeOf(text);
  return time === null ? undefined : new Date(time);
}

/** Milliseconds of each ISO text's local midnight, or null when it is not a real date: the same dates come back rule after rule, each read once (every caller still gets its own Date). */
const timeOf = memoised((text: string) => readIsoDate(text)?.getTime() ?? null);

function readIsoDate(text: string): Date | undefined {
  // Built from its parts rather than with date-fns' format-string parser:
  // this runs for every date of every agreement, and is the checker's hot path.
  if (typeof text !== 'string' || !ISO.test(text)) return undefined;
  const y = Number(text.slice(0, 4));
  if (y < DATE_YEARS.min || y > DATE_YEARS.max) return undefined;
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
  return `${year(d)}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The year with at least four digits, as ISO 8601 and `yyyy` write it. */
function year(d: Date): string {
  const y = d.getFullYear();
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * "1 januari 2026" / "1 January 2026": day, month name, year, as Swedish and
 * British English write a date in running text. By hand rather than with a
 * locale's formatter: the words are the domain's, and the editor page carries
 * no date-formatting library for them.
 */
export function humanDate(d: Date | string, lang: Lang): string {
  const date = typeof d === 'string' ? parseIsoDate(d) : d;
  if (!date || Number.isNaN(date.getTime())) return String(d);
  return `${date.getDate()} ${MONTHS[lang][date.getMonth()]} ${year(date)}`;
}
