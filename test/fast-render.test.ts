/**
 * The fast render path writes the very bytes the `docx` reference writes:
 * every shipped example (draft and final) and a property-generated set of
 * agreements — mutated examples and hostile text in every kind of block —
 * rendered both ways must give byte-identical sealed .docx files, and the
 * fast path must really be the one in use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Agreement } from '../src/core/model.js';
import { validateAgreementText } from '../src/core/validate.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { clearFastWriter, fastWriterReady, inspectSeal, renderAgreement, type RenderOptions } from '../src/render/index.js';
import { EXAMPLES, FUZZ, mutate, mutationArb, type Json } from './fuzz.js';
import { AGREEMENTS, ROOT } from './helpers.js';

const templates = loadTemplateTexts(join(ROOT, 'templates'));
const FINAL = { ruleset: 'skane-2018@1', asOf: '2026-11-23', outcome: '0 fel, 1 varning & "2" <undantagna>' };

async function bothWays(agreement: Agreement, options: Omit<RenderOptions, 'templates'>): Promise<{ docx: Uint8Array; fast: Uint8Array }> {
  const o = { templates, ...options };
  const docx = (await renderAgreement(agreement, { ...o, writer: 'docx' })).bytes!;
  const fast = (await renderAgreement(agreement, { ...o, writer: 'fast' })).bytes!;
  return { docx, fast };
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

beforeAll(() => clearFastWriter());

describe('fast render path against the docx reference', () => {
  const examples = readdirSync(AGREEMENTS)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ f, v: validateAgreementText(readFileSync(join(AGREEMENTS, f), 'utf8')) }))
    .filter(({ v }) => v.agreement);

  it('the examples are there to compare', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((e) => [e.f, e.v.agreement!] as const))('%s: draft and final byte-identical', async (_f, agreement) => {
    for (const options of [{ asOf: '2026-11-23' }, { asOf: '2026-03-01', final: FINAL }, { asOf: '2027-01-01', lang: 'en' as const }]) {
      const { docx, fast } = await bothWays(agreement, options);
      expect(same(fast, docx)).toBe(true);
      expect(await inspectSeal(fast)).toBe('intact');
    }
    expect(fastWriterReady()).toBe(true);
  });

  /** One to three mutations of one shipped example, as an agreement that still validates (or undefined). */
  const mutated = fc
    .tuple(fc.nat(EXAMPLES.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
    .map(([i, ms]) => validateAgreementText(stringify(ms.reduce((a, m) => mutate(a, m), parse(EXAMPLES[i]!) as Json))).agreement);

  it('mutated examples that validate render byte-identically', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(mutated, fc.boolean(), async (agreement, final) => {
        if (!agreement) return;
        compared++;
        const { docx, fast } = await bothWays(agreement, final ? { asOf: '2026-11-23', final: FINAL } : { asOf: '2026-11-23' });
        expect(same(fast, docx)).toBe(true);
      }),
      { seed: FUZZ.seed, numRuns: Math.min(FUZZ.numRuns, 60) },
    );
    expect(compared).toBeGreaterThan(5);
    expect(fastWriterReady()).toBe(true);
  }, 300_000);

  /** Text no human writes: markup characters, control characters, tabs, line breaks, astral and lone surrogates. */
  const hostileText = fc.string({
    unit: fc.constantFrom('a', 'Å', ' ', '&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0001', '\u000b', '\ud83d\ude00', '\ud800', '{{x}}', '_', '–'),
    minLength: 1,
    maxLength: 30,
  });

  it('hostile text in headings, prose, tables, signatures and the header renders byte-identically', async () => {
    const base = validateAgreementText(readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8')).agreement!;
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 5, maxLength: 5 }), async ([namn, syfte, ort, titel, innehåll]) => {
        // biome-ignore lint/suspicious/noExplicitAny: the test writes hostile text into an agreement of any shape
        const a = structuredClone(base) as unknown as Record<string, any>;
        a.familjecentral.namn = namn;
        a.syfte = syfte;
        if (a.underskrifter?.[0]) Object.assign(a.underskrifter[0], { ort, titel });
        if (a.samtidighet?.tillfällen?.[0]) a.samtidighet.tillfällen[0].innehåll = innehåll;
        const { docx, fast } = await bothWays(a as Agreement, { asOf: '2026-11-23' });
        expect(same(fast, docx)).toBe(true);
      }),
      { seed: FUZZ.seed, numRuns: Math.min(FUZZ.numRuns, 60) },
    );
    expect(fastWriterReady()).toBe(true);
  }, 300_000);
});

/**
 * What samverkan relies on in `docx`: its public API (`Document`, `Packer.pack`
 * with overrides) and that the parts it writes for every document are the ones
 * the fast writer copies. The version is pinned exactly in package.json; an
 * upgrade must come with this test still passing, or the fast writer switches
 * itself off and this test says so.
 */
describe('the docx dependency', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const installed = (JSON.parse(readFileSync(join(ROOT, 'node_modules/docx/package.json'), 'utf8')) as { version: string }).version;

  it('is pinned to one exact version, and that version is the one installed', () => {
    expect(pkg.dependencies.docx).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pkg.dependencies.docx);
  });

  it('writes, for a fresh process, the parts the fast writer takes over', async () => {
    clearFastWriter();
    const agreement = validateAgreementText(readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8')).agreement!;
    await renderAgreement(agreement, { templates, asOf: '2026-11-23' });
    expect(fastWriterReady()).toBe(true);
  });
});
