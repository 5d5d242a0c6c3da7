/**
 * The edges of the character classes the one-pass scan
 * (src/core/careful-scan.ts) uses to choose the careful YAML reader: each
 * range's first and last code point and its neighbours outside, seen through
 * the answer for a short text. test/careful-scan.test.ts holds the scan to the
 * reference expression on generated text; these cases pin each boundary where
 * a generator rarely lands.
 */
import { describe, expect, it } from 'vitest';
import { hasCarefulOnlySyntax } from '../src/core/careful-scan.js';

const yes = (s: string) => s.split('').map((c) => c === 'T');

/**
 * A code point and whether the careful reader is chosen for four texts around it:
 * `x·y` (a hidden or bidirectional control anywhere), `x·+1` (whitespace before a `+`
 * number), `·?` (only whitespace before an explicit key) and `&·` (an anchor needs a
 * non-space after it).
 */
const AROUND: readonly [number, string][] = [
  [0x08, 'FFFT'],
  [0x09, 'TTTT'],
  [0x0a, 'FTTF'],
  [0x0b, 'FTTF'],
  [0x0c, 'FTTF'],
  [0x0d, 'TTTT'],
  [0x0e, 'FFFT'],
  [0x1f, 'FFFT'],
  [0x20, 'FTTF'],
  [0x7f, 'FFFT'],
  [0x80, 'TTTT'],
  [0x9f, 'TTTT'],
  [0xa0, 'FTTF'],
  [0xa1, 'FFFT'],
  [0x167f, 'FFFT'],
  [0x1680, 'FTTF'],
  [0x1681, 'FFFT'],
  [0x1fff, 'FFFT'],
  [0x2000, 'FTTF'],
  [0x200a, 'FTTF'],
  [0x200b, 'TTTT'],
  [0x200f, 'TTTT'],
  [0x2010, 'FFFT'],
  [0x2027, 'FFFT'],
  [0x2028, 'FTTF'],
  [0x2029, 'FTTF'],
  [0x202a, 'TTTT'],
  [0x202e, 'TTTT'],
  [0x202f, 'FTTF'],
  [0x2030, 'FFFT'],
  [0x205e, 'FFFT'],
  [0x205f, 'FTTF'],
  [0x2060, 'TTTT'],
  [0x2064, 'TTTT'],
  [0x2065, 'FFFT'],
  [0x2066, 'TTTT'],
  [0x2069, 'TTTT'],
  [0x206a, 'FFFT'],
  [0x2fff, 'FFFT'],
  [0x3000, 'FTTF'],
  [0x3001, 'FFFT'],
  [0xfefe, 'FFFT'],
  [0xfeff, 'TTTT'],
  [0xff00, 'FFFT'],
  [0xfffd, 'FFFT'],
  [0xfffe, 'TTTT'],
  [0xffff, 'TTTT'],
];

/**
 * An ASCII character and the answer for `a·0x1` (a hex number only after a non-word
 * character), `a.inf·` (`.inf` ending a word), `1e·` (an exponent's digit) and `a·_`
 * (an underscore next to a digit).
 */
const WORD_EDGES: readonly [string, string][] = [
  ['/', 'TTFF'],
  ['0', 'FFTT'],
  ['9', 'FFTT'],
  [':', 'TTFF'],
  ['@', 'TTFF'],
  ['A', 'FFFF'],
  ['Z', 'FFFF'],
  ['[', 'TTFF'],
  ['`', 'TTFF'],
  ['a', 'FFFF'],
  ['z', 'FFFF'],
  ['{', 'TTFF'],
  ['_', 'TFFF'],
];

describe('hasCarefulOnlySyntax at the edges of its character classes', () => {
  it.each(AROUND)('U+%s', (cp, answers) => {
    const c = String.fromCharCode(cp);
    expect([`x${c}y`, `x${c}+1`, `${c}?`, `&${c}`].map(hasCarefulOnlySyntax)).toEqual(yes(answers));
  });

  it.each(WORD_EDGES)('%s', (c, answers) => {
    expect([`a${c}0x1`, `a.inf${c}`, `1e${c}`, `a${c}_`].map(hasCarefulOnlySyntax)).toEqual(yes(answers));
  });
});

describe('hasCarefulOnlySyntax on the forms next to each edge', () => {
  it.each([
    ['an exponent with a plus sign', '1e+5', true],
    ['an exponent with a minus sign', '1e-5', true],
    ['a sign with no digit after it', '1e+x', false],
    ['a minus before .5 after a space', 'a -.5', true],
    ['a minus before .5 after a letter', 'a-.5', false],
    ['a plus before .5 after a letter', 'a+.5', false],
    ['.Inf ending a word', 'x .Inf', true],
    ['.nAn is no special float', 'x .nAn', false],
    ['a line starting with a no-break space does not take a deeper "- "', '\u00a0x\n - b', false],
    ['a line ending in spaces before a comment takes a deeper "- "', 'a   # c\n - b', true],
    ['a line whose "#" is only on the next line', 'a:\n - b # c', false],
    ['an empty line takes no deeper "- "', 'a: 1\n\n - b', false],
    ['a line of spaces takes no deeper "- "', 'a: 1\n  \n   - b', false],
  ])('%s: %j', (_, text, expected) => {
    expect(hasCarefulOnlySyntax(text)).toBe(expected);
  });
});
