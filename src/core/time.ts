/**
 * Clock times and weekly schedules: "HH:MM" strings, minutes since midnight,
 * and the overlap of several weekly schedules (samtidighet).
 */
import { WEEKDAYS, type TimeSlot, type Weekday } from './model.js';

/** The value of the digit at i, or NaN when it is none (so that any sum it enters is NaN). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : Number.NaN;
}

/**
 * Minutes since midnight of a clock time, H:MM or HH:MM with hours 0–24 ("24:00" is the end of
 * the day), or undefined when it is none ("25:00", "8.00", "24:30", a number). By hand rather than
 * with a pattern: this runs for every time of every schedule.
 */
function clockMinutes(s: string): number | undefined {
  if (typeof s !== 'string') return undefined;
  const colon = s.length - 3;
  if (colon > 2 || s.charCodeAt(colon) !== 58) return undefined;
  const hours = colon === 1 ? digit(s, 0) : digit(s, 0) * 10 + digit(s, 1);
  const tens = digit(s, colon + 1);
  const minutes = hours * 60 + tens * 10 + digit(s, colon + 2);
  // NaN: a character that is no digit; 1440 = 24:00, the last minute there is.
  if (Number.isNaN(minutes) || tens > 5 || minutes > 1440) return undefined;
  return minutes;
}

/** "08:00", "8:00" and "24:00" (end of day) are clock times; "25:00", "24:30" and "8.00" are not. */
export function isClockTime(s: string): boolean {
  return clockMinutes(s) !== undefined;
}

/** Minutes since midnight of a clock time (isClockTime); throws on anything else. */
export function minutesOf(s: string): number {
  const minutes = clockMinutes(s);
  if (minutes === undefined) throw new Error(`not a clock time: ${s}`);
  return minutes;
}

/** "08:00" from 480. */
export function clockOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A half-open interval [start, end) in minutes since midnight on one weekday. */
export interface DayInterval {
  dag: Weekday;
  start: number;
  end: number;
}

/** Merge a schedule into sorted, non-overlapping intervals per day. */
export function normaliseSchedule(slots: readonly TimeSlot[]): DayInterval[] {
  // One pass over the slots (each time read once), then the days in week order.
  const byDay = new Map<Weekday, { start: number; end: number }[]>();
  for (const s of slots) {
    const start = clockMinutes(s.från);
    const end = clockMinutes(s.till);
    if (start === undefined || end === undefined || end <= start) continue;
    const day = byDay.get(s.dag);
    if (day) day.push({ start, end });
    else byDay.set(s.dag, [{ start, end }]);
  }
  const out: DayInterval[] = [];
  for (const dag of WEEKDAYS) {
    const day = byDay.get(dag);
    if (!day) continue;
    day.sort((a, b) => a.start - b.start);
    // A day in the map has at least one time; the first meets itself in the loop and changes nothing.
    let current = { start: day[0]!.start, end: day[0]!.end };
    for (const i of day) {
      if (i.start <= current.end) current.end = Math.max(current.end, i.end);
      else {
        out.push({ dag, start: current.start, end: current.end });
        current = { start: i.start, end: i.end };
      }
    }
    out.push({ dag, start: current.start, end: current.end });
  }
  return out;
}

/** The times in the week when every schedule has someone present. */
export function weeklyOverlap(schedules: readonly (readonly TimeSlot[])[]): DayInterval[] {
  if (schedules.length === 0) return [];
  const [first, ...rest] = schedules;
  return rest.reduce((common, other) => overlapOf(common, normaliseSchedule(other)), normaliseSchedule(first!));
}

/** The times two merged schedules have in common. */
function overlapOf(a: readonly DayInterval[], b: readonly DayInterval[]): DayInterval[] {
  const out: DayInterval[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.dag !== y.dag) continue;
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ dag: x.dag, start, end });
    }
  }
  return out;
}

/** Total length of intervals, in hours. */
export function hoursOf(intervals: readonly DayInterval[]): number {
  return intervals.reduce((sum, i) => sum + (i.end - i.start), 0) / 60;
}

/** The intervals as time slots again ("tisdag 09:00–12:00"). */
export function slotsOf(intervals: readonly DayInterval[]): TimeSlot[] {
  return intervals.map((i) => ({ dag: i.dag, från: clockOf(i.start), till: clockOf(i.end) }));
}
