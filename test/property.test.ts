/**
 * Property tests: whatever the input, the library answers with values, never
 * exceptions, and every problem it reports has a place in the file.
 * Bounded runs with a fixed seed here; `npm run fuzz` runs many more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS } from './helpers.js';

export const FUZZ = { seed: Number(process.env.FUZZ_SEED ?? 20261123), numRuns: Number(process.env.FUZZ_RUNS ?? 150) };

export const EXAMPLES = readdirSync(AGREEMENTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(join(AGREEMENTS, f), 'utf8'));

/** Every diagnostic points at a real line and column of the text it came from. */
export function expectPositioned(text: string, diagnostics: { position?: { line: number; col: number } }[]): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.position).toBeDefined();
    expect(d.position!.line).toBeGreaterThanOrEqual(1);
    expect(d.position!.line).toBeLessThanOrEqual(lines + 1);
    expect(d.position!.col).toBeGreaterThanOrEqual(1);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Paths to every node of a plain value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function getAt(root: Json, path: (string | number)[]): Json {
  let node: Json = root;
  for (const p of path) node = (node as Record<string | number, Json>)[p] as Json;
  return node;
}

export type Mutation = { kind: 'delete' | 'retype' | 'duplicate' | 'reorder' | 'unicode'; pick: number; value: Json; text: string };

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'retype', 'duplicate', 'reorder', 'unicode'),
  pick: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  text: fc.string({ unit: 'binary', maxLength: 40 }),
});

/** Apply one random mutation to a parsed agreement (in place) and return it. */
export function mutate(agreement: Json, m: Mutation): Json {
  const all = paths(agreement).filter((p) => p.length > 0);
  const path = all[m.pick % all.length]!;
  const parent = getAt(agreement, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'retype':
      (parent as Record<string | number, Json>)[key] = m.value;
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]!));
      else (parent as Record<string, Json>)[`${String(key)}_kopia`] = structuredClone(parent[key]!);
      break;
    case 'reorder':
      if (!Array.isArray(parent)) {
        const entries = Object.entries(parent).reverse();
        for (const k of Object.keys(parent)) delete parent[k];
        for (const [k, v] of entries) parent[k] = v;
      } else parent.reverse();
      break;
    case 'unicode':
      for (const p of paths(agreement)) {
        const v = getAt(agreement, p);
        if (typeof v === 'string' && p.length > 0) (getAt(agreement, p.slice(0, -1)) as Record<string | number, Json>)[p[p.length - 1]!] = v + m.text;
      }
      break;
  }
  return agreement;
}

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
