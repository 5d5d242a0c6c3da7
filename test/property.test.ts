/**
 * Property tests: whatever the input, the library answers with values, never
 * exceptions, and every problem it reports has a place in the file.
 * Bounded runs with a fixed seed here; `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseAgreementText } from '../src/core/parse.js';
import { validateAgreementText } from '../src/core/validate.js';
import { EXAMPLES, FUZZ, expectPositioned, mutate, mutationArb, type Json } from './fuzz.js';

export { EXAMPLES, FUZZ, expectPositioned, mutate, mutationArb, type Mutation } from './fuzz.js';

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
        if (r.value !== undefined) expect(r.value).toEqual(careful(text));
      }),
      FUZZ,
    );
  });
});
