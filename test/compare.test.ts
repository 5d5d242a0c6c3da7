/**
 * Comparing two versions: every kind of change with its Swedish label and
 * its place in both files, lists matched by identity (a new order is no
 * change), obligations moved with their causes, the formatters, and the
 * `samverkan jämför` command as a reviewer runs it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareAgreements, hasRegression } from '../src/compare/compare.js';
import { diffValues } from '../src/compare/diff.js';
import { formatComparisonJson } from '../src/compare/format-json.js';
import { formatComparisonMarkdown } from '../src/compare/format-markdown.js';
import { formatComparisonText } from '../src/compare/format-text.js';
import type { ComparisonResult } from '../src/compare/types.js';
import { validateAgreementText } from '../src/core/validate.js';
import { cli, cliInProcess, FIXTURES, lineOf, mutate, tempDir } from './helpers.js';

const DIR = join(FIXTURES, 'compare');
const V2 = readFileSync(join(DIR, 'solrosen-v2.yaml'), 'utf8');
const V3 = readFileSync(join(DIR, 'solrosen-v3.yaml'), 'utf8');
const AS_OF = new Date('2026-12-15T00:00:00Z');

function compare(oldText: string, newText: string): ComparisonResult {
  const a = validateAgreementText(oldText);
  const b = validateAgreementText(newText);
  expect(a.diagnostics.filter((d) => d.severity === 'fel')).toEqual([]);
  expect(b.diagnostics.filter((d) => d.severity === 'fel')).toEqual([]);
  return compareAgreements(
    { agreement: a.agreement!, locate: a.locate, file: 'gammal.yaml' },
    { agreement: b.agreement!, locate: b.locate, file: 'ny.yaml' },
    { asOf: AS_OF },
  );
}

/** Move one block of lines (exactly once in the text) to stand after another. */
function moveAfter(text: string, block: string, after: string): string {
  return mutate(mutate(text, block, ''), after, after + block);
}

describe('changes, each kind', () => {
  it('a changed value: label from the schema, old → new, line:col in both files', () => {
    const changed = mutate(
      mutate(V2, '  kommun: Eslöv\n', '  kommun: Eslöv\n  # ny kommentar\n'),
      'namn: Familjecentralen Solrosen',
      'namn: Familjecentralen Solrosen Norra',
    );
    const r = compare(V2, changed);
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0]!;
    expect(c).toMatchObject({
      kind: 'ändrat',
      label: 'Familjecentralen › Namn',
      field: 'familjecentral.namn',
      old: 'Familjecentralen Solrosen',
      new: 'Familjecentralen Solrosen Norra',
    });
    expect(c.oldPosition).toEqual({ line: lineOf(V2, 'namn: Familjecentralen Solrosen'), col: 9 });
    expect(c.newPosition).toEqual({ line: lineOf(changed, 'namn: Familjecentralen Solrosen'), col: 9 });
  });

  it('a changed text word by word: the words kept, removed and added', () => {
    const r = compare(V2, mutate(V2, 'lättillgängligt stöd', 'tillgängligt stöd nära hemmet'));
    const c = r.changes[0]!;
    expect(c.label).toBe('Syfte');
    const parts = c.words!.filter((p) => p.op !== 'lika').map((p) => `${p.op}:${p.text}`);
    expect(parts).toEqual(['bort:lättillgängligt', 'ny:tillgängligt', 'ny: nära hemmet']);
    expect(
      c
        .words!.filter((p) => p.op !== 'bort')
        .map((p) => p.text)
        .join(''),
    ).toBe(c.new);
    expect(
      c
        .words!.filter((p) => p.op !== 'ny')
        .map((p) => p.text)
        .join(''),
    ).toBe(c.old);
  });

  it('an entry added to a list: its place in the new file, and the list it went into in the old one', () => {
    const added = mutate(
      V2,
      '    närvaro:\n      - { dag: tisdag, från: "09:00", till: "12:00" }',
      '    närvaro:\n      - { dag: måndag, från: "13:00", till: "15:00" }\n      - { dag: tisdag, från: "09:00", till: "12:00" }',
    );
    const r = compare(V2, added);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({
      kind: 'tillagt',
      label: 'Basverksamheter › socialtjänst › Närvaro › måndag 13:00–15:00',
      newPointer: '/basverksamheter/3/närvaro/0',
    });
    expect(r.changes[0]!.newPosition?.line).toBe(lineOf(added, 'måndag, från: "13:00"'));
    expect(r.changes[0]!.oldPosition?.line).toBe(lineOf(V2, '      - { dag: tisdag, från: "09:00", till: "12:00" }') - 1);
  });

  it('an entry removed, a key added and a key removed', () => {
    const text = mutate(
      mutate(mutate(V2, '      - { yrke: läkare, tjänstgöringsgrad: 0.1 }\n', ''), '  personalmöten_per_år: 10\n', ''),
      '  kompetensutveckling: Gemensam',
      '  handledning: Extern handledning varannan månad.\n  kompetensutveckling: Gemensam',
    );
    const r = compare(V2, text);
    expect(r.changes.map((c) => `${c.kind} ${c.label}`)).toEqual([
      'borttaget Basverksamheter › barnhälsovård › Bemanning › läkare',
      'borttaget Organisation, ledning och styrning › Personalmöten per år',
      'tillagt Organisation, ledning och styrning › Gemensam handledning',
    ]);
    expect(r.changes[0]!.oldPosition?.line).toBe(lineOf(V2, 'yrke: läkare'));
    expect(r.summary).toMatchObject({ tillagda: 1, borttagna: 2, ändrade: 0 });
  });

  it('removing the first base activity is one removal, not a change of every entry after it', () => {
    const start = V2.indexOf('  - verksamhet: mödrahälsovård');
    const end = V2.indexOf('  - verksamhet: barnhälsovård');
    const removed = V2.slice(0, start) + V2.slice(end);
    const r = compare(
      V2,
      mutate(removed, '[mödrahälsovård, barnhälsovård, öppen_förskola]', '[barnhälsovård, öppen_förskola]').replace(
        '{ verksamhet: mödrahälsovård, roll: Vårdenhetschef }',
        '{ verksamhet: barnhälsovård, roll: Samordnande chef }',
      ),
    );
    const base = r.changes.filter((c) => c.label.startsWith('Basverksamheter'));
    expect(base.map((c) => `${c.kind} ${c.label}`)).toEqual(['borttaget Basverksamheter › mödrahälsovård']);
  });
});

describe('changes of shape', () => {
  it('a section replaced by a marker text ("ingår inte") is one change of that section, named by its title', () => {
    const before = { samtidighet: { timmar_per_vecka: 6 }, mål: ['Ett mål.'] };
    const after = { samtidighet: 'ingår inte', mål: ['Ett mål.'] };
    expect(diffValues(before, after)).toEqual([
      {
        kind: 'ändrat',
        label: 'Samtidighet',
        field: 'samtidighet',
        oldPointer: '/samtidighet',
        newPointer: '/samtidighet',
        oldAnchor: '/samtidighet',
        newAnchor: '/samtidighet',
        old: { timmar_per_vecka: 6 },
        new: 'ingår inte',
      },
    ]);
  });

  it('a reworded goal is one change, word by word; a goal added is one addition', () => {
    const changes = diffValues(
      { mål: ['Alla föräldrar erbjuds grupp.', 'Fler nås tidigt.'] },
      { mål: ['Fler nås tidigt.', 'Alla blivande föräldrar erbjuds grupp.', 'Ett nytt mål.'] },
    );
    expect(changes.map((c) => `${c.kind} ${c.label}`)).toEqual(['ändrat Mål › nr 2', 'tillagt Mål › "Ett nytt mål."']);
    expect(changes[0]!.words!.filter((w) => w.op === 'ny').map((w) => w.text)).toEqual(['blivande ']);
  });
});

describe('lists are matched by identity', () => {
  it('the same agreement with every list in another order has no change', () => {
    let text = V2;
    text = moveAfter(
      text,
      '  - id: region\n    organisation: Region Skåne\n    organisationsnummer: 232100-0255\n    nämnd: Hälso- och sjukvårdsnämnden\n',
      '    nämnd: Socialnämnden\n',
    );
    text = moveAfter(text, '      - { dag: torsdag, från: "08:00", till: "12:00" }\n', '      - { yrke: barnmorska, tjänstgöringsgrad: 0.8 }\n    närvaro:\n');
    text = moveAfter(text, '      - { yrke: BVC-sjuksköterska, tjänstgöringsgrad: 1.5 }\n', '      - { yrke: läkare, tjänstgöringsgrad: 0.1 }\n');
    text = moveAfter(
      text,
      '  - { part: region, namn: Anna Andersson, titel: Områdeschef, ort: Lund, datum: 2025-12-01 }\n',
      '  - { part: kommun, namn: Bertil Berg, titel: Förvaltningschef, ort: Eslöv, datum: 2025-12-03 }\n',
    );
    text = moveAfter(
      text,
      '      - namn: Pappagrupp\n        verksamheter: [barnhälsovård, socialtjänst]\n        tillfällen_per_år: 2\n',
      '    aktiviteter:\n',
    );
    text = moveAfter(
      text,
      '  - Alla förstagångsföräldrar i upptagningsområdet erbjuds föräldragrupp under graviditeten.\n',
      '  - Fler familjer med behov av stöd nås tidigt genom gemensamma hembesök från BVC och socialtjänst.\n',
    );
    expect(text).not.toBe(V2);
    const r = compare(V2, text);
    expect(r.changes).toEqual([]);
    expect(r.obligations).toEqual([]);
    expect(formatComparisonText(r)).toContain('Inga ändringar');
  });

  it('a schedule entry is identified by day and time: a new time is one removal and one addition', () => {
    const r = compare(V2, mutate(V2, '      - { dag: torsdag, från: "08:00", till: "12:00" }', '      - { dag: torsdag, från: "08:00", till: "13:00" }'));
    expect(r.changes.map((c) => `${c.kind} ${c.label}`)).toEqual([
      'borttaget Basverksamheter › mödrahälsovård › Närvaro › torsdag 08:00–12:00',
      'tillagt Basverksamheter › mödrahälsovård › Närvaro › torsdag 08:00–13:00',
    ]);
  });
});

describe('obligations moved', () => {
  const broken = mutate(
    V2,
    '      - { dag: tisdag, från: "09:00", till: "12:00" }\n      - { dag: torsdag, från: "09:00", till: "12:00" }\n\nsamtidighet',
    '      - { dag: torsdag, från: "10:00", till: "12:00" }\n\nsamtidighet',
  );

  it('a change that breaks samtidighet moves that obligation, with the citation and the schedule changes as cause', () => {
    const r = compare(V2, broken);
    const moved = r.obligations.find((o) => o.ruleId === 'skane.samtidighet');
    expect(moved).toMatchObject({ oldOutcome: 'uppfyllt', newOutcome: 'ej_uppfyllt', movement: 'försämrad', severity: 'fel' });
    expect(moved!.citation.document).toContain('Skåne');
    expect(moved!.newMessage).toContain('2 timmar');
    const causes = moved!.causes.map((i) => r.changes[i]!.label);
    expect(causes).toEqual([
      'Basverksamheter › socialtjänst › Närvaro › tisdag 09:00–12:00',
      'Basverksamheter › socialtjänst › Närvaro › torsdag 09:00–12:00',
      'Basverksamheter › socialtjänst › Närvaro › torsdag 10:00–12:00',
    ]);
    expect(hasRegression(r)).toBe(true);
    expect(r.summary.försämrade).toBe(r.obligations.length);
  });

  it('a change no rule reads moves nothing; a cause is only a change the rule read', () => {
    const r = compare(V2, mutate(broken, 'tvist: Tvister löses i första hand', 'tvist: Tvister löses i allra första hand'));
    const tvist = r.changes.findIndex((c) => c.label === 'Tvist');
    expect(tvist).toBeGreaterThanOrEqual(0);
    for (const o of r.obligations) expect(o.causes).not.toContain(tvist);
    expect(compare(V2, mutate(V2, 'tvist: Tvister löses i första hand', 'tvist: Tvister löses i allra första hand')).obligations).toEqual([]);
  });

  it('the way back is an improvement; an approved deviation is the cause of a waiver', () => {
    const back = compare(broken, V2);
    expect(back.obligations.find((o) => o.ruleId === 'skane.samtidighet')).toMatchObject({ movement: 'förbättrad', newOutcome: 'uppfyllt' });
    expect(hasRegression(back)).toBe(false);
    const waived =
      broken +
      '\navvikelser:\n  - regel: skane.samtidighet\n    skäl: Socialtjänsten saknar lokal under ombyggnaden.\n    godkänd_av: Styrgruppen\n    till: 2027-06-30\n';
    const r = compare(broken, waived);
    const o = r.obligations.find((x) => x.ruleId === 'skane.samtidighet')!;
    expect(o).toMatchObject({ oldOutcome: 'ej_uppfyllt', newOutcome: 'undantaget', movement: 'förbättrad' });
    expect(o.causes.map((i) => r.changes[i]!.label)).toEqual(['Avvikelser']);
  });
});

describe('formatters', () => {
  const r = compare(V2, V3);

  it('text: each change with both places and the word diff; each moved obligation with source and cause', () => {
    const text = formatComparisonText(r);
    expect(text).toContain('ändrat     Syfte  (syfte)');
    expect(text).toContain(`gammal.yaml:${lineOf(V2, 'syfte:')}:8 → ny.yaml:${lineOf(V3, 'syfte:')}:8`);
    expect(text).toContain('lättillgängligt stöd{+ nära hemmet+}, där');
    expect(text).toContain('[-Bertil Berg-]{+Cecilia Ek+}');
    expect(text).toMatch(/försämrad {2}skane\.samtidighet \[fel\]: uppfyllt → ej uppfyllt/);
    expect(text).toContain('Källa: Vägledning för familjecentraler');
    expect(text.trimEnd().split('\n').pop()).toBe('Resultat: den nya versionen uppfyller inte 2 skyldigheter som den gamla uppfyllde.');
    expect(formatComparisonText(r, { lang: 'en' })).toContain('Result: the new version fails 2 obligations that the old one met.');
  });

  it('json: the whole result, parseable, with a format version', () => {
    const data = JSON.parse(formatComparisonJson(r));
    expect(data).toMatchObject({ format: 'samverkan-jämförelse', formatVersion: 1, asOf: '2026-12-15' });
    expect(data.changes).toHaveLength(r.changes.length);
    expect(data.obligations.map((o: { ruleId: string }) => o.ruleId)).toEqual(r.obligations.map((o) => o.ruleId));
    expect(data.obligations.map((o: { ruleId: string }) => o.ruleId)).toEqual(expect.arrayContaining(['gemensam.samtidighet', 'skane.samtidighet']));
  });

  it('markdown: a table of changes and a list of obligations, markup in values escaped', () => {
    const md = formatComparisonMarkdown(r);
    expect(md).toContain('| # | Ändring | Fält | Före → nu | Plats |');
    expect(md).toContain('~~Bertil Berg~~ **Cecilia Ek**');
    expect(md).toContain('- **försämrad** `skane.samtidighet` (fel): uppfyllt → ej uppfyllt');
    const starred = compare(
      V2,
      mutate(V2, 'tvist: Tvister löses i första hand genom förhandling mellan parterna i styrgruppen.', 'tvist: "*Tvister* | löses i första hand."'),
    );
    const row = formatComparisonMarkdown(starred)
      .split('\n')
      .find((l) => l.startsWith('| 1 |'))!;
    expect(row).toContain('\\*');
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
  });

  it('says so when the two files are not versions of one agreement', () => {
    const other = compare(V2, mutate(V2, 'id: eslov-solrosen', 'id: eslov-blaklinten'));
    expect(formatComparisonText(other)).toContain('Obs: versionerna har olika avtals-id (eslov-solrosen och eslov-blaklinten).');
    expect(formatComparisonText(r)).not.toContain('Obs:');
  });

  it('the same input gives the same output', () => {
    expect(formatComparisonJson(compare(V2, V3))).toBe(formatComparisonJson(r));
    expect(formatComparisonMarkdown(compare(V2, V3))).toBe(formatComparisonMarkdown(r));
  });
});

describe('samverkan jämför', () => {
  const run = (args: string[]) => cliInProcess(args, { cwd: DIR });

  it('exit 1 when the new version fails an obligation the old one met; 0 the other way round; diff is an alias', async () => {
    const worse = await run(['jämför', 'solrosen-v2.yaml', 'solrosen-v3.yaml', '--as-of', '2026-12-15']);
    expect(worse.code).toBe(1);
    expect(worse.stdout).toContain('solrosen-v2.yaml:34:8 → solrosen-v3.yaml:35:8');
    expect(worse.stderr).toBe('');
    const better = await run(['diff', 'solrosen-v3.yaml', 'solrosen-v2.yaml', '--as-of', '2026-12-15']);
    expect(better.code).toBe(0);
    expect(better.stdout).toContain('förbättrad  skane.samtidighet [fel]: ej uppfyllt → uppfyllt');
    const same = await run(['jämför', 'solrosen-v2.yaml', 'solrosen-v2.yaml', '--as-of', '2026-12-15', '--format', 'json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).changes).toEqual([]);
  });

  it('usage errors exit 2 with a Swedish message naming the file: bad date, missing file, folder, invalid agreement, one file only', async () => {
    const dir = tempDir('samverkan-compare-');
    mkdirSync(join(dir, 'mapp'));
    writeFileSync(join(dir, 'mapp', 'a.yaml'), V2);
    writeFileSync(join(dir, 'ogiltig.yaml'), mutate(V2, 'samlokaliserad: delvis', 'samlokaliserad: ibland'));
    writeFileSync(join(dir, 'v2.yaml'), V2);
    const c = (args: string[]) => cliInProcess(args, { cwd: dir });
    const date = await c(['jämför', 'v2.yaml', 'v2.yaml', '--as-of', '2026-13-01']);
    expect([date.code, date.stderr]).toEqual([2, 'samverkan: ogiltigt datum för --as-of: "2026-13-01"; ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15\n']);
    const missing = await c(['jämför', 'v2.yaml', 'saknas.yaml']);
    expect([missing.code, missing.stderr]).toEqual([2, 'samverkan: saknas.yaml: filen eller mappen finns inte\n']);
    const folder = await c(['jämför', 'mapp', 'v2.yaml']);
    expect([folder.code, folder.stderr]).toEqual([2, 'samverkan: mapp: ange en YAML-fil, inte en mapp\n']);
    const invalid = await c(['jämför', 'v2.yaml', 'ogiltig.yaml']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`ogiltig.yaml:${lineOf(V2, 'samlokaliserad: delvis')}:`);
    expect(invalid.stderr).toContain('samverkan: ogiltig.yaml: ogiltigt avtal – kan inte jämföras förrän valideringsfelen är rättade');
    expect(invalid.stdout).toBe('');
    const one = await c(['jämför', 'v2.yaml']);
    expect([one.code, one.stderr]).toEqual([2, 'samverkan: argument saknas: ny\n']);
  });

  it('--docx writes the redline atomically and never silently over a file it did not write; --författare names the changes', async () => {
    const dir = tempDir('samverkan-compare-docx-');
    writeFileSync(join(dir, 'v2.yaml'), V2);
    writeFileSync(join(dir, 'v3.yaml'), V3);
    const c = (args: string[]) => cliInProcess(['jämför', 'v2.yaml', 'v3.yaml', '--as-of', '2026-12-15', ...args], { cwd: dir });
    const first = await c(['--docx', 'ändringar.docx', '--författare', 'Juridiska enheten']);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe('Word-fil med spårade ändringar: ändringar.docx\n');
    const bytes = readFileSync(join(dir, 'ändringar.docx'));
    expect(bytes.includes(Buffer.from('Juridiska enheten'))).toBe(false); // compressed; the author is checked in the redline tests
    // samverkan's own, unchanged file is replaced; the same input gives the same bytes.
    expect((await c(['--docx', 'ändringar.docx', '--författare', 'Juridiska enheten'])).code).toBe(1);
    expect(readFileSync(join(dir, 'ändringar.docx')).equals(bytes)).toBe(true);
    // A file someone else wrote (or saved again in Word) is not overwritten without --force.
    writeFileSync(join(dir, 'annan.docx'), 'inte samverkans');
    const refused = await c(['--docx', 'annan.docx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('annan.docx: filen finns redan och är inte samverkans oförändrade fil; den skrivs inte över');
    expect(refused.stdout).toBe('');
    expect(readFileSync(join(dir, 'annan.docx'), 'utf8')).toBe('inte samverkans');
    expect((await c(['--docx', 'annan.docx', '--force'])).code).toBe(1);
    expect(readFileSync(join(dir, 'annan.docx')).subarray(0, 2).toString()).toBe('PK');
    const noName = await c(['--docx', 'x.docx', '--författare', '  ']);
    expect([noName.code, noName.stderr]).toEqual([2, 'samverkan: --författare måste vara ett namn på 1–200 tecken utan styrtecken\n']);
    const notDocx = await c(['--docx', 'x.pdf']);
    expect([notDocx.code, notDocx.stderr]).toEqual([2, 'samverkan: x.pdf: Word-filen måste sluta på .docx\n']);
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['jämför', 'solrosen-v2.yaml', 'solrosen-v3.yaml', '--as-of', '2026-12-15', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Comparison of eslov-solrosen: version 2 (solrosen-v2.yaml) → version 3 (solrosen-v3.yaml), checked as of 15 December 2026');
    expect(r.stdout).toMatch(/worse +skane\.samtidighet \[fel\]: met → not met/);
  });

  it('has Swedish help, listed among the commands', () => {
    const help = cli(['jämför', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Användning: samverkan jämför|diff [flaggor] <gammal> <ny>');
    expect(help.stdout).toContain('Slutkod: 0 den nya versionen uppfyller allt den gamla uppfyllde');
    expect(cli(['--help']).stdout).toMatch(/jämför\|diff \[flaggor\] <gammal> <ny>/);
  });
});
