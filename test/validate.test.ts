/**
 * validate: each bad input gives one clear message at the right line and
 * column, through the library and through the real CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreementBytes, validateAgreementText } from '../src/core/validate.js';
import { generatedFiles } from '../src/generated.js';
import { documentedPaths } from '../src/schema/reference.js';
import { AGREEMENTS, ROOT, cli, tempDir, mutate, lineOf } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);

function only(text: string) {
  const r = validateAgreementText(text);
  expect(r.valid).toBe(false);
  expect(r.diagnostics).toHaveLength(1);
  return r.diagnostics[0]!;
}

describe('validate (library)', () => {
  it('accepts the shipped example', () => {
    const r = validateAgreementText(EXAMPLE);
    expect(r.diagnostics).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.framework).toBe('skane-2018');
  });

  it('names a misspelt key once, with "menade du"', () => {
    const text = mutate(EXAMPLE, '\nsamtidighet:', '\nsamtidhet:');
    const d = only(text);
    expect(d.message).toBe('Okänd nyckel "samtidhet".');
    expect(d.hint).toBe('menade du "samtidighet"?');
    expect(d.position).toEqual({ line: lineOf(text, 'samtidhet:'), col: 1 });
    expect(d.pointer).toBe('/samtidhet');
  });

  it('rejects a time like 25:00 at its column', () => {
    const text = mutate(EXAMPLE, '{ dag: fredag, från: "08:00", till: "15:00" }', '{ dag: fredag, från: "08:00", till: "25:00" }');
    const d = only(text);
    expect(d.code).toBe('schema.time');
    expect(d.message).toContain('Ogiltig tid "25:00"');
    const line = lineOf(text, 'till: "25:00"');
    expect(d.position).toEqual({ line, col: text.split('\n')[line - 1]!.indexOf('"25:00"') + 1 });
  });

  it('accepts unquoted times', () => {
    const text = mutate(EXAMPLE, '{ dag: fredag, från: "08:00", till: "15:00" }', '{ dag: fredag, från: 08:00, till: 15:00 }');
    expect(validateAgreementText(text).valid).toBe(true);
  });

  it('rejects a till before its från', () => {
    const text = mutate(EXAMPLE, '{ dag: fredag, från: "08:00", till: "15:00" }', '{ dag: fredag, från: "15:00", till: "08:00" }');
    const d = only(text);
    expect(d.code).toBe('semantic.time-order');
    expect(d.message).toBe('Sluttiden 08:00 ligger inte efter starttiden 15:00.');
    expect(d.position?.line).toBe(lineOf(text, 'från: "15:00"'));
  });

  it('rejects an unsafe avtal.id', () => {
    const d = only(mutate(EXAMPLE, 'id: eslov-solrosen', 'id: ../../x'));
    expect(d.code).toBe('schema.slug');
    expect(d.message).toContain('Ogiltigt id "../../x"');
  });

  it('rejects an unknown ramverk with a suggestion', () => {
    const d = only(mutate(EXAMPLE, 'ramverk: skane-2018', 'ramverk: skane-2019'));
    expect(d.code).toBe('ramverk.unknown');
    expect(d.hint).toBe('menade du "skane-2014"?');
    expect(d.position?.line).toBe(lineOf(EXAMPLE, 'ramverk: skane-2018'));
  });

  it('reports a duplicate key where the second one stands', () => {
    const text = mutate(EXAMPLE, '  version: 2\n', '  version: 2\n  version: 3\n');
    const d = only(text);
    expect(d.code).toBe('yaml.duplicate-key');
    expect(d.position).toEqual({ line: lineOf(text, 'version: 3'), col: 3 });
  });

  it('reports YAML syntax errors with a position', () => {
    const text = mutate(EXAMPLE, 'syfte: >-', 'syfte: [oavslutad');
    const r = validateAgreementText(text);
    expect(r.valid).toBe(false);
    expect(r.diagnostics[0]!.code).toMatch(/^yaml\./);
    expect(r.diagnostics[0]!.position!.line).toBeGreaterThanOrEqual(lineOf(text, 'syfte: ['));
  });

  it('caps aliases (billion laughs)', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefg'.split('').map(
        (c, i) =>
          `${c}: &${c} [${Array(10)
            .fill('*' + 'abcdefg'[i])
            .join(', ')}]`,
      ),
    ].join('\n');
    const d = only(bomb + '\n');
    expect(d.code).toBe('yaml.alias-limit');
  });

  it.each([
    ['an empty file', '', 'source.empty', 'Filen är tom'],
    ['only comments', '# bara en kommentar\n', 'source.empty', 'Filen är tom'],
    ['a list at the root', '- a\n- b\n', 'yaml.root-not-mapping', 'inte en lista'],
    ['a scalar at the root', 'hej\n', 'yaml.root-not-mapping', 'inte text'],
    ['YAML 1.1', '%YAML 1.1\n---\nramverk: skane-2018\n', 'yaml.version', 'YAML 1.1 stöds inte'],
    ['a js/function tag', 'ramverk: !!js/function "x"\n', 'yaml.tag', '!!js/function'],
    ['a binary tag', 'ramverk: !!binary aGVq\n', 'yaml.tag', '!!binary'],
    ['two documents', 'a: 1\n---\nb: 2\n', 'yaml.multiple-documents', 'flera YAML-dokument'],
    ['tabs as indentation', 'avtal:\n\tid: x\n', 'yaml.tab-indent', 'indragen med tabbtecken'],
  ])('rejects %s', (_name, text, code, fragment) => {
    const d = only(text);
    expect(d.code).toBe(code);
    expect(d.message).toContain(fragment);
    expect(d.position).toBeDefined();
  });

  it.each([
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'source.utf16'],
    ['invalid UTF-8', new Uint8Array([...enc('a: 1\nb: '), 0x81, 0x28, 0x0a]), 'source.invalid-utf8'],
    ['ANSI (Windows-1252)', new Uint8Array([...enc('a: 1\nb: '), 0xe5, 0x0a]), 'source.ansi'],
    ['NUL bytes', new Uint8Array(64), 'source.nul'],
    ['a file over the size cap', enc('a: ' + 'x'.repeat(1024 * 1024) + '\n'), 'source.too-large'],
  ])('rejects %s', (_name, bytes, code) => {
    const r = validateAgreementBytes(bytes);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it('points invalid UTF-8 at its line and column', () => {
    const r = validateAgreementBytes(new Uint8Array([...enc('a: 1\nbå: '), 0x81, 0x28, 0x0a]));
    expect(r.diagnostics[0]!.position).toEqual({ line: 2, col: 5 });
  });

  it('speaks English when asked', () => {
    const r = validateAgreementText(mutate(EXAMPLE, '\nsamtidighet:', '\nsamtidhet:'), { lang: 'en' });
    expect(r.diagnostics[0]!.message).toBe('Unknown key "samtidhet".');
    expect(r.diagnostics[0]!.hint).toBe('did you mean "samtidighet"?');
  });

  it('a missing section is never a validation error; a wrong form still is', () => {
    const skane = validateAgreementText(mutate(EXAMPLE, '  delaktighet_och_inflytande:', '  delaktighet_och_inflytande_x:'));
    expect(skane.diagnostics.map((d) => d.code)).toContain('schema.unknown-key');
    // What a framework asks an agreement to contain is the checker's to judge (ej bedömt), not the schema's.
    const vg = validateAgreementText(mutate(mutate(EXAMPLE, 'ramverk: skane-2018', 'ramverk: vg-2024'), 'kommun: Eslöv', 'kommun: Borås'));
    expect(vg.diagnostics.filter((d) => d.severity === 'fel')).toEqual([]);
    const orebro = validateAgreementText(mutate(mutate(EXAMPLE, 'ramverk: skane-2018', 'ramverk: orebro-2010'), 'kommun: Eslöv', 'kommun: Karlskoga'));
    expect(orebro.diagnostics.filter((d) => d.severity === 'fel')).toEqual([]);
    // A section may be written `ingår inte` or `uppgift saknas`; any other text is refused with the two named.
    expect(validateAgreementText(mutate(EXAMPLE, '\nekonomi:\n', '\nekonomi: ingår inte\nx_ekonomi:\n')).diagnostics.map((d) => d.code)).toContain(
      'schema.unknown-key',
    );
    const wrong = validateAgreementText(EXAMPLE.replace(/\norganisation:\n( {2}.*\n)+/, '\norganisation: ingår ej\n'));
    expect(wrong.diagnostics.map((d) => d.message)).toContain('Ogiltigt värde "ingår ej" för organisation; tillåtna är ingår inte eller uppgift saknas.');
    const marked = validateAgreementText(EXAMPLE.replace(/\norganisation:\n( {2}.*\n)+/, '\norganisation: uppgift saknas\n'));
    expect(marked.diagnostics.filter((d) => d.severity === 'fel')).toEqual([]);
  });
});

describe('generated files', () => {
  it('schemas/ and docs/schema-reference.md are up to date (run npm run generate)', () => {
    for (const [path, content] of Object.entries(generatedFiles())) {
      expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(content);
    }
  });

  it('the reference page lists every key', () => {
    const page = readFileSync(join(ROOT, 'docs/schema-reference.md'), 'utf8');
    for (const path of documentedPaths()) expect(page).toContain(`| \`${path}\` |`);
  });
});

describe('samverkan validate (CLI)', () => {
  it('exits 0 on the shipped agreements', () => {
    const r = cli(['validate', 'agreements/']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ (fil|filer): \d+ (giltig|giltiga), 0 ogiltiga \(0 fel\)\.$/m);
  });

  it('prints file:line:col  message  (pointer) and exits 1', () => {
    const dir = tempDir();
    const file = join(dir, 'fel.yaml');
    writeFileSync(file, mutate(EXAMPLE, '\nsamtidighet:', '\nsamtidhet:'));
    const r = cli(['validate', 'fel.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = lineOf(readFileSync(file, 'utf8'), 'samtidhet:');
    expect(r.stdout).toContain(`fel.yaml:${line}:1  Okänd nyckel "samtidhet". — menade du "samtidighet"?  (/samtidhet)`);
    expect(r.stdout).toContain('1 fil: 0 giltiga, 1 ogiltig (1 fel).');
  });

  it('gives JSON with --format json and English with --lang en', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), '- lista\n');
    const r = cli(['validate', '--format', 'json', '--lang', 'en', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0]).toMatchObject({ file: 'a.yaml', valid: false });
    expect(doc.files[0].diagnostics[0]).toMatchObject({ code: 'yaml.root-not-mapping', line: 1, col: 1 });
    expect(doc.files[0].diagnostics[0].message).toContain('must be a mapping');
  });

  it('exits 2 with a clear message for a missing file, never a stack trace', () => {
    const r = cli(['validate', 'finns-inte.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('samverkan: finns-inte.yaml: filen eller mappen finns inte\n');
  });

  it('exits 2 for usage errors in Swedish', () => {
    const r = cli(['valdate', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("okänt kommando 'valdate'");
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('--version prints the version package.json gives', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('lists every command in Swedish, in the order they are used', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}([\p{L}|]+) \[flaggor\]/gmu)].map((m) => m[1]);
    expect(listed).toEqual(['new', 'validate', 'check', 'render', 'report', 'jämför|diff', 'editor']);
    expect(r.stdout).not.toMatch(/\[options\]|\[command\]/);
  });

  it('has help in Swedish and English with an example', () => {
    const sv = cli(['validate', '--help']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain('Användning: samverkan validate [flaggor] <filer...>');
    expect(sv.stdout).toContain('Exempel:');
    const en = cli(['validate', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: samverkan validate [options] <filer...>');
    expect(en.stdout).toContain('Examples:');
  });
});

describe('an empty value', () => {
  it('is one "fill it in" message naming the allowed values, at the key', () => {
    const text = mutate(EXAMPLE, 'samlokaliserad: delvis', 'samlokaliserad:');
    const d = only(text);
    expect(d.code).toBe('schema.missing-value');
    expect(d.message).toBe('Värde saknas för basverksamheter[4].samlokaliserad: fyll i helt, delvis eller nej.');
    expect(d.position?.line).toBe(lineOf(text, 'samlokaliserad:\n'));
  });
});

describe('an organisation number', () => {
  it('with a wrong check digit is refused at its value', () => {
    const text = mutate(EXAMPLE, 'organisationsnummer: 212000-1132', 'organisationsnummer: 212000-1133');
    const d = only(text);
    expect(d.code).toBe('semantic.orgnr-check-digit');
    expect(d.message).toBe('Organisationsnumret 212000-1133 har fel kontrollsiffra; kontrollera numret mot Bolagsverket eller organisationens webbplats.');
    expect(d.position?.line).toBe(lineOf(text, '212000-1133'));
  });
});
