/**
 * Golden validation messages: what `validateAgreementText` says, in Swedish
 * and in English, about broken and hostile agreements — one small change to
 * the shipped Eslöv example per case, aimed at each diagnostic code in
 * src/core/messages.ts (source, YAML, schema, semantic), every line of the
 * example broken six ways (`lineCases`), plus the shipped
 * agreements and fixtures, which must give no error. Each line: code,
 * severity, line:column, pointer, then both messages (and the hint, if any).
 *
 * The expected text is test/core-diagnostics.golden.txt; after an intended
 * change rewrite it with
 *   SAMVERKAN_UPDATE_MESSAGES=1 npx vitest run test/core-diagnostics.test.ts
 * and READ the diff. Each case is its own test, so mutation testing runs
 * only the cases that reach a changed line.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostic.js';
import { validateAgreementBytes, validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS, FIXTURES, ROOT, mutate, parseGolden, place } from './helpers.js';

const GOLDEN = join(ROOT, 'test/core-diagnostics.golden.txt');
const UPDATE = process.env.SAMVERKAN_UPDATE_MESSAGES === '1';
const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);

/** A change to the example: the text to find once and what to put instead. */
const edit = (from: string, to: string) => mutate(EXAMPLE, from, to);

const CASES: [string, string | Uint8Array][] = [
  // source
  ['tom fil', ''],
  ['bara blanksteg', '   \n\n'],
  ['NUL-tecken', new Uint8Array([0x72, 0x3a, 0x00, 0x0a])],
  ['ANSI (Windows-1252)', new Uint8Array([...enc('syfte: caf'), 0xe9, 0x0a])],
  ['UTF-16', new Uint8Array([0xff, 0xfe, ...Array.from(enc('ramverk: skane-2018\n')).flatMap((b) => [b, 0])])],
  ['ogiltig UTF-8', new Uint8Array([...enc('ramverk: '), 0xc3, 0x28, 0x0a])],
  // YAML
  ['en lista i stället för nycklar', '- 1\n- 2\n'],
  ['dubblerad nyckel', edit('syfte: >-', 'syfte: Dubbel.\nsyfte: >-')],
  ['tabb som indrag', edit('  id: eslov-solrosen', '\tid: eslov-solrosen')],
  ['fel indrag', edit('  version: 2', '   version: 2')],
  ['listpunkt med fel indrag', edit('  - id: kommun', '   - id: kommun')],
  ['kolon i text', edit('  adress: Storgatan 1, 241 30 Eslöv', '  adress: Storgatan 1: 241 30 Eslöv')],
  ['citattecken först i text', edit('  upptagningsområde: Eslövs tätort med omnejd', '  upptagningsområde: "Eslövs" tätort med omnejd')],
  ['citattecken som inte stängs', edit('  upptagningsområde: Eslövs tätort med omnejd', '  upptagningsområde: "Eslövs tätort med omnejd')],
  ['hakparentes som inte stängs', edit('      - { yrke: barnmorska, tjänstgöringsgrad: 0.8 }', '      - { yrke: barnmorska, tjänstgöringsgrad: 0.8')],
  ['kolon saknas', edit('  namn: Familjecentralen Solrosen', '  namn Familjecentralen Solrosen')],
  ['inklistrad löptext', edit('ramverk: skane-2018', 'ramverk: skane-2018\nDetta är en mening som klistrats in utan nyckel och som fortsätter.')],
  ['YAML-tagg', 'ramverk: !!js/function "function () {}"\n'],
  ['för många alias', `a: &a [x]\n${Array.from({ length: 120 }, (_, i) => `k${i}: *a`).join('\n')}\n`],
  ['för djup nästling', `ramverk: ${'['.repeat(100)}${']'.repeat(100)}\n`],
  ['YAML-version', `%YAML 1.1\n---\n${EXAMPLE}`],
  ['flera dokument', `${EXAMPLE}---\nramverk: skane-2018\n`],
  ['kommentar i värde', edit('  upptagningsområde: Eslövs tätort med omnejd', '  upptagningsområde: Eslövs tätort # med omnejd')],
  ['klockslag som timme', edit('torsdag, från: "08:00", till: "12:00" }', 'torsdag, från: 8, till: "12:00" }')],
  ['osynligt tecken', edit('  namn: Familjecentralen Solrosen', '  namn: Familjecentralen\u200b Solrosen')],
  // ramverk and schema
  ['ramverk saknas', edit('ramverk: skane-2018 ', '# ramverk: skane-2018 ')],
  ['okänt ramverk', edit('ramverk: skane-2018 ', 'ramverk: skane-2019 ')],
  ['obligatoriskt avsnitt saknas', edit('  namn: Familjecentralen Solrosen\n', '')],
  ['värde saknas', edit('  namn: Familjecentralen Solrosen', '  namn:')],
  ['okänd nyckel med förslag', edit('  adress: Storgatan 1', '  adres: Storgatan 1')],
  ['fel typ', edit('  version: 2', '  version: två')],
  ['okänt val', edit('    samlokaliserad: helt        # helt', '    samlokaliserad: kanske      # helt')],
  ['ogiltigt klockslag', edit('torsdag, från: "08:00", till: "12:00" }', 'torsdag, från: "25:00", till: "12:00" }')],
  ['ogiltigt datum', edit('    från: 2026-01-01', '    från: 2026-02-30')],
  ['årtal utanför rimligt spann', edit('    från: 2026-01-01', '    från: 1026-01-01')],
  ['ogiltigt id', edit('  id: eslov-solrosen', '  id: "../../x"')],
  ['reserverat id', edit('  id: eslov-solrosen', '  id: con')],
  ['ogiltigt organisationsnummer', edit('organisationsnummer: 232100-0255', 'organisationsnummer: 2321000255x')],
  ['under minimum', edit('  personalmöten_per_år: 10', '  personalmöten_per_år: -1')],
  ['över maximum', edit('tjänstgöringsgrad: 0.8 }', 'tjänstgöringsgrad: 80 }')],
  [
    'tom lista',
    edit(
      'mål:                            # familjecentralens gemensamma mål, inte en enskild parts\n  - Alla förstagångsföräldrar i upptagningsområdet erbjuds föräldragrupp under graviditeten.\n  - Fler familjer med behov av stöd nås tidigt genom gemensamma hembesök från BVC och socialtjänst.',
      'mål: []',
    ),
  ],
  ['tom text', edit('  namn: Familjecentralen Solrosen', '  namn: ""')],
  // semantic
  ['tider i fel ordning', edit('torsdag, från: "08:00", till: "12:00" }', 'torsdag, från: "13:00", till: "12:00" }')],
  ['slutdatum före startdatum', edit('    till: 2028-12-31', '    till: 2025-12-31')],
  ['fel kontrollsiffra i organisationsnummer', edit('organisationsnummer: 232100-0255', 'organisationsnummer: 232100-0256')],
  ['dubblerad part', edit('  - id: kommun', '  - id: region')],
  ['okänd part med förslag', edit('    anställd_av: kommun', '    anställd_av: komun')],
  ['dubblerad basverksamhet', edit('  - verksamhet: barnhälsovård', '  - verksamhet: mödrahälsovård')],
  ['okänd kommun', edit('  kommun: Eslöv', '  kommun: Eslövv')],
];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

function line(sv: Diagnostic, en: Diagnostic | undefined): string {
  const hint = sv.hint ? `\n  sv-tips: ${sv.hint}\n  en-tips: ${en?.hint}` : '';
  return `${sv.code} ${sv.severity} ${place(sv.position)} ${sv.pointer ?? ''}\n  sv: ${sv.message}\n  en: ${en?.message}${hint}`;
}

function describeInput(input: string | Uint8Array): string {
  const run = (lang: 'sv' | 'en') => (typeof input === 'string' ? validateAgreementText(input, { lang }) : validateAgreementBytes(input, { lang }));
  const sv = run('sv');
  const en = run('en');
  expect(en.diagnostics.map((d) => d.code)).toEqual(sv.diagnostics.map((d) => d.code));
  const head = `${sv.valid ? 'giltigt' : 'ogiltigt'}${sv.framework ? ` ${sv.framework}` : ''}`;
  return [head, ...sv.diagnostics.map((d, i) => line(d, en.diagnostics[i]))].join('\n');
}

/**
 * Every line of the example broken in the ways officers break lines: the colon
 * left out, a tab or one space too many as indent, a quote not closed, the
 * value left empty, the line written twice. What the officer reads for each.
 */
function lineCases(): [string, string][] {
  const lines = EXAMPLE.split('\n');
  const out: [string, string][] = [];
  const at = (i: number, replaced: string[]) => [...lines.slice(0, i), ...replaced, ...lines.slice(i + 1)].join('\n');
  for (const [i, text] of lines.entries()) {
    const body = text.trim();
    if (body === '' || body.startsWith('#')) continue;
    const indent = text.length - text.trimStart().length;
    const colon = text.indexOf(': ');
    const n = `rad ${i + 1}`;
    if (colon > 0) {
      out.push([`${n} utan kolon`, at(i, [text.slice(0, colon) + text.slice(colon + 1)])]);
      out.push([`${n} citattecken som inte stängs`, at(i, [`${text.slice(0, colon + 2)}"${text.slice(colon + 2)}`])]);
      out.push([`${n} utan värde`, at(i, [text.slice(0, colon + 1)])]);
    }
    if (indent > 0) out.push([`${n} tabb som indrag`, at(i, [`\t${text.slice(indent)}`])]);
    out.push([`${n} ett blanksteg till`, at(i, [` ${text}`])]);
    out.push([`${n} två gånger`, at(i, [text, text])]);
  }
  return out;
}

const ALL: [string, string | Uint8Array][] = [
  ...CASES,
  ...lineCases(),
  ...[...files(AGREEMENTS), ...files(FIXTURES)].map((f): [string, Uint8Array] => [relative(ROOT, f), new Uint8Array(readFileSync(f))]),
];
const golden = existsSync(GOLDEN) ? parseGolden(readFileSync(GOLDEN, 'utf8')) : new Map<string, string>();
const actual = new Map<string, string>();

describe('validation messages (golden: test/core-diagnostics.golden.txt)', () => {
  it('has a golden section for each case and no stale ones', () => {
    if (!UPDATE) expect([...golden.keys()]).toEqual(ALL.map(([t]) => t));
  });

  for (const [title, input] of ALL) {
    it(title, () => {
      const text = describeInput(input);
      actual.set(title, text);
      if (!UPDATE) expect(text).toBe(golden.get(title));
    });
  }

  afterAll(() => {
    if (!UPDATE || actual.size !== ALL.length) return;
    const body = ALL.map(([t]) => `## ${t}\n${actual.get(t)}\n`).join('\n');
    writeFileSync(
      GOLDEN,
      `# Every validation message, in Swedish and English (test/core-diagnostics.test.ts).\n# Rewrite: SAMVERKAN_UPDATE_MESSAGES=1 npx vitest run test/core-diagnostics.test.ts — then read the diff.\n\n${body}`,
    );
  });
});
