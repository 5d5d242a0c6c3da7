/**
 * The library as another program uses it: only the public entry
 * (src/index.ts), in this process, on the shipped examples. Each result is
 * what a user notices (findings, exit status, text in the .docx), and each
 * formatter's output must be byte for byte what the CLI prints for the same
 * input, so the library and the CLI cannot drift apart.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { AGREEMENTS, cli, cliInProcess, FIXTURES, ROOT, tempDir } from './helpers.js';

const AS_OF = '2026-11-23';
const AS_OF_DATE = new Date(2026, 10, 23);
const FILES = readdirSync(AGREEMENTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
/** The examples as the CLI names them when run from the repository. */
const loaded = api.loadAgreements(
  FILES.map((f) => ({ file: `agreements/${f}`, source: bytesOf(join(AGREEMENTS, f)) })),
  { lang: 'sv' },
);
const one = (name: string): api.LoadedFile => loaded.find((l) => l.file === `agreements/${name}`)!;

/** The text of a .docx's body, paragraph by paragraph. */
function docxText(bytes: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']!);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

describe('load: one error policy, every problem a diagnostic', () => {
  it('reads every shipped example as a valid agreement', () => {
    expect(loaded.map((l) => [l.file, l.result.valid])).toEqual(FILES.map((f) => [`agreements/${f}`, true]));
    expect(one('eslov-solrosen.yaml').result.agreement!.familjecentral.namn).toBe('Familjecentralen Solrosen');
  });

  it('turns unreadable bytes, a bad encoding, YAML and schema errors into diagnostics, never an exception', () => {
    const unreadable = api.loadAgreement({ unreadable: 'åtkomst nekad' });
    expect(unreadable.valid).toBe(false);
    expect(unreadable.diagnostics).toEqual([{ code: 'io.not-readable', severity: 'fel', message: 'åtkomst nekad', pointer: '' }]);
    const latin1 = api.loadAgreement(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(latin1.diagnostics[0]).toMatchObject({ severity: 'fel', position: { line: 1, col: 4 } });
    expect(latin1.diagnostics[0]!.code).toMatch(/^source\./);
    const yaml = api.loadAgreement('avtal: [\n');
    expect(yaml.diagnostics[0]!.code).toMatch(/^yaml\./);
    expect(yaml.diagnostics[0]!.position).toEqual({ line: 1, col: 8 });
    const schema = api.loadAgreement('ramverk: skane-2018\n', { lang: 'en' });
    expect(schema.valid).toBe(false);
    expect(schema.diagnostics.map((d) => d.code)).toContain('schema.required');
  });

  it('marks the second file with the same avtal.id, naming the first', () => {
    const text = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
    const [first, second] = api.loadAgreements([
      { file: 'a.yaml', source: text },
      { file: 'b.yaml', source: text },
    ]);
    expect(first!.result.valid).toBe(true);
    expect(second!.result.valid).toBe(false);
    const dup = second!.result.diagnostics.find((d) => d.code === 'avtal.id-dubblett')!;
    expect(dup.message).toBe('Samma avtal.id "eslov-solrosen" som i a.yaml.');
    expect(dup.position?.line).toBe(text.split('\n').findIndex((l) => l.trimStart().startsWith('id: eslov-solrosen')) + 1);
  });
});

describe('validate and check: the same words and exit status as the CLI', () => {
  it('validate: every registry format prints what `samverkan validate` prints', async () => {
    const results = api.validationResults(loaded);
    expect(api.validateStatus(results)).toBe(api.EXIT.ok);
    for (const format of api.VALIDATE_FORMATS) {
      const r = await cliInProcess(['validate', 'agreements/', '--format', format]);
      expect(api.VALIDATE_FORMATTERS[format](results, { lang: 'sv' }), format).toBe(r.stdout);
      expect(r.code).toBe(api.validateStatus(results));
    }
  });

  const report = api.checkFiles(loaded, { asOf: AS_OF_DATE, lang: 'sv' });

  it('finds what is wrong in Trelleborg Fyren and fails the run', () => {
    const fyren = report.files.find((f) => f.file === 'agreements/trelleborg-fyren.yaml')!.result!;
    expect(fyren.ruleset).toBe('skane-2018@2');
    const samtidighet = fyren.findings.find((f) => f.ruleId === 'skane.samtidighet')!;
    expect(samtidighet.outcome).toBe('ej_uppfyllt');
    expect(samtidighet.message).toContain('överlappar 2 timmar per vecka (måndag 13:00–15:00)');
    expect(api.checkStatus(report)).toBe(api.EXIT.findings);
    expect(api.checkStatus(api.checkFiles([one('eslov-solrosen.yaml')], { asOf: AS_OF_DATE }))).toBe(api.EXIT.ok);
  });

  it('check: every registry format prints what `samverkan check --format <f>` prints', async () => {
    for (const format of api.CHECK_FORMATS) {
      const r = await cliInProcess(['check', 'agreements/', '--as-of', AS_OF, '--format', format]);
      expect(await api.CHECK_FORMATTERS[format](report, { lang: 'sv' }), format).toBe(r.stdout);
      expect(r.code, format).toBe(api.checkStatus(report));
    }
  }, 60_000);
});

describe('the final-version gate', () => {
  it('refuses Trelleborg Fyren with the same lines as `render --slutlig`', async () => {
    const fyren = one('trelleborg-fyren.yaml');
    const check = api.checkAgreement(fyren.result.agreement!, { asOf: AS_OF_DATE, locate: fyren.result.locate });
    const gate = api.finalGate(check);
    if (gate.allowed) throw new Error('Trelleborg Fyren must not pass the gate');
    expect(gate.blocking.map((f) => f.ruleId)).toEqual([
      'gemensam.samtidighet',
      'skane.samtidighet',
      'skane.gemensamt_foraldrastod',
      'skane.gemensam_utvardering',
      'skane.verksamhetsplan',
      'skane.verksamhetsberattelse',
    ]);
    const r = await cliInProcess(['render', 'agreements/trelleborg-fyren.yaml', '--slutlig', '-o', tempDir(), '--as-of', AS_OF]);
    expect(r.code).toBe(1);
    expect(api.finalRefusalLines(fyren.file, gate, 'sv').join('\n') + '\n').toBe(r.stderr);
  });

  it('lets Eslöv Solrosen through and records the outcome in the document', () => {
    const check = api.checkAgreement(one('eslov-solrosen.yaml').result.agreement!, { asOf: AS_OF_DATE });
    const gate = api.finalGate(check);
    if (!gate.allowed) throw new Error('Eslöv Solrosen must pass the gate');
    expect(gate.final).toEqual(api.finalOutcome(check));
    expect(gate.final.outcome).toMatch(/^0 fel i innehållet, \d+ varningar, \d+ undantagna, \d+ uppfyllda av \d+ regler$/);
  });
});

describe('render', () => {
  const request = { asOf: AS_OF, final: true, lang: 'sv' as const };

  it('decides per file as the CLI does: a final document for a clean agreement, a refusal for a failing one', () => {
    const decided = new Map<string, string>();
    const kinds = loaded.map((l) => api.decideRender(l.file, l.result, request, decided).kind);
    expect(kinds).toEqual(FILES.map((f) => (f === 'trelleborg-fyren.yaml' ? 'refused' : 'render')));
    const again = api.decideRender('kopia.yaml', one('eslov-solrosen.yaml').result, request, decided);
    expect(again).toMatchObject({ kind: 'duplicate', status: api.EXIT.findings });
  });

  it('writes the same bytes as `samverkan render --slutlig`, with "För underskrift" in the document', async () => {
    const solrosen = one('eslov-solrosen.yaml');
    const decision = api.decideRender(solrosen.file, solrosen.result, request, new Map());
    if (decision.kind !== 'render') throw new Error(`expected a document, got ${decision.kind}`);
    const rendered = await api.renderAgreement(decision.agreement, {
      templates: api.BUNDLED_TEMPLATES,
      asOf: AS_OF,
      ...(decision.final ? { final: decision.final } : {}),
    });
    expect(rendered.templateProblems).toEqual([]);
    const text = docxText(rendered.bytes!);
    expect(text).toContain('LOKALT SAMVERKANSAVTAL\nför Familjecentralen Solrosen\n');
    expect(text).toContain('För underskrift');
    expect(text).not.toContain('UTKAST');
    const out = tempDir();
    const r = await cliInProcess(['render', 'agreements/eslov-solrosen.yaml', '--slutlig', '-o', out, '--as-of', AS_OF]);
    expect(r.code).toBe(0);
    expect(Buffer.from(readFileSync(join(out, decision.fileName))).equals(Buffer.from(rendered.bytes!))).toBe(true);
    const blocks = api.agreementBlocks(decision.agreement, { templates: api.BUNDLED_TEMPLATES, asOf: AS_OF, final: decision.final! }).map(api.blockText);
    expect(blocks).toContain('För underskrift');
  }, 60_000);

  it('never replaces a file that samverkan did not write unchanged, unless forced', () => {
    expect(api.overwriteDecision(undefined, false, 'ut/a.docx', 'sv')).toEqual({ write: true, overwrite: false, replacedIntact: false });
    expect(api.overwriteDecision('intact', false, 'ut/a.docx', 'sv')).toEqual({ write: true, overwrite: true, replacedIntact: true });
    expect(api.overwriteDecision('changed', true, 'ut/a.docx', 'sv')).toEqual({ write: true, overwrite: true, replacedIntact: false });
    const refused = api.overwriteDecision('changed', false, 'ut/a.docx', 'en');
    expect(refused).toMatchObject({ write: false, status: api.EXIT.findings });
    expect(!refused.write && refused.line).toBe(
      'ut/a.docx: the file has been changed since samverkan wrote it (e.g. in Word) and is not overwritten. Save it under another name, or run again with --force to replace it.',
    );
  });
});

describe('report', () => {
  const report = api.reportFiles(loaded, { asOf: AS_OF_DATE, lang: 'sv' });

  it('counts every example and passes', () => {
    expect(report.files).toEqual({ total: FILES.length, readable: FILES.length, unreadable: 0, duplicates: 0 });
    expect(api.reportStatus(loaded.map((l) => api.reportInput(l, { asOf: AS_OF_DATE })))).toBe(api.EXIT.ok);
    expect(api.unreadableNote(report, 'sv')).toBeUndefined();
  });

  it('every text format prints what `samverkan report --format <f>` prints, and docx writes the same bytes', async () => {
    const out = tempDir();
    for (const format of api.REPORT_FORMATS) {
      const formatted = await api.REPORT_FORMATTERS[format](report, {});
      if (api.BINARY_REPORT_FORMATS.has(format)) {
        const dir = join(out, format);
        mkdirSync(dir);
        expect((await cliInProcess(['report', 'agreements/', '--as-of', AS_OF, '--format', format, '-o', dir])).code).toBe(0);
        expect(Buffer.from(readFileSync(join(dir, `rapport.${format}`))).equals(Buffer.from(formatted as Uint8Array)), format).toBe(true);
        expect(docxText(formatted as Uint8Array)).toContain('Familjecentralen Solrosen');
        continue;
      }
      const r = await cliInProcess(['report', 'agreements/', '--as-of', AS_OF, '--format', format]);
      expect(formatted, format).toBe(r.stdout);
      expect(r.code).toBe(0);
    }
  }, 90_000);

  it('an unreadable file is counted, named and fails the run', () => {
    const withBad = [...loaded, { file: 'trasig.yaml', result: api.loadAgreement({ unreadable: 'åtkomst nekad' }) }];
    const inputs = withBad.map((l) => api.reportInput(l, { asOf: AS_OF_DATE }));
    const r = api.buildReport(inputs, { asOf: AS_OF_DATE });
    expect(r.unreadable.map((u) => u.file)).toEqual(['trasig.yaml']);
    expect(api.unreadableNote(r, 'sv')).toBe(`1 av ${FILES.length + 1} filer kunde inte läsas och räknas som ej läsbara i rapporten.`);
    expect(api.reportStatus(inputs)).toBe(api.EXIT.findings);
  });
});

describe('compare', () => {
  const v2 = join(FIXTURES, 'compare/solrosen-v2.yaml');
  const v3 = join(FIXTURES, 'compare/solrosen-v3.yaml');
  const side = (path: string, file: string) => {
    const c = api.comparable({ file, result: api.loadAgreement(bytesOf(path)) }, 'sv');
    if (!c.ok) throw new Error(c.lines.join('\n'));
    return c.side;
  };
  const result = api.compareAgreements(side(v2, 'test/fixtures/compare/solrosen-v2.yaml'), side(v3, 'test/fixtures/compare/solrosen-v3.yaml'), {
    asOf: AS_OF_DATE,
    lang: 'sv',
  });

  it('finds the obligations the new version no longer meets, and fails', () => {
    expect(result.obligations.filter((o) => o.movement === 'försämrad').length).toBeGreaterThan(0);
    expect(api.compareStatus(result)).toBe(api.EXIT.findings);
  });

  it('every registry format prints what `samverkan jämför --format <f>` prints', async () => {
    for (const format of api.COMPARE_FORMATS) {
      const r = await cliInProcess([
        'jämför',
        'test/fixtures/compare/solrosen-v2.yaml',
        'test/fixtures/compare/solrosen-v3.yaml',
        '--as-of',
        AS_OF,
        '--format',
        format,
      ]);
      expect(await api.COMPARE_FORMATTERS[format](result, { lang: 'sv' }), format).toBe(r.stdout);
      expect(r.code).toBe(api.compareStatus(result));
    }
  }, 60_000);

  it('refuses an invalid version with its errors and what to do', () => {
    const c = api.comparable({ file: 'x.yaml', result: api.loadAgreement('ramverk: skane-2018\n') }, 'sv');
    expect(c.ok).toBe(false);
    expect(!c.ok && c.lines.at(-1)).toBe('x.yaml: ogiltigt avtal – kan inte jämföras förrän valideringsfelen är rättade');
  });
});

describe('new', () => {
  it('plans the skeleton `samverkan new` writes, and refuses what it refuses with the same words', async () => {
    const plan = api.planNewAgreement({ ramverk: 'skane-2018', kommun: 'eslöv', namn: 'Familjecentralen Blåklinten', typ: 'familjecentralsliknande' });
    expect(plan).toEqual({
      ok: true,
      id: 'eslov-familjecentralen-blaklinten',
      skeleton: { framework: 'skane-2018', kommun: 'Eslöv', namn: 'Familjecentralen Blåklinten', typ: 'familjecentralsliknande' },
    });
    const wrong = api.planNewAgreement({ ramverk: 'skane-2018', kommun: 'Borås', namn: 'X' });
    if (wrong.ok) throw new Error('Borås is not in Skåne');
    const r = await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Borås', '--namn', 'X'], { cwd: tempDir() });
    expect(r.stderr).toBe(`samverkan: ${wrong.message}\n`);
    expect(wrong.message).toContain('(menade du --ramverk vg-2024?)');
    expect(r.code).toBe(2);
  });
});

describe("the CLI offers exactly the registries' formats", () => {
  const choices = (command: string): string[] => {
    const help = cli([command, '--help'], { env: { COLUMNS: '200' } }).stdout.replace(/\s+/g, ' ');
    const m = /--format <format> utdataformat \(val: ([^;]*); standard: ([a-z]+)\)/.exec(help)!;
    const names = m[1]!.split(', ');
    expect(m[2], `${command}: the default is the registry's first format`).toBe(names[0]);
    return names;
  };

  it('validate, check, report and jämför list the registry names in its order, the first the default', () => {
    expect(choices('validate')).toEqual(api.VALIDATE_FORMATS);
    expect(choices('check')).toEqual(api.CHECK_FORMATS);
    expect(choices('report')).toEqual(api.REPORT_FORMATS);
    expect(choices('jämför')).toEqual(api.COMPARE_FORMATS);
  });
});

describe('docs/api.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
  const example = /## Exempel[\s\S]*?```js\n([\s\S]*?)```[\s\S]*?Utskrift:\n\n```\n([\s\S]*?)```/.exec(doc);

  it('its example is a real program that prints what the document says', () => {
    expect(example).not.toBeNull();
    const [, code, shown] = example!;
    const dir = tempDir();
    const script = join(dir, 'example.mjs');
    // The example imports the package by name; here that is the built library of this checkout.
    expect(code).toContain("from 'samverkan';");
    writeFileSync(script, code!.replace("from 'samverkan';", `from '${pathToFileURL(join(ROOT, 'dist/index.js')).href}';`));
    const r = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(shown);
  });

  it('names every function the entry exports that the CLI uses for policy', () => {
    for (const name of [
      'loadAgreement',
      'loadAgreements',
      'checkFiles',
      'checkStatus',
      'finalGate',
      'finalOutcome',
      'decideRender',
      'overwriteDecision',
      'reportFiles',
      'reportStatus',
      'comparable',
      'compareStatus',
      'planNewAgreement',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
      expect(doc, name).toContain(`\`${name}(`);
    }
  });
});
