/** Small readers of an agreement that several rules share. */
import type { Lang } from '../../core/diagnostic.js';
import { listOf } from '../../core/messages.js';
import { addMonths } from 'date-fns/addMonths';
import type { Agreement, BaseActivityKind, Extension, PartyKind, TimeSlot, Validity } from '../../core/model.js';
import { parseIsoDate } from '../../core/dates.js';
import { hoursOf, slotsOf, weeklyOverlap, type DayInterval } from '../../core/time.js';

const ACTIVITY: Record<BaseActivityKind, { sv: string; en: string }> = {
  mödrahälsovård: { sv: 'mödrahälsovård (MHV)', en: 'maternity care (MHV)' },
  barnhälsovård: { sv: 'barnhälsovård (BHV)', en: 'child health care (BHV)' },
  öppen_förskola: { sv: 'öppen förskola', en: 'open preschool' },
  socialtjänst: { sv: 'socialtjänst', en: 'social services' },
};

export function activityName(kind: BaseActivityKind, lang: Lang): string {
  return ACTIVITY[kind][lang];
}

export function activityList(kinds: readonly BaseActivityKind[], lang: Lang, conj: 'and' | 'or' = 'and'): string {
  return listOf(lang, kinds.map((k) => activityName(k, lang)), conj);
}

/** The kind of a party: its `typ`, or its id when the id is `region` or `kommun`. */
export function partyKind(a: Agreement, partyId: string): PartyKind | undefined {
  const p = a.parter?.find((x) => x.id === partyId);
  if (!p) return undefined;
  if (p.typ) return p.typ;
  return p.id === 'region' || p.id === 'kommun' ? p.id : undefined;
}

/**
 * Which party kind usually runs which base activity: the region MHV and BHV, the
 * kommun ÖF and social services (frameworks.md §1.1). Öppen förskola may also be
 * run by a third party (a parish in a three-party agreement).
 */
export const RESPONSIBLE_KIND: Record<BaseActivityKind, PartyKind> = {
  mödrahälsovård: 'region',
  barnhälsovård: 'region',
  öppen_förskola: 'kommun',
  socialtjänst: 'kommun',
};

export interface ComputedSimultaneity {
  intervals: DayInterval[];
  hours: number;
  /** Base activities without any presence schedule (they make the overlap empty). */
  withoutSchedule: BaseActivityKind[];
}

/** The weekly time when every base activity is present, from their `närvaro` schedules. */
/**
 * Several rules read the computed samtidighet of one agreement: it is computed
 * once per check. `checkAgreement` forgets it when it starts, so an agreement
 * edited in place (a live editor) is never judged on a stale schedule.
 */
const simultaneityOf = new WeakMap<Agreement, ComputedSimultaneity>();

export function forgetComputed(a: Agreement): void {
  simultaneityOf.delete(a);
}

export function computedSimultaneity(a: Agreement): ComputedSimultaneity {
  let known = simultaneityOf.get(a);
  if (!known) {
    known = computeSimultaneity(a);
    simultaneityOf.set(a, known);
  }
  return known;
}

function computeSimultaneity(a: Agreement): ComputedSimultaneity {
  const activities = a.basverksamheter ?? [];
  const schedules: TimeSlot[][] = activities.map((b) => b.närvaro ?? []);
  const intervals = activities.length === 0 ? [] : weeklyOverlap(schedules);
  return {
    intervals,
    hours: hoursOf(intervals),
    withoutSchedule: activities.filter((b) => (b.närvaro ?? []).length === 0).map((b) => b.verksamhet),
  };
}

/** "tisdag 09:00–12:00, torsdag 09:00–12:00" / "ingen" */
export function describeIntervals(intervals: readonly DayInterval[], lang: Lang): string {
  if (intervals.length === 0) return lang === 'en' ? 'none' : 'ingen';
  return slotsOf(intervals)
    .map((s) => `${lang === 'en' ? WEEKDAY_EN[s.dag] : s.dag} ${s.från}–${s.till}`)
    .join(', ');
}

const WEEKDAY_EN: Record<string, string> = {
  måndag: 'Monday',
  tisdag: 'Tuesday',
  onsdag: 'Wednesday',
  torsdag: 'Thursday',
  fredag: 'Friday',
  lördag: 'Saturday',
  söndag: 'Sunday',
};

export function weekdayName(dag: string, lang: Lang): string {
  return lang === 'en' ? (WEEKDAY_EN[dag] ?? dag) : dag;
}

/** The agreement's term: start, agreed end, the last day with automatic extensions, and an option to extend. */
export interface Term {
  /** First day in force; undefined when not known. */
  start: Date | undefined;
  /** The last day of the agreed term (`till`); undefined when until further notice. */
  term: Date | undefined;
  /**
   * The last day the agreement runs without a new decision: the term plus every
   * automatic extension. undefined when open-ended or not known (see `openEnded`, `unknownEnd`).
   */
  end: Date | undefined;
  /** Until further notice: no end date, or automatic extensions without a limit. */
  openEnded: boolean;
  /** The end cannot be computed: an automatic extension of unknown length. */
  unknownEnd: boolean;
  /** The term is extended automatically. */
  extended: boolean;
  /** An option to extend by a decision: months per extension (undefined when not stated) and how many times. */
  option?: { months: number | undefined; times: number | undefined; last: Date | undefined; inYears: boolean };
}

/** Months per extension: `år` × 12 or `månader`; undefined when neither is given. */
export function extensionMonths(e: Extension): number | undefined {
  if (e.månader !== undefined) return e.månader;
  if (e.år !== undefined) return e.år * 12;
  return undefined;
}

/** The term of a validity section (present and readable). */
export function termOf(g: Validity): Term {
  const start = g.från ? parseIsoDate(g.från) : undefined;
  const term = g.till ? parseIsoDate(g.till) : undefined;
  const base = { start, term, openEnded: false, unknownEnd: false, extended: false };
  if (!term) return { ...base, end: undefined, openEnded: true };
  const ext = g.förlängning;
  if (!ext) return { ...base, end: term };
  const months = extensionMonths(ext);
  if ((ext.typ ?? 'automatisk') === 'option') {
    const last = months === undefined ? undefined : addMonths(term, months * (ext.gånger ?? 1));
    return { ...base, end: term, option: { months, times: ext.gånger, last, inYears: ext.månader === undefined } };
  }
  if (ext.gånger === undefined) return { ...base, end: undefined, openEnded: true, extended: true };
  if (months === undefined) return { ...base, end: undefined, unknownEnd: true, extended: true };
  return { ...base, end: addMonths(term, months * ext.gånger), extended: true };
}

/** "12 månader" / "12 months"; "2 år" / "2 years" when given in years. */
export function durationText(months: number, lang: Lang, inYears = months % 12 === 0): string {
  if (inYears && months % 12 === 0) {
    const y = months / 12;
    return lang === 'en' ? `${y} year${y === 1 ? '' : 's'}` : `${y} år`;
  }
  return lang === 'en' ? `${months} month${months === 1 ? '' : 's'}` : `${months} ${months === 1 ? 'månad' : 'månader'}`;
}
