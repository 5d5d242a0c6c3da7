/**
 * report: the regional overview reproduces the Örebro mapping's figures
 * (shared/domain/sources/003_…) from the 20-agreement test set, in every
 * format; broken files are counted, never stop the report.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreementBytes } from '../src/core/validate.js';
import { buildReport, type ReportInput } from '../src/report/build.js';
import type { Report } from '../src/report/types.js';
import { FIXTURES, cli, tempDir } from './helpers.js';

const SET = join(FIXTURES, 'orebro-mapping');
const AS_OF = '2012-10-01';

/** The mapping's figures: indicator id → [count, of], with the page of the mapping they come from. */
export const MAPPING: { id: string; count: number; of: number; page: string }[] = [
  { id: 'lokaler.gemensam_entré', count: 8, of: 20, page: 's. 5' },
  { id: 'lokaler.samma_byggnad_utan_entré', count: 4, of: 20, page: 's. 5' },
  { id: 'basverksamhet.öppen_förskola', count: 20, of: 20, page: 's. 5, 7' },
  { id: 'basverksamhet.socialtjänst', count: 19, of: 20, page: 's. 5, 7' },
  { id: 'basverksamhet.barnhälsovård', count: 17, of: 20, page: 's. 5, 6' },
  { id: 'basverksamhet.barnhälsovård.delvis', count: 10, of: 17, page: 's. 5, 6' },
  { id: 'basverksamhet.mödrahälsovård', count: 12, of: 20, page: 's. 5, 6' },
  { id: 'basverksamhet.mödrahälsovård.delvis', count: 6, of: 12, page: 's. 5, 6' },
  { id: 'typ.definition.ingen', count: 3, of: 20, page: 's. 5, 7 (20 − 17 utan BVC)' },
  { id: 'organisation.ledningsgrupp', count: 18, of: 20, page: 's. 5' },
  { id: 'organisation.personalmöten', count: 19, of: 20, page: 's. 5' },
  { id: 'organisation.samordnare', count: 10, of: 20, page: 's. 5, 6' },
  { id: 'organisation.verksamhetsplan', count: 13, of: 20, page: 's. 6' },
  { id: 'organisation.brukarenkät', count: 12, of: 20, page: 's. 6' },
  { id: 'organisation.kompetensutveckling', count: 17, of: 20, page: 's. 6' },
];

function loadSet(dir = SET): ReportInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: f, validation: validateAgreementBytes(readFileSync(join(dir, f))) }));
}

function indicator(report: Pick<Report, 'indicators'>, id: string) {
  const i = report.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`no indicator ${id}`);
  return i;
}

function copySet(): string {
  const dir = tempDir();
  const into = join(dir, 'avtal');
  mkdirSync(into);
  for (const f of readdirSync(SET)) if (f.endsWith('.yaml')) copyFileSync(join(SET, f), join(into, f));
  return dir;
}

/** "| label | 8 av 20 | 40 % |" rows of a Markdown report → label → [8, 20]. */
function markdownCounts(md: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const line of md.split('\n')) {
    const m = /^\| (.+?) \| (\d+) av (\d+) \|/.exec(line);
    if (m) out.set(`${out.has(m[1]!) ? out.size + ':' : ''}${m[1]!}`, [Number(m[2]), Number(m[3])]);
  }
  return out;
}

describe('report (library)', () => {
  const report = buildReport(loadSet(), { asOf: new Date(2012, 9, 1) });

  it('reads all 20 agreements of the test set', () => {
    expect(report.files).toEqual({ total: 20, readable: 20, unreadable: 0 });
    expect(report.centres).toHaveLength(20);
  });

  for (const f of MAPPING) {
    it(`gives the mapping's ${f.id}: ${f.count} av ${f.of} (${f.page})`, () => {
      const i = indicator(report, f.id);
      expect([i.count, i.of]).toEqual([f.count, f.of]);
      expect(i.files).toHaveLength(f.count);
    });
  }

  it('counts a base activity listed as "nej" as not present', () => {
    const oxhagen = report.centres.find((c) => c.id === 'orebro-oxhagen')!;
    expect(oxhagen.basverksamheter.mödrahälsovård).toBe('nej');
    expect(oxhagen.typEnligtDefinition).toBe('familjecentralsliknande');
  });

  it('covers all 12 municipalities of Örebro län, inferred from the framework', () => {
    expect(report.coverage).toHaveLength(1);
    expect(report.coverage[0]!.region).toBe('orebro');
    expect(report.coverage[0]!.municipalities).toBe(12);
    expect(report.coverage[0]!.without).toEqual([]);
    expect(report.coverage[0]!.withAgreement.find((m) => m.kommun === 'Örebro')!.agreements).toBe(7);
  });

  it('lists the municipalities with no agreement at all', () => {
    const inputs = loadSet().filter((i) => !/^(10-nora|16-laxa)/.test(i.file));
    const r = buildReport(inputs, { asOf: new Date(2012, 9, 1) });
    expect(r.coverage[0]!.without).toEqual(['Laxå', 'Nora']);
  });

  it('judges validity as of the date: expired, and ending within six months', () => {
    expect(indicator(report, 'giltighet.utgånget').files).toEqual(['18-orebro-mikael.yaml']);
    expect(indicator(report, 'giltighet.löper_ut').files).toEqual(['19-lindesberg-frovi.yaml', '20-orebro-adolfsberg.yaml']);
    // Half a year later, the two that were ending have expired too.
    const later = buildReport(loadSet(), { asOf: new Date(2013, 3, 15) });
    expect(indicator(later, 'giltighet.utgånget').count).toBe(3);
  });

  it('counts an agreement whose extensions run past the date as in force', () => {
    const text = readFileSync(join(SET, '18-orebro-mikael.yaml'), 'utf8').replace('    till: 2012-06-30\n', '    till: 2012-06-30\n    förlängning: { år: 1, gånger: 2 }\n');
    const r = buildReport([{ file: 'x.yaml', validation: validateAgreementBytes(new TextEncoder().encode(text)) }], { asOf: new Date(2012, 9, 1) });
    expect(r.centres[0]!.giltigTill).toBe('2014-06-30');
    expect(r.centres[0]!.giltighet).toBe('gällande');
  });
});

describe('samverkan report (CLI)', () => {
  it('json: the mapping figures, and a documented shape', () => {
    const r = cli(['report', SET, '--as-of', AS_OF, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.version).toBe(1);
    expect(report.asOf).toBe(AS_OF);
    for (const f of MAPPING) expect([f.id, indicator(report, f.id).count, indicator(report, f.id).of]).toEqual([f.id, f.count, f.of]);
  });

  it('md: the mapping figures as "X av N" rows', () => {
    const json = JSON.parse(cli(['report', SET, '--as-of', AS_OF, '--format', 'json']).stdout) as Report;
    const r = cli(['report', SET, '--as-of', AS_OF, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Regional översikt');
    expect(r.stdout).toContain('0 av 12 kommuner saknar avtal.');
    const rows = markdownCounts(r.stdout);
    for (const f of MAPPING) {
      if (f.id.endsWith('.delvis')) continue; // the "– varav delvis" label repeats per activity; checked below
      expect([f.id, ...(rows.get(indicator(json, f.id).label) ?? [])]).toEqual([f.id, f.count, f.of]);
    }
    expect(r.stdout).toMatch(/\| Barnhälsovård \(BVC\) finns \| 17 av 20 \| 85 % \|\n\| – varav bara delvis samlokaliserad \| 10 av 17 \| 59 % \|/);
    expect(r.stdout).toMatch(/\| Mödrahälsovård \(BMM\) finns \| 12 av 20 \| 60 % \|\n\| – varav bara delvis samlokaliserad \| 6 av 12 \| 50 % \|/);
  });

  it('reports a broken file with file:line:col, counts it as unreadable, and still reports the rest', () => {
    const dir = copySet();
    writeFileSync(join(dir, 'avtal', '21-trasig.yaml'), 'ramverk: orebro-2010\navtal: {}\navtal: {}\n');
    const r = cli(['report', 'avtal', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^avtal\/21-trasig\.yaml:3:1 {2}\S/m);
    expect(r.stderr).toContain('1 av 21 filer kunde inte läsas');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files).toEqual({ total: 21, readable: 20, unreadable: 1 });
    expect(report.unreadable[0]!.file).toBe('avtal/21-trasig.yaml');
    expect(indicator(report, 'lokaler.gemensam_entré')).toMatchObject({ count: 8, of: 20 });
    const md = cli(['report', 'avtal', '--as-of', AS_OF], { cwd: dir }).stdout;
    expect(md).toContain('20 avtal (21 filer, 1 ej läsbara)');
    expect(md).toMatch(/## Ej läsbara filer\n\n- avtal\/21-trasig\.yaml:3:1: /);
  });

  it('writes rapport.<format> into -o and refuses to overwrite it without --force', () => {
    const dir = copySet();
    const first = cli(['report', 'avtal', '--as-of', AS_OF, '--format', 'json', '-o', 'ut'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('skrev ut/rapport.json\n');
    const written = readFileSync(join(dir, 'ut', 'rapport.json'), 'utf8');
    writeFileSync(join(dir, 'ut', 'rapport.json'), 'mitt eget');
    const again = cli(['report', 'avtal', '--as-of', AS_OF, '--format', 'json', '-o', 'ut'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('samverkan: ut/rapport.json: filen finns redan; ange --force för att skriva över den\n');
    expect(readFileSync(join(dir, 'ut', 'rapport.json'), 'utf8')).toBe('mitt eget');
    const forced = cli(['report', 'avtal', '--as-of', AS_OF, '--format', 'json', '-o', 'ut', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'ut', 'rapport.json'), 'utf8')).toBe(written);
    expect(readdirSync(join(dir, 'ut'))).toEqual(['rapport.json']);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const a = cli(['report', SET, '--as-of', AS_OF, '--format', 'json']).stdout;
    const b = cli(['report', SET, '--as-of', AS_OF, '--format', 'json']).stdout;
    expect(a).toBe(b);
  });

  it('refuses a date that is not YYYY-MM-DD, and a missing folder, with exit 2', () => {
    const bad = cli(['report', SET, '--as-of', '2012-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('samverkan: --as-of: "2012-13-01" är inte ett datum på formen ÅÅÅÅ-MM-DD\n');
    const missing = cli(['report', 'finns-inte/']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('finns-inte: filen eller mappen finns inte');
  });

  it('--region lists that county and marks agreements outside it', () => {
    const r = cli(['report', SET, '--as-of', AS_OF, '--region', 'skane', '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.coverage).toHaveLength(1);
    expect(report.coverage[0]!.name).toBe('Skåne län');
    expect(report.coverage[0]!.without).toHaveLength(33);
    expect(report.coverage[0]!.unknown).toHaveLength(20);
  });

  it('speaks English with --lang en', () => {
    const r = cli(['report', SET, '--as-of', AS_OF, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Common entrance to the base activities | 8 of 20 | 40% |');
    expect(r.stdout).toContain('20 agreements (20 files), as of 1 October 2012.');
  });
});
