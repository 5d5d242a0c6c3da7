/**
 * The rules' boundaries, a day (or an hour, or a word) either side: each test
 * puts an agreement just inside and just outside a limit the framework or the
 * ruleset sets, so that moving the limit by one day, one hour or one keyword
 * makes a test fail. Built from the shipped Eslöv example.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgreement } from '../src/check/index.js';
import type { Finding, Outcome } from '../src/check/types.js';
import type { Agreement } from '../src/core/model.js';
import { validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS } from './helpers.js';

const EXAMPLE = validateAgreementText(readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8')).agreement!;
const day = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

function eslov(edit: (a: Agreement) => void = () => {}): Agreement {
  const a = structuredClone(EXAMPLE);
  edit(a);
  return a;
}

function orebro(edit: (a: Agreement) => void = () => {}): Agreement {
  return eslov((x) => {
    x.ramverk = 'orebro-2010';
    x.familjecentral.kommun = 'Karlskoga';
    x.översyn = { intervall_år: 3, senast: '2023-03-01', nästa: '2026-03-01', metod: 'KAFO' };
    edit(x);
  });
}

function vg(edit: (a: Agreement) => void = () => {}): Agreement {
  return eslov((x) => {
    x.ramverk = 'vg-2024';
    x.familjecentral.kommun = 'Borås';
    x.parter[0]!.organisation = 'Västra Götalandsregionen';
    edit(x);
  });
}

function finding(a: Agreement, ruleId: string, asOf = '2026-03-01', parameters?: Record<string, Record<string, number>>, lang: 'sv' | 'en' = 'sv'): Finding {
  const f = checkAgreement(a, { asOf: day(asOf), lang, ...(parameters ? { parameters } : {}) }).findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no finding for ${ruleId}`);
  return f;
}

const outcome = (f: Finding): [Outcome, string] => [f.outcome, f.message];

describe('orebro.oversyn: due three years after the last review, to the day', () => {
  // Last review 2023-03-01: due 2026-03-01.
  it('the day before and the day it is due: met; the day after: overdue', () => {
    expect(outcome(finding(orebro(), 'orebro.oversyn', '2026-02-28'))).toEqual(['uppfyllt', 'Översyn vart tredje år; nästa senast 1 mars 2026.']);
    expect(finding(orebro(), 'orebro.oversyn', '2026-03-01').outcome).toBe('uppfyllt');
    const late = finding(
      orebro((a) => delete a.översyn!.nästa),
      'orebro.oversyn',
      '2026-03-02',
    );
    expect(outcome(late)).toEqual(['ej_uppfyllt', 'Översynen är försenad: den skulle ha gjorts senast 1 mars 2026, 3 år efter senaste översynen 1 mars 2023.']);
    expect(late.pointer).toBe('/översyn/senast');
    expect(
      finding(
        orebro((a) => delete a.översyn!.nästa),
        'orebro.oversyn',
        '2026-03-02',
        undefined,
        'en',
      ).message,
    ).toBe('The review is overdue: it was due by 1 March 2026, 3 years after the last review on 1 March 2023.');
  });
  it('without a last review the term counts from the agreement’s start', () => {
    const a = orebro((x) => {
      delete x.översyn!.senast;
      delete x.översyn!.nästa;
    });
    expect(finding(a, 'orebro.oversyn', '2029-01-01').outcome).toBe('uppfyllt');
    const late = finding(a, 'orebro.oversyn', '2029-01-02');
    expect(outcome(late)).toEqual([
      'ej_uppfyllt',
      'Översynen är försenad: den skulle ha gjorts senast 1 januari 2029, 3 år efter avtalets start 1 januari 2026.',
    ]);
    expect(late.pointer).toBe('/översyn');
    expect(finding(a, 'orebro.oversyn', '2029-01-02', undefined, 'en').message).toBe(
      "The review is overdue: it was due by 1 January 2029, 3 years after the agreement's start on 1 January 2026.",
    );
  });
  it('a next review planned on the due day is met; a day later is not', () => {
    expect(finding(orebro(), 'orebro.oversyn', '2025-01-01').outcome).toBe('uppfyllt');
    const f = finding(
      orebro((a) => (a.översyn!.nästa = '2026-03-02')),
      'orebro.oversyn',
      '2025-01-01',
    );
    expect(outcome(f)).toEqual(['ej_uppfyllt', 'Nästa översyn är planerad 2 mars 2026, efter 1 mars 2026 då den senast ska göras.']);
    expect(f.pointer).toBe('/översyn/nästa');
    expect(
      finding(
        orebro((a) => (a.översyn!.nästa = '2026-03-02')),
        'orebro.oversyn',
        '2025-01-01',
        undefined,
        'en',
      ).message,
    ).toBe('The next review is planned for 2 March 2026, after 1 March 2026 when it is due.');
  });
  it('a planned review that has passed without a new one being recorded: not met, from the day after', () => {
    const a = orebro((x) => (x.översyn!.nästa = '2025-06-01'));
    expect(finding(a, 'orebro.oversyn', '2025-06-01').outcome).toBe('uppfyllt');
    const f = finding(a, 'orebro.oversyn', '2025-06-02');
    expect(outcome(f)).toEqual(['ej_uppfyllt', 'Den planerade översynen 1 juni 2025 har passerat utan att en ny översyn har förts in (översyn.senast).']);
    expect(f.pointer).toBe('/översyn/nästa');
    expect(finding(a, 'orebro.oversyn', '2025-06-02', undefined, 'en').message).toBe(
      'The planned review on 1 June 2025 has passed without a new review being recorded (översyn.senast).',
    );
  });
  it('an interval of exactly the maximum is met; one year more is not', () => {
    expect(finding(orebro(), 'orebro.oversyn', '2025-01-01').outcome).toBe('uppfyllt');
    const f = finding(
      orebro((a) => (a.översyn!.intervall_år = 4)),
      'orebro.oversyn',
      '2025-01-01',
    );
    expect(outcome(f)).toEqual(['ej_uppfyllt', 'Översyn vart fjärde år; principöverenskommelsen kräver översyn minst vart tredje år.']);
    expect(f.pointer).toBe('/översyn/intervall_år');
    expect(
      finding(
        orebro((a) => (a.översyn!.intervall_år = 4)),
        'orebro.oversyn',
        '2025-01-01',
        undefined,
        'en',
      ).message,
    ).toBe('Review every 4 years; the principöverenskommelse requires one at least every 3 years.');
  });
  it('neither a last review nor a known start: met on the interval alone', () => {
    const a = orebro((x) => {
      delete x.översyn!.senast;
      delete x.översyn!.nästa;
      (x.avtal as { giltighet: unknown }).giltighet = 'uppgift saknas';
    });
    const f = finding(a, 'orebro.oversyn');
    expect([f.outcome, f.message, f.pointer]).toEqual(['uppfyllt', 'Översyn vart tredje år.', '/översyn']);
    expect(finding(a, 'orebro.oversyn', '2026-03-01', undefined, 'en').message).toBe('Review every 3 years.');
  });
  it('no interval: not assessed, pointing at the review', () => {
    const f = finding(
      orebro((a) => delete (a.översyn as { intervall_år?: number }).intervall_år),
      'orebro.oversyn',
    );
    expect(f.outcome).toBe('ej_bedömt');
    expect(f.pointer).toBe('/översyn');
  });
  it('the review section missing: not assessed, with the framework’s requirement', () => {
    const f = finding(
      orebro((a) => delete a.översyn),
      'orebro.oversyn',
    );
    expect(f.outcome).toBe('ej_bedömt');
    expect(f.message).toMatch(/^Uppgift saknas: en översyn av avtalet.* Principöverenskommelsen kräver översyn vart tredje år\.$/);
  });
});

describe('orebro.kafo and orebro.barnperspektiv: every keyword counts on its own', () => {
  it('KAFO as a word, in any case; not inside another word', () => {
    expect(outcome(finding(orebro(), 'orebro.kafo'))).toEqual(['uppfyllt', 'Översynen görs med KAFO.']);
    expect(
      finding(
        orebro((a) => (a.översyn!.metod = 'enligt kafo-modellen')),
        'orebro.kafo',
      ).outcome,
    ).toBe('uppfyllt');
    expect(
      finding(
        orebro((a) => (a.översyn!.metod = 'KAFOMODELL')),
        'orebro.kafo',
      ).outcome,
    ).toBe('ej_uppfyllt');
    const f = finding(
      orebro((a) => (a.översyn!.metod = 'Egen enkät')),
      'orebro.kafo',
      '2026-03-01',
      undefined,
      'en',
    );
    expect([f.message, f.pointer]).toEqual(['The review uses "Egen enkät", not KAFO as the principöverenskommelse says.', '/översyn/metod']);
    expect(
      finding(
        orebro((a) => delete a.översyn!.metod),
        'orebro.kafo',
      ).outcome,
    ).toBe('ej_bedömt');
  });
  for (const word of ['barnperspektiv', 'barnets bästa', 'barnkonventionen', 'Barnets rättigheter']) {
    it(`syfte naming "${word}" alone meets the child perspective`, () => {
      const a = orebro((x) => {
        x.gemensamt_ansvar!.barnets_rättigheter = 'ingår inte';
        x.syfte = `Att stödja familjer; ${word} styr arbetet.`;
      });
      expect(outcome(finding(a, 'orebro.barnperspektiv'))).toEqual(['uppfyllt', 'Syftet sätter barnets bästa i centrum.']);
    });
  }
  it('a syfte without any of them, and no rights section: not met, at syfte', () => {
    const a = orebro((x) => {
      x.gemensamt_ansvar!.barnets_rättigheter = 'ingår inte';
      x.syfte = 'Att stödja familjer.';
    });
    const f = finding(a, 'orebro.barnperspektiv');
    expect(outcome(f)).toEqual(['ej_uppfyllt', 'Avtalet beskriver inte barnperspektivet: skriv det i syfte eller under gemensamt_ansvar.barnets_rättigheter.']);
    expect(f.pointer).toBe('/syfte');
    expect(finding(a, 'orebro.barnperspektiv', '2026-03-01', undefined, 'en').message).toBe(
      'The agreement does not describe the child perspective: state it in syfte or under gemensamt_ansvar.barnets_rättigheter.',
    );
  });
  it('neither syfte nor rights in the agreement (ingår inte): not met, at the whole agreement', () => {
    const a = orebro((x) => {
      x.gemensamt_ansvar!.barnets_rättigheter = 'ingår inte';
      x.syfte = 'ingår inte';
    });
    const f = finding(a, 'orebro.barnperspektiv');
    expect([f.outcome, f.pointer]).toEqual(['ej_uppfyllt', '']);
  });
  for (const [what, edit] of [
    ['syfte uppgift saknas', (x: Agreement) => (x.syfte = 'uppgift saknas')],
    ['rights uppgift saknas', (x: Agreement) => (x.gemensamt_ansvar!.barnets_rättigheter = 'uppgift saknas')],
    ['the whole gemensamt_ansvar uppgift saknas', (x: Agreement) => ((x as { gemensamt_ansvar: unknown }).gemensamt_ansvar = 'uppgift saknas')],
    [
      'the rights description uppgift saknas',
      (x: Agreement) => ((x.gemensamt_ansvar as { barnets_rättigheter: unknown }).barnets_rättigheter = { beskrivning: 'uppgift saknas' }),
    ],
  ] as const) {
    it(`a syfte without the words and ${what}: not assessed`, () => {
      const a = orebro((x) => {
        x.syfte = 'Att stödja familjer.';
        x.gemensamt_ansvar!.barnets_rättigheter = 'ingår inte';
        edit(x);
      });
      const f = finding(a, 'orebro.barnperspektiv');
      expect([f.outcome, f.message]).toEqual([
        'ej_bedömt',
        'Uppgift saknas: barnperspektivet (i syfte eller under barnets rättigheter) (syfte eller gemensamt_ansvar.barnets_rättigheter.beskrivning).',
      ]);
      expect(finding(a, 'orebro.barnperspektiv', '2026-03-01', undefined, 'en').message).toMatch(
        /the child perspective \(in syfte or under barnets_rättigheter\)/,
      );
    });
  }
});

describe('gemensam.sekretess and gemensam.personuppgifter: keywords', () => {
  const withSecrecy = (text: string) => eslov((a) => (a.sekretess = text));
  it('samtycke, in any case, meets secrecy; without it: not met', () => {
    expect(finding(withSecrecy('Uppgifter lämnas med SAMTYCKE.'), 'gemensam.sekretess').outcome).toBe('uppfyllt');
    expect(outcome(finding(withSecrecy('Uppgifter lämnas enligt lag.'), 'gemensam.sekretess'))).toEqual([
      'ej_uppfyllt',
      'Sekretessavsnittet säger inte hur vårdnadshavares samtycke inhämtas och dokumenteras.',
    ]);
  });
  for (const word of ['personuppgiftsansvarig', 'dataskyddsförordningen', 'GDPR']) {
    it(`"${word}" alone states the responsibility for personal data`, () => {
      expect(finding(withSecrecy(`Varje part följer ${word}.`), 'gemensam.personuppgifter').outcome).toBe('uppfyllt');
    });
  }
  it('none of them: not met', () => {
    expect(finding(withSecrecy('Uppgifter lämnas med samtycke.'), 'gemensam.personuppgifter').outcome).toBe('ej_uppfyllt');
  });
});

describe('skane.samtidighet: the limit in hours, without tolerance', () => {
  // The Eslöv schedules overlap 6 hours a week (Tuesday and Thursday 09–12).
  it('computed overlap exactly at the limit: met; half an hour short: not met', () => {
    expect(finding(eslov(), 'skane.samtidighet', '2026-03-01', { 'skane.samtidighet': { min_timmar_per_vecka: 6 } }).outcome).toBe('uppfyllt');
    const f = finding(eslov(), 'skane.samtidighet', '2026-03-01', { 'skane.samtidighet': { min_timmar_per_vecka: 6.5 } });
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.pointer).toBe('/basverksamheter');
    expect(f.message).toMatch(/^Basverksamheternas närvaroscheman överlappar 6 timmar per vecka \(.+\); minst 6,5 timmar krävs/);
  });
  it('a schedule that overlaps 2.5 hours falls short of the default 3', () => {
    const a = eslov((x) => {
      for (const b of x.basverksamheter) for (const n of b.närvaro ?? []) if (n.dag === 'torsdag') n.till = n.till === '12:00' ? '09:30' : n.till;
      const sos = x.basverksamheter.find((b) => b.verksamhet === 'socialtjänst')!;
      sos.närvaro = [
        { dag: 'tisdag', från: '09:00', till: '11:00' },
        { dag: 'torsdag', från: '09:00', till: '09:30' },
      ];
    });
    expect(finding(a, 'skane.samtidighet').outcome).toBe('ej_uppfyllt');
  });
  it('stated hours without schedules: exactly the limit met, just under it not', () => {
    const stated = (h: number) =>
      eslov((x) => {
        delete x.basverksamheter.find((b) => b.verksamhet === 'socialtjänst')!.närvaro;
        (x.samtidighet as { timmar_per_vecka: number }).timmar_per_vecka = h;
      });
    expect(finding(stated(3), 'skane.samtidighet').outcome).toBe('uppfyllt');
    const f = finding(stated(2.5), 'skane.samtidighet');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.pointer).toBe('/samtidighet/timmar_per_vecka');
    expect(f.message).toMatch(
      /^Avtalet anger 2,5 timmar samtidighet per vecka; minst 3 timmar krävs.*\(Bedömt på de angivna timmarna: förebyggande socialtjänst har inget närvaroschema\.\)$/,
    );
  });
});

describe('gemensam.avtalstid_slut and gemensam.giltighet: the end of the term, to the day', () => {
  // A term 2026-01-01 – 2028-12-31 without extension: the warning comes 90 days before the end.
  const fixed = eslov((a) => {
    delete a.avtal.giltighet.förlängning;
  });
  it('91 and 90 days before the end: met; 89 days before: warned', () => {
    expect(finding(fixed, 'gemensam.avtalstid_slut', '2028-10-01').outcome).toBe('uppfyllt');
    expect(finding(fixed, 'gemensam.avtalstid_slut', '2028-10-02').outcome).toBe('uppfyllt');
    const f = finding(fixed, 'gemensam.avtalstid_slut', '2028-10-03');
    expect(outcome(f)).toEqual([
      'ej_uppfyllt',
      'Avtalet upphör 31 december 2028, om 89 dagar, och kan inte förlängas enligt avtalet; ett nytt avtal behöver beslutas (gränsen 90 dagar är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till).',
    ]);
  });
  it('in force on its last day; expired the day after', () => {
    expect(finding(fixed, 'gemensam.giltighet', '2028-12-31').outcome).toBe('uppfyllt');
    expect(finding(fixed, 'gemensam.avtalstid_slut', '2028-12-31').outcome).toBe('ej_uppfyllt');
    const f = finding(fixed, 'gemensam.giltighet', '2029-01-01');
    expect(outcome(f)).toEqual(['ej_uppfyllt', 'Avtalet har löpt ut: det gällde till 31 december 2028.']);
    expect(finding(fixed, 'gemensam.avtalstid_slut', '2029-01-01').outcome).toBe('ej_tillämpligt');
  });
  it('not yet in force the day before it starts; in force on its first day', () => {
    expect(finding(fixed, 'gemensam.giltighet', '2025-12-31').outcome).toBe('ej_tillämpligt');
    expect(finding(fixed, 'gemensam.giltighet', '2026-01-01').outcome).toBe('uppfyllt');
  });
});

describe('gemensam.avtalstid_langd: a term of exactly one year is not longer than a year', () => {
  const term = (från: string, till: string) =>
    eslov((a) => {
      delete a.avtal.giltighet.förlängning;
      a.avtal.giltighet.från = från;
      a.avtal.giltighet.till = till;
    });
  it('one year less a day, and exactly one year (last day included): warned; a year and a day: met', () => {
    expect(finding(term('2026-01-01', '2026-12-30'), 'gemensam.avtalstid_langd').outcome).toBe('ej_uppfyllt');
    const f = finding(term('2026-01-01', '2026-12-31'), 'gemensam.avtalstid_langd');
    expect(outcome(f)).toEqual([
      'ej_uppfyllt',
      'Avtalstiden 1 januari 2026–31 december 2026 är högst 1 år och saknar förlängning; en familjecentral behöver långsiktig finansiering (gränsen 1 år är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till).',
    ]);
    expect(outcome(finding(term('2026-01-01', '2027-01-01'), 'gemensam.avtalstid_langd'))).toEqual([
      'uppfyllt',
      'Avtalstiden 1 januari 2026–1 januari 2027 är längre än 1 år.',
    ]);
  });
});

describe('vg.organisation: a ledningsgrupp with a mandate, a styrgrupp or styrgrupper, each on its own', () => {
  const org = (edit: (o: NonNullable<Agreement['organisation']>) => void) => vg((a) => edit(a.organisation as NonNullable<Agreement['organisation']>));
  const noMandate = (o: NonNullable<Agreement['organisation']>) => {
    delete (o.ledningsgrupp as { mandat?: string }).mandat;
  };
  it('only a styrgrupp with a description: met', () => {
    const f = finding(org(noMandate), 'vg.organisation');
    expect(outcome(f)).toEqual(['uppfyllt', 'Avtalet beskriver ledning och styrning: styrgrupp.']);
  });
  it('only a ledningsgrupp with a mandate: met', () => {
    const f = finding(
      org((o) => {
        (o.ledningsgrupp as { mandat?: string }).mandat = 'Leder det gemensamma arbetet.';
        o.styrgrupp = 'ingår inte';
      }),
      'vg.organisation',
    );
    expect(outcome(f)).toEqual(['uppfyllt', 'Avtalet beskriver ledning och styrning: ledningsgrupp med mandat.']);
  });
  it('only styrgrupper, one named and one not: met, each named', () => {
    const f = finding(
      org((o) => {
        noMandate(o);
        o.styrgrupp = 'ingår inte';
        (o as { styrgrupper?: unknown }).styrgrupper = [
          { namn: 'Politisk styrgrupp', beskrivning: 'Nämndernas ordförande.' },
          { beskrivning: 'Förvaltningscheferna.' },
        ];
      }),
      'vg.organisation',
    );
    expect(outcome(f)).toEqual(['uppfyllt', 'Avtalet beskriver ledning och styrning: styrgrupper (Politisk styrgrupp och styrgrupp 2).']);
  });
  it('all three ingår inte: not met; none known: not assessed', () => {
    const none = org((o) => {
      o.ledningsgrupp = 'ingår inte';
      o.styrgrupp = 'ingår inte';
      (o as { styrgrupper?: unknown }).styrgrupper = 'ingår inte';
    });
    expect(finding(none, 'vg.organisation').outcome).toBe('ej_uppfyllt');
    const unknown = org((o) => {
      noMandate(o);
      delete (o as { styrgrupp?: unknown }).styrgrupp;
    });
    expect(finding(unknown, 'vg.organisation').outcome).toBe('ej_bedömt');
  });
});

describe('an option to extend, in words (gemensam.giltighet)', () => {
  const withOption = (extension: Record<string, unknown>) =>
    eslov((x) => {
      x.avtal.giltighet.förlängning = { typ: 'option', ...extension } as never;
    });
  const note = (extension: Record<string, unknown>, lang: 'sv' | 'en') => {
    const m = finding(withOption(extension), 'gemensam.giltighet', '2026-03-01', undefined, lang).message;
    return /(?:förlängas|extended)(.*?) (?:genom|by a decision)/.exec(m)?.[1];
  };

  it('says years when the agreement gives years, months when it gives months, one or many', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ år: 1 }, ' med högst 1 år', ' by up to 1 year'],
      [{ år: 2 }, ' med högst 2 år', ' by up to 2 years'],
      [{ månader: 1 }, ' med högst 1 månad', ' by up to 1 month'],
      [{ månader: 12 }, ' med högst 12 månader', ' by up to 12 months'],
      [{ månader: 18 }, ' med högst 18 månader', ' by up to 18 months'],
      [{ år: 1, gånger: 2 }, ' med högst 1 år 2 gånger', ' by up to 1 year 2 times'],
      [{ år: 1, gånger: 1 }, ' med högst 1 år', ' by up to 1 year'],
    ];
    expect(cases.map(([e]) => [note(e, 'sv'), note(e, 'en')])).toEqual(cases.map(([, sv, en]) => [sv, en]));
  });
});

describe('gemensam.samtidighet: declared time against schedules that never meet', () => {
  // Social services only on Fridays: no hour when every base activity is there.
  const apart = () =>
    eslov((x) => {
      x.basverksamheter.find((b) => b.verksamhet === 'socialtjänst')!.närvaro = [{ dag: 'fredag', från: '13:00', till: '15:00' }];
    });

  it('says that the overlap is none, in both languages, at the declared hours and each session', () => {
    const sv = finding(apart(), 'gemensam.samtidighet');
    expect(sv.outcome).toBe('ej_uppfyllt');
    expect(sv.message).toMatch(/överlappar bara 0 timmar \(ingen\)\./);
    expect(sv.message).toMatch(/Tillfället tisdag 09:00–12:00 ligger utanför den tid då alla basverksamheter är på plats \(ingen\)\./);
    const en = finding(apart(), 'gemensam.samtidighet', '2026-03-01', undefined, 'en');
    expect(en.message).toMatch(/overlap only 0 hours \(none\)\./);
  });

  it('names the overlap that exists when the schedules do meet', () => {
    const f = finding(eslov(), 'gemensam.samtidighet');
    expect(f.outcome).toBe('uppfyllt');
    expect(f.message).toBe('Närvaroschemana ger 6 timmar samtidighet per vecka (tisdag 09:00–12:00, torsdag 09:00–12:00), vilket bär det avtalet anger.');
    expect(finding(eslov(), 'gemensam.samtidighet', '2026-03-01', undefined, 'en').message).toContain('(Tuesday 09:00–12:00, Thursday 09:00–12:00)');
  });
});

describe('the centre type and who runs the municipal activities, at their edges', () => {
  const only = (kinds: string[], edit: (a: Agreement) => void = () => {}) =>
    eslov((x) => {
      x.familjecentral.typ = 'familjecentralsliknande';
      x.basverksamheter = x.basverksamheter.filter((b) => kinds.includes(b.verksamhet));
      edit(x);
    });
  const both = (a: Agreement, rule: string) => [finding(a, rule), finding(a, rule, '2026-03-01', undefined, 'en')].map((f) => `${f.outcome}: ${f.message}`);

  it('gemensam.typ: without a municipal activity, and without child health care', () => {
    expect(both(only(['mödrahälsovård', 'barnhälsovård']), 'gemensam.typ')).toEqual([
      'ej_uppfyllt: En familjecentralsliknande verksamhet ska ha barnhälsovård och minst en kommunal basverksamhet: ingen kommunal basverksamhet (öppen förskola eller förebyggande socialtjänst).',
      'ej_uppfyllt: A familjecentralsliknande verksamhet needs child health care and at least one municipal base activity: no municipal base activity (open preschool or preventive social services).',
    ]);
    expect(both(only(['mödrahälsovård', 'öppen_förskola']), 'gemensam.typ')).toEqual([
      'ej_uppfyllt: En familjecentralsliknande verksamhet ska ha barnhälsovård och minst en kommunal basverksamhet: barnhälsovård (BHV) saknas.',
      'ej_uppfyllt: A familjecentralsliknande verksamhet needs child health care and at least one municipal base activity: child health care (BHV) is missing.',
    ]);
    expect(finding(only(['barnhälsovård', 'socialtjänst']), 'gemensam.typ').outcome).toBe('uppfyllt');
  });

  it('gemensam.huvudman: no municipal activity at all, and municipal activities run by the region', () => {
    expect(both(only(['mödrahälsovård', 'barnhälsovård']), 'gemensam.huvudman')).toEqual([
      'ej_uppfyllt: Ingen kommunal basverksamhet (öppen förskola eller förebyggande socialtjänst) ingår.',
      'ej_uppfyllt: No municipal base activity (open preschool or preventive social services) takes part.',
    ]);
    const byRegion = eslov((x) => {
      for (const b of x.basverksamheter) b.part = 'region';
    });
    const f = finding(byRegion, 'gemensam.huvudman');
    expect(f.outcome).toBe('ej_uppfyllt');
    expect(f.message).toMatch(/; kommunen driver ingen av basverksamheterna\.$/);
    expect(f.locations?.map((l) => l.pointer)).toEqual(['/basverksamheter/3/part', '/basverksamheter']); // öppen förskola may be run by anyone
  });
});

describe('messages of the branches the examples do not reach', () => {
  const en = (a: Agreement, rule: string, parameters?: Record<string, Record<string, number>>) => finding(a, rule, '2026-03-01', parameters, 'en');

  it('gemensam.personuppgifter: a secrecy clause that names no controller of personal data', () => {
    const a = eslov((x) => {
      x.sekretess = 'Parterna iakttar sekretess enligt offentlighets- och sekretesslagen.';
    });
    expect(outcome(finding(a, 'gemensam.personuppgifter'))).toEqual([
      'ej_uppfyllt',
      'Avtalet säger inte vem som är personuppgiftsansvarig (t.ex. "varje part är personuppgiftsansvarig för sin behandling") i sekretess:.',
    ]);
    expect(en(a, 'gemensam.personuppgifter').message).toBe(
      'The agreement does not say who is the controller of personal data (e.g. "each party is controller for its own processing") in sekretess:.',
    );
    const gdpr = eslov((x) => {
      x.sekretess = 'Varje part ansvarar för sin behandling enligt GDPR.';
    });
    expect(finding(gdpr, 'gemensam.personuppgifter').outcome).toBe('uppfyllt');
  });

  it('gemensam.upprakning: "ingår inte" is read with the spaces around it trimmed', () => {
    const a = eslov((x) => {
      (x.ekonomi as { uppräkning?: string }).uppräkning = ' ingår inte ';
    });
    expect(outcome(finding(a, 'gemensam.upprakning'))).toEqual([
      'ej_uppfyllt',
      'Avtalet anger inte hur kostnaderna räknas upp (ekonomi.uppräkning: ingår inte).',
    ]);
  });

  it('gemensam.underskrifter: one party or both unsigned, in English', () => {
    const one = eslov((x) => {
      x.underskrifter = (x.underskrifter as { part: string }[]).filter((s) => s.part !== 'kommun') as never;
    });
    expect(en(one, 'gemensam.underskrifter').message).toMatch(/^Eslövs kommun \(kommun\) has not signed the agreement\./);
    const none = eslov((x) => {
      x.underskrifter = [] as never;
    });
    expect(en(none, 'gemensam.underskrifter').message).toMatch(/^Region Skåne \(region\) and Eslövs kommun \(kommun\) have not signed the agreement\./);
  });

  it('gemensam.avtalstid_langd: one year or several, in English', () => {
    const term = (till: string) =>
      eslov((x) => {
        x.avtal.giltighet.till = till;
        delete x.avtal.giltighet.förlängning;
      });
    const at = (till: string, years: number) => en(term(till), 'gemensam.avtalstid_langd', { 'gemensam.avtalstid_langd': { min_år: years } }).message;
    expect(at('2026-12-31', 1)).toMatch(/^The term 1 January 2026–31 December 2026 is at most 1 year and has no extension;/);
    expect(at('2027-12-31', 2)).toMatch(/^The term 1 January 2026–31 December 2027 is at most 2 years and has no extension;/);
    expect(at('2027-01-01', 1)).toBe('The term 1 January 2026–1 January 2027 is longer than 1 year.');
    expect(at('2028-01-01', 2)).toBe('The term 1 January 2026–1 January 2028 is longer than 2 years.');
  });
});

describe('skane.samtidighet judged on the stated hours (not every activity has a schedule)', () => {
  const withoutSchedule = (kinds: string[], edit: (a: Agreement) => void = () => {}) =>
    eslov((x) => {
      for (const b of x.basverksamheter) if (kinds.includes(b.verksamhet)) delete b.närvaro;
      edit(x);
    });

  it('names the activities without a schedule, one or several, in both languages', () => {
    const one = withoutSchedule(['socialtjänst'], (x) => {
      (x.samtidighet as { timmar_per_vecka: number }).timmar_per_vecka = 1;
    });
    expect(outcome(finding(one, 'skane.samtidighet'))).toEqual([
      'ej_uppfyllt',
      'Avtalet anger 1 timme samtidighet per vecka; minst 3 timmar krävs (gränsen 3 timmar per vecka är regeluppsättningens skane-2018@2, inte ramverkets: ramverket anger ingen siffra som vi känner till). (Bedömt på de angivna timmarna: förebyggande socialtjänst har inget närvaroschema.)',
    ]);
    expect(finding(one, 'skane.samtidighet', '2026-03-01', undefined, 'en').message).toBe(
      "The agreement states 1 hour of simultaneity per week; at least 3 hours are required (the limit of 3 hours per week is ruleset skane-2018@2's, not the framework's: the framework states no number that we know). (Judged on the stated hours: preventive social services has no presence schedule.)",
    );
    const two = withoutSchedule(['socialtjänst', 'öppen_förskola']);
    expect(finding(two, 'skane.samtidighet', '2026-03-01', undefined, 'en').message).toMatch(
      /\(Judged on the stated hours: open preschool and preventive social services have no presence schedule\.\)$/,
    );
  });

  it('"ingår inte" is not met, not unknown', () => {
    const a = withoutSchedule(['socialtjänst'], (x) => {
      x.samtidighet = 'ingår inte' as never;
    });
    expect(outcome(finding(a, 'skane.samtidighet'))).toEqual(['ej_uppfyllt', 'Avtalet innehåller ingen samtidighet (samtidighet: ingår inte).']);
  });
});

describe('skane.verksamhetsberattelse in the weeks after the new year', () => {
  it("last year's report is still due: the one before it is named, with the year it covers", () => {
    const a = eslov((x) => {
      x.verksamhetsberättelse = { år: 2025, fastställd: '2026-03-15' } as never;
    });
    const f = finding(a, 'skane.verksamhetsberattelse', '2027-02-01');
    expect(f.outcome).toBe('uppfyllt');
    expect(f.message).toMatch(/^Gemensam verksamhetsberättelse för 2025, fastställd 15 mars 2026; berättelsen för 2026 ska finnas senast /);
  });
});

describe('more branches the examples do not reach', () => {
  it('a waiver is written in the language of the check', () => {
    const a = eslov((x) => {
      x.avvikelser = [{ regel: 'gemensam.personuppgifter', skäl: 'Regleras i separat biträdesavtal', godkänd_av: 'Styrgruppen', till: '2027-06-30' }];
      x.sekretess = 'Parterna iakttar sekretess enligt offentlighets- och sekretesslagen.';
    });
    expect(finding(a, 'gemensam.personuppgifter').message).toMatch(
      / Undantaget: godkänt av Styrgruppen, till 30 juni 2027 \("Regleras i separat biträdesavtal"\)\.$/,
    );
    const en = finding(a, 'gemensam.personuppgifter', '2026-03-01', undefined, 'en');
    expect([en.outcome, en.message]).toEqual([
      'undantaget',
      'The agreement does not say who is the controller of personal data (e.g. "each party is controller for its own processing") in sekretess:. Waived: approved by Styrgruppen, until 30 June 2027 ("Regleras i separat biträdesavtal").',
    ]);
  });

  it('a parameter that is not a finite number is ignored, and the default applies', () => {
    const plain = finding(eslov(), 'skane.samtidighet');
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const f = finding(eslov(), 'skane.samtidighet', '2026-03-01', { 'skane.samtidighet': { min_timmar_per_vecka: bad } });
      expect([f.outcome, f.message, f.parameters]).toEqual([plain.outcome, plain.message, plain.parameters]);
    }
    expect(finding(eslov(), 'skane.samtidighet', '2026-03-01', { 'skane.samtidighet': { min_timmar_per_vecka: 7 } }).outcome).toBe('ej_uppfyllt');
  });

  it('vg.insatser with an empty list of base activities: not known, not an error', () => {
    expect(
      outcome(
        finding(
          vg((x) => {
            x.basverksamheter = [];
          }),
          'vg.insatser',
        ),
      ),
    ).toEqual(['ej_bedömt', 'Uppgift saknas: basverksamheterna (basverksamheter).']);
  });

  it('gemensam.samordnare: an empty cost split is not known', () => {
    const f = finding(
      eslov((x) => {
        (x.organisation as { samordnare: { kostnadsfördelning: object } }).samordnare.kostnadsfördelning = {};
      }),
      'gemensam.samordnare',
    );
    expect(f.message).toContain('hur parterna delar kostnaden för samordnaren (organisation.samordnare.kostnadsfördelning)');
  });

  it('gemensam.mal: goals without text are no goals', () => {
    const f = finding(
      eslov((x) => {
        x.mål = ['', '  '];
      }),
      'gemensam.mal',
    );
    expect([f.outcome, f.message, f.pointer]).toEqual(['ej_uppfyllt', 'Avtalet anger inga gemensamma mål (mål:), bara parternas egna uppdrag.', '/mål']);
  });
});

describe('gemensam.samtidighet: a section without hours or sessions, and a session without clock times', () => {
  it('a section that states neither hours nor sessions declares nothing to test', () => {
    const a = eslov((x) => {
      x.samtidighet = { beskrivning: 'Verksamheterna är på plats samtidigt under veckan.' } as never;
    });
    expect(outcome(finding(a, 'gemensam.samtidighet'))).toEqual(['ej_tillämpligt', 'Avtalet anger ingen samtidighet.']);
  });

  it('a session whose times are not clock times is passed over, not judged (the schema reports them)', () => {
    const a = eslov((x) => {
      (x.samtidighet as { tillfällen: { dag: string; från: string; till: string }[] }).tillfällen = [{ dag: 'tisdag', från: 'nio', till: '12:00' }];
    });
    expect(finding(a, 'gemensam.samtidighet').outcome).toBe('uppfyllt');
  });
});
