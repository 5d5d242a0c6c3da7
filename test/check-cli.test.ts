/**
 * `samverkan check` through the CLI (in-process, and the real bin where a process matters): every output format, the exit codes
 * of --fail-on, --as-of, an invalid file among valid ones, usage errors.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { format } from 'date-fns/format';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENTS, ROOT, cli, cliInProcess, tempDir, mutate, lineOf } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');

/** Socialtjänst only on Wednesday afternoons: the schedules never overlap, yet 6 hours are declared. */
const NO_OVERLAP = mutate(
  mutate(EXAMPLE, 'id: eslov-solrosen', 'id: eslov-solrosen-utan-samtidighet'),
  '      - { dag: tisdag, från: "09:00", till: "12:00" }\n      - { dag: torsdag, från: "09:00", till: "12:00" }\n\nsamtidighet',
  '      - { dag: onsdag, från: "13:00", till: "16:00" }\n\nsamtidighet',
);
const INVALID = mutate(EXAMPLE, '\nsamtidighet:', '\nsamtidhet:');

let dir: string;
beforeAll(() => {
  dir = tempDir('samverkan-check-');
  copyFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), join(dir, 'a-eslov.yaml'));
  writeFileSync(join(dir, 'b-utan-samtidighet.yaml'), NO_OVERLAP);
  writeFileSync(join(dir, 'c-ogiltig.yaml'), INVALID);
});

// In-process (the same `run` the bin calls); the shipped folder, a waiver and determinism run the real bin.
const run = (args: string[]) => cliInProcess(['check', ...args], { cwd: dir });

describe('samverkan check: text', () => {
  it('with --alla lists each rule with file:line:col, outcome, source and a summary; exit 0 when clean', async () => {
    const r = await run(['a-eslov.yaml', '--as-of', '2026-11-23', '--alla']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Granskning per 23 november 2026');
    expect(r.stdout).toContain('a-eslov.yaml: Familjecentralen Solrosen (skane-2018@2)');
    const line = lineOf(EXAMPLE, 'timmar_per_vecka: 6') - 1; // the samtidighet: key
    expect(r.stdout).toMatch(new RegExp(`a-eslov\\.yaml:${line}:1 +uppfyllt +fel +gemensam\\.samtidighet: Närvaroschemana ger 6 timmar`));
    expect(r.stdout).toMatch(/a-eslov\.yaml:\d+:21 +ej uppfyllt +varning +gemensam\.samlokalisering: Förebyggande socialtjänst är bara delvis samlokaliserad/);
    expect(r.stdout).toMatch(
      /\n {2}\[\d+\] Region Skåne: Vägledning för familjecentraler – uppföljning och ersättning \(frameworks\.md §2\.1 rad skane\.verksamhetsplan/,
    );
    expect(r.stdout).toContain('Summering: 30 regler: 28 uppfyllda, 1 ej uppfylld, 0 ej bedömda (0 fel, 1 varning, 0 info), 0 undantagna, 1 ej tillämplig.');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 avtal (1 granskat): GODKÄNT.');
  });

  it('by default lists only what needs action, counts the rest in the summary, and names each source once', async () => {
    const r = await run(['a-eslov.yaml', 'b-utan-samtidighet.yaml', '--as-of', '2026-11-23']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/:\d+:\d+ {2}uppfyllt /);
    expect(r.stdout).toMatch(
      /a-eslov\.yaml:\d+:21 +ej uppfyllt +varning +gemensam\.samlokalisering: Förebyggande socialtjänst är bara delvis samlokaliserad.* \[1\]\n/,
    );
    expect(r.stdout).toMatch(/b-utan-samtidighet\.yaml:\d+:21 +ej uppfyllt +varning +gemensam\.samlokalisering: .* \[1\]\n/);
    expect(r.stdout).toContain('  Summering: 30 regler: 28 uppfyllda, 1 ej uppfylld, 0 ej bedömda (0 fel, 1 varning, 0 info), 0 undantagna, 1 ej tillämplig.');
    expect(r.stdout).toContain('Uppfyllda och ej tillämpliga regler räknas i summeringen; visa varje utfall med --alla.');
    const sources = r.stdout.slice(r.stdout.indexOf('\nKällor:\n'));
    expect(sources).toMatch(/^\nKällor:\n {2}\[1\] Föreningen för familjecentralers främjande \(FFFF\): Vad är en familjecentral\?/);
    expect(r.stdout.split('Vad är en familjecentral?').length - 1).toBe(1);
    expect(r.stdout).not.toContain('Källa:');
  });

  it('catches schedules that do not overlap although 6 hours are declared: exit 1, at the line', async () => {
    const r = await run(['b-utan-samtidighet.yaml', '--as-of', '2026-11-23']);
    expect(r.code).toBe(1);
    const line = lineOf(NO_OVERLAP, 'timmar_per_vecka: 6');
    // The declared hours and each declared session outside the overlap, each at its own line.
    expect(r.stdout).toContain(
      [
        `  b-utan-samtidighet.yaml:${line}:21  ej uppfyllt  fel      gemensam.samtidighet: 3 brister: [2]`,
        `      b-utan-samtidighet.yaml:${line}:21  Avtalet anger 6 timmar samtidighet per vecka, men basverksamheternas närvaroscheman överlappar bara 0 timmar (ingen).`,
        `      b-utan-samtidighet.yaml:${line + 2}:7  Tillfället tisdag 09:00–12:00 ligger utanför den tid då alla basverksamheter är på plats (ingen).`,
        `      b-utan-samtidighet.yaml:${line + 3}:7  Tillfället torsdag 09:00–12:00 ligger utanför den tid då alla basverksamheter är på plats (ingen).`,
      ].join('\n'),
    );
    expect(r.stdout).toContain('UNDERKÄNT');
  });

  it('reports an invalid file as invalid with its validation message, and still checks the rest', async () => {
    const r = await run(['.', '--as-of', '2026-11-23']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('c-ogiltig.yaml: ogiltigt avtal – granskas inte förrän valideringsfelen är rättade:');
    expect(r.stdout).toContain(`c-ogiltig.yaml:${lineOf(INVALID, 'samtidhet:')}:1  Okänd nyckel "samtidhet". — menade du "samtidighet"?  (/samtidhet)`);
    expect(r.stdout).toContain('a-eslov.yaml: Familjecentralen Solrosen (skane-2018@2)');
    expect(r.stdout).toContain('b-utan-samtidighet.yaml: Familjecentralen Solrosen (skane-2018@2)');
    expect(r.stdout).toContain('3 avtal (2 granskade, 1 ogiltigt): UNDERKÄNT');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['b-utan-samtidighet.yaml', '--as-of', '2026-11-23', '--lang', 'en']);
    expect(r.stdout).toContain('Check as of 23 November 2026');
    expect(r.stdout).toContain('not met  error    gemensam.samtidighet: 3 failures: [2]');
    expect(r.stdout).toContain(
      ":21  The agreement declares 6 hours of simultaneity per week, but the base activities' presence schedules overlap only 0 hours (none).",
    );
    expect(r.stdout).toContain('FAILED');
  });
});

describe('samverkan check: --fail-on and --as-of', () => {
  it('--fail-on varning fails on a warning that --fail-on fel lets pass', async () => {
    expect((await run(['a-eslov.yaml', '--as-of', '2026-11-23'])).code).toBe(0);
    expect((await run(['a-eslov.yaml', '--as-of', '2026-11-23', '--fail-on', 'fel'])).code).toBe(0);
    const r = await run(['a-eslov.yaml', '--as-of', '2026-11-23', '--fail-on', 'varning']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('UNDERKÄNT, 1 med brister på nivån "varning" eller högre');
  });

  it('judges as of the given date: expired after 31 December 2030', async () => {
    const r = await run(['a-eslov.yaml', '--as-of', '2031-01-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('gemensam.giltighet: Avtalet har löpt ut: det gällde till 31 december 2030');
    expect(r.stdout).toContain('skane.verksamhetsplan: Verksamhetsplanen gäller 2026; per 1 januari 2031 krävs en plan för 2031.');
  });

  it('checks as of today without --as-of', async () => {
    const r = await run(['a-eslov.yaml', '--format', 'json']);
    expect(JSON.parse(r.stdout).asOf).toBe(format(new Date(), 'yyyy-MM-dd'));
  });

  it('a bad --as-of date is a usage error with a Swedish message (exit 2)', async () => {
    for (const bad of ['2026-02-30', '2026-13-01', '1/2/2026', 'i morgon']) {
      const r = await run(['a-eslov.yaml', '--as-of', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`samverkan: ogiltigt datum för --as-of: "${bad}"; ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15\n`);
    }
  });

  it('a missing file or an unknown --fail-on is a usage error (exit 2)', async () => {
    const missing = await run(['finns-inte.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('finns-inte.yaml: filen eller mappen finns inte');
    const badLevel = await run(['a-eslov.yaml', '--fail-on', 'info']);
    expect(badLevel.code).toBe(2);
    expect(badLevel.stderr).toBe('samverkan: ogiltigt värde för --fail-on <nivå>; tillåtna är fel, varning\n');
  });

  it('the shipped agreements: the ones written to be deficient fail, the others pass', () => {
    const r = cli(['check', 'agreements/', '--as-of', '2026-11-23', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    const failing = doc.files.filter((f: { findings: { failing: boolean }[] }) => f.findings.some((x) => x.failing)).map((f: { file: string }) => f.file);
    expect(failing).toEqual(['agreements/trelleborg-fyren.yaml']);
    expect(doc.files.every((f: { valid: boolean }) => f.valid)).toBe(true);
    expect(r.code).toBe(1);
  });
});

describe('samverkan check: json', () => {
  it('has the documented shape', async () => {
    const r = await run(['.', '--as-of', '2026-11-23', '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['version', 'asOf', 'failOn', 'passed', 'files', 'summary']);
    expect(doc).toMatchObject({ version: 2, asOf: '2026-11-23', failOn: 'fel', passed: false });
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(['a-eslov.yaml', 'b-utan-samtidighet.yaml', 'c-ogiltig.yaml']);
    const [ok, bad, invalid] = doc.files;
    expect(Object.keys(ok)).toEqual(['file', 'valid', 'ramverk', 'name', 'ruleset', 'validation', 'findings', 'notes', 'summary']);
    expect(ok).toMatchObject({ valid: true, ramverk: 'skane-2018', name: 'Familjecentralen Solrosen', ruleset: 'skane-2018@2', validation: [] });
    expect(ok.summary).toMatchObject({ rules: 30, fel: 0, varning: 1, info: 0 });
    const f = bad.findings.find((x: { ruleId: string }) => x.ruleId === 'gemensam.samtidighet');
    expect(Object.keys(f)).toEqual([
      'ruleId',
      'title',
      'severity',
      'outcome',
      'failing',
      'message',
      'pointer',
      'line',
      'col',
      'range',
      'locations',
      'citation',
      'waiver',
      'parameters',
    ]);
    const line = lineOf(NO_OVERLAP, 'timmar_per_vecka: 6');
    expect(f).toMatchObject({ severity: 'fel', outcome: 'ej_uppfyllt', failing: true, pointer: '/samtidighet/timmar_per_vecka', line, col: 21, waiver: null });
    // `timmar_per_vecka: 6`: the value 6 is column 21, and the range ends just after it.
    expect(f.range).toEqual({ start: { line, col: 21 }, end: { line, col: 22 } });
    expect(f.locations.map((l: { pointer: string; line: number }) => [l.pointer, l.line])).toEqual([
      ['/samtidighet/timmar_per_vecka', line],
      ['/samtidighet/tillfällen/0', line + 2],
      ['/samtidighet/tillfällen/1', line + 3],
    ]);
    expect(Object.keys(f.citation)).toEqual(['document', 'section', 'url']);
    expect(invalid).toMatchObject({ valid: false, ruleset: null, findings: [], summary: null });
    expect(invalid.validation[0]).toMatchObject({ code: 'schema.unknown-key', severity: 'fel', pointer: '/samtidhet', hint: 'menade du "samtidighet"?' });
    expect(doc.summary).toMatchObject({ files: 3, checked: 2, invalid: 1, rules: 60 });
  });

  it('the shape is documented in docs/check-json.md', () => {
    const docs = readFileSync(join(ROOT, 'docs/check-json.md'), 'utf8');
    for (const key of [
      'version',
      'asOf',
      'failOn',
      'passed',
      'files',
      'ruleset',
      'validation',
      'findings',
      'ruleId',
      'outcome',
      'failing',
      'citation',
      'waiver',
      'parameters',
      'notes',
      'summary',
    ]) {
      expect(docs, key).toContain(`\`${key}\``);
    }
  });
});

describe('samverkan check: junit', () => {
  it('parses as JUnit XML with testsuites, testcase and failure', async () => {
    const r = await run(['.', '--as-of', '2026-11-23', '--format', 'junit']);
    expect(r.code).toBe(1);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level: string, msg: string) => errors.push(`${level}: ${msg}`) }).parseFromString(r.stdout, 'text/xml');
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.nodeName).toBe('testsuites');
    const suites = Array.from(root.getElementsByTagName('testsuite'));
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(['a-eslov.yaml', 'b-utan-samtidighet.yaml', 'c-ogiltig.yaml']);
    const cases = Array.from(root.getElementsByTagName('testcase'));
    expect(Number(root.getAttribute('tests'))).toBe(cases.length);
    const failures = Array.from(root.getElementsByTagName('failure'));
    expect(Number(root.getAttribute('failures'))).toBe(failures.length);
    // The clean agreement: 30 cases, none failing (its warning is below --fail-on).
    expect(suites[0]!.getAttribute('tests')).toBe('30');
    expect(suites[0]!.getAttribute('failures')).toBe('0');
    // The non-overlapping one fails on samtidighet, with severity and the message.
    const samtidighet = Array.from(suites[1]!.getElementsByTagName('testcase')).find((c) => c.getAttribute('name')?.startsWith('gemensam.samtidighet'))!;
    const failure = samtidighet.getElementsByTagName('failure')[0]!;
    expect(failure.getAttribute('type')).toBe('fel');
    expect(failure.getAttribute('message')).toContain('Avtalet anger 6 timmar samtidighet per vecka');
    expect(samtidighet.getAttribute('line')).toBe(String(lineOf(NO_OVERLAP, 'timmar_per_vecka: 6')));
    // The invalid file is one failing case named validering.
    const invalid = suites[2]!.getElementsByTagName('testcase');
    expect(invalid.length).toBe(1);
    expect(invalid[0]!.getAttribute('name')).toBe('validering');
    expect(invalid[0]!.getElementsByTagName('failure')[0]!.textContent).toContain('Okänd nyckel "samtidhet"');
  });

  it('waived rules are skipped, not hidden', () => {
    const waived = `${EXAMPLE}\navvikelser:\n  - { regel: gemensam.samlokalisering, skäl: Ombyggnad av socialtjänstens lokaler, godkänd_av: Styrgruppen, till: 2027-06-30 }\n`;
    const d = tempDir('samverkan-waiver-');
    writeFileSync(join(d, 'undantag.yaml'), waived);
    const r = cli(['check', 'undantag.yaml', '--as-of', '2026-11-23', '--format', 'junit', '--fail-on', 'varning'], { cwd: d });
    expect(r.code).toBe(0);
    const doc = new DOMParser().parseFromString(r.stdout, 'text/xml');
    // Skipped: the waived rule, and the previous year's report in the agreement's first year (not applicable).
    const skipped = Array.from(doc.getElementsByTagName('skipped')).map((x) => x.getAttribute('message') ?? '');
    expect(skipped.filter((m) => m.startsWith('undantaget:'))).toHaveLength(1);
    expect(skipped.find((m) => m.startsWith('undantaget:'))).toContain('undantaget: Förebyggande socialtjänst är bara delvis samlokaliserad');
    const text = cli(['check', 'undantag.yaml', '--as-of', '2026-11-23'], { cwd: d });
    expect(text.stdout).toMatch(/undantaget +varning +gemensam\.samlokalisering/);
    expect(text.stdout).toContain('1 undantagen');
  });
});

describe('samverkan check: sarif', () => {
  it('validates against the SARIF 2.1.0 schema and lists every rule with its help URI', async () => {
    const r = await run(['.', '--as-of', '2026-11-23', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    // The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04; ajv reads it without the draft-04 meta keys).
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);

    expect(log.version).toBe('2.1.0');
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.length).toBeGreaterThanOrEqual(35);
    for (const rule of rules.filter((x: { id: string }) => x.id !== 'samverkan.validering')) expect(rule.helpUri).toMatch(/^https?:\/\//);
    const results = log.runs[0].results;
    const s = results.find(
      (x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.ruleId === 'gemensam.samtidighet' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'b-utan-samtidighet.yaml',
    );
    expect(s.level).toBe('error');
    const line = lineOf(NO_OVERLAP, 'timmar_per_vecka: 6');
    expect(s.locations[0].physicalLocation.region).toEqual({ startLine: line, startColumn: 21, endLine: line, endColumn: 22 });
    expect(s.relatedLocations.map((l: { physicalLocation: { region: { startLine: number } } }) => l.physicalLocation.region.startLine)).toEqual([
      line,
      line + 2,
      line + 3,
    ]);
    expect(rules[s.ruleIndex].id).toBe('gemensam.samtidighet');
    expect(results.some((x: { ruleId: string }) => x.ruleId === 'samverkan.validering')).toBe(true);
  });
});

describe('samverkan check: markdown', () => {
  it('is a report with a table per agreement', async () => {
    const r = await run(['.', '--as-of', '2026-11-23', '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# Granskning av samverkansavtal\n/);
    expect(r.stdout).toContain('## a-eslov.yaml – Familjecentralen Solrosen');
    expect(r.stdout).toContain('| Utfall | Nivå | Regel | Rad | Meddelande | Källa |');
    expect(r.stdout).toContain('| ❌ ej uppfyllt **!** | fel | `gemensam.samtidighet` Angiven samtidighet stöds av närvaroschemana |');
    expect(r.stdout).toContain('## c-ogiltig.yaml');
    expect(r.stdout).toContain('**Ogiltigt avtal**');
  });

  it('is byte-identical on a second run', () => {
    const a = cli(['check', '.', '--as-of', '2026-11-23', '--format', 'markdown'], { cwd: dir }).stdout;
    const b = cli(['check', '.', '--as-of', '2026-11-23', '--format', 'markdown'], { cwd: dir }).stdout;
    expect(a).toBe(b);
  });
});
