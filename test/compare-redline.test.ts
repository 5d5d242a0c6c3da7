/**
 * The redline .docx: word-level changes inside paragraphs and cells, whole
 * paragraphs and table rows inserted and deleted, author and date, a comment
 * per moved obligation, track changes on — and what LibreOffice makes of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { compareBlocks, resolvedText, revisionCounts } from '../src/compare/blockdiff.js';
import { redlineDocx } from '../src/compare/redline.js';
import type { ComparisonResult } from '../src/compare/types.js';
import type { DocBlock } from '../src/render/doc.js';
import { readZipEntry } from '../src/render/package.js';
import { inspectSeal } from '../src/render/package.js';
import { libreOfficeRedlines, type LibreOfficeRedline } from './compare-lo.js';
import { blockLines, NEW_BLOCKS, OLD_BLOCKS } from './fixtures/compare/blocks.js';
import { cli, FIXTURES, ROOT, tempDir } from './helpers.js';
import { readFileSync } from 'node:fs';
import { compareAgreements } from '../src/compare/compare.js';
import { agreementRedline } from '../src/compare/document.js';
import { validateAgreementText } from '../src/core/validate.js';
import { documentModel } from '../src/render/index.js';
import { loadTemplateTexts } from '../src/node/templates.js';

const RESULT: ComparisonResult = {
  asOf: '2026-03-01',
  old: { id: 'eslov-solrosen', version: 2, ramverk: 'skane-2018', ruleset: 'skane-2018@1' },
  new: { id: 'eslov-solrosen', version: 3, ramverk: 'skane-2018', ruleset: 'skane-2018@1' },
  changes: [
    {
      kind: 'ändrat',
      label: 'Basverksamheter › socialtjänst › Närvaro',
      field: 'basverksamheter[4].närvaro',
      oldPointer: '/basverksamheter/3/närvaro',
      newPointer: '/basverksamheter/3/närvaro',
    },
  ],
  obligations: [
    {
      ruleId: 'skane.samtidighet',
      title: 'Samtidighet varje vecka',
      severity: 'fel',
      oldOutcome: 'uppfyllt',
      newOutcome: 'ej_uppfyllt',
      movement: 'försämrad',
      oldMessage: 'Alla basverksamheter är på plats samtidigt 6 timmar per vecka.',
      newMessage: 'Basverksamheternas närvaroscheman överlappar 2 timmar per vecka.',
      citation: { document: 'Vägledning för familjecentraler i Skåne (rev. 2018)', section: 'Samtidighet', url: 'https://example.org/vagledning' },
      causes: [0],
    },
  ],
  summary: { tillagda: 0, borttagna: 0, ändrade: 1, försämrade: 1, förbättrade: 0 },
};

const OPTIONS = { date: '2026-03-01' };
const VALIDATE = join(ROOT, '../shared/ooxml/validate.py');

describe('block comparison', () => {
  test('accepting every change gives the new text, rejecting gives the old', () => {
    const items = compareBlocks(OLD_BLOCKS, NEW_BLOCKS);
    expect(resolvedText(items, 'ny').filter((l) => l.trim() !== '')).toEqual(blockLines(NEW_BLOCKS));
    expect(resolvedText(items, 'bort').filter((l) => l.trim() !== '')).toEqual(blockLines(OLD_BLOCKS));
  });

  test('identical blocks give no change; a block moved elsewhere is deleted where it stood and inserted where it stands', () => {
    expect(revisionCounts(compareBlocks(OLD_BLOCKS, OLD_BLOCKS))).toEqual({ insertions: 0, deletions: 0 });
    const moved = [OLD_BLOCKS[0]!, OLD_BLOCKS[2]!, OLD_BLOCKS[1]!, ...OLD_BLOCKS.slice(3)];
    const items = compareBlocks(OLD_BLOCKS, moved);
    expect(revisionCounts(items)).toEqual({ insertions: 1, deletions: 1 });
    expect(resolvedText(items, 'ny')).toEqual(blockLines(moved));
    expect(resolvedText(items, 'bort')).toEqual(blockLines(OLD_BLOCKS));
  });

  test('a changed table row is compared word by word; an added row is one insertion per cell', () => {
    const items = compareBlocks(OLD_BLOCKS, NEW_BLOCKS);
    const table = items.find((i) => i.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.map((r) => `${r.key}:${r.op}`)).toEqual([
      'basverksamheter/rad/mödrahälsovård:lika',
      'basverksamheter/rad/öppen_förskola:bort',
      'basverksamheter/rad/barnhälsovård:ny',
      'basverksamheter/rad/socialtjänst:lika',
    ]);
    const changedLine = table.rows[3]!.cells[1]![1]!;
    // Changed words joined only by punctuation or a space are one change.
    expect(changedLine.runs.map((r) => `${r.op}:${r.text}`)).toEqual(['lika:torsdag ', 'bort:9–12', 'ny:10–11']);
  });
});

describe('block comparison, any two documents', () => {
  const word = fc.constantFrom('avtalet', 'gäller', 'från', '2027', 'Region', 'Skåne', 'och', 'kommunen', '–', '9–12', 'tisdag');
  const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
  const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const block: fc.Arbitrary<DocBlock> = fc.oneof(
    fc.record({ kind: fc.constant('heading' as const), key, level: fc.constantFrom(1 as const, 2 as const), text }),
    fc.record({ kind: fc.constant('paragraph' as const), key, runs: fc.array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 }) }),
    fc.record({
      kind: fc.constant('table' as const),
      key,
      header: fc.tuple(text, text),
      widths: fc.constant([3000, 6070]),
      rows: fc.array(fc.record({ key, cells: fc.tuple(fc.array(text, { minLength: 1, maxLength: 2 }), fc.array(text, { minLength: 1, maxLength: 3 })) }), {
        maxLength: 4,
      }),
    }),
  );
  const doc = fc.array(block, { maxLength: 6 });

  test('accepting every change gives the new text and rejecting gives the old, whatever changed', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const items = compareBlocks(a, b);
        expect(resolvedText(items, 'ny').filter((l) => l.trim() !== '')).toEqual(blockLines(b));
        expect(resolvedText(items, 'bort').filter((l) => l.trim() !== '')).toEqual(blockLines(a));
        expect(revisionCounts(compareBlocks(a, a))).toEqual({ insertions: 0, deletions: 0 });
      }),
      { numRuns: 300 },
    );
  });
});

describe('redline .docx', () => {
  let bytes: Uint8Array;
  let document: string;
  let lo: LibreOfficeRedline[];
  const dir = tempDir('samverkan-redline-');

  beforeAll(async () => {
    bytes = await redlineDocx(OLD_BLOCKS, NEW_BLOCKS, RESULT, OPTIONS);
    document = (await readZipEntry(bytes, 'word/document.xml'))!;
    writeFileSync(join(dir, 'redline.docx'), bytes);
    writeFileSync(join(dir, 'redline-ingen.docx'), await redlineDocx(OLD_BLOCKS, OLD_BLOCKS, { ...RESULT, obligations: [] }, OPTIONS));
    // The two versions of a real agreement, through the command a reviewer runs.
    const cmd = cli(
      ['jämför', 'solrosen-v2.yaml', 'solrosen-v3.yaml', '--as-of', '2026-12-15', '--docx', join(dir, 'solrosen.docx'), '--författare', 'Juridiska enheten'],
      { cwd: join(FIXTURES, 'compare') },
    );
    expect(cmd.code).toBe(1);
    lo = libreOfficeRedlines([join(dir, 'redline.docx'), join(dir, 'redline-ingen.docx'), join(dir, 'solrosen.docx')]);
  });

  test('LibreOffice reads the expected insertions and deletions: word changes, a new and a removed paragraph, row and signature changes', () => {
    // " från 2027", "Ett nytt stycke.", "Barnhälsovård", "alla dagar", "10–11", "Cecilia Ek"
    // and "Detta stycke tas bort.", "Öppen förskola", "onsdag 9–15", "9–12", "Bertil Berg".
    expect({ insertions: lo[0]!.insertions, deletions: lo[0]!.deletions }).toEqual({ insertions: 6, deletions: 5 });
    expect(revisionCounts(compareBlocks(OLD_BLOCKS, NEW_BLOCKS))).toEqual({ insertions: 6, deletions: 5 });
    expect({ insertions: lo[1]!.insertions, deletions: lo[1]!.deletions }).toEqual({ insertions: 0, deletions: 0 });
  });

  test("accept-all in LibreOffice gives the new version's text, reject-all the old one's", () => {
    expect(lo[0]!.accepted).toEqual(blockLines(NEW_BLOCKS));
    expect(lo[0]!.rejected).toEqual(blockLines(OLD_BLOCKS));
    expect(lo[1]!.accepted).toEqual(blockLines(OLD_BLOCKS));
  });

  test('every revision has the author and the as-of date; track changes is on; table rows carry row revision marks', async () => {
    const marks = [...document.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks.map((m) => m[3]))).toEqual(new Set(['samverkan']));
    expect(new Set(marks.map((m) => m[4]))).toEqual(new Set(['2026-03-01T00:00:00Z']));
    expect(new Set(marks.map((m) => m[2])).size).toBe(marks.length);
    expect(document).toMatch(/<w:trPr><w:cantSplit\/><w:ins w:id="\d+" w:author="samverkan"/);
    expect(document).toMatch(/<w:trPr><w:cantSplit\/><w:del w:id="\d+" w:author="samverkan"/);
    expect(await readZipEntry(bytes, 'word/settings.xml')).toContain('<w:trackRevisions/>');
    const name = userInfo().username;
    if (name !== 'samverkan')
      for (const part of ['word/document.xml', 'word/comments.xml', 'docProps/core.xml']) expect(await readZipEntry(bytes, part)).not.toContain(`"${name}"`);
  });

  test('the author can be set', async () => {
    const other = await redlineDocx(OLD_BLOCKS, NEW_BLOCKS, RESULT, { ...OPTIONS, author: 'Juridiska enheten' });
    const xml = (await readZipEntry(other, 'word/document.xml'))!;
    expect(xml).toContain('w:author="Juridiska enheten"');
    expect(xml).not.toContain('w:author="samverkan"');
    expect(await readZipEntry(other, 'word/comments.xml')).toContain('w:author="Juridiska enheten"');
  });

  test('a comment on the obligation whose outcome changed, with its citation, anchored at the changed table', async () => {
    const comments = (await readZipEntry(bytes, 'word/comments.xml'))!;
    expect(comments).toContain('skane.samtidighet (fel): uppfyllt → ej uppfyllt');
    expect(comments).toContain('Orsak: Basverksamheter › socialtjänst › Närvaro');
    expect(comments).toContain('https://example.org/vagledning');
    const start = document.indexOf('<w:commentRangeStart w:id="1"/>');
    expect(start).toBeGreaterThan(document.indexOf('<w:tbl>'));
  });

  test('the same input gives byte-identical output, sealed', async () => {
    const again = await redlineDocx(OLD_BLOCKS, NEW_BLOCKS, RESULT, OPTIONS);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(await inspectSeal(bytes)).toBe('intact');
  });

  test('a real agreement: LibreOffice shows the changes the comparison made, accept-all gives version 3, reject-all version 2', async () => {
    const templates = loadTemplateTexts();
    const text = (f: string) => readFileSync(join(FIXTURES, 'compare', f), 'utf8');
    const [a, b] = [validateAgreementText(text('solrosen-v2.yaml')), validateAgreementText(text('solrosen-v3.yaml'))];
    const options = { templates, asOf: '2026-12-15' };
    const before = documentModel(a.agreement!, options).blocks;
    const after = documentModel(b.agreement!, options).blocks;
    const items = compareBlocks(before, after);
    const counts = revisionCounts(items);
    expect({ insertions: lo[2]!.insertions, deletions: lo[2]!.deletions }).toEqual(counts);
    // A handful of edits stays a handful of tracked changes (LibreOffice's own compare replaces whole tables).
    expect(counts.insertions + counts.deletions).toBeLessThan(40);
    expect(lo[2]!.accepted).toEqual(blockLines(after));
    expect(lo[2]!.rejected).toEqual(blockLines(before));
    const docx = readFileSync(join(dir, 'solrosen.docx'));
    const comments = (await readZipEntry(docx, 'word/comments.xml'))!;
    expect(comments).toContain('skane.samtidighet (fel): uppfyllt → ej uppfyllt');
    expect(comments).toContain('w:author="Juridiska enheten"');
    // Both moved obligations are commented where their cause is: the social services' row of the base activities table.
    const xml = (await readZipEntry(docx, 'word/document.xml'))!;
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"[^>]*>(?:(?!<\/w:comment>).)*?samtidighet \(fel\)/gs)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      const at = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      expect(at).toBeGreaterThan(0);
      expect(xml.slice(at, at + 600)).toContain('Förebyggande socialtjänst');
    }
    // The library gives the same bytes as the command.
    const result = compareAgreements(
      { agreement: a.agreement!, locate: a.locate, file: 'solrosen-v2.yaml' },
      { agreement: b.agreement!, locate: b.locate, file: 'solrosen-v3.yaml' },
      { asOf: new Date('2026-12-15T00:00:00Z') },
    );
    const lib = await agreementRedline(a.agreement!, b.agreement!, result, { templates, author: 'Juridiska enheten' });
    expect(Buffer.from(lib.bytes!).equals(docx)).toBe(true);
  });

  test.skipIf(!existsSync(VALIDATE))('every XML part validates against the ECMA-376 schemas (../shared/ooxml)', () => {
    const r = spawnSync('/usr/bin/python3', [VALIDATE, join(dir, 'redline.docx'), join(dir, 'redline-ingen.docx'), join(dir, 'solrosen.docx')], {
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('total errors 0');
    expect(r.status).toBe(0);
  });
});
