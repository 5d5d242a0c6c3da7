/**
 * Skåne (vägledning 2014, rev. 2018): the five areas of shared responsibility
 * that the local agreement describes, and the yearly plan and report that
 * condition Region Skåne's payment.
 */
import { monthInterval } from '../../core/numbers.js';
import { addDays } from 'date-fns/addDays';
import { getYear } from 'date-fns/getYear';
import { isAfter } from 'date-fns/isAfter';
import { isBefore } from 'date-fns/isBefore';
import { present, sectionState, type Agreement, type SectionMarker, type SharedResponsibility, type YearDocument } from '../../core/model.js';
import { CITE } from '../citations.js';
import { parseIsoDate } from '../../core/dates.js';
import {
  hasText,
  hours,
  met,
  notApplicable,
  unmet,
  withLocations,
  type RuleContext,
  type RuleDefinition,
  type RuleParameter,
  type Verdict,
  type VerdictLocation,
} from '../rule.js';
import { activityList, computedSimultaneity, describeIntervals } from './helpers.js';
import { missing, missingPhrase, needPlaces, read, type Need, type Read } from './read.js';

const SHARED: Need = { what: { sv: 'verksamheternas gemensamma ansvar', en: "the activities' shared responsibility" }, key: 'gemensamt_ansvar' };

/** A section of gemensamt_ansvar, or the verdict when it (or gemensamt_ansvar) is not there. */
function sharedPart<K extends keyof SharedResponsibility>(
  a: Agreement,
  key: K,
  what: Need['what'],
  lang: 'sv' | 'en',
): Read<Exclude<NonNullable<SharedResponsibility[K]>, SectionMarker>> {
  const ga = read(a.gemensamt_ansvar, SHARED, lang, '');
  if (ga.verdict) return { verdict: ga.verdict };
  return read(ga.value[key], { what, key: `gemensamt_ansvar.${key}` }, lang, '/gemensamt_ansvar') as Read<
    Exclude<NonNullable<SharedResponsibility[K]>, SectionMarker>
  >;
}

const samtidighet: RuleDefinition = {
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
        sv: 'Minsta tid per vecka då alla basverksamheter är på plats samtidigt, beräknad ur närvaroschemana eller, utan scheman, de timmar avtalet anger.',
        en: 'Least time per week when every base activity is present at once, computed from the presence schedules or, without schedules, the hours the agreement states.',
      },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, lang, params, limitNote }) {
    const min = params.min_timmar_per_vecka!;
    const activities = a.basverksamheter ?? [];
    const c = computedSimultaneity(a);
    if (activities.length > 0 && c.withoutSchedule.length === 0) {
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
        t(
          `Alla basverksamheter är på plats samtidigt ${hours(c.hours, 'sv')} per vecka (${computed}).`,
          `Every base activity is present at once ${hours(c.hours, 'en')} per week (${computed}).`,
        ),
        '/samtidighet',
      );
    }
    // Without a timetable for every activity the overlap cannot be computed: the
    // agreed hours are judged as stated, and the message says so.
    const s = sectionState(a.samtidighet);
    const noSchedule =
      activities.length === 0
        ? t('basverksamheterna är inte kända', 'the base activities are not known')
        : t(
            `${activityList(c.withoutSchedule, 'sv')} har inget närvaroschema`,
            `${activityList(c.withoutSchedule, 'en')} ${c.withoutSchedule.length === 1 ? 'has' : 'have'} no presence schedule`,
          );
    if (s.state === 'ingår inte') {
      return unmet(
        t('Avtalet innehåller ingen samtidighet (samtidighet: ingår inte).', 'The agreement contains no simultaneity (samtidighet: ingår inte).'),
        '/samtidighet',
      );
    }
    const stated = s.state === 'finns' ? s.value.timmar_per_vecka : undefined;
    if (stated === undefined) {
      return missing(
        [
          {
            what: {
              sv: 'samtidigheten per vecka (eller närvaroscheman för alla basverksamheter)',
              en: 'the simultaneity per week (or presence schedules for every base activity)',
            },
            key: 'samtidighet.timmar_per_vecka',
          },
        ],
        lang,
        s.state === 'finns' ? '/samtidighet' : '',
      );
    }
    if (stated + 1e-9 < min) {
      return unmet(
        t(
          `Avtalet anger ${hours(stated, 'sv')} samtidighet per vecka; minst ${hours(min, 'sv')} krävs${limitNote('min_timmar_per_vecka')}. (Bedömt på de angivna timmarna: ${noSchedule}.)`,
          `The agreement states ${hours(stated, 'en')} of simultaneity per week; at least ${hours(min, 'en')} are required${limitNote('min_timmar_per_vecka')}. (Judged on the stated hours: ${noSchedule}.)`,
        ),
        '/samtidighet/timmar_per_vecka',
      );
    }
    return met(
      t(
        `Avtalet anger ${hours(stated, 'sv')} samtidighet per vecka. (Bedömt på de angivna timmarna: ${noSchedule}.)`,
        `The agreement states ${hours(stated, 'en')} of simultaneity per week. (Judged on the stated hours: ${noSchedule}.)`,
      ),
      '/samtidighet/timmar_per_vecka',
    );
  },
};

const foraldrastod: RuleDefinition = {
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
      description: {
        sv: 'Hur många basverksamheter som minst ska driva en aktivitet tillsammans för att den ska räknas som gemensam.',
        en: 'How many base activities must run an activity together for it to count as joint.',
      },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, lang, params, limitNote }) {
    const fs = sharedPart(a, 'föräldrastöd', { sv: 'gemensamt föräldrastöd', en: 'joint parenting support' }, lang);
    if (fs.verdict) return fs.verdict;
    if (fs.value.aktiviteter === undefined) {
      return missing(
        [
          {
            what: {
              sv: 'föräldrastödets aktiviteter och vilka basverksamheter som driver dem',
              en: 'the parenting-support activities and which base activities run them',
            },
            key: 'gemensamt_ansvar.föräldrastöd.aktiviteter',
          },
        ],
        lang,
        '/gemensamt_ansvar/föräldrastöd',
      );
    }
    const min = params.min_verksamheter!;
    const joint = fs.value.aktiviteter.filter((x) => new Set(x.verksamheter).size >= min);
    if (joint.length === 0) {
      return unmet(
        t(
          `Ingen föräldrastödsaktivitet drivs av minst ${min} basverksamheter tillsammans${limitNote('min_verksamheter')}.`,
          `No parenting-support activity is run by at least ${min} base activities together${limitNote('min_verksamheter')}.`,
        ),
        '/gemensamt_ansvar/föräldrastöd/aktiviteter',
      );
    }
    const first = joint[0]!;
    return met(
      t(
        `${joint.length} ${joint.length === 1 ? 'gemensam aktivitet' : 'gemensamma aktiviteter'}, t.ex. "${first.namn}" (${activityList(first.verksamheter, 'sv')}).`,
        `${joint.length} joint activit${joint.length === 1 ? 'y' : 'ies'}, e.g. "${first.namn}" (${activityList(first.verksamheter, lang)}).`,
      ),
      '/gemensamt_ansvar/föräldrastöd/aktiviteter',
    );
  },
};

const utvardering: RuleDefinition = {
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
  check({ agreement: a, t, lang, params, limitNote }) {
    const r = sharedPart(a, 'utvärdering', { sv: 'en gemensam utvärdering', en: 'a joint evaluation' }, lang);
    if (r.verdict) return r.verdict;
    const u = r.value;
    const max = params.max_intervall_månader!;
    // Every failure at once: a too long interval and a method that is not included are both named.
    const fails: VerdictLocation[] = [];
    if (u.intervall_månader !== undefined && u.intervall_månader > max) {
      fails.push({
        pointer: '/gemensamt_ansvar/utvärdering/intervall_månader',
        message: t(
          `Utvärdering ${monthInterval(u.intervall_månader)}; högst ${max} månader mellan utvärderingarna tillåts${limitNote('max_intervall_månader')}.`,
          `Evaluation every ${u.intervall_månader} months; at most ${max} months between evaluations are allowed${limitNote('max_intervall_månader')}.`,
        ),
      });
    }
    const unknown: Need[] = [];
    const method = sectionState(u.metod);
    if (method.state === 'uppgift saknas')
      unknown.push({ what: { sv: 'utvärderingens metod', en: 'the evaluation method' }, key: 'gemensamt_ansvar.utvärdering.metod' });
    if (u.intervall_månader === undefined)
      unknown.push({
        what: { sv: 'hur ofta utvärderingen görs', en: 'how often the evaluation is done' },
        key: 'gemensamt_ansvar.utvärdering.intervall_månader',
      });
    if (method.state === 'ingår inte') {
      fails.push({
        pointer: '/gemensamt_ansvar/utvärdering/metod',
        message: t('Den gemensamma utvärderingen har ingen metod (metod: ingår inte).', 'The joint evaluation has no method (metod: ingår inte).'),
      });
    }
    if (fails.length > 0) {
      const rest = unknown.length > 0 ? ' ' + missingPhrase(unknown, lang).replace(/^./, (c) => c.toUpperCase()) + '.' : '';
      return withLocations(unmet(fails.map((f) => f.message).join(' ') + rest, fails[0]!.pointer), [
        ...fails,
        ...needPlaces(unknown, lang, '/gemensamt_ansvar/utvärdering'),
      ]);
    }
    if (unknown.length > 0) return missing(unknown, lang, '/gemensamt_ansvar/utvärdering');
    return met(
      t(`Gemensam utvärdering med ${u.metod} ${monthInterval(u.intervall_månader!)}.`, `Joint evaluation with ${u.metod} every ${u.intervall_månader} months.`),
      '/gemensamt_ansvar/utvärdering',
    );
  },
};

const barnetsRattigheter: RuleDefinition = {
  id: 'skane.barnets_rattigheter',
  title: { sv: 'Barnets rättigheter', en: 'The rights of the child' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneChildRights,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const r = sharedPart(a, 'barnets_rättigheter', { sv: 'arbetet med barnets rättigheter', en: 'the work with the rights of the child' }, lang);
    if (r.verdict) return r.verdict;
    const d = read(
      r.value.beskrivning,
      {
        what: { sv: 'hur familjecentralen arbetar med barnets rättigheter', en: 'how the centre works with the rights of the child' },
        key: 'gemensamt_ansvar.barnets_rättigheter.beskrivning',
      },
      lang,
      '/gemensamt_ansvar/barnets_rättigheter',
    );
    if (d.verdict) return d.verdict;
    const training = r.value.barnrättsutbildning === true ? t(' Personalen går barnrättsutbildning.', " Staff take the children's-rights training.") : '';
    return met(
      t('Avtalet beskriver arbetet med barnets rättigheter.', 'The agreement describes the work with the rights of the child.') + training,
      '/gemensamt_ansvar/barnets_rättigheter',
    );
  },
};

const barnrattsutbildning: RuleDefinition = {
  id: 'skane.barnrattsutbildning',
  title: { sv: 'Barnrättsutbildning för personalen', en: "Children's-rights training for staff" },
  severity: 'info',
  basis: 'krav',
  citation: CITE.skaneChildRightsTraining,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const r = sharedPart(a, 'barnets_rättigheter', { sv: 'arbetet med barnets rättigheter', en: 'the work with the rights of the child' }, lang);
    if (r.verdict) return r.verdict;
    const b = r.value.barnrättsutbildning;
    if (b === true)
      return met(
        t('Personalen går den regionala barnrättsutbildningen.', "Staff take the regional children's-rights training."),
        '/gemensamt_ansvar/barnets_rättigheter/barnrättsutbildning',
      );
    if (b === undefined) {
      return missing(
        [
          {
            what: { sv: 'om personalen går barnrättsutbildningen', en: "whether staff take the children's-rights training" },
            key: 'gemensamt_ansvar.barnets_rättigheter.barnrättsutbildning',
          },
        ],
        lang,
        '/gemensamt_ansvar/barnets_rättigheter',
      );
    }
    return unmet(
      t(
        'Avtalet säger att personalen inte går den barnrättsutbildning som det regionala nätverket erbjuder all personal (barnets_rättigheter.barnrättsutbildning: false).',
        "The agreement says staff do not take the children's-rights training the regional network offers all staff (barnets_rättigheter.barnrättsutbildning: false).",
      ),
      '/gemensamt_ansvar/barnets_rättigheter/barnrättsutbildning',
    );
  },
};

const delaktighet: RuleDefinition = {
  id: 'skane.delaktighet_inflytande',
  title: { sv: 'Delaktighet och inflytande', en: 'Participation and influence' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneParticipation,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const r = sharedPart(a, 'delaktighet_och_inflytande', { sv: 'delaktighets- och inflytandearbetet', en: 'the work on participation and influence' }, lang);
    if (r.verdict) return r.verdict;
    const d = r.value;
    if (hasText(d.beskrivning) || d.brukarråd === true || (d.brukarenkät !== undefined && d.brukarenkät !== 'ingen')) {
      return met(
        t('Avtalet beskriver delaktighets- och inflytandearbetet.', 'The agreement describes the work on participation and influence.'),
        '/gemensamt_ansvar/delaktighet_och_inflytande',
      );
    }
    if (d.brukarråd === false && d.brukarenkät === 'ingen' && d.beskrivning === undefined) {
      return unmet(
        t(
          'Familjecentralen har varken brukarråd eller brukarenkät, och avtalet beskriver inget annat delaktighetsarbete.',
          'The centre has neither a user council nor a user survey, and the agreement describes no other participation work.',
        ),
        '/gemensamt_ansvar/delaktighet_och_inflytande',
      );
    }
    return missing(
      [
        {
          what: { sv: 'hur föräldrar och barn görs delaktiga och får inflytande', en: 'how parents and children take part and have influence' },
          key: 'gemensamt_ansvar.delaktighet_och_inflytande.beskrivning',
        },
      ],
      lang,
      '/gemensamt_ansvar/delaktighet_och_inflytande',
    );
  },
};

const GRACE: RuleParameter = {
  name: 'dagar_efter_årsskifte',
  default: 90,
  unit: { sv: 'dagar', en: 'days' },
  description: {
    sv: 'Hur många dagar efter årsskiftet (eller efter att avtalet började gälla) det nya årets plan och förra årets berättelse får dröja; under fristen räcker föregående års.',
    en: "How many days after New Year (or after the agreement took effect) the new year's plan and last year's report may wait; during the grace period the previous year's suffices.",
  },
  origin: 'regeluppsättning',
};

/** Start of the agreement (when known), the due day of this year's document, and whether the agreement started this year. */
function yearDates(a: Agreement, asOf: Date, grace: number): { start: Date | undefined; year: number; newYear: Date; startedThisYear: boolean } {
  const from = present(a.avtal.giltighet)?.från;
  const start = from ? parseIsoDate(from) : undefined;
  const year = getYear(asOf);
  const newYear = new Date(year, 0, 1);
  void grace;
  return { start, year, newYear, startedThisYear: start !== undefined && !isBefore(start, newYear) };
}

function notYetInForce(ctx: RuleContext, start: Date): Verdict {
  return notApplicable(
    ctx.t(
      `Avtalet har inte börjat gälla: det träder i kraft ${ctx.date(start)}, och kraven på plan och berättelse räknas därifrån.`,
      `The agreement is not yet in force: it takes effect on ${ctx.date(start)}, and the plan and report are due counting from then.`,
    ),
    '/avtal/giltighet/från',
  );
}

function yearDocument(x: Agreement['verksamhetsplan']): { state: 'finns'; value: YearDocument } | { state: 'ingår inte' } | { state: 'uppgift saknas' } {
  return sectionState(x);
}

const verksamhetsplan: RuleDefinition = {
  id: 'skane.verksamhetsplan',
  title: { sv: 'Verksamhetsplan för innevarande år', en: 'Operational plan for the current year' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skanePlan,
  parameters: [GRACE],
  check(ctx) {
    const { agreement: a, t, asOf, date, lang, params, limitNote } = ctx;
    const grace = params.dagar_efter_årsskifte!;
    const { start, year, newYear, startedThisYear } = yearDates(a, asOf, grace);
    if (start && isAfter(start, asOf)) return notYetInForce(ctx, start);
    // This year's plan is due `grace` days after New Year, or after the start when the agreement began this year.
    const due = addDays(startedThisYear ? start! : newYear, grace);
    const inGrace = !isAfter(asOf, due);
    const p = yearDocument(a.verksamhetsplan);
    const dueNote = t(
      `planen för ${year} ska finnas senast ${date(due)}${limitNote('dagar_efter_årsskifte')}`,
      `the plan for ${year} is due by ${date(due)}${limitNote('dagar_efter_årsskifte')}`,
    );
    if (p.state === 'finns') {
      const adopted = p.value.fastställd ? t(`, fastställd ${date(p.value.fastställd)}`, `, adopted on ${date(p.value.fastställd)}`) : '';
      if (p.value.år === year)
        return met(t(`Gemensam verksamhetsplan för ${year}${adopted}.`, `Joint operational plan for ${year}${adopted}.`), '/verksamhetsplan');
      if (p.value.år === year - 1 && inGrace && !startedThisYear) {
        return met(
          t(`Gemensam verksamhetsplan för ${year - 1}${adopted}; ${dueNote}.`, `Joint operational plan for ${year - 1}${adopted}; ${dueNote}.`),
          '/verksamhetsplan/år',
        );
      }
      if (inGrace && startedThisYear)
        return notApplicable(
          t(`Avtalet började gälla ${date(start!)}; ${dueNote}.`, `The agreement took effect on ${date(start!)}; ${dueNote}.`),
          '/verksamhetsplan/år',
        );
      return unmet(
        t(
          `Verksamhetsplanen gäller ${p.value.år}; per ${date(asOf)} krävs en plan för ${year}.`,
          `The operational plan is for ${p.value.år}; as of ${date(asOf)} a plan for ${year} is required.`,
        ),
        '/verksamhetsplan/år',
      );
    }
    if (inGrace && startedThisYear)
      return notApplicable(t(`Avtalet började gälla ${date(start!)}; ${dueNote}.`, `The agreement took effect on ${date(start!)}; ${dueNote}.`), '');
    if (p.state === 'ingår inte') {
      return unmet(
        t(
          `Det finns ingen gemensam verksamhetsplan (verksamhetsplan: ingår inte); en plan för ${year} krävs per ${date(asOf)}.`,
          `There is no joint operational plan (verksamhetsplan: ingår inte); a plan for ${year} is required as of ${date(asOf)}.`,
        ),
        '/verksamhetsplan',
      );
    }
    const wanted = inGrace ? t(`${year - 1} eller ${year}`, `${year - 1} or ${year}`) : String(year);
    return missing(
      [{ what: { sv: `den gemensamma verksamhetsplanen för ${wanted}`, en: `the joint operational plan for ${wanted}` }, key: 'verksamhetsplan' }],
      lang,
      '',
    );
  },
};

const verksamhetsberattelse: RuleDefinition = {
  id: 'skane.verksamhetsberattelse',
  title: { sv: 'Verksamhetsberättelse för föregående år', en: 'Annual report for the previous year' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.skaneReport,
  parameters: [GRACE],
  check(ctx) {
    const { agreement: a, t, asOf, date, lang, params, limitNote } = ctx;
    const grace = params.dagar_efter_årsskifte!;
    const { start, year, newYear, startedThisYear } = yearDates(a, asOf, grace);
    if (start && isAfter(start, asOf)) return notYetInForce(ctx, start);
    const last = year - 1;
    // A centre's first year has no previous year to report on.
    if (startedThisYear) {
      return notApplicable(
        t(
          `Avtalet började gälla ${date(start!)}: under det första året finns ingen verksamhetsberättelse för ${last} att kräva.`,
          `The agreement took effect on ${date(start!)}: in its first year there is no report for ${last} to require.`,
        ),
        '/avtal/giltighet/från',
      );
    }
    const due = addDays(newYear, grace);
    const inGrace = !isAfter(asOf, due);
    const dueNote = t(
      `berättelsen för ${last} ska finnas senast ${date(due)}${limitNote('dagar_efter_årsskifte')}`,
      `the report for ${last} is due by ${date(due)}${limitNote('dagar_efter_årsskifte')}`,
    );
    const r = yearDocument(a.verksamhetsberättelse);
    if (r.state === 'finns') {
      const adopted = r.value.fastställd ? t(`, fastställd ${date(r.value.fastställd)}`, `, adopted on ${date(r.value.fastställd)}`) : '';
      if (r.value.år === last)
        return met(t(`Gemensam verksamhetsberättelse för ${last}${adopted}.`, `Joint annual report for ${last}${adopted}.`), '/verksamhetsberättelse');
      if (r.value.år === last - 1 && inGrace)
        return met(
          t(`Gemensam verksamhetsberättelse för ${last - 1}${adopted}; ${dueNote}.`, `Joint annual report for ${last - 1}${adopted}; ${dueNote}.`),
          '/verksamhetsberättelse/år',
        );
      return unmet(
        t(
          `Verksamhetsberättelsen gäller ${r.value.år}; per ${date(asOf)} krävs en berättelse för ${last}.`,
          `The annual report is for ${r.value.år}; as of ${date(asOf)} a report for ${last} is required.`,
        ),
        '/verksamhetsberättelse/år',
      );
    }
    if (inGrace && start !== undefined && getYear(start) === last) {
      // Started last year: no report before this one, and this one is not yet due.
      return notApplicable(t(`Avtalet började gälla ${date(start)}; ${dueNote}.`, `The agreement took effect on ${date(start)}; ${dueNote}.`), '');
    }
    if (r.state === 'ingår inte') {
      return unmet(
        t(
          `Det finns ingen gemensam verksamhetsberättelse (verksamhetsberättelse: ingår inte); en berättelse för ${last} krävs per ${date(asOf)}.`,
          `There is no joint annual report (verksamhetsberättelse: ingår inte); a report for ${last} is required as of ${date(asOf)}.`,
        ),
        '/verksamhetsberättelse',
      );
    }
    const wanted = inGrace ? t(`${last - 1} eller ${last}`, `${last - 1} or ${last}`) : String(last);
    return missing(
      [{ what: { sv: `den gemensamma verksamhetsberättelsen för ${wanted}`, en: `the joint annual report for ${wanted}` }, key: 'verksamhetsberättelse' }],
      lang,
      '',
    );
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
