/**
 * Property tests: whatever the input, the library answers with values, never
 * exceptions, and every problem it reports has a place in the file.
 * Bounded runs with a fixed seed here; `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { fastReaderValue, parseAgreementText } from '../src/core/parse.js';
import { validateAgreementText } from '../src/core/validate.js';
import { EXAMPLES, FUZZ, expectPositioned, mutate, mutationArb, type Json } from './fuzz.js';

describe('validate never throws', () => {
  it('on any YAML-serialisable value, and positions every error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = stringify(value);
        const r = validateAgreementText(text);
        expect(r.valid).toBe(false);
        expectPositioned(text, r.diagnostics);
      }),
      FUZZ,
    );
  });

  it('on any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = validateAgreementText(text);
        expect(Array.isArray(r.diagnostics)).toBe(true);
        if (!r.valid) expect(r.diagnostics.length).toBeGreaterThan(0);
      }),
      FUZZ,
    );
  });

  it('on random mutations of the shipped examples', () => {
    fc.assert(
      fc.property(fc.nat(EXAMPLES.length - 1), mutationArb, (i, m) => {
        const text = stringify(mutate(parse(EXAMPLES[i]!) as Json, m));
        const r = validateAgreementText(text);
        expectPositioned(text, r.diagnostics);
        if (r.valid) expect(r.agreement).toBeDefined();
      }),
      FUZZ,
    );
  });
});

describe('the fast reader and the careful reader agree', () => {
  // Well-formed agreements are read by js-yaml; anything reported is re-read by `yaml`
  // for its positions. Both must see the same agreement, or a finding would point at
  // a value that is not the one judged.
  const careful = (text: string) => parse(text, { version: '1.2', schema: 'core', uniqueKeys: true });

  it('on the shipped examples and on mutations of them, written in varied YAML styles', () => {
    fc.assert(
      fc.property(fc.nat(EXAMPLES.length - 1), mutationArb, fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'), fc.boolean(), (i, m, quoting, flow) => {
        const value = mutate(parse(EXAMPLES[i]!) as Json, m);
        const text = stringify(value, { defaultStringType: quoting as 'PLAIN', collectionStyle: flow ? 'flow' : 'block' });
        const r = parseAgreementText(text);
        // Text is read in NFC (a key pasted from macOS is the same key), so compare with that.
        if (r.value !== undefined) expect(r.value).toEqual(careful(text.normalize('NFC')));
      }),
      FUZZ,
    );
  });
});

describe('the two readers on the scalars where YAML libraries differ (issue 14)', () => {
  // js-yaml and YAML 1.2 core disagree on some number forms, C1 characters and
  // flow collections at column 0. The fast reader may only take text on which
  // they agree; everything else goes to the careful reader.
  const careful = (text: string) => {
    const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false });
    return doc.errors.length > 0 ? undefined : doc.toJS();
  };
  const TRICKY = [
    '+.5',
    '-.5',
    '.5',
    '1e309',
    '-1e309',
    '1E3',
    '-0x1',
    '0x1F',
    '0o17',
    '017',
    '1_000',
    '.inf',
    '-.inf',
    '.NaN',
    '+1',
    '-0',
    '0.',
    '08.00',
    '0,8',
    '1,5',
    '8:30',
    '08:00',
    '2025-11-14',
    'true',
    'True',
    'ja',
    'nej',
    'no',
    'yes',
    '~',
    'null',
    'Null',
    '"x"',
    "'y'",
    '[1, 2]',
    '{ a: 0,8 }',
    '[0,8]',
    'a\u0085b',
    'a\u009bb',
    'x # y',
    '"hus #2"',
  ];
  const scalar = fc.oneof(fc.constantFrom(...TRICKY), fc.stringMatching(/^[-+.0-9eExXoO_,:]{1,8}$/));
  it('never give different values for text the fast reader takes', () => {
    fc.assert(
      fc.property(fc.array(scalar, { minLength: 1, maxLength: 6 }), fc.boolean(), (values, flowAtZero) => {
        const lines = values.map((v, i) => `k${i}: ${v}`);
        if (flowAtZero) lines.push('lista:', '[1, 2]');
        const text = lines.join('\n') + '\n';
        const fast = fastReaderValue(text);
        if (fast !== undefined) expect(fast, text).toEqual(careful(text));
      }),
      { ...FUZZ, numRuns: Math.max(FUZZ.numRuns ?? 100, 500) },
    );
  });

  it('send every named case to the careful reader or agree on it', () => {
    for (const v of TRICKY) {
      const text = `a: ${v}\n`;
      const fast = fastReaderValue(text);
      if (fast !== undefined) expect(fast, text).toEqual(careful(text));
    }
    expect(fastReaderValue('a:\n[1, 2]\n')).toBeUndefined();
  });
});
