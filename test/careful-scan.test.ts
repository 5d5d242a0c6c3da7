/**
 * The one-pass scan that decides which YAML reader may read a text
 * (`src/core/careful-scan.ts`) answers exactly as the regular expression it
 * replaced, kept here as the reference: on every shipped example and fixture,
 * on each of its alternatives, and on generated text built from the
 * characters the alternatives look at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCarefulOnlySyntax } from '../src/core/careful-scan.js';
import { AGREEMENTS } from './helpers.js';

const REFERENCE =
  /\\[uUxNLP_]|[&*!][^\s,[\]{}]|^\s*[%?]|\b0[bBxXoO]|\t|\r|[\u0080-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]|\d[eE][-+]?\d|\d_|_\d|\.(?:inf|Inf|INF|nan|NaN|NAN)\b|(?:^|[\s[{,:])[-+]?\.\d|(?:^|[\s[{,:])(?:\+|-0)|^[[{]|^( *)(?=\S)(?:- )?[^\n#]*[^:\s\n#][ \t]*(?:#[^\n]*)?\n\1 +- /m;

const same = (text: string) => expect(hasCarefulOnlySyntax(text), JSON.stringify(text)).toBe(REFERENCE.test(text));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(p);
    return e.name.endsWith('.yaml') ? [readFileSync(p, 'utf8')] : [];
  });
}

/** The characters the alternatives look at, and a few they must pass over. */
const ALPHABET = [...' \n\t\r\u2028\u2029\\uxUNLP_&*!,[]{}%?0123bBoOeE+-.infINFaA:#\u0085\u00a0\u200b\u202e\ufeff\ufffe\u3000kä"\''];
const char = fc.constantFrom(...ALPHABET);
const word = fc.constantFrom('a', 'ä', '12', 'b c', 'x:', ':', '#c', ' #c', '- ', '-', ' ', '.5');

/** Lines with varying indents and list dashes: what the folded-list alternative looks at. */
const lines = fc
  .array(
    fc.record({
      indent: fc.integer({ min: 0, max: 5 }),
      dash: fc.boolean(),
      body: fc.array(word, { maxLength: 4 }),
      tail: fc.constantFrom('', ' ', '\t', ':', ' # c', ':  # c', '\u00a0', '\u2028x'),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((ls) => ls.map((l) => `${' '.repeat(l.indent)}${l.dash ? '- ' : ''}${l.body.join('')}${l.tail}`).join('\n'));

describe('hasCarefulOnlySyntax agrees with the reference expression', () => {
  it('on every shipped example and test fixture, and each of their lines', () => {
    const texts = [...yamlFiles(AGREEMENTS), ...yamlFiles(join(AGREEMENTS, '../test/fixtures'))];
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) {
      same(t);
      for (const line of t.split('\n')) same(line);
    }
  });

  it('on one example of each alternative, and its near misses', () => {
    const hits = [
      '"\\u202e"',
      '&a',
      '*a',
      '!!str x',
      '%YAML',
      '  ? k',
      '0x1',
      '0o7',
      'a: \t',
      '\r',
      '\u0085',
      '\u200b',
      '\ufeff',
      '1e5',
      '1E-5',
      '1_0',
      '_1',
      '.inf',
      'x .NaN',
      ' .5',
      '-.5',
      ':+.5',
      '[+1',
      ' -0',
      '[a]',
      '{a: 1}',
      'a: b\n  - c',
      '- a\n   - b',
      'a # c\n - b',
    ];
    const misses = [
      '"\\n"',
      '& a',
      '*,',
      'a%',
      'a ?',
      '10x1',
      'x0b',
      '1e',
      '1ex',
      '.infx',
      'a.5',
      '-.x',
      'a+1',
      '-1',
      ' [a]',
      'a:\n  - b',
      'a: # c\n  - b',
      '- a\n- b',
      '#a\n  - b',
      'a\n- b',
    ];
    for (const t of hits) {
      expect(REFERENCE.test(t), t).toBe(true);
      same(t);
    }
    for (const t of misses) {
      expect(REFERENCE.test(t), t).toBe(false);
      same(t);
    }
  });

  it('on generated text from the characters that matter', () => {
    let hits = 0;
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (cs) => {
        const t = cs.join('');
        if (REFERENCE.test(t)) hits++;
        same(t);
      }),
      { seed: 20261202, numRuns: 20_000 },
    );
    // The generator reaches both answers, so agreement on it means something.
    expect(hits).toBeGreaterThan(1000);
    expect(hits).toBeLessThan(19_000);
  });

  it('on generated lines with indents, dashes, comments and colons', () => {
    let hits = 0;
    fc.assert(
      fc.property(lines, (t) => {
        if (REFERENCE.test(t)) hits++;
        same(t);
      }),
      { seed: 20261202, numRuns: 20_000 },
    );
    expect(hits).toBeGreaterThan(1000);
    expect(hits).toBeLessThan(19_000);
  });
});
