/**
 * The section markers `ingår inte` and `uppgift saknas` are recognised in any
 * case and with surrounding blanks, and the quick filter in `markerOf`
 * (src/core/model.ts) never turns one away: only I, i, U, u and İ lower-case to
 * a text that starts with "i" or "u", and no character lower-cases to less
 * than half its length.
 */
import { describe, expect, it } from 'vitest';
import { isMarker, present, sectionState } from '../src/core/model.js';

describe('section markers', () => {
  it('are read in any case, with blanks around them', () => {
    for (const t of ['ingår inte', 'INGÅR INTE', '  Ingår Inte\n', 'uppgift saknas', 'UPPGIFT SAKNAS', '\tUppgift saknas ', 'ingÅr inte'])
      expect(isMarker(t), t).toBe(true);
    for (const t of ['', ' ', 'ingår', 'ingår  inte', 'İngår inte', 'uppgift saknas.', 'x ingår inte', 'ingår inte'.repeat(3), 'Ingar inte'])
      expect(isMarker(t), t).toBe(false);
    expect(sectionState('INGÅR INTE')).toEqual({ state: 'ingår inte' });
    expect(sectionState(' Uppgift saknas')).toEqual({ state: 'uppgift saknas' });
    expect(present('Ingår inte')).toBeUndefined();
    expect(present('Ingen uppgift')).toBe('Ingen uppgift');
  });

  it('the quick filter rests on facts about lower case that hold for every code point', () => {
    const startsLikeMarker: number[] = [];
    const shrinks: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      const lower = s.toLocaleLowerCase('sv');
      if (lower[0] === 'i' || lower[0] === 'u') startsLikeMarker.push(cp);
      if (lower.length * 2 < s.length) shrinks.push(cp);
    }
    expect(shrinks).toEqual([]);
    expect(startsLikeMarker).toEqual([0x49, 0x55, 0x69, 0x75, 0x130]);
  });
});
