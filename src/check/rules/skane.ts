/**
 * Skåne (vägledning 2018): the five areas of shared responsibility that the
 * local agreement describes, and the yearly plan and report that condition
 * Region Skåne's payment.
 */
import { getYear } from 'date-fns/getYear';
import { CITE } from '../citations.js';
import { everySv, hasText, hours, met, unmet, type RuleDefinition } from '../rule.js';
import { activityList, computedSimultaneity, describeIntervals } from './helpers.js';

export const samtidighet: RuleDefinition = {
  id: 'skane.samtidighet',
  title: { sv: 'Samtidighet varje vecka', en: 'Weekly simultaneity' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneSimultaneity,
  parameters: [
    {
      name: 'min_timmar_per_vecka',
      default: 3,
      unit: { sv: 'timmar per vecka', en: 'hours per week' },
      description: {
        sv: 'Minsta tid per vecka då alla basverksamheter är på plats samtidigt, beräknad ur närvaroschemana.',
        en: 'Least time per week when every base activity is present at once, computed from the presence schedules.',
      },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, lang, params, limitNote }) {
    const c = computedSimultaneity(a);
    const min = params.min_timmar_per_vecka!;
    const computed = describeIntervals(c.intervals, lang);
    if (c.hours + 1e-9 < min) {
      return unmet(
        t(
          `Basverksamheternas närvaroscheman överlappar ${hours(c.hours, 'sv')} per vecka (${computed}); minst ${hours(min, 'sv')} krävs${limitNote('min_timmar_per_vecka')}.`,
          `The base activities' presence schedules overlap ${hours(c.hours, 'en')} per week (${computed}); at least ${hours(min, 'en')} are required${limitNote('min_timmar_per_vecka')}.`,
        ),
        '/basverksamheter',
      );
    }
    return met(
      t(`Alla basverksamheter är på plats samtidigt ${hours(c.hours, 'sv')} per vecka (${computed}).`, `Every base activity is present at once ${hours(c.hours, 'en')} per week (${computed}).`),
      '/samtidighet',
    );
  },
};

export const foraldrastod: RuleDefinition = {
  id: 'skane.gemensamt_foraldrastod',
  title: { sv: 'Gemensamt föräldrastöd', en: 'Joint parenting support' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneParentSupport,
  parameters: [
    {
      name: 'min_verksamheter',
      default: 2,
      unit: { sv: 'basverksamheter', en: 'base activities' },
      description: { sv: 'Hur många basverksamheter som minst ska driva en aktivitet tillsammans för att den ska räknas som gemensam.', en: 'How many base activities must run an activity together for it to count as joint.' },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, lang, params, limitNote }) {
    const fs = a.gemensamt_ansvar?.föräldrastöd;
    if (!fs) return unmet(t('Avtalet beskriver inget gemensamt föräldrastöd (gemensamt_ansvar.föräldrastöd).', 'The agreement describes no joint parenting support (gemensamt_ansvar.föräldrastöd).'), '/gemensamt_ansvar');
    const min = params.min_verksamheter!;
    const joint = (fs.aktiviteter ?? []).filter((x) => new Set(x.verksamheter).size >= min);
    if (joint.length === 0) {
      return unmet(
        t(
          `Ingen föräldrastödsaktivitet drivs av minst ${min} basverksamheter tillsammans${limitNote('min_verksamheter')}.`,
          `No parenting-support activity is run by at least ${min} base activities together${limitNote('min_verksamheter')}.`,
        ),
        '/gemensamt_ansvar/föräldrastöd' + (fs.aktiviteter ? '/aktiviteter' : ''),
      );
    }
    const first = joint[0]!;
    return met(
      t(
        `${joint.length} gemensamma aktiviteter, t.ex. "${first.namn}" (${activityList(first.verksamheter, 'sv')}).`,
        `${joint.length} joint activit${joint.length === 1 ? 'y' : 'ies'}, e.g. "${first.namn}" (${activityList(first.verksamheter, lang)}).`,
      ),
      '/gemensamt_ansvar/föräldrastöd/aktiviteter',
    );
  },
};

export const utvardering: RuleDefinition = {
  id: 'skane.gemensam_utvardering',
  title: { sv: 'Gemensam utvärdering med metod och intervall', en: 'Joint evaluation with method and interval' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneEvaluation,
  parameters: [
    {
      name: 'max_intervall_månader',
      default: 12,
      unit: { sv: 'månader', en: 'months' },
      description: { sv: 'Längsta tid mellan två gemensamma utvärderingar.', en: 'Longest time between two joint evaluations.' },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, params, limitNote }) {
    const u = a.gemensamt_ansvar?.utvärdering;
    if (!u) return unmet(t('Avtalet beskriver ingen gemensam utvärdering (gemensamt_ansvar.utvärdering).', 'The agreement describes no joint evaluation (gemensamt_ansvar.utvärdering).'), '/gemensamt_ansvar');
    if (!hasText(u.metod)) return unmet(t('Utvärderingens metod anges inte (metod).', 'The evaluation method is not stated (metod).'), '/gemensamt_ansvar/utvärdering');
    if (u.intervall_månader === undefined) return unmet(t('Det anges inte hur ofta utvärderingen görs (intervall_månader).', 'How often the evaluation is done is not stated (intervall_månader).'), '/gemensamt_ansvar/utvärdering');
    const max = params.max_intervall_månader!;
    if (u.intervall_månader > max) {
      return unmet(
        t(`Utvärdering ${everySv(u.intervall_månader, 'månad')}; högst ${max} månader mellan utvärderingarna tillåts${limitNote('max_intervall_månader')}.`, `Evaluation every ${u.intervall_månader} months; at most ${max} months between evaluations are allowed${limitNote('max_intervall_månader')}.`),
        '/gemensamt_ansvar/utvärdering/intervall_månader',
      );
    }
    return met(t(`Gemensam utvärdering med ${u.metod} ${everySv(u.intervall_månader, 'månad')}.`, `Joint evaluation with ${u.metod} every ${u.intervall_månader} months.`), '/gemensamt_ansvar/utvärdering');
  },
};

export const barnetsRattigheter: RuleDefinition = {
  id: 'skane.barnets_rattigheter',
  title: { sv: 'Barnets rättigheter', en: 'The rights of the child' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneChildRights,
  parameters: [],
  check({ agreement: a, t }) {
    const b = a.gemensamt_ansvar?.barnets_rättigheter;
    if (!b || !hasText(b.beskrivning)) {
      return unmet(t('Avtalet beskriver inte hur familjecentralen arbetar med barnets rättigheter (gemensamt_ansvar.barnets_rättigheter.beskrivning).', 'The agreement does not describe how the centre works with the rights of the child (gemensamt_ansvar.barnets_rättigheter.beskrivning).'), '/gemensamt_ansvar' + (b ? '/barnets_rättigheter' : ''));
    }
    const training = b.barnrättsutbildning === true ? t(' Personalen går barnrättsutbildning.', ' Staff take the children\'s-rights training.') : '';
    return met(t('Avtalet beskriver arbetet med barnets rättigheter.', 'The agreement describes the work with the rights of the child.') + training, '/gemensamt_ansvar/barnets_rättigheter');
  },
};

export const barnrattsutbildning: RuleDefinition = {
  id: 'skane.barnrattsutbildning',
  title: { sv: 'Barnrättsutbildning för personalen', en: "Children's-rights training for staff" },
  severity: 'info',
  basis: 'krav',
  citation: CITE.skaneChildRightsTraining,
  parameters: [],
  check({ agreement: a, t }) {
    const b = a.gemensamt_ansvar?.barnets_rättigheter;
    if (b?.barnrättsutbildning === true) return met(t('Personalen går den regionala barnrättsutbildningen.', "Staff take the regional children's-rights training."), '/gemensamt_ansvar/barnets_rättigheter/barnrättsutbildning');
    return unmet(
      t(
        'Avtalet säger inte att personalen går den barnrättsutbildning som det regionala nätverket erbjuder all personal (barnets_rättigheter.barnrättsutbildning).',
        "The agreement does not say that staff take the children's-rights training the regional network offers all staff (barnets_rättigheter.barnrättsutbildning).",
      ),
      b ? '/gemensamt_ansvar/barnets_rättigheter' : '/gemensamt_ansvar',
    );
  },
};

export const delaktighet: RuleDefinition = {
  id: 'skane.delaktighet_inflytande',
  title: { sv: 'Delaktighet och inflytande', en: 'Participation and influence' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneParticipation,
  parameters: [],
  check({ agreement: a, t }) {
    const d = a.gemensamt_ansvar?.delaktighet_och_inflytande;
    const ways = [d?.brukarråd === true, d?.brukarenkät !== undefined && d.brukarenkät !== 'ingen'].filter(Boolean).length;
    if (!d || (!hasText(d.beskrivning) && ways === 0)) {
      return unmet(t('Avtalet beskriver inte hur föräldrar och barn görs delaktiga och får inflytande (gemensamt_ansvar.delaktighet_och_inflytande).', 'The agreement does not describe how parents and children take part and have influence (gemensamt_ansvar.delaktighet_och_inflytande).'), '/gemensamt_ansvar' + (d ? '/delaktighet_och_inflytande' : ''));
    }
    return met(t('Avtalet beskriver delaktighets- och inflytandearbetet.', 'The agreement describes the work on participation and influence.'), '/gemensamt_ansvar/delaktighet_och_inflytande');
  },
};

export const verksamhetsplan: RuleDefinition = {
  id: 'skane.verksamhetsplan',
  title: { sv: 'Verksamhetsplan för innevarande år', en: 'Operational plan for the current year' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skanePlan,
  parameters: [],
  check({ agreement: a, t, asOf, date }) {
    const year = getYear(asOf);
    const p = a.verksamhetsplan;
    if (!p) return unmet(t(`Ingen gemensam verksamhetsplan anges; en plan för ${year} krävs per ${date(asOf)}.`, `No joint operational plan is given; a plan for ${year} is required as of ${date(asOf)}.`), '');
    if (p.år !== year) {
      return unmet(t(`Verksamhetsplanen gäller ${p.år}; per ${date(asOf)} krävs en plan för ${year}.`, `The operational plan is for ${p.år}; as of ${date(asOf)} a plan for ${year} is required.`), '/verksamhetsplan/år');
    }
    return met(t(`Gemensam verksamhetsplan för ${year}${p.fastställd ? `, fastställd ${date(p.fastställd)}` : ''}.`, `Joint operational plan for ${year}${p.fastställd ? `, adopted on ${date(p.fastställd)}` : ''}.`), '/verksamhetsplan');
  },
};

export const verksamhetsberattelse: RuleDefinition = {
  id: 'skane.verksamhetsberattelse',
  title: { sv: 'Verksamhetsberättelse för föregående år', en: 'Annual report for the previous year' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneReport,
  parameters: [],
  check({ agreement: a, t, asOf, date }) {
    const year = getYear(asOf) - 1;
    const r = a.verksamhetsberättelse;
    if (!r) return unmet(t(`Ingen gemensam verksamhetsberättelse anges; en berättelse för ${year} krävs per ${date(asOf)}.`, `No joint annual report is given; a report for ${year} is required as of ${date(asOf)}.`), '');
    if (r.år !== year) {
      return unmet(t(`Verksamhetsberättelsen gäller ${r.år}; per ${date(asOf)} krävs en berättelse för ${year}.`, `The annual report is for ${r.år}; as of ${date(asOf)} a report for ${year} is required.`), '/verksamhetsberättelse/år');
    }
    return met(t(`Gemensam verksamhetsberättelse för ${year}${r.fastställd ? `, fastställd ${date(r.fastställd)}` : ''}.`, `Joint annual report for ${year}${r.fastställd ? `, adopted on ${date(r.fastställd)}` : ''}.`), '/verksamhetsberättelse');
  },
};

export const SKANE_RULES: readonly RuleDefinition[] = [
  samtidighet,
  foraldrastod,
  utvardering,
  barnetsRattigheter,
  barnrattsutbildning,
  delaktighet,
  verksamhetsplan,
  verksamhetsberattelse,
];
