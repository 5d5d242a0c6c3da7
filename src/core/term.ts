/**
 * The agreement's term, the one home of "when does it end": start, agreed
 * end, the last day with every automatic extension, an option to extend
 * (which needs a decision and so does not count), and where a day stands in
 * the term. Check, report, render and compare read the term here.
 */
import { addMonths } from 'date-fns/addMonths';
import { isAfter } from 'date-fns/isAfter';
import { isBefore } from 'date-fns/isBefore';
import { isoDate, parseIsoDate } from './dates.js';
import { present, type Agreement, type Extension, type IsoDate, type Validity, type Waiver } from './model.js';

/** The agreement's term: start, agreed end, the last day with automatic extensions, and an option to extend. */
export interface Term {
  /** First day in force; undefined when not known. */
  readonly start: Date | undefined;
  /** The last day of the agreed term (`till`); undefined when until further notice. */
  readonly term: Date | undefined;
  /**
   * The last day the agreement runs without a new decision: the term plus every
   * automatic extension. undefined when open-ended or not known (see `openEnded`, `unknownEnd`).
   */
  readonly end: Date | undefined;
  /** Until further notice: no end date, or automatic extensions without a limit. */
  readonly openEnded: boolean;
  /** The end cannot be computed: an automatic extension of unknown length. */
  readonly unknownEnd: boolean;
  /** The term is extended automatically. */
  readonly extended: boolean;
  /** An option to extend by a decision: months per extension (undefined when not stated), how many times, the last day it could reach. */
  readonly option?: { readonly months: number | undefined; readonly times: number | undefined; readonly last: Date | undefined; readonly inYears: boolean };
}

/** Months per extension: `månader`, or `år` × 12; undefined when neither is given. */
export function extensionMonths(e: Extension): number | undefined {
  if (e.månader !== undefined) return e.månader;
  if (e.år !== undefined) return e.år * 12;
  return undefined;
}

/** The term of a validity section (present and readable). */
export function termOf(g: Validity): Term {
  const start = g.från ? parseIsoDate(g.från) : undefined;
  const term = g.till ? parseIsoDate(g.till) : undefined;
  // One object literal per outcome rather than spreads of a common base: this runs for several rules of every check.
  const made = (end: Date | undefined, openEnded: boolean, unknownEnd: boolean, extended: boolean): Term => ({
    start,
    term,
    openEnded,
    unknownEnd,
    extended,
    end,
  });
  if (!term) return made(undefined, true, false, false);
  const ext = g.förlängning;
  if (!ext) return made(term, false, false, false);
  const months = extensionMonths(ext);
  if ((ext.typ ?? 'automatisk') === 'option') {
    const last = months === undefined ? undefined : addMonths(term, months * (ext.gånger ?? 1));
    return { ...made(term, false, false, false), option: { months, times: ext.gånger, last, inYears: ext.månader === undefined } };
  }
  if (ext.gånger === undefined) return made(undefined, true, false, true);
  if (months === undefined) return made(undefined, false, true, true);
  return made(addMonths(term, months * ext.gånger), false, false, true);
}

/** The term of an agreement; undefined when its validity section is missing or a marker (`uppgift saknas`, `ingår inte`). */
export function agreementTerm(a: Agreement): Term | undefined {
  const g = present(a.avtal.giltighet);
  return g ? termOf(g) : undefined;
}

/**
 * The last day the agreement runs, `YYYY-MM-DD`: `giltighet.till` plus every
 * automatic extension (an option to extend does not count). null when it runs
 * until further notice or the end is not known.
 */
export function lastDayOf(a: Agreement): IsoDate | null {
  const end = agreementTerm(a)?.end;
  return end ? isoDate(end) : null;
}

/**
 * Where a day stands in the term: `ej_börjat` before its first day,
 * `utgånget` after its last day (with automatic extensions), `gällande` on
 * any day from the first to the last inclusive, `tills_vidare` when it has no
 * end, `uppgift_saknas` when the term or the length of its extension is not known.
 */
export type TermStatus = 'ej_börjat' | 'gällande' | 'utgånget' | 'tills_vidare' | 'uppgift_saknas';

/** The status of a term on a day (a calendar day at local midnight: see `asOfDate`). */
export function termStatus(term: Term | undefined, asOf: Date): TermStatus {
  if (!term) return 'uppgift_saknas';
  if (term.start && isBefore(asOf, term.start)) return 'ej_börjat';
  if (term.unknownEnd) return 'uppgift_saknas';
  if (!term.end) return 'tills_vidare';
  return isAfter(asOf, term.end) ? 'utgånget' : 'gällande';
}

/**
 * Whether an approved deviation (`avvikelser:`) applies on a day: it has no
 * last day, or the day is on or before it. A `till` that is not a date does
 * not end it (validation reports the date).
 */
export function waiverApplies(w: Pick<Waiver, 'till'>, asOf: Date): boolean {
  if (!w.till) return true;
  const until = parseIsoDate(w.till);
  return until === undefined || !isAfter(asOf, until);
}
