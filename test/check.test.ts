/**
 * The checker, rule by rule: for each rule an agreement that meets it and one
 * that does not, built from the shipped Eslöv example by mutation; the message
 * a reviewer reads, the severity and the place in the YAML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAgreement } from '../src/check/index.js';
import { allRules, RULESETS } from '../src/check/rulesets.js';
import { rulesMarkdown } from '../src/check/docs.js';
import type { Finding } from '../src/check/types.js';
import type { Agreement } from '../src/core/model.js';
import { validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS, ROOT, mutate, lineOf } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const AS_OF = new Date(2026, 10, 23); // 23 November 2026

/** A valid agreement from YAML text (the test fails if the text does not validate). */
function parse(text: string) {
  const r = validateAgreementText(text);
  expect(r.diagnostics.filter((d) => d.severity === 'fel')).toEqual([]);
  return { agreement: r.agreement!, locate: r.locate };
}

/** The Eslöv example as data, changed by `edit` (for changes the schema would also reject). */
function eslov(edit: (a: Agreement) => void = () => {}): Agreement {
  const a = structuredClone(parse(EXAMPLE).agreement);
  edit(a);
  return a;
}

/** The Eslöv example recast as a VG agreement, valid against the vg-2024 schema. */
function vg(edit: (a: Agreement) => void = () => {}): Agreement {
  const a = eslov((x) => {
    x.ramverk = 'vg-2024';
    x.familjecentral.kommun = 'Borås';
    x.parter[0]!.organisation = 'Västra Götalandsregionen';
    for (const b of x.basverksamheter) b.åtagande = `Basverksamheten ${b.verksamhet} erbjuder sina ordinarie insatser på familjecentralen.`;
    x.organisation!.ledningsgrupp!.mandat = 'Ledningsgruppen leder och planerar det gemensamma arbetet.';
  });
  expect(validateAgreementText(stringify(a)).diagnostics).toEqual([]);
  edit(a);
  return a;
}

/** The Eslöv example recast as an Örebro agreement with a KAFO review. */
function orebro(edit: (a: Agreement) => void = () => {}): Agreement {
  const a = eslov((x) => {
    x.ramverk = 'orebro-2010';
    x.familjecentral.kommun = 'Karlskoga';
    x.översyn = { intervall_år: 3, senast: '2025-03-01', nästa: '2028-03-01', metod: 'KAFO' };
  });
  expect(validateAgreementText(stringify(a)).diagnostics).toEqual([]);
  edit(a);
  return a;
}

function finding(a: Agreement, ruleId: string, asOf = AS_OF, parameters?: Record<string, Record<string, number>>): Finding {
  const r = checkAgreement(a, { asOf, ...(parameters ? { parameters } : {}) });
  const f = r.findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`rule ${ruleId} not in ruleset ${r.ruleset}`);
  return f;
}

const met = (f: Finding) => expect(f.outcome, f.message).toBe('uppfyllt');
const unmet = (f: Finding) => {
  expect(f.outcome, f.message).toBe('ej_uppfyllt');
  return f.message;
};
/** Not assessed: a value the rule needs is missing ("Uppgift saknas: …"). */
const notAssessed = (f: Finding) => {
  expect(f.outcome, f.message).toBe('ej_bedömt');
  expect(f.message).toMatch(/^Uppgift saknas: /);
  return f.message;
};

/** A schedule that shares no time with the others: socialtjänst only on Wednesdays. */
const NO_OVERLAP = mutate(
  EXAMPLE,
  '      - { dag: tisdag, från: "09:00", till: "12:00" }\n      - { dag: torsdag, från: "09:00", till: "12:00" }\n\nsamtidighet',
  '      - { dag: onsdag, från: "13:00", till: "16:00" }\n\nsamtidighet',
);

describe('checkAgreement: contract', () => {
  it('gives one finding per rule of the ruleset, with citation and summary', () => {
    const { agreement, locate } = parse(EXAMPLE);
    const r = checkAgreement(agreement, { asOf: AS_OF, locate });
    expect(r.ramverk).toBe('skane-2018');
    expect(r.ruleset).toBe('skane-2018@2');
    expect(r.asOf).toBe('2026-11-23');
    expect(r.findings.map((f) => f.ruleId)).toEqual(RULESETS['skane-2018'].entries.map((e) => e.rule.id));
    for (const f of r.findings) {
      expect(f.citation.url).toMatch(/^https?:\/\//);
      expect(f.citation.section).toMatch(/frameworks\.md §/);
      expect(f.position?.line).toBeGreaterThan(0);
    }
    // The Eslöv example's only shortfall: social services are only partly co-located.
    expect(r.summary).toMatchObject({ rules: r.findings.length, fel: 0, varning: 1, info: 0, ej_uppfyllt: 1, undantaget: 0 });
    expect(r.findings.filter((f) => f.outcome === 'ej_uppfyllt').map((f) => f.ruleId)).toEqual(['gemensam.samlokalisering']);
  });

  it('every rule has an id, both titles, a severity and a cited source, and is in some ruleset', () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules()) {
      expect(r.id).toMatch(/^(gemensam|skane|vg|orebro)\.[a-z_]+$/);
      expect(r.title.sv.length).toBeGreaterThan(3);
      expect(r.title.en.length).toBeGreaterThan(3);
      expect(['fel', 'varning', 'info']).toContain(r.severity);
      expect(r.citation.url).toMatch(/^https?:\/\//);
    }
    for (const rs of Object.values(RULESETS)) {
      for (const common of allRules().filter((r) => r.id.startsWith('gemensam.'))) {
        expect(
          rs.entries.map((e) => e.rule.id),
          rs.id,
        ).toContain(common.id);
      }
    }
  });

  it('speaks English with lang: en', () => {
    const f = checkAgreement(eslov(), { asOf: AS_OF, lang: 'en' }).findings.find((x) => x.ruleId === 'gemensam.samlokalisering')!;
    expect(f.title).toBe('Full co-location');
    expect(f.message).toBe('Preventive social services is only partly co-located; by definition all of its ordinary activity is at the family centre.');
  });

  it('docs/rules.md is generated from the rules and up to date (run npm run generate)', () => {
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown());
    for (const r of allRules()) expect(rulesMarkdown()).toContain(`### ${r.id}`);
    expect(rulesMarkdown()).toContain('| `min_timmar_per_vecka` | 3 | timmar per vecka | regeluppsättning |');
  });
});

describe('gemensam.typ', () => {
  it('a familjecentral with all four base activities meets it', () => met(finding(eslov(), 'gemensam.typ')));
  it('a familjecentral without MHV does not, and is told it is familjecentralsliknande', () => {
    const msg = unmet(
      finding(
        eslov((a) => (a.basverksamheter = a.basverksamheter.filter((b) => b.verksamhet !== 'mödrahälsovård'))),
        'gemensam.typ',
      ),
    );
    expect(msg).toBe(
      'En familjecentral ska ha alla fyra basverksamheterna samlokaliserade; mödrahälsovård (MHV) saknas. Med de verksamheter som finns är det en familjecentralsliknande verksamhet (typ: familjecentralsliknande).',
    );
  });
  it('an activity listed as not co-located does not count towards the type', () => {
    const msg = unmet(
      finding(
        eslov((a) => {
          a.basverksamheter.find((b) => b.verksamhet === 'mödrahälsovård')!.samlokaliserad = 'nej';
        }),
        'gemensam.typ',
      ),
    );
    expect(msg).toContain('mödrahälsovård (MHV) saknas. (mödrahälsovård (MHV) står med men är inte samlokaliserad och räknas inte.)');
  });
  it('a familjecentralsliknande with BHV and öppen förskola meets it', () => {
    met(
      finding(
        eslov((a) => {
          a.familjecentral.typ = 'familjecentralsliknande';
          a.basverksamheter = a.basverksamheter.filter((b) => b.verksamhet === 'barnhälsovård' || b.verksamhet === 'öppen_förskola');
        }),
        'gemensam.typ',
      ),
    );
  });
  it('a familjecentralsliknande with BHV and MHV only does not', () => {
    const msg = unmet(
      finding(
        eslov((a) => {
          a.familjecentral.typ = 'familjecentralsliknande';
          a.basverksamheter = a.basverksamheter.filter((b) => b.verksamhet === 'barnhälsovård' || b.verksamhet === 'mödrahälsovård');
        }),
        'gemensam.typ',
      ),
    );
    expect(msg).toContain('ingen kommunal basverksamhet (öppen förskola eller förebyggande socialtjänst)');
  });
});

describe('gemensam.huvudman', () => {
  it('region runs MHV/BHV and kommun ÖF/socialtjänst: met', () => met(finding(eslov(), 'gemensam.huvudman')));
  it('social services run by the region is not', () => {
    const text = mutate(EXAMPLE, '  - verksamhet: socialtjänst\n    part: kommun', '  - verksamhet: socialtjänst\n    part: region');
    const { agreement, locate } = parse(text);
    const f = checkAgreement(agreement, { asOf: AS_OF, locate }).findings.find((x) => x.ruleId === 'gemensam.huvudman')!;
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.severity).toBe('fel');
    expect(f.message).toBe('Förebyggande socialtjänst drivs av kommunen, men avtalet anger parten "region" (typ region).');
    expect(f.position?.line).toBe(lineOf(text, '  - verksamhet: socialtjänst\n    part: region') + 1);
  });
  it('öppen förskola run by a third party (a parish) is met when the kommun runs another activity', () => {
    const a = eslov((x) => {
      x.parter!.push({ id: 'forsamling', typ: 'annan', organisation: 'Eslövs församling' });
      x.basverksamheter!.find((b) => b.verksamhet === 'öppen_förskola')!.part = 'forsamling';
    });
    const f = finding(a, 'gemensam.huvudman');
    met(f);
    expect(f.message).toBe('Regionen driver MHV och BHV och kommunen förebyggande socialtjänst; öppen förskola drivs av en tredje part.');
  });
  it('no activity run by the kommun: not met', () => {
    const a = eslov((x) => {
      x.parter!.push({ id: 'forsamling', typ: 'annan', organisation: 'Eslövs församling' });
      x.basverksamheter = x.basverksamheter!.filter((b) => b.verksamhet !== 'socialtjänst');
      x.basverksamheter.find((b) => b.verksamhet === 'öppen_förskola')!.part = 'forsamling';
    });
    expect(unmet(finding(a, 'gemensam.huvudman'))).toBe('Kommunen driver ingen av basverksamheterna.');
  });
  it('who runs BHV not known: not assessed', () => {
    expect(
      notAssessed(
        finding(
          eslov((x) => delete x.basverksamheter![1]!.part),
          'gemensam.huvudman',
        ),
      ),
    ).toBe('Uppgift saknas: vem som driver barnhälsovård (BHV) (basverksamheter[1].part).');
  });
  it('a party with an id that is not region/kommun and no typ is asked for its typ', () => {
    const msg = unmet(
      finding(
        eslov((a) => {
          a.parter.push({ id: 'bvc-norr', organisation: 'BVC Norr AB' });
          a.basverksamheter[1]!.part = 'bvc-norr';
        }),
        'gemensam.huvudman',
      ),
    );
    expect(msg).toContain('Parten "bvc-norr" som driver barnhälsovård (BHV) har ingen typ; ange typ: region');
  });
  it('party.typ decides the kind when the id is something else', () => {
    met(
      finding(
        eslov((a) => {
          a.parter[0]!.id = 'rs';
          a.parter[0]!.typ = 'region';
          for (const b of a.basverksamheter) if (b.part === 'region') b.part = 'rs';
        }),
        'gemensam.huvudman',
      ),
    );
  });
});

describe('gemensam.bemanning and gemensam.narvaro', () => {
  it('staffed and present: met', () => {
    met(finding(eslov(), 'gemensam.bemanning'));
    met(finding(eslov(), 'gemensam.narvaro'));
  });
  it('social services without staffing: not met; staffing not known: not assessed', () => {
    expect(
      unmet(
        finding(
          eslov((a) => (a.basverksamheter![3]!.bemanning = [])),
          'gemensam.bemanning',
        ),
      ),
    ).toBe('Förebyggande socialtjänst saknar bemanning: ange yrke och tjänstgöringsgrad under bemanning.');
    expect(
      notAssessed(
        finding(
          eslov((a) => delete a.basverksamheter![3]!.bemanning),
          'gemensam.bemanning',
        ),
      ),
    ).toBe('Uppgift saknas: bemanningen för förebyggande socialtjänst (basverksamheter[3].bemanning).');
  });
  it('every failure is named at once, and what is not known besides', () => {
    const a = eslov((x) => {
      x.basverksamheter![0]!.bemanning = [];
      x.basverksamheter![3]!.bemanning = [];
      delete x.basverksamheter![2]!.bemanning;
    });
    expect(unmet(finding(a, 'gemensam.bemanning'))).toBe(
      'Mödrahälsovård (MHV) saknar bemanning: ange yrke och tjänstgöringsgrad under bemanning. Förebyggande socialtjänst saknar bemanning: ange yrke och tjänstgöringsgrad under bemanning. Uppgift saknas: bemanningen för öppen förskola (basverksamheter[2].bemanning).',
    );
  });
  it('social services without a presence schedule: not met; schedule not known: not assessed', () => {
    expect(
      unmet(
        finding(
          eslov((a) => (a.basverksamheter![3]!.närvaro = [])),
          'gemensam.narvaro',
        ),
      ),
    ).toBe('Förebyggande socialtjänst har inget närvaroschema: ange dag, från och till under närvaro.');
    notAssessed(
      finding(
        eslov((a) => delete a.basverksamheter![3]!.närvaro),
        'gemensam.narvaro',
      ),
    );
  });
});

describe('gemensam.samlokalisering', () => {
  it('all fully co-located: met', () =>
    met(
      finding(
        eslov((a) => (a.basverksamheter[3]!.samlokaliserad = 'helt')),
        'gemensam.samlokalisering',
      ),
    ));
  it('social services only partly co-located: a warning', () => {
    const f = finding(eslov(), 'gemensam.samlokalisering');
    expect(f.severity).toBe('varning');
    expect(unmet(f)).toContain('Förebyggande socialtjänst är bara delvis samlokaliserad');
  });
});

describe('samtidighet (computed from the schedules)', () => {
  it('6 declared hours that the schedules support: met', () => {
    const f = finding(eslov(), 'gemensam.samtidighet');
    met(f);
    expect(f.message).toBe('Närvaroschemana ger 6 timmar samtidighet per vecka (tisdag 09:00–12:00, torsdag 09:00–12:00), vilket bär det avtalet anger.');
  });

  it('6 declared hours although the schedules do not overlap: an error at timmar_per_vecka', () => {
    const { agreement, locate } = parse(NO_OVERLAP);
    const r = checkAgreement(agreement, { asOf: AS_OF, locate });
    const f = r.findings.find((x) => x.ruleId === 'gemensam.samtidighet')!;
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.severity).toBe('fel');
    expect(f.message).toBe(
      'Avtalet anger 6 timmar samtidighet per vecka, men basverksamheternas närvaroscheman överlappar bara 0 timmar (ingen). Tillfället tisdag 09:00–12:00 ligger utanför den tid då alla basverksamheter är på plats (ingen). Tillfället torsdag 09:00–12:00 ligger utanför den tid då alla basverksamheter är på plats (ingen).',
    );
    expect(f.pointer).toBe('/samtidighet/timmar_per_vecka');
    expect(f.position).toEqual({ line: lineOf(NO_OVERLAP, 'timmar_per_vecka: 6'), col: 21 });
    const skane = r.findings.find((x) => x.ruleId === 'skane.samtidighet')!;
    expect(skane.outcome).toBe('ej_uppfyllt');
    expect(skane.message).toBe(
      'Basverksamheternas närvaroscheman överlappar 0 timmar per vecka (ingen); minst 3 timmar krävs (gränsen 3 timmar per vecka är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till).',
    );
    expect(r.summary.fel).toBeGreaterThanOrEqual(2);
  });

  it('an agreement edited in place (a live editor) is judged on its new schedules', () => {
    const a = eslov();
    met(finding(a, 'gemensam.samtidighet'));
    a.basverksamheter.find((b) => b.verksamhet === 'socialtjänst')!.närvaro = [{ dag: 'onsdag', från: '13:00', till: '16:00' }];
    expect(unmet(finding(a, 'gemensam.samtidighet'))).toContain('överlappar bara 0 timmar (ingen)');
  });

  it('a declared session outside the common time is named', () => {
    const a = eslov((x) => {
      x.samtidighet = {
        timmar_per_vecka: 3,
        tillfällen: [
          { dag: 'tisdag', från: '09:00', till: '12:00' },
          { dag: 'måndag', från: '09:00', till: '12:00' },
        ],
      };
    });
    const f = finding(a, 'gemensam.samtidighet');
    expect(unmet(f)).toContain(
      'Tillfället måndag 09:00–12:00 ligger utanför den tid då alla basverksamheter är på plats (tisdag 09:00–12:00, torsdag 09:00–12:00).',
    );
    expect(f.pointer).toBe('/samtidighet/tillfällen/1');
  });

  it('no declared samtidighet: the consistency rule does not apply', () => {
    expect(
      finding(
        eslov((a) => delete a.samtidighet),
        'gemensam.samtidighet',
      ).outcome,
    ).toBe('ej_tillämpligt');
  });

  it('skane.samtidighet: the minimum is a ruleset parameter a caller can set', () => {
    met(finding(eslov(), 'skane.samtidighet'));
    const f = finding(eslov(), 'skane.samtidighet', AS_OF, { 'skane.samtidighet': { min_timmar_per_vecka: 8 } });
    expect(unmet(f)).toContain('minst 8 timmar krävs (gränsen 8 timmar per vecka är satt vid anropet, inte i ramverket)');
    expect(f.parameters).toEqual({ min_timmar_per_vecka: 8 });
  });
});

describe('organisation rules', () => {
  it('ledningsgrupp with every base activity meeting 4 times: met', () => met(finding(eslov(), 'gemensam.ledningsgrupp')));
  it('ledningsgrupp without social services: not met', () => {
    expect(
      unmet(
        finding(
          eslov((a) => a.organisation!.ledningsgrupp!.medlemmar!.pop()),
          'gemensam.ledningsgrupp',
        ),
      ),
    ).toBe('Ledningsgruppen saknar företrädare för förebyggande socialtjänst.');
  });
  it("ledningsgrupp meeting twice a year: not met, and the limit is the ruleset's", () => {
    expect(
      unmet(
        finding(
          eslov((a) => (a.organisation!.ledningsgrupp!.möten_per_år = 2)),
          'gemensam.ledningsgrupp',
        ),
      ),
    ).toBe(
      'Ledningsgruppen möts 2 gånger per år; minst 4 krävs (gränsen 4 möten per år är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till).',
    );
  });
  it('ledningsgrupp without a meeting frequency: not assessed', () => {
    expect(
      notAssessed(
        finding(
          eslov((a) => delete a.organisation!.ledningsgrupp!.möten_per_år),
          'gemensam.ledningsgrupp',
        ),
      ),
    ).toContain('mötesfrekvens');
  });
  it('ledningsgrupp: ingår inte is not met, uppgift saknas is not assessed', () => {
    expect(
      unmet(
        finding(
          eslov((a) => (a.organisation!.ledningsgrupp = 'ingår inte')),
          'gemensam.ledningsgrupp',
        ),
      ),
    ).toBe('Avtalet innehåller inte en lokal ledningsgrupp (organisation.ledningsgrupp: ingår inte).');
    expect(
      notAssessed(
        finding(
          eslov((a) => (a.organisation!.ledningsgrupp = 'uppgift saknas')),
          'gemensam.ledningsgrupp',
        ),
      ),
    ).toBe('Uppgift saknas: en lokal ledningsgrupp (organisation.ledningsgrupp).');
  });
  it('samordnare: a cost split that does not add up to 100 % is not met', () => {
    expect(
      unmet(
        finding(
          eslov((a) => (a.organisation!.samordnare!.kostnadsfördelning = { region: 50, kommun: 40 })),
          'gemensam.samordnare',
        ),
      ),
    ).toBe('Kostnadsfördelningen för samordnaren summerar till 90 %, inte 100 %.');
    notAssessed(
      finding(
        eslov((a) => delete a.organisation!.samordnare!.kostnadsfördelning),
        'gemensam.samordnare',
      ),
    );
  });
  it('samordnare: met, and not met without one', () => {
    expect(finding(eslov(), 'gemensam.samordnare').message).toBe('Samordnare anställd av Eslövs kommun på 50 % av en heltid.');
    expect(
      unmet(
        finding(
          eslov((a) => (a.organisation!.samordnare = 'ingår inte')),
          'gemensam.samordnare',
        ),
      ),
    ).toBe('Avtalet innehåller inte en samordnare (organisation.samordnare: ingår inte).');
    expect(
      notAssessed(
        finding(
          eslov((a) => delete a.organisation!.samordnare),
          'gemensam.samordnare',
        ),
      ),
    ).toBe('Uppgift saknas: en samordnare (organisation.samordnare).');
  });
  it('personalmöten: 10 a year met, 2 a year not', () => {
    met(finding(eslov(), 'gemensam.personalmoten'));
    expect(
      unmet(
        finding(
          eslov((a) => (a.organisation!.personalmöten_per_år = 2)),
          'gemensam.personalmoten',
        ),
      ),
    ).toContain('2 gemensamma personalmöten per år; minst 4 krävs');
  });
  it('kompetensutveckling: met, and not met when missing', () => {
    met(finding(eslov(), 'gemensam.kompetensutveckling'));
    notAssessed(
      finding(
        eslov((a) => delete a.organisation!.kompetensutveckling),
        'gemensam.kompetensutveckling',
      ),
    );
    unmet(
      finding(
        eslov((a) => (a.organisation!.kompetensutveckling = 'ingår inte')),
        'gemensam.kompetensutveckling',
      ),
    );
  });
});

describe('content rules', () => {
  it('gemensam.mal: joint goals met; none not met', () => {
    met(finding(eslov(), 'gemensam.mal'));
    notAssessed(
      finding(
        eslov((a) => delete a.mål),
        'gemensam.mal',
      ),
    );
    unmet(
      finding(
        eslov((a) => (a.mål = 'ingår inte')),
        'gemensam.mal',
      ),
    );
  });
  it('gemensam.sekretess: consent described met; without consent not met', () => {
    met(finding(eslov(), 'gemensam.sekretess'));
    expect(
      unmet(
        finding(
          eslov((a) => (a.sekretess = 'Varje part för egen journal.')),
          'gemensam.sekretess',
        ),
      ),
    ).toBe('Sekretessavsnittet säger inte hur vårdnadshavares samtycke inhämtas och dokumenteras.');
    notAssessed(
      finding(
        eslov((a) => delete a.sekretess),
        'gemensam.sekretess',
      ),
    );
    expect(
      unmet(
        finding(
          eslov((a) => (a.sekretess = 'ingår inte')),
          'gemensam.sekretess',
        ),
      ),
    ).toBe('Avtalet innehåller inte ett avsnitt om sekretess och samtycke (sekretess: ingår inte).');
  });
  it('gemensam.personuppgifter: controller named met; not named is info', () => {
    met(finding(eslov(), 'gemensam.personuppgifter'));
    const f = finding(
      eslov((a) => (a.sekretess = 'Uppgifter lämnas bara med vårdnadshavares samtycke.')),
      'gemensam.personuppgifter',
    );
    expect(f.severity).toBe('info');
    unmet(f);
  });
  it('gemensam.tvist: dispute clause met; missing is a warning', () => {
    met(finding(eslov(), 'gemensam.tvist'));
    const f = finding(
      eslov((a) => (a.tvist = 'ingår inte')),
      'gemensam.tvist',
    );
    expect(f.severity).toBe('varning');
    unmet(f);
    notAssessed(
      finding(
        eslov((a) => delete a.tvist),
        'gemensam.tvist',
      ),
    );
  });
  it('skane.barnrattsutbildning: training met; not stated is info', () => {
    met(finding(eslov(), 'skane.barnrattsutbildning'));
    const f = finding(
      eslov((a) => (a.gemensamt_ansvar!.barnets_rättigheter!.barnrättsutbildning = false)),
      'skane.barnrattsutbildning',
    );
    expect(f.severity).toBe('info');
    unmet(f);
    notAssessed(
      finding(
        eslov((a) => delete a.gemensamt_ansvar!.barnets_rättigheter!.barnrättsutbildning),
        'skane.barnrattsutbildning',
      ),
    );
  });
  it('gemensam.upprakning: indexation met; missing is a warning', () => {
    met(finding(eslov(), 'gemensam.upprakning'));
    const f = finding(
      eslov((a) => (a.ekonomi!.uppräkning = 'ingår inte')),
      'gemensam.upprakning',
    );
    expect(f.severity).toBe('varning');
    expect(unmet(f)).toBe('Avtalet anger inte hur kostnaderna räknas upp (ekonomi.uppräkning: ingår inte).');
    expect(
      notAssessed(
        finding(
          eslov((a) => delete a.ekonomi!.uppräkning),
          'gemensam.upprakning',
        ),
      ),
    ).toBe('Uppgift saknas: hur kostnaderna räknas upp (ekonomi.uppräkning eller ersättning.indexering).');
    // Göteborg's agreement indexes the compensation between the parties.
    met(
      finding(
        eslov((a) => {
          a.ekonomi = 'ingår inte';
          a.ersättning = { indexering: 'Ersättningen räknas upp årligen med PKV.' };
        }),
        'gemensam.upprakning',
      ),
    );
  });
});

describe('validity, notice and signatures (as of the check date)', () => {
  it('in force including the extension: met', () => {
    expect(finding(eslov(), 'gemensam.giltighet').message).toBe('Avtalet gäller till 31 december 2030 inklusive förlängning.');
  });
  it('expired after its extension: an error with the date in Swedish', () => {
    const f = finding(eslov(), 'gemensam.giltighet', new Date(2031, 0, 1));
    expect(f.severity).toBe('fel');
    expect(unmet(f)).toBe('Avtalet har löpt ut: det gällde till 31 december 2030 (inklusive förlängning; avtalstiden slutade 31 december 2028).');
  });
  it('ending within 90 days without extension: a warning; with extension: met', () => {
    const noExt = eslov((a) => delete a.avtal.giltighet.förlängning);
    const f = finding(noExt, 'gemensam.avtalstid_slut', new Date(2028, 10, 1));
    expect(f.severity).toBe('varning');
    expect(unmet(f)).toBe(
      'Avtalet upphör 31 december 2028, om 60 dagar, och kan inte förlängas enligt avtalet; ett nytt avtal behöver beslutas (gränsen 90 dagar är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till).',
    );
    met(finding(eslov(), 'gemensam.avtalstid_slut', new Date(2028, 10, 1)));
    met(finding(noExt, 'gemensam.avtalstid_slut', new Date(2028, 8, 1)));
    expect(finding(noExt, 'gemensam.giltighet', new Date(2029, 0, 1)).outcome).toBe('ej_uppfyllt');
  });
  it('a one-year term without extension: a warning; longer or extendable: met', () => {
    const oneYear = eslov((a) => {
      delete a.avtal.giltighet.förlängning;
      a.avtal.giltighet.till = '2026-12-31';
    });
    expect(unmet(finding(oneYear, 'gemensam.avtalstid_langd'))).toBe(
      'Avtalstiden 1 januari 2026–31 december 2026 är högst 1 år och saknar förlängning; en familjecentral behöver långsiktig finansiering (gränsen 1 år är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till).',
    );
    met(finding(eslov(), 'gemensam.avtalstid_langd'));
    met(
      finding(
        eslov((a) => delete a.avtal.giltighet.förlängning),
        'gemensam.avtalstid_langd',
      ),
    );
    expect(
      finding(
        eslov((a) => delete a.avtal.giltighet.till),
        'gemensam.avtalstid_langd',
      ).outcome,
    ).toBe('ej_tillämpligt');
  });
  it('notice period stated: met; missing: not met', () => {
    met(finding(eslov(), 'gemensam.uppsagningstid'));
    notAssessed(
      finding(
        eslov((a) => delete a.avtal.giltighet.uppsägningstid_månader),
        'gemensam.uppsagningstid',
      ),
    );
  });
  it('signatures from every party: met; the kommun missing: an error', () => {
    met(finding(eslov(), 'gemensam.underskrifter'));
    const f = finding(
      eslov((a) => a.underskrifter!.pop()),
      'gemensam.underskrifter',
    );
    expect(f.severity).toBe('fel');
    expect(unmet(f)).toBe('Eslövs kommun (kommun) har inte undertecknat avtalet.');
  });
  it('an undated signature: not met', () => {
    expect(
      unmet(
        finding(
          eslov((a) => delete a.underskrifter![1]!.datum),
          'gemensam.underskrifter',
        ),
      ),
    ).toBe('Underskriften av Bertil Berg (kommun) saknar datum.');
  });
  it('a signature dated after the start: a warning at that date', () => {
    const text = mutate(EXAMPLE, 'ort: Eslöv, datum: 2025-12-03', 'ort: Eslöv, datum: 2026-01-15');
    const { agreement, locate } = parse(text);
    const f = checkAgreement(agreement, { asOf: AS_OF, locate }).findings.find((x) => x.ruleId === 'gemensam.underskrift_datum')!;
    expect(f.severity).toBe('varning');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.message).toBe('Bertil Berg (kommun) undertecknade 15 januari 2026, efter att avtalet började gälla 1 januari 2026.');
    expect(f.position?.line).toBe(lineOf(text, 'datum: 2026-01-15'));
    met(finding(eslov(), 'gemensam.underskrift_datum'));
  });
});

describe('Skåne: shared responsibility, plan and report', () => {
  it('föräldrastöd run by two base activities together: met; each alone: not met', () => {
    met(finding(eslov(), 'skane.gemensamt_foraldrastod'));
    const msg = unmet(
      finding(
        eslov((a) => {
          for (const x of a.gemensamt_ansvar!.föräldrastöd!.aktiviteter!) x.verksamheter = [x.verksamheter[0]!];
        }),
        'skane.gemensamt_foraldrastod',
      ),
    );
    expect(msg).toContain('Ingen föräldrastödsaktivitet drivs av minst 2 basverksamheter tillsammans');
  });
  it('utvärdering with method and interval: met; without method or yearly interval: not met', () => {
    expect(finding(eslov(), 'skane.gemensam_utvardering').message).toBe('Gemensam utvärdering med KAFO en gång per år.');
    expect(
      notAssessed(
        finding(
          eslov((a) => delete a.gemensamt_ansvar!.utvärdering!.metod),
          'skane.gemensam_utvardering',
        ),
      ),
    ).toBe('Uppgift saknas: utvärderingens metod (gemensamt_ansvar.utvärdering.metod).');
    expect(
      unmet(
        finding(
          eslov((a) => (a.gemensamt_ansvar!.utvärdering!.intervall_månader = 24)),
          'skane.gemensam_utvardering',
        ),
      ),
    ).toContain('Utvärdering vartannat år; högst 12 månader');
  });
  it('barnets rättigheter described: met; not described: not met', () => {
    met(finding(eslov(), 'skane.barnets_rattigheter'));
    notAssessed(
      finding(
        eslov((a) => delete a.gemensamt_ansvar!.barnets_rättigheter!.beskrivning),
        'skane.barnets_rattigheter',
      ),
    );
    unmet(
      finding(
        eslov((a) => (a.gemensamt_ansvar!.barnets_rättigheter = 'ingår inte')),
        'skane.barnets_rattigheter',
      ),
    );
  });
  it('delaktighet och inflytande described: met; missing: not met', () => {
    met(finding(eslov(), 'skane.delaktighet_inflytande'));
    notAssessed(
      finding(
        eslov((a) => delete a.gemensamt_ansvar!.delaktighet_och_inflytande),
        'skane.delaktighet_inflytande',
      ),
    );
    unmet(
      finding(
        eslov((a) => (a.gemensamt_ansvar!.delaktighet_och_inflytande = { brukarråd: false, brukarenkät: 'ingen' })),
        'skane.delaktighet_inflytande',
      ),
    );
  });
  it('verksamhetsplan for the current year, as of the check date', () => {
    met(finding(eslov(), 'skane.verksamhetsplan', new Date(2026, 5, 1)));
    expect(unmet(finding(eslov(), 'skane.verksamhetsplan', new Date(2027, 3, 2)))).toBe(
      'Verksamhetsplanen gäller 2026; per 2 april 2027 krävs en plan för 2027.',
    );
  });
  it('verksamhetsberättelse for the previous year, as of the check date', () => {
    // Eslöv's agreement starts 2026-01-01: in 2026 there is no previous year to report on.
    expect(finding(eslov(), 'skane.verksamhetsberattelse', new Date(2026, 5, 1)).outcome).toBe('ej_tillämpligt');
    met(
      finding(
        eslov((a) => (a.avtal.giltighet.från = '2025-12-31')),
        'skane.verksamhetsberattelse',
        new Date(2026, 5, 1),
      ),
    );
    expect(unmet(finding(eslov(), 'skane.verksamhetsberattelse', new Date(2027, 3, 2)))).toBe(
      'Verksamhetsberättelsen gäller 2025; per 2 april 2027 krävs en berättelse för 2026.',
    );
    notAssessed(
      finding(
        eslov((a) => delete a.verksamhetsberättelse),
        'skane.verksamhetsberattelse',
        new Date(2027, 5, 1),
      ),
    );
    unmet(
      finding(
        eslov((a) => (a.verksamhetsberättelse = 'ingår inte')),
        'skane.verksamhetsberattelse',
        new Date(2027, 5, 1),
      ),
    );
  });
});

describe('Västra Götaland: the seven description areas', () => {
  it('a complete VG agreement meets all seven', () => {
    const r = checkAgreement(vg(), { asOf: AS_OF });
    expect(r.ruleset).toBe('vg-2024@2');
    const areas = r.findings.filter((f) => f.ruleId.startsWith('vg.'));
    expect(areas.map((f) => f.ruleId)).toEqual([
      'vg.verksamhetsomrade',
      'vg.parter_samlokalisation',
      'vg.insatser',
      'vg.organisation',
      'vg.mal_uppfoljning',
      'vg.utveckling',
      'vg.ekonomi',
    ]);
    for (const f of areas) met(f);
  });
  it('1. verksamhetsområde missing: not assessed; not in the agreement: not met', () => {
    notAssessed(
      finding(
        vg((a) => delete a.familjecentral.upptagningsområde),
        'vg.verksamhetsomrade',
      ),
    );
    unmet(
      finding(
        vg((a) => (a.familjecentral.upptagningsområde = 'ingår inte')),
        'vg.verksamhetsomrade',
      ),
    );
  });
  it('2. a party without its nämnd, or co-location not described', () => {
    expect(
      notAssessed(
        finding(
          vg((a) => delete a.parter![1]!.nämnd),
          'vg.parter_samlokalisation',
        ),
      ),
    ).toBe('Uppgift saknas: ansvarig nämnd för Eslövs kommun (parter[1].nämnd).');
    notAssessed(
      finding(
        vg((a) => delete a.familjecentral.lokaler!.beskrivning),
        'vg.parter_samlokalisation',
      ),
    );
    unmet(
      finding(
        vg((a) => (a.familjecentral.lokaler = 'ingår inte')),
        'vg.parter_samlokalisation',
      ),
    );
    // Several nämnder for one side (socialnämnd and bildningsnämnd) name the board.
    met(
      finding(
        vg((a) => (a.parter![1]!.nämnd = ['Socialnämnden', 'Bildningsnämnden'])),
        'vg.parter_samlokalisation',
      ),
    );
  });
  it('3. a base activity without its commitment', () => {
    expect(
      notAssessed(
        finding(
          vg((a) => delete a.basverksamheter![2]!.åtagande),
          'vg.insatser',
        ),
      ),
    ).toBe('Uppgift saknas: åtagandet för öppen förskola (basverksamheter[2].åtagande).');
    expect(
      unmet(
        finding(
          vg((a) => (a.basverksamheter![2]!.åtagande = 'ingår inte')),
          'vg.insatser',
        ),
      ),
    ).toBe('Avtalet beskriver inget åtagande för öppen förskola (åtagande: ingår inte).');
  });
  it('4. organisation without mandate or governance', () => {
    notAssessed(
      finding(
        vg((a) => {
          delete a.organisation!.ledningsgrupp!.mandat;
          delete a.organisation!.styrgrupp;
        }),
        'vg.organisation',
      ),
    );
    unmet(
      finding(
        vg((a) => {
          a.organisation!.ledningsgrupp = 'ingår inte';
          a.organisation!.styrgrupp = 'ingår inte';
          a.organisation!.styrgrupper = 'ingår inte';
        }),
        'vg.organisation',
      ),
    );
  });
  it('4. governance by styrgrupper (no ledningsgrupp) meets it', () => {
    const f = finding(
      vg((a) => {
        a.organisation = { styrgrupper: [{ namn: 'Styrgrupp FCA' }, { namn: 'Styrgrupp FC' }] };
      }),
      'vg.organisation',
    );
    met(f);
    expect(f.message).toBe('Avtalet beskriver ledning och styrning: styrgrupper (Styrgrupp FCA och Styrgrupp FC).');
  });
  it('5. goals without a follow-up method', () =>
    notAssessed(
      finding(
        vg((a) => delete a.gemensamt_ansvar!.utvärdering!.metod),
        'vg.mal_uppfoljning',
      ),
    ));
  it('6. no direction for development', () => {
    notAssessed(
      finding(
        vg((a) => delete a.utveckling),
        'vg.utveckling',
      ),
    );
    unmet(
      finding(
        vg((a) => (a.utveckling = 'ingår inte')),
        'vg.utveckling',
      ),
    );
  });
  it('7. finances without a cost split', () => {
    notAssessed(
      finding(
        vg((a) => delete a.ekonomi!.kostnadsfördelning),
        'vg.ekonomi',
      ),
    );
    unmet(
      finding(
        vg((a) => (a.ekonomi = 'ingår inte')),
        'vg.ekonomi',
      ),
    );
  });
});

describe('Örebro: review every third year with KAFO', () => {
  it('a review in 2025 with KAFO and the next planned 2028: met', () => {
    expect(finding(orebro(), 'orebro.oversyn').message).toBe('Översyn vart tredje år; nästa senast 1 mars 2028.');
    met(finding(orebro(), 'orebro.kafo'));
    met(finding(orebro(), 'orebro.barnperspektiv'));
  });
  it('an interval of four years: not met', () => {
    expect(
      unmet(
        finding(
          orebro((a) => (a.översyn!.intervall_år = 4)),
          'orebro.oversyn',
        ),
      ),
    ).toBe('Översyn vart fjärde år; principöverenskommelsen kräver översyn minst vart tredje år.');
  });
  it('an overdue review: not met, with the due date', () => {
    expect(unmet(finding(orebro(), 'orebro.oversyn', new Date(2028, 5, 1)))).toBe(
      'Översynen är försenad: den skulle ha gjorts senast 1 mars 2028, 3 år efter senaste översynen 1 mars 2025.',
    );
  });
  it('a next review planned later than three years after the last: not met', () => {
    unmet(
      finding(
        orebro((a) => (a.översyn!.nästa = '2028-09-01')),
        'orebro.oversyn',
      ),
    );
  });
  it('a method other than KAFO: not met', () => {
    expect(
      unmet(
        finding(
          orebro((a) => (a.översyn!.metod = 'Egen enkät')),
          'orebro.kafo',
        ),
      ),
    ).toBe('Översynen görs med "Egen enkät", inte med KAFO som principöverenskommelsen anger.');
  });
  it('no child perspective anywhere: not met; the rights section not known: not assessed', () => {
    unmet(
      finding(
        orebro((a) => {
          a.gemensamt_ansvar!.barnets_rättigheter = 'ingår inte';
          a.syfte = 'Att erbjuda en mötesplats med samlat stöd.';
        }),
        'orebro.barnperspektiv',
      ),
    );
    notAssessed(
      finding(
        orebro((a) => {
          delete a.gemensamt_ansvar!.barnets_rättigheter;
          a.syfte = 'Att erbjuda en mötesplats med samlat stöd.';
        }),
        'orebro.barnperspektiv',
      ),
    );
  });
});

describe('waivers (avvikelser)', () => {
  const waive = (regel: string, till?: string) => (a: Agreement) => {
    a.avvikelser = [{ regel, skäl: 'Socialtjänstens lokaler byggs om under 2026.', godkänd_av: 'Styrgruppen 2025-10-01', ...(till ? { till } : {}) }];
  };

  it('an active waiver: shown and counted as undantaget, not hidden', () => {
    const r = checkAgreement(eslov(waive('gemensam.samlokalisering', '2027-06-30')), { asOf: AS_OF });
    const f = r.findings.find((x) => x.ruleId === 'gemensam.samlokalisering')!;
    expect(f.outcome).toBe('undantaget');
    expect(f.message).toContain('Undantaget: godkänt av Styrgruppen 2025-10-01, till 30 juni 2027 ("Socialtjänstens lokaler byggs om under 2026.").');
    expect(f.waiver).toEqual({ reason: 'Socialtjänstens lokaler byggs om under 2026.', approvedBy: 'Styrgruppen 2025-10-01', until: '2027-06-30' });
    expect(r.summary).toMatchObject({ undantaget: 1, ej_uppfyllt: 0, varning: 0, info: 0 });
  });

  it('waived errors make summary.fel 0 (render --slutlig)', () => {
    const { agreement } = parse(NO_OVERLAP);
    agreement.avvikelser = [
      { regel: 'gemensam.samtidighet', skäl: 'Nytt schema från januari.', godkänd_av: 'Styrgruppen' },
      { regel: 'skane.samtidighet', skäl: 'Nytt schema från januari.', godkänd_av: 'Styrgruppen' },
      { regel: 'gemensam.samlokalisering', skäl: 'Ombyggnad.', godkänd_av: 'Styrgruppen' },
    ];
    const r = checkAgreement(agreement, { asOf: AS_OF });
    expect(r.summary.fel).toBe(0);
    expect(r.summary.undantaget).toBe(3);
  });

  it('an expired waiver no longer applies, and says so', () => {
    const r = checkAgreement(eslov(waive('gemensam.samlokalisering', '2026-06-30')), { asOf: AS_OF });
    const f = r.findings.find((x) => x.ruleId === 'gemensam.samlokalisering')!;
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.waiver).toBeUndefined();
    expect(f.message).toContain('Avvikelsen som Styrgruppen 2025-10-01 godkände gällde till 30 juni 2026 och gäller inte längre.');
    expect(r.summary.varning).toBe(1);
  });

  it('the waiver is still active on its last day', () => {
    expect(finding(eslov(waive('gemensam.samlokalisering', '2026-11-23')), 'gemensam.samlokalisering').outcome).toBe('undantaget');
  });

  it('a waiver naming an unknown rule is reported with "menade du"', () => {
    const r = checkAgreement(eslov(waive('skane.samtidghet')), { asOf: AS_OF });
    expect(r.notes).toEqual([
      expect.objectContaining({
        code: 'check.waiver-unknown-rule',
        severity: 'varning',
        message: 'Avvikelsen gäller en okänd regel "skane.samtidghet".',
        hint: 'menade du "skane.samtidighet"?',
        pointer: '/avvikelser/0/regel',
      }),
    ]);
  });

  it("a waiver naming another framework's rule says so", () => {
    const r = checkAgreement(eslov(waive('orebro.kafo')), { asOf: AS_OF });
    expect(r.notes?.[0]?.message).toBe('Avvikelsen gäller regeln "orebro.kafo", som inte ingår i det här ramverkets regeluppsättning.');
  });
});
