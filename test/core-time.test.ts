/**
 * Clock times, weekly overlap and the validity period, in process (issue 11):
 * what a schedule or a period reads as, at its edges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimeSlot } from '../src/core/model.js';
import { clockOf, hoursOf, isClockTime, minutesOf, normaliseSchedule, slotsOf, weeklyOverlap } from '../src/core/time.js';
import { validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS, mutate } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');

describe('clock times', () => {
  it('a letter in the hours is no time: 1a:00', () => {
    expect(isClockTime('1a:00')).toBe(false);
    expect(isClockTime('a1:00')).toBe(false);
    expect(isClockTime('10:00')).toBe(true);
  });
  it('24:30 is no clock time (the day ends at 24:00), and minutesOf says so as isClockTime does', () => {
    expect(isClockTime('24:30')).toBe(false);
    expect(() => minutesOf('24:30')).toThrow('not a clock time: 24:30');
    expect(minutesOf('24:00')).toBe(1440);
  });
  it('8.00 is no clock time and says so', () => {
    expect(() => minutesOf('8.00')).toThrow('not a clock time: 8.00');
  });
});

describe('clock times at their edges', () => {
  it.each([
    ['0:00', 0],
    ['9:59', 599],
    ['00:00', 0],
    ['08:05', 485],
    ['08:50', 530],
    ['10:00', 600],
    ['19:59', 1199],
    ['20:00', 1200],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('%s is %i minutes after midnight', (text, minutes) => {
    expect(isClockTime(text)).toBe(true);
    expect(minutesOf(text)).toBe(minutes);
  });
  it.each([
    '24:01',
    '24:10',
    '25:00',
    '30:00',
    '8:60',
    '08:60',
    '08:6',
    '8:0',
    '08:000',
    '12:345',
    '123:00',
    ':00',
    '00',
    '08:/0',
    '08:0:',
    '/8:00',
    '0/:00',
    '08:5/',
    '080:00',
    '8.00',
    '08.00',
    '0800',
    '08:0a',
    '08:a0',
    ':800',
    '8::0',
    '-1:00',
    ' 8:00',
    '8:00 ',
    '',
  ])('%j is no clock time', (text) => {
    expect(isClockTime(text)).toBe(false);
  });
  it.each([[800], [['08:00']], [null], [undefined]])('a value that is no text (%j) is no clock time', (value) => {
    expect(isClockTime(value as never)).toBe(false);
  });
  it.each([
    [0, '00:00'],
    [59, '00:59'],
    [60, '01:00'],
    [485, '08:05'],
    [1439, '23:59'],
    [1440, '24:00'],
  ])('%i minutes print as %s', (minutes, text) => {
    expect(clockOf(minutes)).toBe(text);
  });
});

const slot = (dag: TimeSlot['dag'], från: string, till: string): TimeSlot => ({ dag, från, till });
const shown = (slots: readonly TimeSlot[]) => slotsOf(normaliseSchedule(slots)).map((s) => `${s.dag} ${s.från}–${s.till}`);

describe('a schedule, merged per day', () => {
  it('days come in week order, whatever order they are written in', () => {
    expect(shown([slot('fredag', '09:00', '12:00'), slot('måndag', '08:00', '10:00'), slot('onsdag', '13:00', '15:00')])).toEqual([
      'måndag 08:00–10:00',
      'onsdag 13:00–15:00',
      'fredag 09:00–12:00',
    ]);
  });
  it('times of one day are sorted, and those that overlap or touch become one', () => {
    expect(
      shown([slot('tisdag', '13:00', '16:00'), slot('tisdag', '08:00', '10:00'), slot('tisdag', '09:00', '11:00'), slot('tisdag', '11:00', '12:00')]),
    ).toEqual(['tisdag 08:00–12:00', 'tisdag 13:00–16:00']);
  });
  it('a time inside another keeps the longer end', () => {
    expect(shown([slot('tisdag', '08:00', '16:00'), slot('tisdag', '09:00', '10:00')])).toEqual(['tisdag 08:00–16:00']);
  });
  it('a gap of one minute keeps two times apart', () => {
    expect(shown([slot('torsdag', '08:00', '09:59'), slot('torsdag', '10:00', '11:00')])).toEqual(['torsdag 08:00–09:59', 'torsdag 10:00–11:00']);
  });
  it('times that end before they start, last no time, or are no clock times are left out', () => {
    expect(
      shown([
        slot('måndag', '12:00', '08:00'),
        slot('måndag', '09:00', '09:00'),
        slot('måndag', '8.00', '10:00'),
        slot('måndag', '08:00', '25:00'),
        slot('måndag', '09:00', '09:01'),
      ]),
    ).toEqual(['måndag 09:00–09:01']);
  });
  it('a time that lasts no time, alone on its day, is no interval', () => {
    expect(normaliseSchedule([slot('måndag', '09:00', '09:00')])).toEqual([]);
  });
  it('no times, no intervals', () => {
    expect(normaliseSchedule([])).toEqual([]);
  });
  it('hours add up over days: 2 h + 1.5 h = 3.5 h', () => {
    expect(hoursOf(normaliseSchedule([slot('måndag', '08:00', '10:00'), slot('onsdag', '13:00', '14:30')]))).toBe(3.5);
    expect(hoursOf([])).toBe(0);
  });
  it('overlapping times count once in the hours: 08–12 and 10–14 are 6 h', () => {
    expect(hoursOf(normaliseSchedule([slot('måndag', '08:00', '12:00'), slot('måndag', '10:00', '14:00')]))).toBe(6);
  });
});

describe('weekly overlap', () => {
  const text = (schedules: readonly (readonly TimeSlot[])[]) => slotsOf(weeklyOverlap(schedules)).map((s) => `${s.dag} ${s.från}–${s.till}`);
  it('no schedules, no common time', () => {
    expect(weeklyOverlap([])).toEqual([]);
  });
  it('one schedule is its own common time, merged', () => {
    expect(text([[slot('tisdag', '10:00', '12:00'), slot('tisdag', '08:00', '10:00')]])).toEqual(['tisdag 08:00–12:00']);
  });
  it('the same hours on different days are no common time', () => {
    expect(weeklyOverlap([[slot('måndag', '08:00', '12:00')], [slot('tisdag', '08:00', '12:00')]])).toEqual([]);
  });
  it('three schedules share only what all three have', () => {
    expect(
      text([
        [slot('måndag', '08:00', '16:00'), slot('onsdag', '08:00', '12:00')],
        [slot('måndag', '09:00', '12:00'), slot('måndag', '13:00', '15:00'), slot('onsdag', '10:00', '11:00')],
        [slot('måndag', '11:00', '14:00'), slot('onsdag', '08:00', '16:00')],
      ]),
    ).toEqual(['måndag 11:00–12:00', 'måndag 13:00–14:00', 'onsdag 10:00–11:00']);
  });
  it('common time of 2.5 hours is 2.5 hours', () => {
    expect(hoursOf(weeklyOverlap([[slot('fredag', '08:00', '12:00')], [slot('fredag', '09:30', '14:00')]]))).toBe(2.5);
  });
});

describe('weekly overlap, touching', () => {
  it('schedules that only touch (08–12 and 12–16) have no time together', () => {
    expect(weeklyOverlap([[{ dag: 'tisdag', från: '08:00', till: '12:00' }], [{ dag: 'tisdag', från: '12:00', till: '16:00' }]])).toEqual([]);
  });
  it('schedules that overlap (08–12 and 11–16) share 11:00–12:00', () => {
    const both = weeklyOverlap([[{ dag: 'tisdag', från: '08:00', till: '12:00' }], [{ dag: 'tisdag', från: '11:00', till: '16:00' }]]);
    expect(slotsOf(both)).toEqual([{ dag: 'tisdag', från: '11:00', till: '12:00' }]);
  });
});

describe('the validity period', () => {
  it('an agreement valid for one day (från and till the same date) is valid', () => {
    const r = validateAgreementText(mutate(EXAMPLE, '    till: 2028-12-31', '    till: 2026-01-01'));
    expect(r.diagnostics.map((d) => d.code)).toEqual([]);
    expect(r.valid).toBe(true);
  });
  it('till before från is reported at till', () => {
    const r = validateAgreementText(mutate(EXAMPLE, '    till: 2028-12-31', '    till: 2025-12-31'));
    expect(r.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual(['semantic.date-order /avtal/giltighet/till']);
  });
});
