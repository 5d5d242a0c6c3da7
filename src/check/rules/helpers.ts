/** Small readers of an agreement that several rules share. */
import type { Lang } from '../../core/diagnostic.js';
import { listOf } from '../../core/messages.js';
import type { Agreement, BaseActivityKind, PartyKind, TimeSlot } from '../../core/model.js';
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

/** "12 månader" / "12 months"; "2 år" / "2 years" when given in years. */
export function durationText(months: number, lang: Lang, inYears = months % 12 === 0): string {
  if (inYears && months % 12 === 0) {
    const y = months / 12;
    return lang === 'en' ? `${y} year${y === 1 ? '' : 's'}` : `${y} år`;
  }
  return lang === 'en' ? `${months} month${months === 1 ? '' : 's'}` : `${months} ${months === 1 ? 'månad' : 'månader'}`;
}
