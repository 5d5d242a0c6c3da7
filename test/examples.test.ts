/**
 * The shipped examples in agreements/: valid through the real CLI, real
 * municipalities and organisation numbers, and (except the one example made to
 * show problems) content a reviewer can accept as of the examples' date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../src/core/model.js';
import { hoursOf, weeklyOverlap } from '../src/core/time.js';
import { validateAgreementText } from '../src/core/validate.js';
import { REGIONS, findMunicipality, regionOfFramework } from '../src/core/regions.js';
import { REGION_ORGANISATION_NUMBERS } from '../src/schema/skeleton.js';
import { AGREEMENTS, cli } from './helpers.js';
import { hasValidCheckDigit } from '../src/core/semantic.js';

/** The date the examples are written for: "today" when they were made. */
const AS_OF = '2026-11-23';
const FLAWED_MARK = 'AVSIKTLIGT BRISTFÄLLIGT EXEMPEL';

interface Example {
  file: string;
  text: string;
  agreement: Agreement;
  flawed: boolean;
}

const examples: Example[] = readdirSync(AGREEMENTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(AGREEMENTS, file), 'utf8');
    const result = validateAgreementText(text);
    if (!result.agreement) throw new Error(`${file} does not validate: ${JSON.stringify(result.diagnostics)}`);
    return { file, text, agreement: result.agreement, flawed: text.includes(FLAWED_MARK) };
  });

const overlapHours = (a: Agreement) => hoursOf(weeklyOverlap(a.basverksamheter.map((b) => b.närvaro ?? [])));

describe('shipped examples', () => {
  it('are at least six, across all three frameworks and both types', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const frameworks = new Set(examples.map((e) => e.agreement.ramverk));
    expect([...frameworks].sort()).toEqual(['orebro-2010', 'skane-2018', 'vg-2024']);
    for (const fw of frameworks) {
      const types = new Set(examples.filter((e) => e.agreement.ramverk === fw).map((e) => e.agreement.familjecentral.typ));
      expect([...types].sort(), fw).toEqual(['familjecentral', 'familjecentralsliknande']);
    }
  });

  it('all validate through the real CLI (exit 0)', () => {
    const r = cli(['validate', 'agreements/']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${examples.length} filer: ${examples.length} giltiga, 0 ogiltiga`);
    expect(r.code).toBe(0);
  });

  it('each validates on its own through the CLI, in English too', () => {
    for (const e of examples) {
      const r = cli(['validate', `agreements/${e.file}`, '--lang', 'en', '--format', 'json']);
      expect(r.code, e.file).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ files: [{ valid: true }] });
    }
  });

  it('exactly one example is made to show problems, and says so in its header', () => {
    expect(examples.filter((e) => e.flawed).map((e) => e.file)).toEqual(['trelleborg-fyren.yaml']);
  });

  for (const e of examples) {
    describe(e.file, () => {
      const a = e.agreement;

      it('starts with the schema line and a Swedish comment saying what it shows', () => {
        const lines = e.text.split('\n');
        expect(lines[0]).toBe(`# yaml-language-server: $schema=../schemas/${a.ramverk}.schema.json`);
        expect(lines[1]).toMatch(/^# Lokalt samverkansavtal för /);
        expect(e.text).toMatch(/^# (Exemplet visar|AVSIKTLIGT BRISTFÄLLIGT EXEMPEL)/m);
        expect(e.file).toBe(`${a.avtal.id}.yaml`);
      });

      it("names a real municipality of its framework's region, and that region as a party", () => {
        const region = REGIONS[regionOfFramework(a.ramverk)];
        expect(findMunicipality(region, a.familjecentral.kommun)).toBe(a.familjecentral.kommun);
        const regionParty = a.parter.find((p) => p.id === 'region');
        expect(regionParty?.organisation).toBe(region.regionName);
        expect(regionParty?.organisationsnummer).toBe(REGION_ORGANISATION_NUMBERS[a.ramverk]);
        const kommunParty = a.parter.find((p) => p.id === 'kommun');
        expect(kommunParty?.organisation).toMatch(new RegExp(`^${a.familjecentral.kommun}s? (kommun|[Ss]tad)$`));
      });

      it('gives every party an organisation number that passes the Luhn check', () => {
        for (const p of a.parter) {
          expect(p.organisationsnummer, p.id).toMatch(/^(21|23)\d{4}-\d{4}$/);
          expect(hasValidCheckDigit(p.organisationsnummer!), `${p.id} ${p.organisationsnummer}`).toBe(true);
        }
      });

      it('has its base activities run by the party that owns them', () => {
        for (const b of a.basverksamheter) {
          expect(b.part, b.verksamhet).toBe(b.verksamhet === 'mödrahälsovård' || b.verksamhet === 'barnhälsovård' ? 'region' : 'kommun');
        }
        const kinds = a.basverksamheter.map((b) => b.verksamhet);
        if (a.familjecentral.typ === 'familjecentral') expect(kinds.sort()).toEqual(['barnhälsovård', 'mödrahälsovård', 'socialtjänst', 'öppen_förskola']);
        else expect(kinds).toContain('barnhälsovård');
      });

      if (e.flawed) {
        it('declares more samtidighet than its schedules support (the problem it shows)', () => {
          expect(a.samtidighet!.timmar_per_vecka!).toBeGreaterThan(overlapHours(a));
          expect((a.organisation as { samordnare?: unknown }).samordnare).toBe('ingår inte');
          expect(a.verksamhetsplan!.år).toBeLessThan(Number(AS_OF.slice(0, 4)));
        });
      } else {
        it('declares exactly the samtidighet its schedules support', () => {
          expect(a.samtidighet?.timmar_per_vecka, 'declared hours').toBe(overlapHours(a));
          const slots = a.samtidighet?.tillfällen ?? [];
          expect(hoursOf(weeklyOverlap([slots, ...a.basverksamheter.map((b) => b.närvaro ?? [])]))).toBe(a.samtidighet?.timmar_per_vecka);
        });

        it(`is in force on ${AS_OF}, signed by every party before it starts, with this year's plan and last year's report`, () => {
          const { från, till } = a.avtal.giltighet;
          expect(från <= AS_OF).toBe(true);
          if (till) expect(till >= AS_OF).toBe(true);
          expect(new Set(a.underskrifter?.map((s) => s.part))).toEqual(new Set(a.parter.map((p) => p.id)));
          for (const s of a.underskrifter ?? []) expect(s.datum! < från, `${s.part} signed ${s.datum}`).toBe(true);
          expect(a.verksamhetsplan?.år).toBe(2026);
          expect(a.verksamhetsberättelse?.år).toBe(2025);
          expect(a.parter.map((p) => p.id)).toContain(a.organisation?.samordnare?.anställd_av);
        });
      }

      if (a.ramverk === 'orebro-2010') {
        it('records the three-yearly KAFO review, not overdue', () => {
          expect(a.översyn).toMatchObject({ intervall_år: 3, metod: 'KAFO' });
          expect(a.översyn!.senast! <= AS_OF && a.översyn!.nästa! > AS_OF).toBe(true);
          expect(a.översyn!.kafo?.samordning).toBeTypeOf('number');
          expect(a.översyn!.kafo?.samarbete).toBeTypeOf('number');
        });
      }
    });
  }

  it(`check clean as of ${AS_OF}, except for what each was made to show`, () => {
    const r = cli(['check', 'agreements/', '--as-of', AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; findings: { ruleId: string; severity: string; outcome: string; waiver: unknown }[] }[] };
    expect(out.files.map((f) => f.file.replace('agreements/', '')).sort()).toEqual(examples.map((e) => e.file));
    for (const f of out.files) {
      const e = examples.find((x) => `agreements/${x.file}` === f.file)!;
      const failing = f.findings.filter((x) => x.outcome === 'ej_uppfyllt' && !x.waiver).map((x) => `${x.severity} ${x.ruleId}`);
      if (e.flawed) {
        for (const id of [
          'gemensam.samtidighet',
          'gemensam.samordnare',
          'skane.verksamhetsplan',
          'skane.verksamhetsberattelse',
          'gemensam.ledningsgrupp',
          'gemensam.underskrift_datum',
          'gemensam.avtalstid_slut',
        ]) {
          expect(
            failing.some((x) => x.endsWith(` ${id}`)),
            `${e.file} shows ${id}`,
          ).toBe(true);
        }
      } else {
        // Partial co-location (delvis) is shown on purpose, and is the only thing flagged.
        const partly = e.agreement.basverksamheter.some((b) => b.samlokaliserad === 'delvis');
        expect(failing, e.file).toEqual(partly ? ['varning gemensam.samlokalisering'] : []);
      }
    }
  });

  it('vary as reviewers meet them: tills vidare, förlängning, delvis co-location, a BHV + öppen förskola unit', () => {
    const all = examples.map((e) => e.agreement);
    expect(all.some((a) => a.avtal.giltighet.till === undefined)).toBe(true);
    expect(all.some((a) => a.avtal.giltighet.förlängning !== undefined)).toBe(true);
    expect(all.some((a) => a.basverksamheter.some((b) => b.samlokaliserad === 'delvis'))).toBe(true);
    expect(
      all.some(
        (a) =>
          a.basverksamheter
            .map((b) => b.verksamhet)
            .sort()
            .join() === 'barnhälsovård,öppen_förskola',
      ),
    ).toBe(true);
  });
});
