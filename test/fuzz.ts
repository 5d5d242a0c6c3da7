/**
 * Shared by the property tests: the fixed seed and run count (FUZZ_SEED,
 * FUZZ_RUNS), the shipped examples as text, and random mutations of a parsed
 * agreement (delete, retype, duplicate, reorder keys, Unicode in every string).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
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

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Paths to every node of a plain value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
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
