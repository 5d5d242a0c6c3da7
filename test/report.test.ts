/**
 * report: a key-counting regression test on the Örebro test set, in every
 * format; broken files are counted, never stop the report.
 *
 * What this is and is not: the 20 agreements in test/fixtures/orebro-mapping/
 * are synthetic, written by generate.mjs from the very figures the mapping
 * (shared/domain/sources/003_…) gives, so that each YAML key is set in as many
 * files as the mapping counts. The tests therefore show that the report counts
 * those keys (and derives its indicators from them) as docs/report.md says,
 * and keep it doing so; they are not an independent reproduction of the
 * mapping from real agreements, which the mapping does not name.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateAgreementBytes } from '../src/core/validate.js';
import { buildReport, type ReportInput } from '../src/report/build.js';
import type { Report } from '../src/report/types.js';
import { FIXTURES, cli, cliInProcess, tempDir } from './helpers.js';

const SET = join(FIXTURES, 'orebro-mapping');
const AS_OF = '2012-10-01';

/** The figures the fixtures were generated from (the mapping's, with its page): indicator id → count of of. */
const MAPPING: { id: string; count: number; of: number; page: string }[] = [
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

describe('report (library): key counts on the generated Örebro set', () => {
  const report = buildReport(loadSet(), { asOf: new Date(2012, 9, 1) });

  it('reads all 20 agreements of the test set', () => {
    expect(report.files).toEqual({ total: 20, readable: 20, unreadable: 0, duplicates: 0 });
    expect(report.centres).toHaveLength(20);
  });

  for (const f of MAPPING) {
    it(`counts ${f.id} in ${f.count} of ${f.of} files, as generated from the mapping (${f.page})`, () => {
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
    const text = readFileSync(join(SET, '18-orebro-mikael.yaml'), 'utf8').replace(
      '    till: 2012-06-30\n',
      '    till: 2012-06-30\n    förlängning: { år: 1, gånger: 2 }\n',
    );
    const r = buildReport([{ file: 'x.yaml', validation: validateAgreementBytes(new TextEncoder().encode(text)) }], { asOf: new Date(2012, 9, 1) });
    expect(r.centres[0]!.giltigTill).toBe('2014-06-30');
    expect(r.centres[0]!.giltighet).toBe('gällande');
  });
});

describe('samverkan report (CLI)', () => {
  it('json: the generated key counts, and a documented shape', async () => {
    const r = await cliInProcess(['report', SET, '--as-of', AS_OF, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.version).toBe(2);
    expect(report.asOf).toBe(AS_OF);
    for (const f of MAPPING) expect([f.id, indicator(report, f.id).count, indicator(report, f.id).of]).toEqual([f.id, f.count, f.of]);
  });

  it('md: the generated key counts as "X av N" rows', async () => {
    const json = JSON.parse((await cliInProcess(['report', SET, '--as-of', AS_OF, '--format', 'json'])).stdout) as Report;
    const r = await cliInProcess(['report', SET, '--as-of', AS_OF, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Regional översikt');
    expect(r.stdout).toContain('0 av 12 kommuner saknar avtal.');
    const rows = markdownCounts(r.stdout);
    for (const f of MAPPING) {
      if (f.id.endsWith('.delvis')) continue; // the "– varav delvis" label repeats per activity; checked below
      expect([f.id, ...(rows.get(indicator(json, f.id).label) ?? [])]).toEqual([f.id, f.count, f.of]);
    }
    expect(r.stdout).toMatch(/\| Barnhälsovård \(BHV\) finns \| 17 av 20 \| 85 % \|\n\| – varav bara delvis samlokaliserad \| 10 av 17 \| 59 % \|/);
    expect(r.stdout).toMatch(/\| Mödrahälsovård \(MHV\) finns \| 12 av 20 \| 60 % \|\n\| – varav bara delvis samlokaliserad \| 6 av 12 \| 50 % \|/);
  });

  it('reports a broken file with file:line:col, counts it as unreadable, and still reports the rest', async () => {
    const dir = copySet();
    writeFileSync(join(dir, 'avtal', '21-trasig.yaml'), 'ramverk: orebro-2010\navtal: {}\navtal: {}\n');
    const r = await cliInProcess(['report', 'avtal', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^avtal\/21-trasig\.yaml:3:1 {2}\S/m);
    expect(r.stderr).toContain('1 av 21 filer kunde inte läsas');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files).toEqual({ total: 21, readable: 20, unreadable: 1, duplicates: 0 });
    expect(report.unreadable[0]!.file).toBe('avtal/21-trasig.yaml');
    expect(indicator(report, 'lokaler.gemensam_entré')).toMatchObject({ count: 8, of: 20 });
    const md = (await cliInProcess(['report', 'avtal', '--as-of', AS_OF], { cwd: dir })).stdout;
    expect(md).toContain('20 avtal (21 filer, 1 ej läsbara)');
    expect(md).toMatch(/## Ej läsbara filer\n\n- avtal\/21-trasig\.yaml:3:1: /);
  });

  it('writes rapport.<format> into -o and refuses to overwrite it without --force', async () => {
    const dir = copySet();
    const first = await cliInProcess(['report', 'avtal', '--as-of', AS_OF, '--format', 'json', '-o', 'ut'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('skrev ut/rapport.json\n');
    const written = readFileSync(join(dir, 'ut', 'rapport.json'), 'utf8');
    writeFileSync(join(dir, 'ut', 'rapport.json'), 'mitt eget');
    const again = await cliInProcess(['report', 'avtal', '--as-of', AS_OF, '--format', 'json', '-o', 'ut'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('samverkan: ut/rapport.json: filen finns redan; ange --force för att skriva över den\n');
    expect(readFileSync(join(dir, 'ut', 'rapport.json'), 'utf8')).toBe('mitt eget');
    const forced = await cliInProcess(['report', 'avtal', '--as-of', AS_OF, '--format', 'json', '-o', 'ut', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'ut', 'rapport.json'), 'utf8')).toBe(written);
    expect(readdirSync(join(dir, 'ut'))).toEqual(['rapport.json']);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const a = cli(['report', SET, '--as-of', AS_OF, '--format', 'json']).stdout;
    const b = cli(['report', SET, '--as-of', AS_OF, '--format', 'json']).stdout;
    expect(a).toBe(b);
  });

  it('refuses a date that is not YYYY-MM-DD, and a missing folder, with exit 2', async () => {
    const bad = await cliInProcess(['report', SET, '--as-of', '2012-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('samverkan: ogiltigt datum för --as-of: "2012-13-01"; ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15\n');
    const missing = await cliInProcess(['report', 'finns-inte/']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('finns-inte: filen eller mappen finns inte');
  });

  it('--region lists that county and marks agreements outside it', async () => {
    const r = await cliInProcess(['report', SET, '--as-of', AS_OF, '--region', 'skane', '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.coverage).toHaveLength(1);
    expect(report.coverage[0]!.name).toBe('Skåne län');
    expect(report.coverage[0]!.without).toHaveLength(33);
    expect(report.coverage[0]!.unknown).toHaveLength(20);
  });

  it('speaks English with --lang en', async () => {
    const r = await cliInProcess(['report', SET, '--as-of', AS_OF, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Common entrance to the base activities | 8 of 20 | 40% |');
    expect(r.stdout).toContain('20 agreements (20 files), as of 1 October 2012.');
  });
});

/** The principöverenskommelse's obligations that the mapping judges, as the checker's rules count them. */
const MAPPING_RULES: { ruleId: string; count: number; of: number; page: string }[] = [
  { ruleId: 'gemensam.samordnare', count: 10, of: 20, page: 's. 6: "ska parterna gemensamt utse en samordnare …, något som endast finns på tio"' },
  { ruleId: 'gemensam.kompetensutveckling', count: 17, of: 20, page: 's. 6: "samverkan av personalutveckling sker på 17"' },
  { ruleId: 'gemensam.personalmoten', count: 19, of: 20, page: 's. 5: "alla utom en … gemensamma personalmöten"' },
];

describe('report: the checker per rule', () => {
  it('counts, per rule, the agreements that meet it (json and md)', async () => {
    const report = JSON.parse((await cliInProcess(['report', SET, '--as-of', AS_OF, '--format', 'json'])).stdout) as Report;
    expect(report.checked).toBe(true);
    for (const m of MAPPING_RULES) {
      const t = report.rules.find((r) => r.ruleId === m.ruleId)!;
      expect([m.ruleId, t.uppfyllt, t.of]).toEqual([m.ruleId, m.count, m.of]);
      expect(indicator(report, `regel.${m.ruleId}`)).toMatchObject({ count: m.count, of: m.of, group: 'regler' });
    }
    // The one expired agreement (as of 2012-10-01) fails the validity rule.
    expect(report.rules.find((r) => r.ruleId === 'gemensam.giltighet')!.ejUppfylltFiles).toEqual([
      `${SET.replace(/^.*\/test\//, 'test/')}/18-orebro-mikael.yaml`,
    ]);
    const md = (await cliInProcess(['report', SET, '--as-of', AS_OF])).stdout;
    expect(md).toMatch(/\| Samordnare \| gemensam\.samordnare \| varning \| 10 av 20 \| 50 % \| 0 \|/);
  });
});

/** A CSV as Swedish Excel reads it: BOM, semicolons, CRLF, "quoted ""fields""". */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const body = text.slice(1);
  expect(body.endsWith('\r\n')).toBe(true);
  expect(body.replace(/\r\n/g, '')).not.toMatch(/\n/);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** The mapping's figures counted from the per-centre table (csv): column header → predicate. */
function figuresFromTable(header: string[], rows: string[][]): Record<string, [number, number]> {
  const col = (h: string) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return rows.map((r) => r[i]!);
  };
  const count = (xs: string[], p: (x: string) => boolean) => xs.filter(p).length;
  const present = (x: string) => x === 'helt' || x === 'delvis';
  const act = (h: string): [[number, number], [number, number]] => {
    const xs = col(h);
    const n = count(xs, present);
    return [
      [n, rows.length],
      [count(xs, (x) => x === 'delvis'), n],
    ];
  };
  const [bmm, bmmDelvis] = act('MHV');
  const [bvc, bvcDelvis] = act('BHV');
  const entre = col('Gemensam entré');
  const byggnad = col('Samma byggnad');
  return {
    'lokaler.gemensam_entré': [count(entre, (x) => x === 'ja'), rows.length],
    'lokaler.samma_byggnad_utan_entré': [byggnad.filter((x, i) => x === 'ja' && entre[i] !== 'ja').length, rows.length],
    'basverksamhet.öppen_förskola': act('ÖF')[0],
    'basverksamhet.socialtjänst': act('Soc')[0],
    'basverksamhet.barnhälsovård': bvc,
    'basverksamhet.barnhälsovård.delvis': bvcDelvis,
    'basverksamhet.mödrahälsovård': bmm,
    'basverksamhet.mödrahälsovård.delvis': bmmDelvis,
    'typ.definition.ingen': [count(col('Typ enligt definition'), (x) => x === 'ingen av dem'), rows.length],
    'organisation.ledningsgrupp': [count(col('Ledningsgrupp'), (x) => x === 'ja'), rows.length],
    'organisation.personalmöten': [count(col('Personalmöten/år'), (x) => /^[1-9]\d*$/.test(x)), rows.length],
    'organisation.samordnare': [count(col('Samordnare'), (x) => x !== 'nej'), rows.length],
    'organisation.verksamhetsplan': [count(col('Verksamhetsplan'), (x) => /^\d{4}$/.test(x)), rows.length],
    'organisation.brukarenkät': [count(col('Brukarenkät'), (x) => x === 'årlig' || x === 'vartannat år'), rows.length],
    'organisation.kompetensutveckling': [count(col('Kompetensutveckling'), (x) => x === 'ja'), rows.length],
  };
}

/** "<td>label</td><td class="num">8 av 20</td>" rows of the HTML, in order → [label, 8, 20]. */
function htmlCounts(html: string): [string, number, number][] {
  return [...html.matchAll(/<tr(?: class="sub")?><td>([^<]+)<\/td><td class="num">(\d+) av (\d+)<\/td>/g)].map((m) => [
    m[1]!.replace(/&amp;/g, '&'),
    Number(m[2]),
    Number(m[3]),
  ]);
}

describe('report formats: the mapping figures in html, csv and docx', () => {
  let json: Report;
  beforeAll(async () => {
    json = JSON.parse((await cliInProcess(['report', SET, '--as-of', AS_OF, '--format', 'json'])).stdout) as Report;
  });

  it('html: one self-contained file, lang="sv", a bar chart per indicator, a print stylesheet', async () => {
    const r = await cliInProcess(['report', SET, '--as-of', AS_OF, '--format', 'html']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    // Nothing fetched: no scripts, stylesheets, images, fonts or imports from anywhere.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(|@font-face/i);
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4 landscape;');
    const rows = htmlCounts(html);
    const labels = rows.map((r) => r[0]);
    for (const f of MAPPING) {
      // A "– varav delvis" row follows its activity's row.
      const at = f.id.endsWith('.delvis')
        ? labels.indexOf(indicator(json, f.id.replace(/\.delvis$/, '')).label) + 1
        : labels.indexOf(indicator(json, f.id).label);
      expect([f.id, rows[at]![0], rows[at]![1], rows[at]![2]]).toEqual([f.id, indicator(json, f.id).label, f.count, f.of]);
    }
    // A bar per indicator and per rule, each labelled for screen readers.
    const bars = html.match(/<svg class="bar"[^>]*aria-label="\d+ av \d+ \([^"]+\)"/g) ?? [];
    expect(bars.length).toBe(json.indicators.length + json.coverage.length);
    expect(html).toContain('aria-label="8 av 20 (40 %)"');
    expect(html).toContain('<td class="col-barnhälsovård delvis">delvis</td>');
  });

  it('csv: the per-centre table as Swedish Excel reads it, giving the mapping figures', async () => {
    const r = await cliInProcess(['report', SET, '--as-of', AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(rows).toHaveLength(20);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    const figures = figuresFromTable(header!, rows);
    for (const f of MAPPING) expect([f.id, ...figures[f.id]!]).toEqual([f.id, f.count, f.of]);
    // Decimal comma, and Swedish words.
    expect(rows[0]![header!.indexOf('Samordnare')]).toBe('0,5');
    expect(rows[0]![header!.indexOf('Kommun')]).toBe('Örebro');
  });

  it('csv: fields are quoted when they must be, and formulas are defused', async () => {
    const { csvField } = await import('../src/report/csv.js');
    expect(csvField('Familjecentralen Solrosen')).toBe('Familjecentralen Solrosen');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Huset "Solen"')).toBe('"Huset ""Solen"""');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('0,5')).toBe('0,5');
  });

  it('docx: the mapping figures in the text (mammoth), opens in LibreOffice, byte-identical twice', async () => {
    const dir = tempDir();
    const a = cli(['report', SET, '--as-of', AS_OF, '--format', 'docx', '-o', join(dir, 'a')]);
    const b = cli(['report', SET, '--as-of', AS_OF, '--format', 'docx', '-o', join(dir, 'b')]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const bytes = readFileSync(join(dir, 'a', 'rapport.docx'));
    expect(bytes.equals(readFileSync(join(dir, 'b', 'rapport.docx')))).toBe(true);
    const { default: mammoth } = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    const paras = text
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const after = (label: string, from = 0) => paras[paras.indexOf(label, from) + 1];
    expect(paras[0]).toBe('Regional översikt: lokala samverkansavtal för familjecentraler');
    for (const f of MAPPING) {
      const ind = indicator(json, f.id);
      const at = f.id.endsWith('.delvis') ? paras.indexOf(indicator(json, f.id.replace(/\.delvis$/, '')).label) + 3 : paras.indexOf(ind.label);
      expect([f.id, paras[at], paras[at + 1]]).toEqual([f.id, ind.label, `${f.count} av ${f.of}`]);
    }
    expect(after('Samordnare (gemensam.samordnare)')).toBe('varning');
    expect(text).toContain('0 av 12 kommuner saknar avtal.');

    // LibreOffice opens it, and reads the same figures.
    const { spawnSync } = await import('node:child_process');
    const { pathToFileURL } = await import('node:url');
    const out = join(dir, 'lo');
    const lo = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'txt:Text',
        '--outdir',
        out,
        join(dir, 'a', 'rapport.docx'),
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(lo.status).toBe(0);
    const loText = readFileSync(join(out, 'rapport.txt'), 'utf8');
    expect(loText).toContain('Gemensam entré till basverksamheterna');
    expect(loText).toContain('Familjecentralen Vivalla');
    const loParas = loText
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    for (const f of MAPPING.filter((m) => !m.id.endsWith('.delvis'))) {
      const i = loParas.indexOf(indicator(json, f.id).label);
      expect([f.id, loParas[i + 1]]).toEqual([f.id, `${f.count} av ${f.of}`]);
    }
  });

  it('docx needs -o', async () => {
    const r = await cliInProcess(['report', SET, '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format docx behöver -o <mapp>');
  });
});
