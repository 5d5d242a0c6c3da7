/**
 * new: the skeleton names every section its framework requires, with a
 * Swedish guidance comment, parses as YAML, points `validate` at each value
 * still to fill in, and never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CENTRE_TYPES, FRAMEWORK_IDS, type FrameworkId } from '../src/core/model.js';
import { FRAMEWORK_REQUIREMENTS } from '../src/schema/agreement.js';
import { REGION_ORGANISATION_NUMBERS, buildSkeleton, modelineRef, municipalityOrganisation, skeletonId } from '../src/schema/skeleton.js';
import { cli, cliInProcess, tempDir } from './helpers.js';
import { hasValidCheckDigit } from '../src/core/semantic.js';

const KOMMUN: Record<FrameworkId, string> = { 'skane-2014': 'Eslöv', 'skane-2018': 'Eslöv', 'vg-2024': 'Borås', 'orebro-2010': 'Karlskoga', nationell: 'Umeå' };
const REGION: Record<FrameworkId, string> = {
  'skane-2014': 'Region Skåne',
  'skane-2018': 'Region Skåne',
  'vg-2024': 'Västra Götalandsregionen',
  'orebro-2010': 'Region Örebro län',
  nationell: 'Region Västerbotten',
};

/** Every key path a framework requirement names, e.g. ['samtidighet', 'timmar_per_vecka']; '*' stands for each list item. */
function requiredPaths(fw: FrameworkId): string[][] {
  return FRAMEWORK_REQUIREMENTS[fw].flatMap((req) => req.required.map((key) => [...req.at, key]));
}

/** True when the parsed document has the key at the path (its value may be empty), in every list item. */
function hasPath(doc: unknown, path: string[]): boolean {
  if (path.length === 0) return true;
  const [step, ...rest] = path;
  if (step === '*') return Array.isArray(doc) && doc.length > 0 && doc.every((item) => hasPath(item, rest));
  if (doc === null || typeof doc !== 'object' || !(step! in (doc as object))) return false;
  return hasPath((doc as Record<string, unknown>)[step!], rest);
}

describe('new (library)', () => {
  it('derives avtal.id from kommun and name as a safe slug', () => {
    expect(skeletonId('Eslöv', 'Familjecentralen X')).toBe('eslov-familjecentralen-x');
    expect(skeletonId('Åmål', 'Café Ängen – öppna förskolan')).toBe('amal-cafe-angen-oppna-forskolan');
    expect(skeletonId('Göteborg', 'Familjecentralen ' + 'Lång'.repeat(30))).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(skeletonId('Göteborg', 'Familjecentralen ' + 'Lång'.repeat(30)).length).toBeLessThanOrEqual(64);
  });

  it('names the municipality as a party in the genitive', () => {
    expect(municipalityOrganisation('Eslöv')).toBe('Eslövs kommun');
    expect(municipalityOrganisation('Borås')).toBe('Borås kommun');
    expect(municipalityOrganisation('Malmö')).toBe('Malmö kommun');
    expect(municipalityOrganisation('Lilla Edet')).toBe('Lilla Edets kommun');
    expect(municipalityOrganisation('Orust')).toBe('Orust kommun');
  });

  it("prefills the regions' real organisation numbers (Luhn-valid)", () => {
    // `nationell` belongs to no one region: no number is prefilled for it.
    for (const fw of FRAMEWORK_IDS) if (fw !== 'nationell') expect(hasValidCheckDigit(REGION_ORGANISATION_NUMBERS[fw]!), fw).toBe(true);
  });

  it('is deterministic', () => {
    const o = {
      framework: 'vg-2024' as const,
      kommun: 'Borås',
      namn: 'Familjecentralen Ö',
      typ: 'familjecentral' as const,
      schemaRef: '../schemas/vg-2024.schema.json',
    };
    expect(buildSkeleton(o)).toBe(buildSkeleton(o));
  });
});

describe('new (CLI)', () => {
  for (const fw of FRAMEWORK_IDS) {
    for (const typ of CENTRE_TYPES) {
      it(`writes a ${fw} skeleton for a ${typ} that names every required section with guidance`, async () => {
        const dir = tempDir();
        const kommun = KOMMUN[fw];
        const r = await cliInProcess(['new', '--ramverk', fw, '--kommun', kommun, '--namn', 'Familjecentralen Ängen', '--typ', typ], { cwd: dir });
        const id = skeletonId(kommun, 'Familjecentralen Ängen');
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`Skrev ${id}.yaml`);
        const file = join(dir, `${id}.yaml`);
        const text = readFileSync(file, 'utf8');
        const lines = text.split('\n');

        // The schema line points, relative to the file, at this package's schema.
        const m = /^# yaml-language-server: \$schema=(.+)$/.exec(lines[0]!);
        expect(m).not.toBeNull();
        expect(m![1]).toMatch(new RegExp(`schemas/${fw}\\.schema\\.json$`));
        expect(existsSync(resolve(dirname(file), m![1]!))).toBe(true);

        // biome-ignore lint/suspicious/noExplicitAny: the test fills in a skeleton of any shape
        const doc = parse(text) as Record<string, any>;
        expect(doc.ramverk).toBe(fw);
        expect(doc.avtal.id).toBe(id);
        expect(doc.familjecentral).toMatchObject({ namn: 'Familjecentralen Ängen', kommun, typ });
        expect(doc.parter[0]).toMatchObject({
          id: 'region',
          organisation: REGION[fw],
          ...(REGION_ORGANISATION_NUMBERS[fw] ? { organisationsnummer: REGION_ORGANISATION_NUMBERS[fw] } : {}),
        });
        expect(doc.parter[1]).toMatchObject({ id: 'kommun', organisation: municipalityOrganisation(kommun) });

        const kinds = (doc.basverksamheter as { verksamhet: string; part: string }[]).map((b) => `${b.verksamhet}:${b.part}`);
        expect(kinds).toEqual(
          typ === 'familjecentral'
            ? ['mödrahälsovård:region', 'barnhälsovård:region', 'öppen_förskola:kommun', 'socialtjänst:kommun']
            : ['barnhälsovård:region', 'öppen_förskola:kommun'],
        );

        for (const path of requiredPaths(fw)) expect(hasPath(doc, path), path.join('.')).toBe(true);
        if (fw === 'orebro-2010') expect(doc.översyn).toMatchObject({ intervall_år: 3, metod: 'KAFO' });
        else expect('översyn' in doc).toBe(false);

        // Every top-level section has its Swedish guidance comment on the line above it.
        for (const key of Object.keys(doc)) {
          const at = lines.findIndex((l) => l.startsWith(`${key}:`));
          expect(at, key).toBeGreaterThan(0);
          expect(lines[at - 1], `guidance above ${key}`).toMatch(/^# \S/);
        }
        // Nested required parts carry guidance too, above them at their own column.
        for (const path of requiredPaths(fw).filter((p) => p.length > 1 && !p.includes('*'))) {
          const key = path[path.length - 1]!;
          const at = lines.findIndex((l) => new RegExp(`^\\s+${key}:`).test(l));
          expect(at, path.join('.')).toBeGreaterThan(0);
          const column = /^\s*/.exec(lines[at]!)![0];
          expect(lines[at - 1], path.join('.')).toMatch(new RegExp(`^${column}# \\S`));
        }
        // No comment after a colon: a value typed there can never slide in front of a "#".
        for (const line of lines.slice(1)) expect(line, line).not.toMatch(/^\s*(?:- )?[^#\s][^#]*#/);
      });
    }
  }

  it('leaves values to fill in empty, so validate points at each with its line', async () => {
    const dir = tempDir();
    expect(
      (await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'Familjecentralen X', '-o', 'utkast.yaml'], { cwd: dir })).code,
    ).toBe(0);
    const text = readFileSync(join(dir, 'utkast.yaml'), 'utf8');
    const r = await cliInProcess(['validate', 'utkast.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const adressLine = text.split('\n').findIndex((l) => /^\s+adress:/.test(l)) + 1;
    expect(r.stdout).toMatch(new RegExp(`^utkast\\.yaml:${adressLine}:\\d+  Värde saknas för familjecentral\\.adress: fyll i text\\.`, 'm'));
    expect(r.stdout).toContain('(/avtal/giltighet/från)');
    expect(r.stdout).toContain('(/samtidighet/timmar_per_vecka)');
    // What the officer gave is not among the problems.
    expect(r.stdout).not.toContain('(/familjecentral/kommun)');
    expect(r.stdout).not.toContain('(/parter/0/organisationsnummer)');
  });

  it('fills in like an officer would: a value typed after each colon validates with its guidance kept', async () => {
    const dir = tempDir();
    expect(
      (await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Höör', '--namn', 'Familjecentralen X', '-o', 'utkast.yaml'], { cwd: dir })).code,
    ).toBe(0);
    const text = readFileSync(join(dir, 'utkast.yaml'), 'utf8');
    // Typing "Gemensam entré i hus 2, väntrum" after the colon keeps all of it.
    const filled = text.replace(/^(\s+)beskrivning:$/m, '$1beskrivning: Gemensam entré i hus 2, väntrum och lekhall');
    expect(parse(filled).familjecentral.lokaler.beskrivning).toBe('Gemensam entré i hus 2, väntrum och lekhall');
  });

  it('percent-encodes spaces in the schema modeline, which editors read only up to a space', () => {
    expect(modelineRef('../Mina dokument/schemas/skane-2018.schema.json')).toBe('../Mina%20dokument/schemas/skane-2018.schema.json');
    expect(modelineRef('../a#b/100%/x.json')).toBe('../a%23b/100%25/x.json');
    const text = buildSkeleton({
      framework: 'skane-2018',
      kommun: 'Eslöv',
      namn: 'X',
      typ: 'familjecentral',
      schemaRef: '../Mina dokument/skane-2018.schema.json',
    });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../Mina%20dokument/skane-2018.schema.json');
  });

  it('writes into a folder given with -o, with the schema path relative to the file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'avtal'));
    const r = await cliInProcess(['new', '--ramverk', 'vg-2024', '--kommun', 'Borås', '--namn', 'Familjecentralen Regnbågen', '-o', 'avtal/'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Skrev avtal/boras-familjecentralen-regnbagen.yaml');
    const first = readFileSync(join(dir, 'avtal/boras-familjecentralen-regnbagen.yaml'), 'utf8').split('\n')[0]!;
    const ref = first.replace('# yaml-language-server: $schema=', '');
    expect(existsSync(resolve(dir, 'avtal', ref))).toBe(true);
  });

  it('never overwrites an existing file (exit 2, file unchanged)', async () => {
    const dir = tempDir();
    const file = join(dir, 'eslov-familjecentralen-x.yaml');
    writeFileSync(file, 'mitt arbete\n');
    const r = await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'Familjecentralen X'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('samverkan: eslov-familjecentralen-x.yaml finns redan och skrivs inte över; välj ett annat namn med -o\n');
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('mitt arbete\n');
  });

  it('refuses a folder that does not exist (exit 2, nothing written)', async () => {
    const dir = tempDir();
    const r = await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '-o', 'saknas/x.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('samverkan: saknas: mappen finns inte\n');
    expect(existsSync(join(dir, 'saknas'))).toBe(false);
  });

  it('refuses an unknown framework with "menade du" (exit 2)', async () => {
    const dir = tempDir();
    const r = await cliInProcess(['new', '--ramverk', 'skane-2019', '--kommun', 'Eslöv', '--namn', 'X'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'samverkan: okänt ramverk "skane-2019" (menade du skane-2014?); välj ett av skane-2014, skane-2018, vg-2024, orebro-2010, nationell\n',
    );
    const en = await cliInProcess(['new', '--ramverk', 'vg2024', '--kommun', 'Borås', '--namn', 'X', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('unknown framework "vg2024" (did you mean vg-2024?)');
  });

  it("refuses a municipality outside the framework's region, or misspelt, with a suggestion", async () => {
    const dir = tempDir();
    const wrongRegion = await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Göteborg', '--namn', 'X'], { cwd: dir });
    expect(wrongRegion.code).toBe(2);
    expect(wrongRegion.stderr).toBe('samverkan: Göteborg ligger i Västra Götalands län, inte i Skåne län (menade du --ramverk vg-2024?)\n');
    const misspelt = await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslov', '--namn', 'X'], { cwd: dir });
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toBe('samverkan: okänd kommun "Eslov" i Skåne län (menade du Eslöv?)\n');
    const typ = await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '--typ', 'familjecentralliknande'], { cwd: dir });
    expect(typ.code).toBe(2);
    expect(typ.stderr).toContain('(menade du familjecentralsliknande?)');
  });

  it('accepts "Eslövs kommun" for Eslöv', async () => {
    const dir = tempDir();
    const r = await cliInProcess(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslövs kommun', '--namn', 'Familjecentralen X'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'eslov-familjecentralen-x.yaml'), 'utf8')).familjecentral.kommun).toBe('Eslöv');
  });

  it('has Swedish help with an example, English with --lang en', () => {
    const sv = cli(['new', '--help']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain('skapa ett utkast till ett lokalt samverkansavtal');
    expect(sv.stdout).toContain('Exempel:\n  samverkan new --ramverk skane-2018 --kommun Eslöv --namn "Familjecentralen Solrosen"');
    const en = cli(['new', '--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('create a draft local agreement with every section its framework requires');
    expect(en.stdout).toContain('Examples:\n  samverkan new --ramverk skane-2018');
    expect(en.stdout).not.toContain('Exempel:');
  });
});
