/** Small readers of an agreement that several rules share. */
import type { Lang } from '../../core/diagnostic.js';
import { listOf } from '../../core/messages.js';
import { activityLabel, kindOfParty } from '../../core/activities.js';
import type { Agreement, BaseActivityKind, PartyKind, TimeSlot } from '../../core/model.js';
import { hoursOf, slotsOf, weeklyOverlap, type DayInterval } from '../../core/time.js';

/** "mödrahälsovård (MHV), barnhälsovård (BHV) och öppen förskola": the activities' labels as a list. */
export function activityList(kinds: readonly BaseActivityKind[], lang: Lang, conj: 'and' | 'or' = 'and'): string {
  return listOf(
    lang,
    kinds.map((k) => activityLabel(k, lang)),
    conj,
  );
}

/** The kind of the party with this id (the core's `kindOfParty`); undefined when there is no such party. */
export function partyKind(a: Agreement, partyId: string): PartyKind | undefined {
  const p = a.parter?.find((x) => x.id === partyId);
  return p ? kindOfParty(p) : undefined;
}

interface ComputedSimultaneity {
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
  // Stryker disable next-line ConditionalExpression: equivalent; a cache, and computing again gives the same value
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

/** "12 månader" / "12 months"; "2 år" / "2 years" when given in years. */
export function durationText(months: number, lang: Lang, inYears = months % 12 === 0): string {
  if (inYears && months % 12 === 0) {
    const y = months / 12;
    return lang === 'en' ? `${y} year${y === 1 ? '' : 's'}` : `${y} år`;
  }
  return lang === 'en' ? `${months} month${months === 1 ? '' : 's'}` : `${months} ${months === 1 ? 'månad' : 'månader'}`;
}
