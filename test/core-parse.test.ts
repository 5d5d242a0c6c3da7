/**
 * Reading agreement text (src/core/parse.ts): which reader answered, where the
 * depth limit stands on each reader's path (exactly at the limit is read, one
 * level more is refused with yaml.too-deep), what an unreadable file still
 * carries, and where a missing key is pointed at.
 */
import { describe, expect, it } from 'vitest';
import { kindOf, lineEnd, parseAgreementBytes, parseAgreementText } from '../src/core/parse.js';

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

  it('bytes in UTF-8 are read like the text', () => {
    const r = parseAgreementBytes(new TextEncoder().encode('a: 1\n'));
    expect(r.diagnostics).toStrictEqual([]);
    expect(r.value).toStrictEqual({ a: 1 });
    expect(r.fast).toBe(true);
  });

  it('a text over the size limit keeps its text', () => {
    const r = parseAgreementText('a: 1234567\n', { limits: { maxBytes: 5 } });
    expect(r.diagnostics.map((d) => d.code)).toStrictEqual(['source.too-large']);
    expect(r.text).toBe('a: 1234567\n');
    expect(r.value).toBeUndefined();
  });
});

describe('a file with nothing to point at is pointed at its start', () => {
  const START = { line: 1, col: 1 };
  it.each([
    ['an empty file', parseAgreementText('')],
    ['a file of comments', parseAgreementText('# c\n\n')],
    ['a file too large', parseAgreementText('a: 1\n', { limits: { maxBytes: 2 } })],
    ['bytes that cannot be decoded', parseAgreementBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))],
  ])('%s', (_what, r) => {
    expect(r.locate('/a')).toStrictEqual(START);
    expect(r.locateRange('/a/b')).toStrictEqual({ start: START, end: START });
    expect(r.locateRange('')).toStrictEqual({ start: START, end: START });
    expect(r.careful()).toBe(r);
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

const ROOT = 'Avtalet måste vara en samling nycklar (ramverk:, avtal: …), inte';
const EMPTY = 'careful undefined source.empty 1:1 Filen är tom: ett avtal behöver minst ramverk, avtal, familjecentral, parter och basverksamheter.';

describe('what is not an agreement at all', () => {
  it.each([
    ['', EMPTY],
    ['# c\n', EMPTY],
    ['~\n', EMPTY],
    ['- a\n', `careful undefined yaml.root-not-mapping 1:1 ${ROOT} en lista.`],
    ['x\n', `careful undefined yaml.root-not-mapping 1:1 ${ROOT} text.`],
    ['1\n', `careful undefined yaml.root-not-mapping 1:1 ${ROOT} ett tal.`],
    ['.nan\n', `careful undefined yaml.root-not-mapping 1:1 ${ROOT} .nan (inget tal).`],
    ['.inf\n', `careful undefined yaml.root-not-mapping 1:1 ${ROOT} oändligt (.inf).`],
    ['true\n', `careful undefined yaml.root-not-mapping 1:1 ${ROOT} sant/falskt.`],
  ])('%j → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });

  it('the size limit is the text’s length: at the limit it is read, one character over it is not', () => {
    expect(parseAgreementText('a: 1\n', { limits: { maxBytes: 5 } }).value).toStrictEqual({ a: 1 });
    const over = parseAgreementText('a: 1\n', { limits: { maxBytes: 4 } });
    expect(over.diagnostics.map((d) => `${d.code} ${d.message}`)).toStrictEqual([
      'source.too-large Filen är för stor: största tillåtna storlek är 4 byte (ett avtal är normalt under 20 000 byte).',
    ]);
  });
});

describe('YAML an agreement may not use', () => {
  it.each([
    [
      '%YAML 1.1\n---\na: 1\n',
      'careful undefined yaml.version 1:1 YAML 1.1 stöds inte (tider som 08:00 skulle tolkas som tal); ta bort %YAML-raden eller skriv %YAML 1.2.',
    ],
    ['%YAML 1.2\n---\na: 1\n', 'careful {"a":1}'],
    ['a: !!str 1\n', 'careful {"a":"1"}'],
    ['a: !x 1\n', 'careful undefined yaml.tag 1:4 YAML-taggen !x stöds inte; skriv värdet som vanlig text, tal eller lista.'],
    // One tag is reported, the first.
    ['a: !!int 1\nb: !!float 2\n', 'careful undefined yaml.tag 2:4 YAML-taggen !!float stöds inte; skriv värdet som vanlig text, tal eller lista.'],
    ['a: 1\nb: 2\na: 3\n', 'careful undefined yaml.duplicate-key 3:1 Nyckeln "a" står två gånger i samma avsnitt; ta bort den ena eller slå ihop dem.'],
    ['a: &x [1]\nb: *x\n', 'careful {"a":[1],"b":[1]}'],
  ])('%j → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });

  it('an alias past the limit is refused', () => {
    const r = parseAgreementText('a: &x [1]\nb: [*x, *x]\n', { limits: { maxAliasCount: 1 } });
    expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toStrictEqual(['yaml.alias-limit För många alias (*) i filen; högst 1 tillåts.']);
  });

  it('a message in English when asked for', () => {
    const r = parseAgreementText('x\n', { lang: 'en' });
    expect(r.diagnostics.map((d) => d.message)).toStrictEqual(['The agreement must be a mapping of keys (ramverk:, avtal: …), not text.']);
  });
});

describe('a decimal comma in a flow collection', () => {
  it.each([
    // Only a whole number, a comma and digits right after it are one decimal number written with a comma.
    ['a: { b: 0,8 }\n', 'careful {"a":{"b":"0,8"}}'],
    ['a: { b: -1,5, c: 2,25 }\n', 'careful {"a":{"b":"-1,5","c":"2,25"}}'],
    ['a: { b: 0.5,8 }\n', 'careful {"a":{"8":null,"b":0.5}}'],
    ['a: { b: 0,8x }\n', 'careful {"a":{"b":0,"8x":null}}'],
    ['a: { b: 0,8: 1 }\n', 'careful {"a":{"8":1,"b":0}}'],
    ['a: { b: 0 ,8, c: 1,5 }\n', 'careful {"a":{"8":null,"b":0,"c":"1,5"}}'],
    ['a: [0,8]\n', 'careful {"a":[0,8]}'],
    // No digit on both sides of the comma, or no bracket on its line: the fast readers may take it.
    ['a: { b: 0, 8 }\n', 'fast {"a":{"8":null,"b":0}}'],
    ['a: { b: x,8 }\n', 'fast {"a":{"8":null,"b":"x"}}'],
    ['a: [x]\nb: 0,8\n', 'fast {"a":["x"],"b":"0,8"}'],
    // What the plain reader leaves goes to js-yaml, still fast.
    ['a: [x, y] # c\n', 'fast {"a":["x","y"]}'],
  ])('%j → %s', (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe('the source forms the careful reader keeps', () => {
  it('a decimal comma put back together is one value as written, underlined whole', () => {
    const r = parseAgreementText('a: { b: 0,8 }\n');
    expect(r.index?.scalars.get('/a/b')).toMatchObject({ type: 'PLAIN', source: '0,8', offset: 8 });
    expect(r.locateRange('/a/b')).toStrictEqual({ start: { line: 1, col: 9 }, end: { line: 1, col: 12 } });
  });

  const r = parseAgreementText('a: 0,8 # c\nb:\n  - "x" # c\n  - |\n    t\n').careful();
  it.each([
    ['/a', { type: 'PLAIN', source: '0,8', offset: 3, commentOffset: 7 }],
    ['/a#key', { type: 'PLAIN', source: 'a', offset: 0 }],
    ['/b#key', { type: 'PLAIN', source: 'b', offset: 11 }],
    ['/b/0', { type: 'QUOTE_DOUBLE', source: 'x', offset: 18 }],
    ['/b/1', { type: 'BLOCK_LITERAL', source: 't\n', offset: 30 }],
  ])('%s', (pointer, expected) => {
    expect(r.index?.scalars.get(pointer)).toMatchObject(expected);
  });

  it('only scalars, and a comment only after a plain value', () => {
    expect([...(r.index?.scalars.keys() ?? [])].sort()).toStrictEqual(['/a', '/a#key', '/b#key', '/b/0', '/b/1']);
    expect(r.index?.scalars.get('/b/0')).not.toHaveProperty('commentOffset');
    expect(r.index?.position(11)).toStrictEqual({ line: 2, col: 1 });
  });

  it.each([
    ['/a', 'value', '1:4-1:7'],
    ['/a', 'key', '1:1-1:2'],
    ['/b', 'value', '2:1-2:2'],
    ['/b/1', 'value', '4:5-5:6'],
    ['/b/9', 'value', '2:1-2:2'],
    ['/b/0/x', 'value', '3:5-3:8'],
  ] as const)('%s at its %s: %s', (pointer, prefer, expected) => {
    for (const source of [parseAgreementText('a: 0,8 # c\nb:\n  - "x" # c\n  - |\n    t\n'), r]) {
      const range = source.locateRange(pointer, prefer);
      expect(`${range.start.line}:${range.start.col}-${range.end.line}:${range.end.col}`).toBe(expected);
      expect(source.locate(pointer, prefer)).toStrictEqual(range.start);
    }
  });
});

describe('where each problem is underlined', () => {
  const LIST = (line: number, col: number, prev: number) =>
    `Listposten på rad ${line} står inte i linje med listan: börja raden med "-" i kolumn ${col}, som på rad ${prev}. Annars läses den som en fortsättning av texten ovanför.`;
  const TAG = (tag: string) => `YAML-taggen ${tag} stöds inte; skriv värdet som vanlig text, tal eller lista.`;
  const DUPLICATE = (key: string) => `Nyckeln "${key}" står två gånger i samma avsnitt; ta bort den ena eller slå ihop dem.`;
  it.each([
    // A list item folded into the text above: from its dash to the end of its line, told where the list stands.
    ['a: x\n  - y\n', `yaml.list-item-indent 2:3-2:6 ${LIST(2, 1, 1)}`],
    ['a:\n  - x\n    - y\n', `yaml.list-item-indent 3:5-3:8 ${LIST(3, 3, 2)}`],
    ['a:\n  b: x\n   - y\n', `yaml.list-item-indent 3:4-3:7 ${LIST(3, 3, 2)}`],
    // A tag the reader cannot resolve (its value), and a tag it can (the whole tagged node).
    ['a: !!binary aGk=\n', `yaml.tag 1:13-1:17 ${TAG('!!binary')}`],
    ['a: !!int 1\n', `yaml.tag 1:10-1:11 ${TAG('!!int')}`],
    // The second of two equal keys, at its own depth.
    ['a: { b: 1 }\na: 2\n', `yaml.duplicate-key 2:1-2:2 ${DUPLICATE('a')}`],
    ['a:\n  b: 1\n  b: 2\n', `yaml.duplicate-key 3:3-3:4 ${DUPLICATE('b')}`],
    // A syntax error: from where it starts to the end of its line.
    ['a: [1\n', 'yaml.unclosed-bracket 1:4-1:6 [ på rad 1 stängs aldrig; avsluta med ] på samma rad.'],
  ])('%j → %s', (text, expected) => {
    const r = parseAgreementText(text);
    expect(r.value).toBeUndefined();
    expect(
      r.diagnostics.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.col}-${d.range?.end.line}:${d.range?.end.col} ${d.message}`),
    ).toStrictEqual([expected]);
    expect(r.diagnostics.map((d) => d.position)).toStrictEqual(r.diagnostics.map((d) => d.range?.start));
  });

  it('a mapping key that is itself a list counts as a level', () => {
    expect(outcome('? [a]\n: 1\n', 1)).toBe(tooDeep(1));
    expect(outcome('a: &x [1]\nb: *x\n', 1)).toBe(tooDeep(1));
  });
});

describe('keys and aliases, for positions', () => {
  it('a quoted key is the same key as a plain one', () => {
    expect(outcome('"a": 1\na: 2\n')).toBe(
      'careful undefined yaml.duplicate-key 2:1 Nyckeln "a" står två gånger i samma avsnitt; ta bort den ena eller slå ihop dem.',
    );
  });

  it('a key that is a list is named as written', () => {
    const r = parseAgreementText('a: 1\n? [x]\n: 1\n? [x]\n: 2\n');
    expect(
      r.diagnostics.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.col}-${d.range?.end.line}:${d.range?.end.col} ${d.message}`),
    ).toStrictEqual(['yaml.duplicate-key 4:3-4:6 Nyckeln "[x]" står två gånger i samma avsnitt; ta bort den ena eller slå ihop dem.']);
  });

  it('a key written twice is located at its first place', () => {
    const r = parseAgreementText('a: 1\nb: 2\na: 3\n');
    expect(r.locateRange('/a')).toStrictEqual({ start: { line: 1, col: 4 }, end: { line: 1, col: 5 } });
  });

  it('what an alias stands for is located where it was anchored', () => {
    const r = parseAgreementText('a: &x [1]\nb: *x\nc: { d: 0,8 }\n');
    expect(r.fast).toBe(false);
    expect(r.locateRange('/b/0')).toStrictEqual({ start: { line: 1, col: 8 }, end: { line: 1, col: 9 } });
  });

  it('a value over several lines, not a list item, is read', () => {
    expect(outcome('a: x\n  y\nb: { c: 0,8 }\n')).toBe('careful {"a":"x y","b":{"c":"0,8"}}');
  });
});

describe('what kind of value the officer wrote, in their language', () => {
  it.each([
    [null, 'tomt', 'empty'],
    [undefined, 'tomt', 'empty'],
    [['x'], 'en lista', 'a list'],
    ['x', 'text', 'text'],
    [Number.NaN, '.nan (inget tal)', '.nan (not a number)'],
    [Number.NEGATIVE_INFINITY, 'oändligt (.inf)', 'infinity (.inf)'],
    [0.8, 'ett tal', 'a number'],
    [false, 'sant/falskt', 'true/false'],
    [{ a: 1 }, 'en samling nycklar', 'a mapping'],
  ])('%j: %s / %s', (value, sv, en) => {
    expect(kindOf(value, 'sv')).toBe(sv);
    expect(kindOf(value, 'en')).toBe(en);
  });

  it.each([
    ['a: 1\nb: 2', 0, 4],
    ['a: 1\nb: 2', 4, 4],
    ['a: 1\nb: 2', 5, 9],
    ['\na', 0, 0],
  ])('the line of %j at offset %i ends at %i', (text, offset, end) => {
    expect(lineEnd(text, offset)).toBe(end);
  });
});
