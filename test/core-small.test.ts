/**
 * The core's small modules at their edges, in process (issue 11): remembered answers, the nearest
 * known word, activity names, ids made from text, organisation numbers.
 */
import { describe, expect, it } from 'vitest';
import { activityLabel, activityName, activityShort } from '../src/core/activities.js';
import { slugOf } from '../src/core/id.js';
import { memoised } from '../src/core/memo.js';
import { hasValidCheckDigit } from '../src/core/semantic.js';
import { closest } from '../src/core/suggest.js';

describe('remembered answers', () => {
  const counting = (limit?: number) => {
    const seen: string[] = [];
    const f = memoised((k: string) => {
      seen.push(k);
      return k.length > 3 ? null : k.toUpperCase();
    }, limit);
    return { f, seen };
  };
  it('each key is computed once, its answer (null too) given again', () => {
    const { f, seen } = counting();
    expect([f('ab'), f('abcd'), f('ab'), f('abcd'), f('x')]).toEqual(['AB', null, 'AB', null, 'X']);
    expect(seen).toEqual(['ab', 'abcd', 'x']);
  });
  it('at the limit, a new key forgets every answer once; below it, nothing is forgotten', () => {
    const { f, seen } = counting(2);
    f('a');
    f('b');
    f('a');
    expect(seen).toEqual(['a', 'b']);
    f('c'); // two kept: forget both, keep c
    f('c');
    f('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
    f('c');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
  it('keys need not be text', () => {
    const key = { n: 1 };
    let calls = 0;
    const f = memoised((k: { n: number }) => {
      calls++;
      return k.n + 1;
    });
    expect([f(key), f(key), f({ n: 1 })]).toEqual([2, 2, 2]);
    expect(calls).toBe(2);
  });
});

describe('the nearest known word', () => {
  const KEYS = ['samtidighet', 'giltighet', 'organisation', 'parter'];
  it.each([
    ['samtidgihet', 'samtidighet'],
    ['Samtidighet', 'samtidighet'],
    ['SAMTIDIGHET', 'samtidighet'],
    ['parer', 'parter'],
    ['giltighett', 'giltighet'],
    ['organisatin', 'organisation'],
  ])('%s → %s', (word, expected) => {
    expect(closest(word, KEYS)).toBe(expected);
  });
  it.each(['x', 'helt annat', 'underskrifter', ''])('%j is near nothing', (word) => {
    expect(closest(word, KEYS)).toBeUndefined();
  });
  it('accents and hyphens fold: entre ~ entré, öppen-förskola ~ öppen_förskola', () => {
    expect(closest('entre', ['entré', 'annat'])).toBe('entré');
    expect(closest('öppen-förskola', ['öppen_förskola', 'socialtjänst'])).toBe('öppen_förskola');
    expect(closest('oppen forskola', ['öppen_förskola', 'socialtjänst'])).toBe('öppen_förskola');
  });
  it('the allowed distance grows with the length: 1 up to 5 letters, 2 from 6, 3 from 9, never more', () => {
    expect(closest('abcxy', ['abcde'])).toBeUndefined(); // 2 changes in 5 letters
    expect(closest('abcdx', ['abcde'])).toBe('abcde');
    expect(closest('abcdxy', ['abcdef'])).toBe('abcdef'); // 2 in 6
    expect(closest('abcxyz', ['abcdef'])).toBeUndefined(); // 3 in 6
    expect(closest('abcdefxyz', ['abcdefghi'])).toBe('abcdefghi'); // 3 in 9
    expect(closest('abcdefghijkwxyz', ['abcdefghijklmno'])).toBeUndefined(); // 4 in 15: three at most
    expect(closest('abcdefghijklxyz', ['abcdefghijklmno'])).toBe('abcdefghijklmno');
  });
  it('a candidate longer or shorter by the whole allowance is still found', () => {
    expect(closest('organisa', ['organisation'])).toBeUndefined(); // 4 missing, allowance 2
    expect(closest('samtidighe', ['samtidighet'])).toBe('samtidighet');
    expect(closest('samtidigh', ['samtidighet'])).toBe('samtidighet'); // 2 missing, allowance 3
    expect(closest('samtidighetxyz', ['samtidighet'])).toBe('samtidighet'); // 3 extra, allowance 3 (14 letters)
  });
  it('the nearest wins; between equals, the first', () => {
    expect(closest('parterr', ['parter', 'parterrr'])).toBe('parter');
    expect(closest('abce', ['abcd', 'abcf'])).toBe('abcd');
    expect(closest('abce', ['abcf', 'abcd'])).toBe('abcf');
    expect(closest('abcdefgh', ['abcdxxgh', 'abcdefgx'])).toBe('abcdefgx');
  });
  it('a word over 200 characters is no typo of anything, even of itself; 200 still is', () => {
    expect(closest('a'.repeat(201), ['a'.repeat(201)])).toBeUndefined();
    expect(closest('a'.repeat(200), ['a'.repeat(200)])).toBe('a'.repeat(200));
  });
});

describe('activity names', () => {
  it('short forms, in Swedish unless told', () => {
    expect(activityShort('mödrahälsovård')).toBe('MHV');
    expect(activityShort('öppen_förskola', 'en')).toBe('ÖF');
    expect(activityName('socialtjänst')).toBe('förebyggande socialtjänst');
    expect(activityName('socialtjänst', 'en')).toBe('preventive social services');
    expect(activityLabel('barnhälsovård')).toBe('barnhälsovård (BHV)');
    expect(activityLabel('öppen_förskola')).toBe('öppen förskola');
  });
  it('an activity the core does not know is named by its key, underscores as spaces', () => {
    expect(activityName('familjestöd_extra' as never)).toBe('familjestöd extra');
  });
});

describe('ids made from text', () => {
  it.each([
    ['– Solrosen –', 'solrosen'],
    ['--Solrosen--', 'solrosen'],
    ['Sol - - rosen', 'sol-rosen'],
    ['  ', 'avtal'],
    ['Ö', 'o'],
    ['Vänern-Väst', 'vanern-vast'],
  ])('%j → %s', (text, id) => {
    expect(slugOf(text)).toBe(id);
  });
  it('a long name is cut at its last hyphen within 64 characters; one long word is cut at 64', () => {
    const words = `${'abcdefghij-'.repeat(6)}xyz`; // 69 characters
    expect(slugOf(words)).toBe('abcdefghij-'.repeat(5).slice(0, -1)); // five words, 54 characters
    expect(slugOf('a'.repeat(70))).toBe('a'.repeat(64));
    expect(slugOf('a'.repeat(64))).toBe('a'.repeat(64));
  });
});

describe('organisation numbers', () => {
  it.each(['232100-0255', '212000-1124', '2120001124', '212000-0142'])('%s has a right check digit', (n) => {
    expect(hasValidCheckDigit(n)).toBe(true);
  });
  it.each([
    ['232100-0256', 'a wrong check digit'],
    ['212000-1125', 'a wrong check digit'],
    ['212000-11245', 'eleven digits, of which the first ten are right'],
    ['1212000-1124', 'eleven digits, of which the last ten are right'],
    ['212000-112', 'nine digits'],
    ['21200A-1124', 'a letter'],
    ['212000--1124', 'two hyphens'],
    ['', 'nothing'],
  ])('%s is refused: %s', (n) => {
    expect(hasValidCheckDigit(n)).toBe(false);
  });
  it('digits at even places are doubled, and 5–9 doubled lose 9 (Luhn)', () => {
    // 5 doubled is 10 → 1; a Luhn that forgot to subtract 9 would refuse this number.
    expect(hasValidCheckDigit('500000-0009')).toBe(true);
    expect(hasValidCheckDigit('500000-0000')).toBe(false);
    // the digit at the odd place 1 is not doubled
    expect(hasValidCheckDigit('050000-0005')).toBe(true);
  });
});
