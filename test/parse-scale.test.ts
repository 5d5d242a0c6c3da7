/**
 * Hostile input at the size limit costs time in proportion to its size:
 * duplicate keys are found in one pass (yaml's own check compared every key
 * with every earlier one: a 1 MiB file of 100,000 keys took minutes), and the
 * message names the whole key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/index.js';
import { AGREEMENTS, mutate } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');

describe('duplicate keys', () => {
  it('names the whole key, in a block mapping', () => {
    const text = mutate(EXAMPLE, '  version: 2\n', '  version: 2\n  version: 3\n');
    const d = validateAgreementText(text).diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/^Nyckeln "version" /);
  });

  it('names the whole key, in a flow mapping, at the second occurrence', () => {
    const text = EXAMPLE + 'x_extra: { namn: a, namn: b }\n';
    const d = validateAgreementText(text).diagnostics.find((x) => x.code === 'yaml.duplicate-key');
    expect(d?.message).toMatch(/^Nyckeln "namn" /);
    expect(d?.position).toEqual({ line: text.split('\n').length - 1, col: 21 });
  });

  it('keys that only look alike are different keys', () => {
    const text = EXAMPLE + 'x_extra: { "a": 1, b: 2, "a ": 3 }\n';
    expect(validateAgreementText(text).diagnostics.some((x) => x.code === 'yaml.duplicate-key')).toBe(false);
  });

  it('100,000 distinct keys (1 MiB) are read in seconds, not minutes', () => {
    const text = Array.from({ length: 95_000 }, (_, i) => `k${String(i).padStart(7, '0')}: 1\n`).join('');
    const t0 = performance.now();
    const r = validateAgreementText(text);
    // Generous for a shared machine: the quadratic check took > 10 minutes here.
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.some((x) => x.code === 'yaml.duplicate-key')).toBe(false);
  }, 120_000);
});
