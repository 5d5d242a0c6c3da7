/**
 * The renderer's plain block model: every block and table row has a key,
 * keys are unique within a document and do not move when the agreement
 * changes elsewhere (the comparison matches blocks by them).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/core/validate.js';
import type { Agreement } from '../src/core/model.js';
import { agreementBlocks, type DocBlock } from '../src/render/index.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { AGREEMENTS } from './helpers.js';

const TEMPLATES = loadTemplateTexts();
const EXAMPLES = readdirSync(AGREEMENTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function agreementOf(file: string): Agreement {
  const r = validateAgreementText(readFileSync(join(AGREEMENTS, file), 'utf8'));
  if (!r.agreement) throw new Error(`fixture invalid: ${file}`);
  return r.agreement;
}

function allKeys(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((b) => [
    b.key,
    ...(b.kind === 'table' ? b.rows.map((r) => `${b.key}/${r.key}`) : []),
    ...(b.kind === 'signatures' ? b.blocks.map((s) => s.key) : []),
  ]);
}

describe('agreementBlocks', () => {
  it.each(EXAMPLES)('%s: every block has a unique key', (file) => {
    const keys = allKeys(agreementBlocks(agreementOf(file), { templates: TEMPLATES, asOf: '2026-03-01' }));
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.every((k) => k !== '')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keys table rows by what they are about, so removing one row leaves the others', () => {
    const a = agreementOf('eslov-solrosen.yaml');
    const rowsOf = (x: Agreement) => {
      const t = agreementBlocks(x, { templates: TEMPLATES, asOf: '2026-03-01' }).find((b) => b.key === 'basverksamheter/tabell');
      if (t?.kind !== 'table') throw new Error('no base activity table');
      return t.rows.map((r) => r.key);
    };
    const before = rowsOf(a);
    const after = rowsOf({ ...a, basverksamheter: a.basverksamheter.slice(1) });
    expect(after).toEqual(before.slice(1));
  });
});

describe('contentWidths', () => {
  it('gives each column at least its longest word and fills the text width', async () => {
    const { contentWidths, row } = await import('../src/render/blocks.js');
    const w = contentWidths(['Verksamhet', 'Part'], [row('a', ['Barnhälsovård', 'Västra Götalandsregionen']), row('b', ['Öppen förskola', 'Kommunen'])]);
    expect(w.reduce((x, y) => x + y, 0)).toBe(9070);
    expect(w[1]!).toBeGreaterThan('Västra Götalandsregionen'.length * 100);
    // A short column is not stretched past what a long one needs.
    const narrow = contentWidths(['Dag', 'Innehåll'], [row('x', ['Tisdag', 'Öppen verksamhet med rådgivning från BVC och socialtjänst'])]);
    expect(narrow[0]!).toBeLessThan(narrow[1]!);
  });
});
