/**
 * The plain-YAML reader (src/core/simple-yaml.ts) against js-yaml, the reader
 * it stands in front of: for every text it takes, it must give exactly
 * js-yaml's value, and it must never take a text js-yaml rejects (that text
 * goes to the careful reader, which explains the error to the officer).
 *
 * The texts: every shipped example and fixture; every line of the examples
 * broken or rewritten in the ways officers and editors write YAML; and
 * generated documents built from the pieces where YAML readers differ
 * (indentation, blank lines with spaces, comments, `#` inside text, quotes,
 * text blocks, flow collections, values that look like numbers or booleans).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseAgreementText, simpleReaderValue } from '../src/core/parse.js';
import { normaliseText } from '../src/core/source.js';
// The benchmark corpus's seeded generator: the same generated texts on every run.
import { prng } from '../bench/corpus.mjs';
import { AGREEMENTS, FIXTURES, ROOT } from './helpers.js';

type Outcome = { ok: true; value: unknown } | { ok: false };

function jsYaml(text: string): Outcome {
  try {
    return { ok: true, value: jsyaml.load(normaliseText(text), { schema: jsyaml.CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}

/** Whether the reader took the text; when it did, its value is js-yaml's. */
function agrees(text: string): boolean {
  const mine = simpleReaderValue(text);
  if (mine === undefined) return false;
  const reference = jsYaml(text);
  if (!reference.ok) expect.fail(`js-yaml rejects a text the plain reader took:\n${text}`);
  expect(mine, text).toStrictEqual(reference.value);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(f) ? [p] : [];
  });
}

const EXAMPLES = yamlFiles(AGREEMENTS).sort();
/** The public format's example lives beside the repository (absent only in Stryker's sandbox copy). */
const FORMAT_EXAMPLE = [join(ROOT, '../shared/domain/agreement-example.yaml')].filter((f) => existsSync(f));
const FILES = [...EXAMPLES, ...yamlFiles(FIXTURES).sort(), ...FORMAT_EXAMPLE];

/** Values written the ways YAML readers can disagree on. */
const VALUES = [
  'text',
  'två ord',
  'Öppna förskolan',
  '08:00',
  '0.8',
  '0,8',
  '1',
  '-1',
  '+1',
  '012',
  '0o17',
  '0x1F',
  '1_000',
  '.5',
  '1e3',
  '-.inf',
  '.NaN',
  '~',
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'FALSE',
  'yes',
  'no',
  'n',
  'f',
  't',
  'on',
  '2024-03-01',
  '232100-0131',
  '"citerad"',
  '"08:00"',
  '"a: b"',
  '"a # b"',
  '"a \\"q\\""',
  '"\\u00e9"',
  '""',
  "'enkel'",
  "'it''s'",
  "''",
  "'a' b",
  '"a" b',
  '"a"#b',
  '"öppen',
  'a # kommentar',
  'a#b',
  'a  #  b',
  'a #',
  'a: b',
  'a:',
  'a:b',
  '-',
  '- a',
  '-a',
  '? a',
  '?a',
  ':a',
  ': a',
  '[a, b]',
  '[ ]',
  '[]',
  '[a, [b]]',
  '[a,b,]',
  '["a, b", c]',
  "['a', 'b']",
  '{a: 1}',
  '{ dag: måndag, från: "08:00", till: 16:30 }',
  '{ a: 1, a: 2 }',
  '{ a: }',
  '{ a }',
  '{}',
  '{ a: 1 } # kommentar',
  '{ a: 1 } b',
  '{ a: 1',
  '{ "a": 1 }',
  '{ a: "x, y" }',
  '{ a: b: c }',
  "{ a: 'it''s' }",
  '{ a: "it\'s", b: \'"q"\' }',
  "['it''s', b]",
  '[a #b]',
  '{ a: 1, 1: b, 1.0: c }',
  '&x a',
  '*x',
  '!tag a',
  '!!str 1',
  '%a',
  '@a',
  '`a',
  '|a',
  '>a',
  'a ',
  'ä\u00a0b',
  '\u00a0a',
];

/** The values the reader takes on their own, drawn more often so that whole documents reach it. */
const TAKEN = VALUES.filter((v) => simpleReaderValue(`a: ${v}\n`) !== undefined);

/** Text blocks: the header, then lines (at the block's indentation unless they start with more spaces). */
const BLOCKS: [string, string[]][] = [
  ['>-', ['Ett stycke text', 'som fortsätter.']],
  ['>', ['Ett stycke', '', 'och ett till.']],
  ['|', ['rad ett', 'rad två']],
  ['|-', ['rad ett', '', '', 'rad fyra']],
  ['>-', ['', 'efter en tom rad']],
  ['>-', ['text', '  mer indragen', 'tillbaka']],
  ['|', ['text', '  mer indragen']],
  ['>-', ['# ingen kommentar', 'text']],
  ['>+', ['text', '']],
  ['|2', ['  text']],
  ['>- # kommentar', ['text']],
  ['>-#', ['text']],
  ['>- x', ['text']],
  ['|', ['text', '   ']],
  ['>-', []],
  ['|', []],
  ['>', ['text', '    ', 'mer']],
];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

/** A generated document: a mapping at the top with values, lists, nested mappings and text blocks, and noise. */
function generate(rand: () => number): string {
  const lines: string[] = [];
  const noise = (indent: number) => {
    const r = rand();
    if (r < 0.06) lines.push(' '.repeat(Math.floor(rand() * (indent + 6))));
    else if (r < 0.1) lines.push(`${' '.repeat(Math.floor(rand() * (indent + 6)))}# kommentar`);
    else if (r < 0.12) lines.push('');
  };
  const anyValue = () => pick(rand, rand() < 0.8 ? TAKEN : VALUES);
  const keyName = () =>
    pick(rand, [
      'namn',
      'dag',
      'från',
      'till',
      'yrke',
      'år',
      'a',
      'b',
      '1',
      'true',
      'null',
      '~',
      'nyckel med blanksteg',
      'a#b',
      'a #b',
      'a # b',
      '"citerad"',
      '__proto__',
      'x ',
      '-x',
    ]);
  const value = (indent: number, depth: number): void => {
    const r = rand();
    const key = `${' '.repeat(indent)}${keyName()}`;
    if (r < 0.55 || depth > 3) lines.push(`${key}: ${anyValue()}`);
    else if (r < 0.62) lines.push(`${key}:`);
    else if (r < 0.72) {
      const [header, body] = pick(rand, BLOCKS);
      lines.push(`${key}: ${header}`);
      const inner = rand() < 0.1 ? indent : indent + 2 + (rand() < 0.1 ? 1 : 0);
      for (const l of body) lines.push(l === '' ? '' : `${' '.repeat(inner)}${l}`);
    } else if (r < 0.86) {
      lines.push(`${key}:`);
      const at = indent + (rand() < 0.2 ? 0 : 2);
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) {
        noise(at);
        if (rand() < 0.5) lines.push(`${' '.repeat(at)}- ${anyValue()}`);
        else {
          lines.push(`${' '.repeat(at)}- ${keyName()}: ${anyValue()}`);
          if (rand() < 0.7) lines.push(`${' '.repeat(at + 2 + (rand() < 0.1 ? 1 : 0))}${keyName()}: ${anyValue()}`);
        }
      }
    } else {
      lines.push(`${key}:`);
      const n = 1 + Math.floor(rand() * 3);
      const inner = indent + 2 + (rand() < 0.05 ? 1 : 0);
      for (let k = 0; k < n; k++) {
        noise(inner);
        value(inner, depth + 1);
      }
    }
  };
  const n = 1 + Math.floor(rand() * 6);
  for (let k = 0; k < n; k++) {
    noise(0);
    value(rand() < 0.03 ? 1 : 0, 0);
  }
  return lines.join('\n') + (rand() < 0.8 ? '\n' : '');
}

/**
 * How much is drawn. npm test: every example, 4 drawn values per line, 4 000 generated documents.
 * npm run fuzz (FUZZ_RUNS set): 16 values per line and 20 000 documents, as slow property runs
 * belong there (issue 11). Under Stryker (SAMVERKAN_MUTATE_FAST=1), where each mutant of the
 * readers runs these tests again: two examples only.
 */
const LIGHT = process.env.SAMVERKAN_MUTATE_FAST === '1';
const FULL = !LIGHT && process.env.FUZZ_RUNS !== undefined;
const VALUES_PER_LINE = FULL ? 16 : 4;
const DOCUMENTS = FULL ? 20_000 : 4_000;

const NULL_KEY = /(^|\n|[{,] *) *(- )?(~|null|Null|NULL):/;

describe('the plain-YAML reader gives js-yaml’s value or none', () => {
  it.each(FILES.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
    agrees(readFileSync(file, 'utf8'));
  });

  it('reads every shipped example itself (the fast path is the one real agreements take)', () => {
    expect(EXAMPLES.length).toBeGreaterThan(5);
    for (const file of EXAMPLES) expect(simpleReaderValue(readFileSync(file, 'utf8')), file).toBeDefined();
  });

  it.each((LIGHT ? EXAMPLES.slice(0, 2) : EXAMPLES).map((f) => [f.slice(ROOT.length + 1), f]))('every line of %s broken or rewritten', (_name, file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const rand = prng(lines.length);
    const at = (i: number, replaced: string[]) => [...lines.slice(0, i), ...replaced, ...lines.slice(i + 1)].join('\n');
    let taken = 0;
    let cases = 0;
    const check = (text: string) => {
      cases++;
      if (agrees(text)) taken++;
    };
    for (const [i, line] of lines.entries()) {
      const indent = line.length - line.trimStart().length;
      const colon = line.indexOf(': ');
      check(at(i, [` ${line}`]));
      check(at(i, [line.slice(1)]));
      check(at(i, [line, line]));
      check(at(i, [`${line} # kommentar`]));
      check(at(i, [`${line}#x`]));
      check(at(i, [`${line}  `]));
      check(at(i, [line, ' '.repeat(indent + 4)]));
      check(at(i, [line, `${' '.repeat(indent + 4)}# kommentar`]));
      check(at(i, [line, `${' '.repeat(indent + 2)}fortsättning`]));
      check(at(i, [`\t${line.slice(indent)}`]));
      check(at(i, []));
      if (colon > 0) {
        check(at(i, [line.slice(0, colon) + line.slice(colon + 1)]));
        check(at(i, [line.slice(0, colon + 1)]));
        check(at(i, [`${line.slice(0, colon)} ${line.slice(colon)}`]));
        for (let k = 0; k < VALUES_PER_LINE; k++) check(at(i, [`${line.slice(0, colon + 2)}${pick(rand, VALUES)}`]));
      }
    }
    // The broken variants mostly go elsewhere, but many rewrites are plain YAML the reader must take.
    expect(taken).toBeGreaterThan(cases / 4);
  });

  it(`${DOCUMENTS} generated documents, also against the careful reader`, () => {
    const rand = prng(20261202);
    let taken = 0;
    const n = DOCUMENTS;
    for (let k = 0; k < n; k++) {
      const text = generate(rand);
      if (!agrees(text)) continue;
      taken++;
      // What the careful reader (yaml) reads the same way: it must not see an error in a text the
      // fast reader took (the officer would never be told). A key `~`/`null` is the one known
      // difference between js-yaml ("null") and yaml (""); no agreement has one (an unknown key either way).
      const careful = parseAgreementText(text).careful();
      expect(careful.diagnostics, text).toStrictEqual([]);
      if (!NULL_KEY.test(text)) expect(careful.value, text).toStrictEqual(simpleReaderValue(text));
    }
    // The generator must keep reaching the reader: if it took almost nothing, this test would prove nothing.
    expect(taken).toBeGreaterThan(n / 8);
  });
});

describe('what it reads, pinned', () => {
  it.each([
    ['a: >-\n  ett\n  två\n\n  tre\n', { a: 'ett två\ntre' }],
    ['a: >\n  ett\n\n\n  två\n', { a: 'ett\n\ntvå\n' }],
    ['a: |-\n  ett\n\n  två\n', { a: 'ett\n\ntvå' }],
    ['a: |\n  ett\n  # två\n', { a: 'ett\n# två\n' }],
    ['a: >-\n\n  ett\n', { a: '\nett' }],
    ['a:\n- 1\n- b\nc: ~\n', { a: [1, 'b'], c: null }],
    [
      'a:\n  - x: 1\n    y: "08:00"\n  - { x: 2, y: 08:00 }\n',
      {
        a: [
          { x: 1, y: '08:00' },
          { x: 2, y: '08:00' },
        ],
      },
    ],
    ["a: 'it''s' # c\nb: [x, 'y', \"z\"]\n", { a: "it's", b: ['x', 'y', 'z'] }],
    ['1: a\ntrue: b\n~: c\n', { 1: 'a', true: 'b', null: 'c' }],
    ['a: text # kommentar\nb: a#b\n', { a: 'text', b: 'a#b' }],
    // A blank first line; a key after a list that holds ` - ` where the list's dashes stood.
    ['\na: 1\n', { a: 1 }],
    ['a:\n  - 1\nx - y: 2\n', { a: [1], 'x - y': 2 }],
    // Empty values: a lone `-`, a key with nothing below, a comment where the value would be.
    ['a:\n-\n- # c\n  \n', { a: [null, null] }],
    ['a:\n  -\n', { a: [null] }],
    ['a:\n-\n  b: 1\n', { a: [{ b: 1 }] }],
    ['a:\nb: 1\n', { a: null, b: 1 }],
    ['a: # c\n  b: 1\n', { a: { b: 1 } }],
    // Values on the line below their key, and lists at their key's indentation.
    ['a:\n  x\nb:\n  "x: y"\nc:\n  \'x: y\'\n', { a: 'x', b: 'x: y', c: 'x: y' }],
    ['a:\n  {x: 1}\nb:\n  ["x: y"]\n', { a: { x: 1 }, b: ['x: y'] }],
    ['a:\n  b:\n  - x\n  c: 1\n  d:\n    - 1\n    - 2\n', { a: { b: ['x'], c: 1, d: [1, 2] } }],
    ['a:\n- x: 1\n  y: 2\n- z: 3\n', { a: [{ x: 1, y: 2 }, { z: 3 }] }],
    ['a:\n  -b: 1\n-c: 2\n', { a: { '-b': 1 }, '-c': 2 }],
    // Comments and spaces after a value.
    ['a: x  \nb: x #c\nc: x# c\nd: "x"  # c\ne: \'x\' #c\n', { a: 'x', b: 'x', c: 'x# c', d: 'x', e: 'x' }],
    ['a: -x\nb: :x\nc: [-x, ?x, :x]\n', { a: '-x', b: ':x', c: ['-x', '?x', ':x'] }],
    // Text blocks: a comment or spaces after the header, a blank line as wide as the text, deeper lines kept.
    ['a: | # c\n  x\nb: |-  \n  x\n  \n  y\n', { a: 'x\n', b: 'x\n\ny' }],
    ['a: |\n  x\n    y\n', { a: 'x\n  y\n' }],
    // Flow collections: empty, a key without a value, plain and quoted values.
    ['a: {}\nb: [ ]\nc: { }\nd: []\n', { a: {}, b: [], c: {}, d: [] }],
    ['a: { x: 1, y: b, z: }\nb: ["", \'\']\n', { a: { x: 1, y: 'b', z: null }, b: ['', ''] }],
    // What a plain value means: the first characters that can make it a number, null or a boolean.
    [
      'a: 0\nb: 9\nc: .5\nd: +1\ne: -1\nf: ~\ng: null\nh: Null\ni: true\nj: True\nk: false\nl: False\nm: n\n',
      { a: 0, b: 9, c: 0.5, d: 1, e: -1, f: null, g: null, h: null, i: true, j: true, k: false, l: false, m: 'n' },
    ],
  ])('%j', (text, value) => {
    expect(simpleReaderValue(text)).toStrictEqual(value);
    expect(jsYaml(text)).toStrictEqual({ ok: true, value });
  });

  it.each([
    ['a continued value', 'a: ett\n  två\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key a number makes the same', '1: a\n1.0: b\n'],
    ['an escape', 'a: "\\u00e9"\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a nested flow list', 'a: [b, [c]]\n'],
    ['a more-indented line in a folded block', 'a: >\n  ett\n    två\n'],
    ['a value after a list item at the same indentation', 'a:\n  - b\n  c: d\n'],
    ['a document marker', '---\na: 1\n'],
    ['a list at the top', '- a\n'],
    ['a byte order mark inside', 'a: \ufeffb\n'],
    ['__proto__', '__proto__: a\n'],
    ['__proto__ in a flow mapping', 'a: { __proto__: 1 }\n'],
    ['an indented first key', ' a: 1\n'],
    ['a key after an empty key', 'a: 1\n:\n'],
    ['a key that is a list item', '- a: 1\n'],
    ['a complex key', '? a: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key with a comment in it', 'a #b: 1\n'],
    ['a key deeper than the one above', 'a: 1\n  b: 2\n'],
    ['a value holding `: `', 'a: b: c\n'],
    ['a value ending in `:`', 'a: b:\n'],
    ['a value that is an indicator', 'a: -\nb: ?\n'],
    ['a value that is a list item', 'a: - x\n'],
    ['a value that is a complex key', 'a: ? x\n'],
    ['a quoted value with a comment glued on', 'a: "x"#c\n'],
    ['a quoted value with more after it', 'a: "x" y\n'],
    ['a text block with a comment glued on', 'a: |#c\n  x\n'],
    ['a text block with an indentation digit', 'a: |2\n  x\n'],
    ['an empty text block', 'a: |\n'],
    ['a text block whose lines are no deeper than its key', 'a: |\nb: 1\n'],
    ['a blank line in a text block wider than the text', 'a: |\n  x\n   \n  y\n'],
    ['an empty flow key', 'a: {: x}\n'],
    ['a space before a flow colon', 'a: {x : 1}\n'],
    ['an unclosed quote in a flow list', 'a: ["]\n'],
    ['a quote not closed at the end of a flow value', 'a: ["x]\n'],
    ['a quote inside a quoted flow value', 'a: ["a"b"]\n'],
    ['an anchor in a flow list', 'a: [&x]\n'],
    ['a flow list holding a mapping', 'a: [x: y]\n'],
    ['a flow value ending in `:`', 'a: [x:]\n'],
    ['a flow value that is an indicator', 'a: [-]\n'],
    ['a flow value that is a complex key', 'a: [?]\n'],
    ['a flow value that is a list item', 'a: [- x]\n'],
    ['a flow value that is a complex key with a value', 'a: [? x]\n'],
    ['a closing brace in a flow list', 'a: [x}]\n'],
    ['a comment in a flow list', 'a: [a # b]\n'],
    ['an empty flow entry', 'a: [x,,y]\n'],
    ['a space before a key’s colon', 'a : 1\n'],
    ['text after a text block’s header', 'a: | x\n  y\n'],
  ])('leaves %s to the others', (_what, text) => {
    expect(simpleReaderValue(text)).toBeUndefined();
  });
});
