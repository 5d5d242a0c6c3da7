/**
 * The domain vocabulary (src/core): each fact has one home, and the commands
 * that use it agree. The boundaries of every vocabulary function are pinned
 * here; the consumers (check, report, compare, the CLI) are run on the same
 * input and must say the same thing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activityLabel,
  activityName,
  activityShort,
  agreementTerm,
  asOfDate,
  BASE_ACTIVITIES,
  centreTypeName,
  checkAgreement,
  compareAgreements,
  formatComparisonMarkdown,
  formatComparisonText,
  formatNumber,
  humanDate,
  isoDate,
  isSlug,
  kindOfParty,
  lastDayOf,
  MUNICIPAL_ACTIVITIES,
  municipalityName,
  parseIsoDate,
  partyKindName,
  presentActivities,
  RESPONSIBLE_KIND,
  slugOf,
  startOfDay,
  termOf,
  termStatus,
  typeByDefinition,
  validateAgreementText,
  waiverApplies,
  type Agreement,
  type BaseActivityKind,
  type Validity,
} from '../src/index.js';
import { monthInterval, ordinalSv, yearInterval } from '../src/core/numbers.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { agreementBlocks } from '../src/render/index.js';
import { buildReport } from '../src/report/build.js';
import { AGREEMENTS, cli, FIXTURES, mutate, tempDir } from './helpers.js';

const day = (iso: string): Date => parseIsoDate(iso)!;
const iso = (d: Date | undefined): string | undefined => (d ? isoDate(d) : undefined);

/** Today's date as the CLI sees it (local calendar day), computed here, not pinned. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('"today" is the start of the day in every command', () => {
  it('an agreement ending today is in force in check and in report, without --as-of', () => {
    const today = todayIso();
    const dir = tempDir();
    const source = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
    const endsToday = mutate(
      mutate(
        source,
        '    till: 2028-12-31\n    förlängning:                # valfri automatisk förlängning\n      år: 2\n      gånger: 1\n',
        `    till: ${today}\n`,
      ),
      '    från: 2026-01-01\n',
      '    från: 2020-01-01\n',
    );
    const file = join(dir, 'slutar-idag.yaml');
    writeFileSync(file, endsToday);

    const check = cli(['check', file, '--format', 'json']);
    const checked = JSON.parse(check.stdout) as { asOf: string; files: { findings: { ruleId: string; outcome: string; message: string }[] }[] };
    expect(checked.asOf).toBe(today);
    const inForce = checked.files[0]!.findings.find((f) => f.ruleId === 'gemensam.giltighet')!;
    expect(inForce.outcome).toBe('uppfyllt');
    expect(inForce.message).toMatch(/^Avtalet gäller till /);

    const report = cli(['report', file, '--format', 'json']);
    expect(report.code).toBe(0);
    const r = JSON.parse(report.stdout) as {
      asOf: string;
      centres: { giltighet: string; giltigTill: string }[];
      rules: { ruleId: string; uppfyllt: number; ej_uppfyllt: number }[];
    };
    expect(r.asOf).toBe(today);
    expect(r.centres[0]!.giltigTill).toBe(today);
    expect(r.centres[0]!.giltighet).toBe('löper_ut');
    const tally = r.rules.find((t) => t.ruleId === 'gemensam.giltighet')!;
    expect({ uppfyllt: tally.uppfyllt, ej_uppfyllt: tally.ej_uppfyllt }).toEqual({ uppfyllt: 1, ej_uppfyllt: 0 });
  });
});

describe('dates', () => {
  it('parses real ISO calendar days only, at local midnight', () => {
    expect(iso(parseIsoDate('2024-02-29'))).toBe('2024-02-29');
    expect(parseIsoDate('2024-02-29')!.getHours()).toBe(0);
    expect(iso(parseIsoDate('1900-01-01'))).toBe('1900-01-01');
    expect(iso(parseIsoDate('2199-12-31'))).toBe('2199-12-31');
    for (const bad of [
      '1899-12-31',
      '2200-01-01',
      '0025-01-01',
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-01',
      '26-01-01',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '',
    ]) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('"today" is the start of the day, whatever the time; --as-of is taken as given or refused', () => {
    const late = new Date(2026, 11, 31, 23, 59, 59, 999);
    expect(startOfDay(late).getTime()).toBe(new Date(2026, 11, 31).getTime());
    expect(asOfDate(undefined, late)!.getTime()).toBe(new Date(2026, 11, 31).getTime());
    expect(asOfDate('2027-01-15', late)!.getTime()).toBe(new Date(2027, 0, 15).getTime());
    expect(asOfDate('2027-02-30', late)).toBeUndefined();
    expect(asOfDate('0025-01-15', late)).toBeUndefined(); // the years an agreement's dates may have (the schema's too)
    expect(startOfDay(late).getTime()).not.toBe(late.getTime());
    expect(late.getHours()).toBe(23); // not changed in place
  });

  it('writes a day in Swedish or English', () => {
    expect(humanDate('2026-01-01', 'sv')).toBe('1 januari 2026');
    expect(humanDate('2025-12-31', 'en')).toBe('31 December 2025');
    expect(humanDate(new Date(2026, 4, 9, 18), 'sv')).toBe('9 maj 2026');
  });
});

describe('the term', () => {
  const g = (v: Validity) => termOf(v);

  it('ends on `till` without an extension, and after every automatic extension with one', () => {
    expect(iso(g({ från: '2026-01-01', till: '2028-12-31' }).end)).toBe('2028-12-31');
    expect(iso(g({ till: '2028-12-31', förlängning: { år: 2, gånger: 1 } }).end)).toBe('2030-12-31');
    expect(iso(g({ till: '2028-06-30', förlängning: { månader: 6, gånger: 2 } }).end)).toBe('2029-06-30');
    expect(iso(g({ till: '2028-06-30', förlängning: { typ: 'automatisk', år: 1, månader: 3, gånger: 1 } }).end)).toBe('2028-09-30');
    const ext = g({ till: '2028-12-31', förlängning: { år: 1, gånger: 2 } });
    expect([iso(ext.term), ext.extended, ext.openEnded, ext.unknownEnd]).toEqual(['2028-12-31', true, false, false]);
  });

  it('does not count an option to extend: it needs a decision', () => {
    const t = g({ till: '2028-12-31', förlängning: { typ: 'option', månader: 12, gånger: 2 } });
    expect([iso(t.end), t.extended]).toEqual(['2028-12-31', false]);
    expect(t.option).toMatchObject({ months: 12, times: 2, inYears: false });
    expect(iso(t.option!.last)).toBe('2030-12-31');
    expect(g({ till: '2028-12-31', förlängning: { typ: 'option' } }).option).toMatchObject({ months: undefined, last: undefined });
  });

  it('runs until further notice without `till` or with unlimited extensions; an extension of unknown length has no known end', () => {
    expect(g({ från: '2026-01-01' })).toMatchObject({ end: undefined, openEnded: true, extended: false });
    expect(g({ till: '2028-12-31', förlängning: { år: 1 } })).toMatchObject({ end: undefined, openEnded: true, extended: true });
    expect(g({ till: '2028-12-31', förlängning: { gånger: 2 } })).toMatchObject({ end: undefined, unknownEnd: true, openEnded: false });
  });

  it('is in force from its first to its last day inclusive', () => {
    const t = g({ från: '2026-01-01', till: '2026-12-31', förlängning: { månader: 1, gånger: 1 } });
    expect(termStatus(t, day('2025-12-31'))).toBe('ej_börjat');
    expect(termStatus(t, day('2026-01-01'))).toBe('gällande');
    expect(termStatus(t, day('2027-01-01'))).toBe('gällande'); // in the extension
    expect(termStatus(t, day('2027-01-31'))).toBe('gällande'); // its last day
    expect(termStatus(t, day('2027-02-01'))).toBe('utgånget');
    expect(termStatus(g({ från: '2026-01-01' }), day('2090-01-01'))).toBe('tills_vidare');
    expect(termStatus(g({ till: '2026-12-31', förlängning: { gånger: 1 } }), day('2026-06-01'))).toBe('uppgift_saknas');
    expect(termStatus(undefined, day('2026-06-01'))).toBe('uppgift_saknas');
  });

  it('an approved deviation applies through its last day, and without one always', () => {
    expect(waiverApplies({ till: '2026-06-30' }, day('2026-06-30'))).toBe(true);
    expect(waiverApplies({ till: '2026-06-30' }, day('2026-07-01'))).toBe(false);
    expect(waiverApplies({}, day('2199-12-31'))).toBe(true);
    expect(waiverApplies({ till: 'snart' }, day('2026-07-01'))).toBe(true); // not a date: validation reports it
  });

  it('reads the term of an agreement, or none when its validity is a marker', () => {
    const a = { avtal: { id: 'x', giltighet: { till: '2026-12-31', förlängning: { år: 1, gånger: 1 } } } } as unknown as Agreement;
    expect(lastDayOf(a)).toBe('2027-12-31');
    expect(agreementTerm({ avtal: { id: 'x', giltighet: 'uppgift saknas' } } as unknown as Agreement)).toBeUndefined();
    expect(lastDayOf({ avtal: { id: 'x', giltighet: { från: '2026-01-01' } } } as unknown as Agreement)).toBeNull();
  });
});

describe('base activities and the type by definition', () => {
  const M = 'mödrahälsovård';
  const B = 'barnhälsovård';
  const O = 'öppen_förskola';
  const S = 'socialtjänst';
  /** Every combination of the four, with the type the definition gives it. */
  const TYPES: [BaseActivityKind[], string][] = [
    [[], 'ingen'],
    [[M], 'ingen'],
    [[B], 'ingen'],
    [[O], 'ingen'],
    [[S], 'ingen'],
    [[M, B], 'ingen'],
    [[M, O], 'ingen'],
    [[M, S], 'ingen'],
    [[B, O], 'familjecentralsliknande'],
    [[B, S], 'familjecentralsliknande'],
    [[O, S], 'ingen'],
    [[M, B, O], 'familjecentralsliknande'],
    [[M, B, S], 'familjecentralsliknande'],
    [[M, O, S], 'ingen'],
    [[B, O, S], 'familjecentralsliknande'],
    [[M, B, O, S], 'familjecentral'],
  ];

  it.each(TYPES)('%j is %s by definition', (kinds, type) => {
    expect(typeByDefinition(new Set(kinds))).toBe(type);
  });

  it('counts an activity co-located wholly, partly or without saying, not one listed as not co-located', () => {
    const a = {
      basverksamheter: [
        { verksamhet: M, samlokaliserad: 'helt' },
        { verksamhet: B, samlokaliserad: 'delvis' },
        { verksamhet: O },
        { verksamhet: S, samlokaliserad: 'nej' },
      ],
    } as Agreement;
    expect([...presentActivities(a)]).toEqual([M, B, O]);
    expect(presentActivities({ basverksamheter: undefined })).toEqual(new Set());
  });

  it('names each activity one way: MHV and BHV (not BMM, BVC), förebyggande socialtjänst', () => {
    expect(BASE_ACTIVITIES.map((k) => activityLabel(k, 'sv'))).toEqual([
      'mödrahälsovård (MHV)',
      'barnhälsovård (BHV)',
      'öppen förskola',
      'förebyggande socialtjänst',
    ]);
    expect(BASE_ACTIVITIES.map((k) => activityLabel(k, 'en'))).toEqual([
      'maternity care (MHV)',
      'child health care (BHV)',
      'open preschool',
      'preventive social services',
    ]);
    expect(BASE_ACTIVITIES.map((k) => activityName(k, 'sv'))).toEqual(['mödrahälsovård', 'barnhälsovård', 'öppen förskola', 'förebyggande socialtjänst']);
    expect(BASE_ACTIVITIES.map((k) => activityShort(k, 'sv'))).toEqual(['MHV', 'BHV', 'ÖF', 'Soc']);
  });

  it('the region runs MHV and BHV, the kommun ÖF and social services', () => {
    expect(RESPONSIBLE_KIND).toEqual({ mödrahälsovård: 'region', barnhälsovård: 'region', öppen_förskola: 'kommun', socialtjänst: 'kommun' });
    expect(MUNICIPAL_ACTIVITIES).toEqual([O, S]);
    expect([partyKindName('region', 'sv'), partyKindName('kommun', 'en')]).toEqual(['regionen', 'the kommun']);
  });

  it('names the centre types in running text and in a table cell', () => {
    expect(['familjecentral', 'familjecentralsliknande', 'ingen'].map((t) => centreTypeName(t as 'ingen', 'sv'))).toEqual([
      'familjecentral',
      'familjecentralsliknande verksamhet',
      'ingen av dem',
    ]);
    expect(centreTypeName('familjecentralsliknande', 'sv', 'short')).toBe('familjecentralsliknande');
    expect(centreTypeName('familjecentralsliknande', 'en', 'short')).toBe('family-centre-like');
    expect(centreTypeName('familjecentral', 'en')).toBe('family centre');
  });

  it('a party is of its typ, else of its id when that is region or kommun', () => {
    expect(kindOfParty({ id: 'region' })).toBe('region');
    expect(kindOfParty({ id: 'kommun' })).toBe('kommun');
    expect(kindOfParty({ id: 'forsamlingen' })).toBeUndefined();
    expect(kindOfParty({ id: 'kommun', typ: 'annan' })).toBe('annan');
    expect(kindOfParty({ id: 'bvc-norr', typ: 'region' })).toBe('region');
  });
});

describe('numbers', () => {
  it('Swedish: decimal comma, thousands by a no-break space, a real minus, at most two decimals', () => {
    const nb = '\u00a0';
    expect(formatNumber(1.5, 'sv')).toBe('1,5');
    expect(formatNumber(999, 'sv')).toBe('999');
    expect(formatNumber(1000, 'sv')).toBe(`1${nb}000`);
    expect(formatNumber(1234.5, 'sv')).toBe(`1${nb}234,5`);
    expect(formatNumber(1234567, 'sv')).toBe(`1${nb}234${nb}567`);
    expect(formatNumber(-1234.5, 'sv')).toBe(`\u22121${nb}234,5`);
    expect(formatNumber(-0.5, 'sv')).toBe('\u22120,5');
    expect(formatNumber(-0.001, 'sv')).toBe('0');
    expect(formatNumber(0.125, 'sv')).toBe('0,13');
    expect(formatNumber(2.1, 'sv')).toBe('2,1');
    expect(formatNumber(0, 'sv')).toBe('0');
  });

  it('English: decimal point, comma thousands, hyphen minus', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(-0.25, 'en')).toBe('-0.25');
  });

  it('a year is not grouped, and a compared value is kept exactly', () => {
    expect(formatNumber(2026, 'sv', { grouping: false })).toBe('2026');
    expect(formatNumber(0.333, 'sv', { decimals: Infinity })).toBe('0,333');
    expect(formatNumber(0.333, 'sv')).toBe('0,33');
    expect(formatNumber(Number.NaN, 'sv')).toBe('NaN');
  });
});

describe('how often, in Swedish (one home for check and render)', () => {
  it('ordinals take :a after 1 and 2, except in 11 and 12', () => {
    const cases: [number, string][] = [
      [1, '1:a'],
      [2, '2:a'],
      [3, '3:e'],
      [10, '10:e'],
      [11, '11:e'],
      [12, '12:e'],
      [13, '13:e'],
      [21, '21:a'],
      [22, '22:a'],
      [23, '23:e'],
      [101, '101:a'],
      [111, '111:e'],
      [112, '112:e'],
      [122, '122:a'],
    ];
    expect(cases.map(([n]) => ordinalSv(n))).toEqual(cases.map(([, text]) => text));
  });

  it('years and months in words where Swedish has them, an ordinal otherwise', () => {
    expect([1, 2, 3, 4, 5, 6, 21].map(yearInterval)).toEqual([
      'varje år',
      'vartannat år',
      'vart tredje år',
      'vart fjärde år',
      'vart femte år',
      'vart 6:e år',
      'vart 21:a år',
    ]);
    expect([1, 2, 3, 6, 9, 12, 22, 24, 36, 48].map(monthInterval)).toEqual([
      'varje månad',
      'var 2:a månad',
      'varje kvartal',
      'varje halvår',
      'var 9:e månad',
      'en gång per år',
      'var 22:a månad',
      'vartannat år',
      'vart tredje år',
      'var 48:e månad',
    ]);
  });

  it('the checker and the document say the same', () => {
    const text = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8')
      .replace(/intervall_månader: \d+/, 'intervall_månader: 22')
      .replace(/beskrivning: Samverkan utvärderas gemensamt .*/, 'beskrivning: Samverkan utvärderas gemensamt.');
    const v = validateAgreementText(text);
    const f = checkAgreement(v.agreement!, { asOf: day('2026-11-23') }).findings.find((x) => x.ruleId === 'skane.gemensam_utvardering')!;
    expect(f.message).toContain('var 22:a månad');
    const blocks = agreementBlocks(v.agreement!, { templates: loadTemplateTexts(), asOf: '2026-11-23' });
    expect(JSON.stringify(blocks)).toContain('var 22:a månad');
  });
});

describe('names and ids', () => {
  it('a municipality as Swedish writes it', () => {
    expect(['Eslöv', 'Lilla Edet', 'Borås', 'Malmö', 'Härryda', 'Orust', 'Trelleborg'].map(municipalityName)).toEqual([
      'Eslövs kommun',
      'Lilla Edets kommun',
      'Borås kommun',
      'Malmö kommun',
      'Härryda kommun',
      'Orust kommun',
      'Trelleborgs kommun',
    ]);
  });

  it('the id rule: a–z, 0–9, single hyphens, 1–64 characters, no reserved device name', () => {
    for (const ok of ['eslov-solrosen', 'a', '1', 'a'.repeat(64), 'con-avtal', 'com10', 'aux1', 'lpt']) expect(isSlug(ok), ok).toBe(true);
    for (const bad of ['', 'a'.repeat(65), 'Eslöv', 'a--b', '-a', 'a-', 'a_b', 'a b', 'con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1'])
      expect(isSlug(bad), bad).toBe(false);
  });

  it('an id made from free text always meets the rule', () => {
    expect(slugOf('Eslöv Familjecentralen X')).toBe('eslov-familjecentralen-x');
    expect(slugOf('Åmål Café Ängen – öppna förskolan')).toBe('amal-cafe-angen-oppna-forskolan');
    expect(slugOf('CON')).toBe('con-avtal');
    expect(slugOf('– – –')).toBe('avtal');
    const long = slugOf(`Göteborg Familjecentralen ${'Lång '.repeat(30)}`);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(isSlug(long)).toBe(true);
    expect(long.endsWith('-lang')).toBe(true);
  });
});

describe('the consumers agree', () => {
  const SET = join(FIXTURES, 'orebro-mapping');
  const loaded = readdirSync(SET)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({ file, v: validateAgreementText(readFileSync(join(SET, file), 'utf8')) }))
    .filter((x) => x.v.valid);

  it('check and report judge the same end date and validity on every day around it', () => {
    const source = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
    const a = validateAgreementText(source).agreement!;
    // Ends 2028-12-31, extended automatically by two years once: the last day is 2030-12-31.
    expect(lastDayOf(a)).toBe('2030-12-31');
    const IN_FORCE: Record<string, string> = {
      uppfyllt: 'gällande|löper_ut|tills_vidare',
      ej_uppfyllt: 'utgånget',
      ej_tillämpligt: 'ej_börjat',
      ej_bedömt: 'uppgift_saknas',
    };
    for (const d of ['2025-12-31', '2026-01-01', '2028-12-31', '2030-12-31', '2031-01-01']) {
      const check = checkAgreement(a, { asOf: day(d) });
      const report = buildReport([{ file: 'a.yaml', validation: { valid: true, agreement: a, diagnostics: [] }, check }], { asOf: day(d) });
      const outcome = check.findings.find((f) => f.ruleId === 'gemensam.giltighet')!.outcome;
      expect(report.centres[0]!.giltigTill).toBe('2030-12-31');
      expect(report.centres[0]!.giltighet, d).toMatch(new RegExp(`^(${IN_FORCE[outcome]})$`));
    }
    expect(checkAgreement(a, { asOf: day('2030-12-31') }).findings.find((f) => f.ruleId === 'gemensam.giltighet')!.outcome).toBe('uppfyllt');
    expect(checkAgreement(a, { asOf: day('2031-01-01') }).findings.find((f) => f.ruleId === 'gemensam.giltighet')!.outcome).toBe('ej_uppfyllt');
  });

  it('a library caller passing the current instant is judged at the start of the day, in check and report alike', () => {
    const a = validateAgreementText(readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8')).agreement!;
    const evening = new Date(2030, 11, 31, 18, 30);
    const check = checkAgreement(a, { asOf: evening });
    expect(check.asOf).toBe('2030-12-31');
    expect(check.findings.find((f) => f.ruleId === 'gemensam.giltighet')!.outcome).toBe('uppfyllt');
    const report = buildReport([{ file: 'a.yaml', validation: { valid: true, agreement: a, diagnostics: [] }, check }], { asOf: evening });
    expect([report.asOf, report.centres[0]!.giltighet]).toEqual(['2030-12-31', 'löper_ut']);
  });

  it("check's type rule and report's type by definition agree on all 20 agreements of the mapping", () => {
    expect(loaded.length).toBe(20);
    let checked = 0;
    for (const { file, v } of loaded) {
      const a = v.agreement!;
      const check = checkAgreement(a, { asOf: day('2012-10-01') });
      const report = buildReport([{ file, validation: v, check }], { asOf: day('2012-10-01') });
      const byDefinition = report.centres[0]!.typEnligtDefinition;
      const typ = check.findings.find((f) => f.ruleId === 'gemensam.typ')!;
      if (a.familjecentral.typ === undefined || byDefinition === null) continue;
      checked++;
      const meets = a.familjecentral.typ === 'familjecentral' ? byDefinition === 'familjecentral' : byDefinition !== 'ingen';
      expect(typ.outcome, file).toBe(meets ? 'uppfyllt' : 'ej_uppfyllt');
      expect(byDefinition, file).toBe(typeByDefinition(presentActivities(a)));
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('report and check name the activities the same way', () => {
    const v = loaded[0]!.v;
    const report = buildReport([{ file: 'a.yaml', validation: v }], { asOf: day('2012-10-01') });
    const labels = report.indicators.filter((i) => /^basverksamhet\.[^.]+$/.test(i.id)).map((i) => i.label);
    expect(labels).toEqual(['Mödrahälsovård (MHV) finns', 'Barnhälsovård (BHV) finns', 'Öppen förskola finns', 'Förebyggande socialtjänst finns']);
  });

  it('compare prints numbers with a Swedish decimal comma, and with a point in English', () => {
    const side = (name: string) => {
      const v = validateAgreementText(readFileSync(join(FIXTURES, 'compare', name), 'utf8'));
      return { agreement: v.agreement!, locate: v.locate, file: name };
    };
    const result = compareAgreements(side('solrosen-v2.yaml'), side('solrosen-v3.yaml'), { asOf: day('2026-12-15') });
    expect(formatComparisonText(result, { lang: 'sv' })).toContain(' 0,5 → 0,75\n');
    expect(formatComparisonMarkdown(result, { lang: 'sv' })).toContain('0,5 → 0,75');
    expect(formatComparisonText(result, { lang: 'en' })).toContain('0.5 → 0.75');
  });
});
