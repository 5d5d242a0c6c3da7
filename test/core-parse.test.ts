/**
 * Reading agreement text (src/core/parse.ts): which reader answered, where the
 * depth limit stands on each reader's path (exactly at the limit is read, one
 * level more is refused with yaml.too-deep), what an unreadable file still
 * carries, and where a missing key is pointed at.
 */
import { describe, expect, it } from 'vitest';
import { parseAgreementBytes, parseAgreementText } from '../src/core/parse.js';

/** What the caller sees: which reader, the value, and each diagnostic's code, place and Swedish message. */
function outcome(text: string, maxDepth?: number): string {
  const r = parseAgreementText(text, maxDepth === undefined ? {} : { limits: { maxDepth } });
  const diagnostics = r.diagnostics.map((d) => `${d.code} ${d.position?.line}:${d.position?.col} ${d.message}`);
  return `${r.fast ? 'fast' : 'careful'} ${JSON.stringify(r.value)}${diagnostics.length > 0 ? ` ${diagnostics.join(' | ')}` : ''}`;
}

const tooDeep = (limit: number) => `careful undefined yaml.too-deep 1:1 Filen är nästlad djupare än ${limit} nivåer.`;

/** Mappings three levels deep (the agreement itself is the first). */
const MAPS_3 = 'a:\n  b:\n    c: 1\n';
/** A list in a list under a key: three levels. */
const LISTS_3 = 'a:\n  - - 1\n';
/** A decimal comma in a flow mapping sends the text to the careful reader: four levels. */
const CAREFUL_4 = 'a:\n  b:\n    c: { d: 0,8 }\n';

describe('the depth limit, on the fast path', () => {
  it.each([
    [MAPS_3, 3, 'fast {"a":{"b":{"c":1}}}'],
    [MAPS_3, 2, tooDeep(2)],
    [LISTS_3, 3, 'fast {"a":[[1]]}'],
    [LISTS_3, 2, tooDeep(2)],
    ['a:\n  - b:\n      - 1\n', 4, 'fast {"a":[{"b":[1]}]}'],
    ['a:\n  - b:\n      - 1\n', 3, tooDeep(3)],
    // An empty value at the limit is no level of its own.
    ['a: ~\nb:\n  - ~\n', 2, 'fast {"a":null,"b":[null]}'],
    ['a: ~\n', 1, 'fast {"a":null}'],
    ['a:\n  - x\n', 1, tooDeep(1)],
  ])('%j with at most %i levels → %s', (text, maxDepth, expected) => {
    expect(outcome(text, maxDepth)).toBe(expected);
  });
});

describe('the depth limit, on the careful path', () => {
  it.each([
    [CAREFUL_4, 4, 'careful {"a":{"b":{"c":{"d":"0,8"}}}}'],
    [CAREFUL_4, 3, tooDeep(3)],
    [CAREFUL_4, undefined, 'careful {"a":{"b":{"c":{"d":"0,8"}}}}'],
  ])('%j with at most %s levels → %s', (text, maxDepth, expected) => {
    expect(outcome(text, maxDepth)).toBe(expected);
  });
});

describe('which reader answered', () => {
  it('a plain agreement is read fast, and its careful reading is not', () => {
    const r = parseAgreementText('a: 1\n');
    expect(r.fast).toBe(true);
    const careful = r.careful();
    expect(careful.fast).toBe(false);
    expect(careful.value).toStrictEqual({ a: 1 });
    expect(careful.careful()).toBe(careful);
  });

  it('text only the careful reader may take says so', () => {
    const r = parseAgreementText('a: { b: 0,8 }\n');
    expect(r.fast).toBe(false);
    expect(r.value).toStrictEqual({ a: { b: '0,8' } });
  });
});

describe('an unreadable file', () => {
  it('bytes that cannot be decoded carry no text', () => {
    const r = parseAgreementBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(r.diagnostics.map((d) => d.code)).toStrictEqual(['source.utf16']);
    expect(Object.keys(r)).not.toContain('text');
    expect(r.fast).toBe(false);
  });

  it('a text over the size limit keeps its text', () => {
    const r = parseAgreementText('a: 1234567\n', { limits: { maxBytes: 5 } });
    expect(r.diagnostics.map((d) => d.code)).toStrictEqual(['source.too-large']);
    expect(r.text).toBe('a: 1234567\n');
    expect(r.value).toBeUndefined();
  });
});

describe('a missing key is pointed at', () => {
  const text = 'a: 1\nb:\n  c: 2\n';
  it.each([
    ['/saknas', { start: { line: 1, col: 1 }, end: { line: 1, col: 2 } }],
    ['/b/saknas', { start: { line: 2, col: 1 }, end: { line: 2, col: 2 } }],
    ['', { start: { line: 1, col: 1 }, end: { line: 1, col: 2 } }],
  ])('%j: its deepest existing ancestor, at the key (the agreement at its first key)', (pointer, range) => {
    expect(parseAgreementText(text).locateRange(pointer)).toStrictEqual(range);
    expect(parseAgreementText(text).careful().locateRange(pointer)).toStrictEqual(range);
  });
});
