/**
 * Clock times, weekly overlap and the validity period, in process (issue 11):
 * what a schedule or a period reads as, at its edges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClockTime, minutesOf, slotsOf, weeklyOverlap } from '../src/core/time.js';
import { validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS, mutate } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');

describe('clock times', () => {
  it('a letter in the hours is no time: 1a:00', () => {
    expect(isClockTime('1a:00')).toBe(false);
    expect(isClockTime('a1:00')).toBe(false);
    expect(isClockTime('10:00')).toBe(true);
  });
  it('24:30 has minutes past midnight of the same day (1470), as CLOCK reads it', () => {
    expect(minutesOf('24:30')).toBe(1470);
    expect(minutesOf('24:00')).toBe(1440);
  });
  it('8.00 is no clock time and says so', () => {
    expect(() => minutesOf('8.00')).toThrow('not a clock time: 8.00');
  });
});

describe('weekly overlap', () => {
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
