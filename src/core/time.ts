/**
 * Clock times and weekly schedules: "HH:MM" strings, minutes since midnight,
 * and the overlap of several weekly schedules (samtidighet).
 */
import { WEEKDAYS, type TimeSlot, type Weekday } from './model.js';

const CLOCK = /^([01]?\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of a clock time, or undefined when it is none ("25:00", "8.00", "24:30"). */
function clockMinutes(s: string): number | undefined {
  // By hand rather than with CLOCK (the same language: H:MM or HH:MM, hours 0–24): this runs for every time of every schedule.
  if (typeof s !== 'string') return clockMinutesByPattern(s);
  const digit = (i: number) => {
    const c = s.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -1;
  };
  let h: number;
  let at: number;
  if (s.length === 4) {
    h = digit(0);
    at = 1;
  } else if (s.length === 5) {
    const a = digit(0);
    const b = digit(1);
    if (a < 0 || b < 0 || a > 2 || (a === 2 && b > 4)) return undefined;
    h = a * 10 + b;
    at = 2;
  } else return undefined;
  const m1 = digit(at + 1);
  const m2 = digit(at + 2);
  if (h < 0 || s.charCodeAt(at) !== 58 || m1 < 0 || m1 > 5 || m2 < 0) return undefined;
  if (h === 24 && (m1 !== 0 || m2 !== 0)) return undefined;
  return h * 60 + m1 * 10 + m2;
}

function clockMinutesByPattern(s: unknown): number | undefined {
  const m = CLOCK.exec(String(s));
  if (!m) return undefined;
  const h = Number(m[1]);
  if (h >= 24 && m[2] !== '00') return undefined;
  return h * 60 + Number(m[2]);
}

/** "08:00", "8:00" and "24:00" (end of day) are clock times; "25:00" and "8.00" are not. */
export function isClockTime(s: string): boolean {
  return clockMinutes(s) !== undefined;
}

/** Minutes since midnight of a valid clock time. */
export function minutesOf(s: string): number {
  // The hand parser answers for every valid time but 24:01–24:59, which CLOCK accepts and this keeps doing.
  const quick = clockMinutes(s);
  if (quick !== undefined) return quick;
  const m = CLOCK.exec(s);
  if (!m) throw new Error(`not a clock time: ${s}`);
  return Number(m[1]) * 60 + Number(m[2]);
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
    let current: { start: number; end: number } | undefined;
    for (const i of day) {
      if (current && i.start <= current.end) current.end = Math.max(current.end, i.end);
      else {
        if (current) out.push({ dag, start: current.start, end: current.end });
        current = { start: i.start, end: i.end };
      }
    }
    if (current) out.push({ dag, start: current.start, end: current.end });
  }
  return out;
}

/** The times in the week when every schedule has someone present. */
export function weeklyOverlap(schedules: readonly (readonly TimeSlot[])[]): DayInterval[] {
  if (schedules.length === 0) return [];
  let common = normaliseSchedule(schedules[0]!);
  for (const other of schedules.slice(1)) {
    const next = normaliseSchedule(other);
    const out: DayInterval[] = [];
    for (const a of common) {
      for (const b of next) {
        if (a.dag !== b.dag) continue;
        const start = Math.max(a.start, b.start);
        const end = Math.min(a.end, b.end);
        if (end > start) out.push({ dag: a.dag, start, end });
      }
    }
    common = out;
  }
  return common;
}

/** Total length of intervals, in hours. */
export function hoursOf(intervals: readonly DayInterval[]): number {
  return intervals.reduce((sum, i) => sum + (i.end - i.start), 0) / 60;
}

/** The intervals as time slots again ("tisdag 09:00–12:00"). */
export function slotsOf(intervals: readonly DayInterval[]): TimeSlot[] {
  return intervals.map((i) => ({ dag: i.dag, från: clockOf(i.start), till: clockOf(i.end) }));
}
