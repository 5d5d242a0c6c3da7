/**
 * Every failure at once, each at its place; every diagnostic with a range.
 *
 * Agreements that miss several things at once (built from the Eslöv example by
 * mutation): each rule reports every failure it finds, each with the line it
 * is on, so an officer can fix them all in one go. And the ranges: a
 * diagnostic's range starts where its position is and ends just after the
 * characters it concerns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../src/check/index.js';
import type { Finding } from '../src/check/types.js';
import type { Diagnostic } from '../src/core/diagnostic.js';
import { validateAgreementText } from '../src/core/validate.js';
import type { CheckReport } from '../src/format/check-report.js';
import { formatCheckJson } from '../src/format/check-json.js';
import { formatCheckJunit } from '../src/format/check-junit.js';
import { formatCheckMarkdown } from '../src/format/check-markdown.js';
import { formatCheckSarif } from '../src/format/check-sarif.js';
import { formatCheckText } from '../src/format/check-text.js';
import { AGREEMENTS, lineOf, mutate } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const AS_OF = new Date(2026, 10, 23);

/** The finding of one rule for an agreement text (which must be valid). */
function finding(text: string, ruleId: string, lang: 'sv' | 'en' = 'sv'): Finding {
  const v = validateAgreementText(text, { lang });
  expect(v.diagnostics.filter((d) => d.severity === 'fel')).toEqual([]);
  const r = checkAgreement(v.agreement!, { asOf: AS_OF, lang, locate: v.locate, locateRange: v.locateRange });
  return r.findings.find((f) => f.ruleId === ruleId)!;
}

/** Each place of a finding as [line, what is wrong there]. */
const places = (f: Finding) => (f.locations ?? []).map((l) => [l.position?.line, l.message]);

/** The text of line `n` (1-based). */
const lineText = (text: string, n: number) => text.split('\n')[n - 1]!;

describe('a rule that finds several failures reports every one, at its line', () => {
  it('gemensam.underskrift_datum: both late signatures, not only the first', () => {
    let text = mutate(EXAMPLE, 'ort: Lund, datum: 2025-12-01', 'ort: Lund, datum: 2026-02-01');
    text = mutate(text, 'ort: Eslöv, datum: 2025-12-03', 'ort: Eslöv, datum: 2026-03-05');
    const f = finding(text, 'gemensam.underskrift_datum');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.message).toContain('Anna Andersson (region) undertecknade 1 februari 2026');
    expect(f.message).toContain('Bertil Berg (kommun) undertecknade 5 mars 2026');
    expect(places(f)).toEqual([
      [lineOf(text, 'datum: 2026-02-01'), 'Anna Andersson (region) undertecknade 1 februari 2026, efter 1 januari 2026.'],
      [lineOf(text, 'datum: 2026-03-05'), 'Bertil Berg (kommun) undertecknade 5 mars 2026, efter 1 januari 2026.'],
    ]);
    // Each place is the date itself: its range covers exactly the ten characters of the date.
    const second = f.locations![1]!;
    expect(lineText(text, second.range!.start.line).slice(second.range!.start.col - 1, second.range!.end.col - 1)).toBe('2026-03-05');
  });

  it('gemensam.underskrifter: a party that has not signed and a signature without a date, each at its entry', () => {
    let text = mutate(EXAMPLE, '  - { part: kommun, namn: Bertil Berg, titel: Förvaltningschef, ort: Eslöv, datum: 2025-12-03 }\n', '');
    text = mutate(text, 'ort: Lund, datum: 2025-12-01 }', 'ort: Lund }');
    const f = finding(text, 'gemensam.underskrifter');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(places(f)).toEqual([
      [lineOf(text, '  - id: kommun'), 'Eslövs kommun (kommun) har inte undertecknat avtalet.'],
      [lineOf(text, 'namn: Anna Andersson'), 'Underskriften av Anna Andersson (region) saknar datum.'],
    ]);
  });

  it('gemensam.bemanning: two base activities without staff, each at its own bemanning', () => {
    let text = mutate(EXAMPLE, '{ yrke: barnmorska, tjänstgöringsgrad: 0.8 }', '{ yrke: barnmorska, tjänstgöringsgrad: 0 }');
    text = mutate(
      text,
      '{ yrke: BVC-sjuksköterska, tjänstgöringsgrad: 1.5 }\n      - { yrke: läkare, tjänstgöringsgrad: 0.1 }',
      '{ yrke: BVC-sjuksköterska, tjänstgöringsgrad: 0 }',
    );
    const f = finding(text, 'gemensam.bemanning');
    expect(f.outcome).toBe('ej_uppfyllt');
    const bemanning = text.split('\n').flatMap((l, i) => (l === '    bemanning:' ? [i + 1] : []));
    expect(places(f)).toEqual([
      [bemanning[0], 'Mödrahälsovård (MHV) saknar bemanning: ange yrke och tjänstgöringsgrad under bemanning.'],
      [bemanning[1], 'Barnhälsovård (BHV) saknar bemanning: ange yrke och tjänstgöringsgrad under bemanning.'],
    ]);
    expect(f.position?.line).toBe(bemanning[0]);
  });

  it('gemensam.samordnare: a post of 0 and a cost split that is not 100 %, in one finding', () => {
    let text = mutate(EXAMPLE, '    tjänstgöringsgrad: 0.5\n', '    tjänstgöringsgrad: 0\n');
    text = mutate(text, 'kostnadsfördelning: { region: 50, kommun: 50 }', 'kostnadsfördelning: { region: 50, kommun: 40 }');
    const f = finding(text, 'gemensam.samordnare');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.message).toBe('Samordnarens tjänstgöringsgrad är 0. Kostnadsfördelningen för samordnaren summerar till 90 %, inte 100 %.');
    expect(places(f)).toEqual([
      [lineOf(text, '    tjänstgöringsgrad: 0\n'), 'Samordnarens tjänstgöringsgrad är 0.'],
      [lineOf(text, 'kostnadsfördelning: { region: 50, kommun: 40 }'), 'Kostnadsfördelningen för samordnaren summerar till 90 %, inte 100 %.'],
    ]);
  });

  it('gemensam.samordnare: two values missing are two places, each at the key that lacks them', () => {
    const text = mutate(EXAMPLE, '    anställd_av: kommun\n    tjänstgöringsgrad: 0.5\n', '');
    const f = finding(text, 'gemensam.samordnare');
    expect(f.outcome).toBe('ej_bedömt');
    const samordnare = lineOf(text, '  samordnare:');
    expect(places(f)).toEqual([
      [samordnare, 'Uppgift saknas: vilken part som anställer samordnaren (organisation.samordnare.anställd_av).'],
      [samordnare, 'Uppgift saknas: samordnarens tjänstgöringsgrad (organisation.samordnare.tjänstgöringsgrad).'],
    ]);
  });

  it('gemensam.huvudman: two activities run by the wrong party, each at its part', () => {
    const text = mutate(
      mutate(
        EXAMPLE,
        '  - verksamhet: mödrahälsovård  # mödrahälsovård | barnhälsovård | öppen_förskola | socialtjänst\n    part: region',
        '  - verksamhet: mödrahälsovård\n    part: kommun',
      ),
      '  - verksamhet: barnhälsovård\n    part: region',
      '  - verksamhet: barnhälsovård\n    part: kommun',
    );
    const f = finding(text, 'gemensam.huvudman');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(places(f).map(([line]) => line)).toEqual([
      lineOf(text, 'mödrahälsovård\n    part: kommun') + 1,
      lineOf(text, 'barnhälsovård\n    part: kommun') + 1,
    ]);
    expect(places(f).map(([, m]) => m)).toEqual([
      'Mödrahälsovård (MHV) drivs av regionen, men avtalet anger parten "kommun" (typ kommun).',
      'Barnhälsovård (BHV) drivs av regionen, men avtalet anger parten "kommun" (typ kommun).',
    ]);
  });

  it('skane.gemensam_utvardering: a too long interval no longer hides a method that is not included', () => {
    const text = mutate(mutate(EXAMPLE, '    metod: KAFO\n', '    metod: ingår inte\n'), '    intervall_månader: 12\n', '    intervall_månader: 48\n');
    const f = finding(text, 'skane.gemensam_utvardering');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.message).toContain('Utvärdering var 48:e månad');
    expect(f.message).toContain('Den gemensamma utvärderingen har ingen metod (metod: ingår inte).');
    expect(places(f).map(([line]) => line)).toEqual([lineOf(text, 'intervall_månader: 48'), lineOf(text, 'metod: ingår inte')]);
  });

  it('orebro.oversyn: an interval over three years, an overdue review and a next review planned too late, all at once', () => {
    const karlskoga = readFileSync(join(AGREEMENTS, 'karlskoga-ekan.yaml'), 'utf8');
    const text = mutate(mutate(karlskoga, '  intervall_år: 3\n', '  intervall_år: 4\n'), '  nästa: 2027-05-20', '  nästa: 2029-01-01');
    const v = validateAgreementText(text);
    const r = checkAgreement(v.agreement!, { asOf: new Date(2028, 9, 1), locate: v.locate, locateRange: v.locateRange });
    const f = r.findings.find((x) => x.ruleId === 'orebro.oversyn')!;
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(places(f)).toEqual([
      [lineOf(text, 'intervall_år: 4'), 'Översyn vart fjärde år; principöverenskommelsen kräver översyn minst vart tredje år.'],
      [lineOf(text, 'senast: 2024-05-20'), 'Översynen är försenad: den skulle ha gjorts senast 20 maj 2028, 4 år efter senaste översynen 20 maj 2024.'],
      [lineOf(text, 'nästa: 2029-01-01'), 'Nästa översyn är planerad 1 januari 2029, efter 20 maj 2028 då den senast ska göras.'],
    ]);
  });

  it('speaks English at every place with --lang en', () => {
    let text = mutate(EXAMPLE, '    tjänstgöringsgrad: 0.5\n', '    tjänstgöringsgrad: 0\n');
    text = mutate(text, 'kostnadsfördelning: { region: 50, kommun: 50 }', 'kostnadsfördelning: { region: 50, kommun: 40 }');
    expect(places(finding(text, 'gemensam.samordnare', 'en')).map(([, m]) => m)).toEqual([
      "The coordinator's fraction of a post is 0.",
      "The coordinator's cost split adds up to 90 %, not 100 %.",
    ]);
  });

  it('a finding with one failure has no list of places', () => {
    const f = finding(mutate(EXAMPLE, 'personalmöten_per_år: 10', 'personalmöten_per_år: 2'), 'gemensam.personalmoten');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.locations).toBeUndefined();
  });
});

describe('every formatter shows each failure at its place', () => {
  let text = mutate(EXAMPLE, '    tjänstgöringsgrad: 0.5\n', '    tjänstgöringsgrad: 0\n');
  text = mutate(text, 'kostnadsfördelning: { region: 50, kommun: 50 }', 'kostnadsfördelning: { region: 50, kommun: 40 }');
  const v = validateAgreementText(text);
  const result = checkAgreement(v.agreement!, { asOf: AS_OF, locate: v.locate, locateRange: v.locateRange });
  const report: CheckReport = { asOf: '2026-11-23', failOn: 'varning', files: [{ file: 'a.yaml', valid: true, diagnostics: [], result }] };
  const post = lineOf(text, '    tjänstgöringsgrad: 0\n');
  const split = lineOf(text, 'kommun: 40');
  const first = `a.yaml:${post}:24  Samordnarens tjänstgöringsgrad är 0.`;
  // A mapping (the cost split) is placed at its key.
  const second = `a.yaml:${split}:5  Kostnadsfördelningen för samordnaren summerar till 90 %, inte 100 %.`;

  it('text: the count on the finding line, each failure on a line of its own', () => {
    const out = formatCheckText(report, { lang: 'sv' });
    expect(out).toContain(`  a.yaml:${post}:24  ej uppfyllt  varning  gemensam.samordnare: 2 brister: [`);
    expect(out).toContain(`\n      ${first}\n      ${second}\n`);
  });

  it('JUnit: each failure at its place in the failure text', () => {
    expect(formatCheckJunit(report, { lang: 'sv' })).toContain(`${first}\n${second}\nKälla:`);
  });

  it('Markdown: every line in the line column', () => {
    expect(formatCheckMarkdown(report, { lang: 'sv' })).toContain(`| ${post}, ${split} |`);
  });

  it('JSON: locations with pointer, message, line, column and range', () => {
    const f = JSON.parse(formatCheckJson(report)).files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'gemensam.samordnare');
    expect(f.locations).toEqual([
      {
        pointer: '/organisation/samordnare/tjänstgöringsgrad',
        message: 'Samordnarens tjänstgöringsgrad är 0.',
        line: post,
        col: 24,
        range: { start: { line: post, col: 24 }, end: { line: post, col: 25 } },
      },
      {
        pointer: '/organisation/samordnare/kostnadsfördelning',
        message: 'Kostnadsfördelningen för samordnaren summerar till 90 %, inte 100 %.',
        line: split,
        col: 5,
        range: { start: { line: split, col: 5 }, end: { line: split, col: 23 } },
      },
    ]);
  });

  it('SARIF: the first failure as the location, every failure as a related location with its message', () => {
    const run = JSON.parse(formatCheckSarif(report, { lang: 'sv', toolVersion: '0' })).runs[0];
    const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'gemensam.samordnare');
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: post, startColumn: 24, endLine: post, endColumn: 25 });
    expect(
      r.relatedLocations.map((l: { message: { text: string }; physicalLocation: { region: { startLine: number } } }) => [
        l.physicalLocation.region.startLine,
        l.message.text,
      ]),
    ).toEqual([
      [post, 'Samordnarens tjänstgöringsgrad är 0.'],
      [split, 'Kostnadsfördelningen för samordnaren summerar till 90 %, inte 100 %.'],
    ]);
  });
});

/** The characters a diagnostic's range covers, on its first line. */
function covered(text: string, d: Pick<Diagnostic, 'range'>): string {
  const r = d.range!;
  const line = lineText(text, r.start.line);
  return r.end.line === r.start.line ? line.slice(r.start.col - 1, r.end.col - 1) : line.slice(r.start.col - 1);
}

describe('every diagnostic has a range: from its position to just after what it concerns', () => {
  const only = (text: string): Diagnostic => {
    const v = validateAgreementText(text);
    expect(v.diagnostics).toHaveLength(1);
    const d = v.diagnostics[0]!;
    expect(d.range?.start).toEqual(d.position);
    return d;
  };

  it('a value that is not allowed: the value', () => {
    const text = mutate(EXAMPLE, 'typ: familjecentral ', 'typ: familjecenter ');
    const d = only(text);
    expect(d.code).toBe('schema.enum');
    expect(covered(text, d)).toBe('familjecenter');
  });

  it('an unknown key: the key', () => {
    const text = mutate(EXAMPLE, '  adress: Storgatan', '  adres: Storgatan');
    const d = only(text);
    expect(d.code).toBe('schema.unknown-key');
    expect(covered(text, d)).toBe('adres');
  });

  it('a key written twice: the second key', () => {
    const text = mutate(EXAMPLE, 'tvist: Tvister', 'tvist: Ja\ntvist: Tvister');
    const d = only(text);
    expect(d.code).toBe('yaml.duplicate-key');
    expect(d.range).toEqual({ start: { line: lineOf(text, 'tvist: Tvister'), col: 1 }, end: { line: lineOf(text, 'tvist: Tvister'), col: 6 } });
  });

  it('an invisible character: that one character', () => {
    const text = mutate(EXAMPLE, 'namn: Familjecentralen Solrosen', 'namn: Familjecentralen \u202eSolrosen');
    const d = only(text);
    expect(d.code).toBe('text.invisible');
    expect(covered(text, d)).toBe('\u202e');
  });

  it('a syntax error: from where it starts to the end of its line', () => {
    const text = mutate(EXAMPLE, '  kommun: Eslöv', '  kommun Eslöv');
    const d = only(text);
    expect(d.code).toBe('yaml.missing-colon');
    expect(d.range!.end).toEqual({ line: lineOf(text, 'kommun Eslöv'), col: lineText(text, lineOf(text, 'kommun Eslöv')).length + 1 });
  });

  it('a semantic error on a value in a list: the value', () => {
    const text = mutate(EXAMPLE, 'organisationsnummer: 212000-1132', 'organisationsnummer: 212000-1131');
    const d = only(text);
    expect(d.code).toBe('semantic.orgnr-check-digit');
    expect(covered(text, d)).toBe('212000-1131');
  });

  it('a file that cannot be read at all: a point at its start', () => {
    const v = validateAgreementText('');
    expect(v.diagnostics[0]).toMatchObject({
      code: 'source.empty',
      position: { line: 1, col: 1 },
      range: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } },
    });
  });
});

describe('a finding looks up its place once, and keeps a place it is given', () => {
  it('reads the place on first use, then keeps it; a place set on the finding is the one it gives', () => {
    const v = validateAgreementText(EXAMPLE);
    let lookups = 0;
    const locate = (pointer: string, prefer?: 'key' | 'value') => {
      lookups++;
      return v.locate(pointer, prefer);
    };
    const f = checkAgreement(v.agreement!, { asOf: AS_OF, locate, locateRange: v.locateRange }).findings.find((x) => x.ruleId === 'gemensam.tvist')!;
    const first = f.position;
    expect(f.position).toEqual(first);
    expect(lookups).toBe(1);
    f.position = { line: 99, col: 3 };
    expect(f.position).toEqual({ line: 99, col: 3 });
    const range = { start: { line: 7, col: 1 }, end: { line: 7, col: 9 } };
    f.range = range;
    expect(f.range).toEqual(range);
  });
});
