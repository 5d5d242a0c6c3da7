/**
 * Numbers as the user reads them, the one home of their form: at most two
 * decimals without trailing zeros; in Swedish a decimal comma, thousands
 * grouped by a no-break space and a real minus sign ("−1 234,5"), in English
 * "-1,234.5". Deterministic: no Intl call whose output depends on the
 * machine's ICU data.
 */
import type { Lang } from './diagnostic.js';

export interface NumberOptions {
  /**
   * Group thousands (default true). Off for values that are names rather than
   * quantities, such as a year written in the agreement (`år: 2026`).
   */
  readonly grouping?: boolean;
  /** Decimals kept (default 2, rounded); `Infinity` keeps the value exactly as given, for a value compared with another. */
  readonly decimals?: number;
}

const FORM = {
  sv: { decimal: ',', group: '\u00a0', minus: '\u2212' },
  en: { decimal: '.', group: ',', minus: '-' },
} as const;

/** "1,5", "1 234,5", "−0,25" / "1.5", "1,234.5", "-0.25"; a value that is not a finite number as written. */
export function formatNumber(n: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(n)) return String(n);
  const form = FORM[lang];
  const scale = 10 ** (options.decimals ?? 2);
  const rounded = Number.isFinite(scale) ? Math.round(Math.abs(n) * scale) / scale : Math.abs(n);
  const text = String(rounded);
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? undefined : text.slice(dot + 1);
  // Up to three characters there is nothing to group (the checker formats many small numbers).
  const digits = options.grouping === false || int.length <= 3 ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, form.group);
  return `${n < 0 && rounded !== 0 ? form.minus : ''}${digits}${frac ? `${form.decimal}${frac}` : ''}`;
}

/** Swedish ordinal with a colon: 1:a, 2:a, 3:e, 11:e, 12:e, 21:a, 22:a, 111:e. */
export function ordinalSv(n: number): string {
  const last = n % 10;
  const lastTwo = n % 100;
  return `${n}:${(last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e'}`;
}

const YEARS_IN_WORDS: Readonly<Record<number, string>> = { 1: 'varje år', 2: 'vartannat år', 3: 'vart tredje år', 4: 'vart fjärde år', 5: 'vart femte år' };

const MONTHS_IN_WORDS: Readonly<Record<number, string>> = {
  1: 'varje månad',
  3: 'varje kvartal',
  6: 'varje halvår',
  12: 'en gång per år',
  24: 'vartannat år',
  36: 'vart tredje år',
};

/** How often, in Swedish: "varje år", "vartannat år", "vart tredje år", "vart 7:e år", "vart 21:a år". */
export function yearInterval(years: number): string {
  return YEARS_IN_WORDS[years] ?? `vart ${ordinalSv(years)} år`;
}

/** How often, in Swedish: "varje månad", "varje kvartal", "en gång per år", "var 9:e månad", "var 22:a månad". */
export function monthInterval(months: number): string {
  return MONTHS_IN_WORDS[months] ?? `var ${ordinalSv(months)} månad`;
}
