/**
 * Real agreements, as municipalities sign them: transcriptions (complete or
 * partial) in test/fixtures/real/ validate, and every rule's verdict is what a
 * careful reviewer would say – uppfyllt, ej uppfyllt, ej tillämpligt, or ej
 * bedömt where the information is missing. Each fixture says in its comments
 * where each fact comes from; nothing in them is invented.
 *
 * Also the boundaries of the date rules for real shapes: the first year, the
 * grace period after New Year, an agreement not yet in force, an option to extend.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../src/check/index.js';
import type { Finding } from '../src/check/types.js';
import type { Agreement } from '../src/core/model.js';
import { validateAgreementText } from '../src/core/validate.js';
import { buildReport } from '../src/report/build.js';
import type { CheckReport } from '../src/format/check-report.js';
import { formatCheckJson } from '../src/format/check-json.js';
import { formatCheckJunit } from '../src/format/check-junit.js';
import { formatCheckMarkdown } from '../src/format/check-markdown.js';
import { formatCheckSarif } from '../src/format/check-sarif.js';
import { formatCheckText } from '../src/format/check-text.js';
import { findingsBlockingFinal } from '../src/render/final.js';
import { FIXTURES } from './helpers.js';

const REAL = join(FIXTURES, 'real');

function load(name: string): Agreement {
  const r = validateAgreementText(readFileSync(join(REAL, name), 'utf8'));
  expect(
    r.diagnostics.filter((d) => d.severity === 'fel'),
    name,
  ).toEqual([]);
  return r.agreement!;
}

function outcomes(a: Agreement, asOf: Date): Record<string, Finding> {
  return Object.fromEntries(checkAgreement(a, { asOf }).findings.map((f) => [f.ruleId, f]));
}

describe('transcriptions of real agreements validate', () => {
  for (const name of readdirSync(REAL)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    it(name, () => {
      const text = readFileSync(join(REAL, name), 'utf8');
      expect(text).toMatch(/Källa:/);
      load(name);
    });
  }
});

describe('Göteborg, HSNG – SDN Västra Hisingen (2021)', () => {
  const a = load('goteborg-vastra-hisingen-2021.yaml');

  it('is judged on the national definitions, made before the VG agreement existed', () => {
    expect(checkAgreement(a, { asOf: new Date(2021, 5, 1) }).ruleset).toBe('nationell@1');
  });

  it('an option to extend by at most 12 months: in force, and never "kan inte förlängas"', () => {
    const f = outcomes(a, new Date(2021, 5, 1));
    expect(f['gemensam.giltighet']!.outcome).toBe('uppfyllt');
    expect(f['gemensam.giltighet']!.message).toBe(
      'Avtalet gäller till 31 december 2021; det kan förlängas med högst 12 månader genom beslut av parterna, längst till 31 december 2022.',
    );
    expect(f['gemensam.avtalstid_langd']!.outcome).toBe('uppfyllt');
    const soon = outcomes(a, new Date(2021, 10, 1))['gemensam.avtalstid_slut']!;
    expect(soon.outcome).toBe('ej_uppfyllt');
    expect(soon.message).toContain('om inte parterna beslutar att förlänga det');
    expect(soon.message).not.toContain('kan inte förlängas');
  });

  it('after the term without a recorded decision to extend: expired, and told how to record the decision', () => {
    const f = outcomes(a, new Date(2022, 0, 1))['gemensam.giltighet']!;
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.message).toContain('för in beslutet om förlängning');
  });

  it('what the agreement has is met, what it lacks is not met, what the source does not show is not assessed', () => {
    const f = outcomes(a, new Date(2021, 5, 1));
    expect(f['gemensam.sekretess']!.outcome).toBe('ej_uppfyllt'); // no confidentiality section (engineering-notes)
    expect(f['gemensam.tvist']!.outcome).toBe('uppfyllt');
    expect(f['gemensam.kompetensutveckling']!.outcome).toBe('uppfyllt');
    expect(f['gemensam.upprakning']!.outcome).toBe('uppfyllt'); // indexation of the compensation
    expect(f['gemensam.uppsagningstid']!.outcome).toBe('ej_bedömt'); // notice period not visible in the source
    expect(f['gemensam.samordnare']!.outcome).toBe('ej_bedömt'); // co-financed, split not visible
    expect(f['gemensam.typ']!.outcome).toBe('ej_bedömt');
    expect(f['gemensam.underskrifter']!.outcome).toBe('ej_bedömt');
    expect(f['gemensam.ramverk_i_kraft']!.outcome).toBe('ej_tillämpligt');
    // Nothing is judged on a value that is not there.
    for (const x of Object.values(f)) if (x.outcome === 'ej_bedömt') expect(x.message).toMatch(/^Uppgift saknas: /);
  });

  it("governance by two styrgrupper meets VG's organisation area when judged against vg-2024", () => {
    const f = outcomes({ ...a, ramverk: 'vg-2024' }, new Date(2024, 5, 1));
    expect(f['vg.organisation']!.outcome).toBe('uppfyllt');
    expect(f['vg.organisation']!.message).toBe(
      'Avtalet beskriver ledning och styrning: styrgrupper (Styrgrupp för familjecentrerat arbetssätt (FCA) och Styrgrupp för familjecentral).',
    );
    // …and is warned that it started before the VG agreement came into force.
    expect(f['gemensam.ramverk_i_kraft']!.outcome).toBe('ej_uppfyllt');
    expect(f['gemensam.ramverk_i_kraft']!.message).toBe(
      'Avtalet började gälla 1 januari 2021, innan ramverket vg-2024 trädde i kraft (1 mars 2024). Ange det ramverk som gällde när avtalet ingicks (ramverk: nationell).',
    );
  });
});

describe('a centre known only from a press release (Lysekil 2018)', () => {
  const a = load('lysekil-pressmeddelande-2018.yaml');
  it('is judged on what the press release says and not assessed on the rest', () => {
    const f = outcomes(a, new Date(2019, 0, 1));
    expect(f['gemensam.typ']!.outcome).toBe('uppfyllt');
    expect(f['gemensam.samlokalisering']!.outcome).toBe('uppfyllt');
    expect(f['gemensam.huvudman']!.outcome).toBe('ej_bedömt');
    expect(f['gemensam.giltighet']!.message).toBe('Uppgift saknas: avtalets giltighetstid (avtal.giltighet).');
    const counts = checkAgreement(a, { asOf: new Date(2019, 0, 1) }).summary;
    expect(counts.ej_uppfyllt).toBe(0);
    expect(counts.ej_bedömt).toBeGreaterThan(10);
    // Not assessed at level fel fails a check, so a partial transcription can never pass as final.
    expect(counts.fel).toBeGreaterThan(0);
  });
});

describe('a three-party agreement: a parish runs öppen förskola', () => {
  const a = load('trepartsavtal-forsamling.yaml');
  it('the huvudman rule asks that the region runs MHV and BHV and the kommun at least one activity', () => {
    const f = outcomes(a, new Date(2026, 0, 1))['gemensam.huvudman']!;
    expect(f.outcome).toBe('uppfyllt');
    expect(f.message).toBe('Regionen driver MHV och BHV och kommunen förebyggande socialtjänst; öppen förskola drivs av en tredje part.');
  });
  it('several nämnder for one side are read as a list', () => {
    expect(a.parter![1]!.nämnd).toEqual(['Socialnämnden', 'Bildningsnämnden']);
  });
});

describe('a new centre before and in its first year (Kävlinge, Skåne)', () => {
  const known = load('kavlinge-avsiktsforklaring-2020.yaml');
  /** The news gives no start date: the tests suppose one, openly. */
  const startingOn = (från: string): Agreement => ({ ...known, avtal: { ...known.avtal, giltighet: { från } } });

  it('without a start date the date rules are not assessed, not failed', () => {
    const f = outcomes(known, new Date(2026, 5, 1));
    expect(f['gemensam.giltighet']!.outcome).toBe('ej_bedömt');
    expect(f['skane.verksamhetsplan']!.outcome).toBe('ej_bedömt');
  });

  it('not yet in force: reported as such ("träder i kraft"), and the plan and report count from its start', () => {
    const a = startingOn('2026-09-01');
    const f = outcomes(a, new Date(2026, 5, 1));
    expect(f['gemensam.giltighet']!.outcome).toBe('ej_tillämpligt');
    expect(f['gemensam.giltighet']!.message).toBe('Avtalet har inte börjat gälla: det träder i kraft 1 september 2026.');
    expect(f['skane.verksamhetsplan']!.outcome).toBe('ej_tillämpligt');
    expect(f['skane.verksamhetsberattelse']!.outcome).toBe('ej_tillämpligt');
    // On its first day it is in force.
    expect(outcomes(a, new Date(2026, 8, 1))['gemensam.giltighet']!.outcome).toBe('uppfyllt');
  });

  it('the previous-year report is not applicable exactly in the start year, and required from the next', () => {
    // Starts on 1 January 2026: 2026 is the first year, to its last day.
    const a = startingOn('2026-01-01');
    expect(outcomes(a, new Date(2026, 11, 31))['skane.verksamhetsberattelse']!.outcome).toBe('ej_tillämpligt');
    // Starts on 31 December 2025: a report for 2025 is due in 2026 (after the grace period).
    const b = startingOn('2025-12-31');
    expect(outcomes(b, new Date(2026, 11, 31))['skane.verksamhetsberattelse']!.outcome).toBe('ej_bedömt');
    const withReport = { ...b, verksamhetsberättelse: { år: 2025 } };
    expect(outcomes(withReport, new Date(2026, 11, 31))['skane.verksamhetsberattelse']!.outcome).toBe('uppfyllt');
  });

  it("a first-year centre with this year's plan passes the Skåne follow-up rules without invented facts", () => {
    const a = { ...startingOn('2026-01-01'), verksamhetsplan: { år: 2026 } };
    const f = outcomes(a, new Date(2026, 5, 1));
    expect(f['skane.verksamhetsplan']!.outcome).toBe('uppfyllt');
    expect(f['skane.verksamhetsberattelse']!.outcome).toBe('ej_tillämpligt');
  });
});

describe('the grace period after New Year is an open ruleset parameter', () => {
  const base = load('kavlinge-avsiktsforklaring-2020.yaml');
  const running: Agreement = {
    ...base,
    avtal: { ...base.avtal, giltighet: { från: '2020-01-01' } },
    verksamhetsplan: { år: 2026 },
    verksamhetsberättelse: { år: 2025 },
  };

  it("last year's plan and the report before last suffice up to the grace period's last day, not after", () => {
    // 90 days after 1 January 2027 is 1 April 2027.
    const lastDay = outcomes(running, new Date(2027, 3, 1));
    expect(lastDay['skane.verksamhetsplan']!.outcome).toBe('uppfyllt');
    expect(lastDay['skane.verksamhetsplan']!.message).toBe(
      'Gemensam verksamhetsplan för 2026; planen för 2027 ska finnas senast 1 april 2027 (gränsen 90 dagar är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till).',
    );
    expect(lastDay['skane.verksamhetsberattelse']!.outcome).toBe('uppfyllt');
    const dayAfter = outcomes(running, new Date(2027, 3, 2));
    expect(dayAfter['skane.verksamhetsplan']!.outcome).toBe('ej_uppfyllt');
    expect(dayAfter['skane.verksamhetsberattelse']!.outcome).toBe('ej_uppfyllt');
  });

  it('a caller can set it; the message says so', () => {
    const judge = (asOf: Date) =>
      checkAgreement(running, { asOf, parameters: { 'skane.verksamhetsplan': { dagar_efter_årsskifte: 30 } } }).findings.find(
        (x) => x.ruleId === 'skane.verksamhetsplan',
      )!;
    // 30 days after 1 January 2027 is 31 January 2027.
    const last = judge(new Date(2027, 0, 31));
    expect(last.outcome).toBe('uppfyllt');
    expect(last.parameters).toEqual({ dagar_efter_årsskifte: 30 });
    expect(last.message).toContain('(gränsen 30 dagar är satt vid anropet, inte i ramverket)');
    expect(judge(new Date(2027, 1, 1)).outcome).toBe('ej_uppfyllt');
  });
});

describe('samtidighet as agreed hours without a timetable', () => {
  const base = load('trepartsavtal-forsamling.yaml');
  const skane = (hours: number): Agreement => ({ ...base, ramverk: 'skane-2018', samtidighet: { timmar_per_vecka: hours } });

  it('judges the stated hours, says so, and never says the schedules overlap 0 hours', () => {
    const f = outcomes(skane(20), new Date(2026, 0, 1));
    expect(f['skane.samtidighet']!.outcome).toBe('uppfyllt');
    expect(f['skane.samtidighet']!.message).toContain('Avtalet anger 20 timmar samtidighet per vecka. (Bedömt på de angivna timmarna:');
    expect(f['gemensam.samtidighet']!.outcome).toBe('ej_tillämpligt');
    for (const x of Object.values(f)) expect(x.message).not.toContain('överlappar 0 timmar');
  });

  it('stated hours below the minimum: not met, at exactly the minimum: met', () => {
    expect(outcomes(skane(2.5), new Date(2026, 0, 1))['skane.samtidighet']!.outcome).toBe('ej_uppfyllt');
    expect(outcomes(skane(3), new Date(2026, 0, 1))['skane.samtidighet']!.outcome).toBe('uppfyllt');
  });

  it('no hours and no timetable: not assessed', () => {
    expect(outcomes({ ...base, ramverk: 'skane-2018' }, new Date(2026, 0, 1))['skane.samtidighet']!.outcome).toBe('ej_bedömt');
  });
});

describe('framework versions', () => {
  const base = load('kavlinge-avsiktsforklaring-2020.yaml');
  const startingOn = (ramverk: Agreement['ramverk'], från: string): Finding =>
    outcomes({ ...base, ramverk, avtal: { ...base.avtal, giltighet: { från } } }, new Date(2026, 0, 1))['gemensam.ramverk_i_kraft']!;

  it('warns when the start is before the framework came into force, with the version to name instead', () => {
    expect(startingOn('skane-2014', '2014-10-24').outcome).toBe('uppfyllt');
    expect(startingOn('skane-2014', '2014-10-23').outcome).toBe('ej_uppfyllt');
    const f = startingOn('skane-2018', '2016-03-01');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.severity).toBe('varning');
    expect(f.message).toContain('(ramverk: skane-2014)');
    expect(startingOn('vg-2024', '2024-02-29').outcome).toBe('ej_uppfyllt');
    expect(startingOn('vg-2024', '2024-03-01').outcome).toBe('uppfyllt');
  });
});

describe('the report counts every readable file', () => {
  it('unknowns per indicator, a duplicate id with both files named, and an invalid file that parses', () => {
    const files = ['goteborg-vastra-hisingen-2021.yaml', 'lysekil-pressmeddelande-2018.yaml', 'kavlinge-avsiktsforklaring-2020.yaml'];
    const inputs = files.map((file) => ({ file, validation: validateAgreementText(readFileSync(join(REAL, file), 'utf8')) }));
    const lysekil = readFileSync(join(REAL, 'lysekil-pressmeddelande-2018.yaml'), 'utf8');
    inputs.push({ file: 'kopia.yaml', validation: validateAgreementText(lysekil) });
    // A date that is no date: the file is invalid, but it parses and is counted without that value.
    const broken = readFileSync(join(REAL, 'trepartsavtal-forsamling.yaml'), 'utf8').replace(
      'avtal:\n  id: trepartsavtal-forsamling',
      'avtal:\n  id: trepartsavtal-forsamling\n  beslutat: 2021-13-45',
    );
    const invalid = validateAgreementText(broken);
    expect(invalid.valid).toBe(false);
    inputs.push({ file: 'trasig.yaml', validation: invalid });
    inputs.push({ file: 'oläsbar.yaml', validation: validateAgreementText('ramverk: [\n') });

    const r = buildReport(inputs, { asOf: new Date(2026, 0, 1) });
    expect(r.files).toEqual({ total: 6, readable: 4, unreadable: 1, duplicates: 1 });
    expect(r.duplicates).toEqual([{ id: 'lysekil-familjecentral-2018', files: ['lysekil-pressmeddelande-2018.yaml', 'kopia.yaml'] }]);
    expect(r.unreadable.map((u) => u.file)).toEqual(['oläsbar.yaml']);
    expect(r.centres.find((c) => c.file === 'trasig.yaml')!.valideringsfel).toBe(1);
    const coordinator = r.indicators.find((i) => i.id === 'organisation.samordnare')!;
    // Göteborg names a coordinator; the others do not say.
    expect(coordinator).toMatchObject({ count: 1, of: 4, unknown: 3 });
    const mhv = r.indicators.find((i) => i.id === 'basverksamhet.mödrahälsovård')!;
    expect(mhv).toMatchObject({ count: 3, of: 4, unknown: 1, unknownFiles: ['goteborg-vastra-hisingen-2021.yaml'] });
    // Göteborg and Lysekil are nationell: their region comes from the municipality.
    expect(r.coverage.map((c) => c.name)).toEqual(['Skåne län', 'Västra Götalands län']);
  });
});

describe('ej bedömt is counted in every check format and blocks a final version', () => {
  const a = load('lysekil-pressmeddelande-2018.yaml');
  const result = checkAgreement(a, { asOf: new Date(2019, 0, 1) });
  const report: CheckReport = {
    asOf: '2019-01-01',
    failOn: 'fel',
    files: [{ file: 'lysekil.yaml', valid: true, ramverk: a.ramverk, name: a.familjecentral.namn, diagnostics: [], result }],
  };
  const n = result.summary.ej_bedömt;

  it('the summary counts it separately', () => {
    expect(n).toBe(result.findings.filter((f) => f.outcome === 'ej_bedömt').length);
    expect(n).toBeGreaterThan(0);
  });

  it('text, markdown, json (version 2), junit and sarif', () => {
    expect(formatCheckText(report, { lang: 'sv', all: true })).toContain(`${n} ej bedömda`);
    expect(formatCheckMarkdown(report, { lang: 'sv' })).toContain(`${n} ej bedömda`);
    const json = JSON.parse(formatCheckJson(report));
    expect(json.version).toBe(2);
    expect(json.summary.ej_bedömt).toBe(n);
    expect(json.passed).toBe(false);
    expect(json.files[0].findings.filter((f: { outcome: string; failing: boolean }) => f.outcome === 'ej_bedömt' && f.failing).length).toBe(
      result.findings.filter((f) => f.outcome === 'ej_bedömt' && f.severity === 'fel').length,
    );
    const junit = formatCheckJunit(report, { lang: 'sv' });
    // Not assessed at fel fails the test case; below --fail-on it is reported, not hidden.
    expect((junit.match(/<failure /g) ?? []).length).toBe(result.findings.filter((f) => f.outcome === 'ej_bedömt' && f.severity === 'fel').length);
    expect(junit).toContain('Uppgift saknas: avtalets giltighetstid (avtal.giltighet).');
    const sarif = JSON.parse(formatCheckSarif(report, { lang: 'sv', toolVersion: '0.0.0' }));
    expect(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'gemensam.giltighet')).toHaveLength(1);
  });

  it('at level fel it keeps the agreement from its final version, as ej uppfyllt does', () => {
    const blocking = findingsBlockingFinal(result.findings);
    expect(blocking.map((f) => f.outcome)).toContain('ej_bedömt');
    expect(blocking.every((f) => f.severity === 'fel')).toBe(true);
    expect(blocking.map((f) => f.ruleId)).toContain('gemensam.giltighet');
  });
});
