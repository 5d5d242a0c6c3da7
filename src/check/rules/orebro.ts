/**
 * Örebro län (principöverenskommelse 2010): the agreement is reviewed every
 * third year with the KAFO model, and the work is shaped by a child perspective.
 */
import { yearInterval } from '../../core/numbers.js';
import { addYears } from 'date-fns/addYears';
import { isAfter } from 'date-fns/isAfter';
import { CITE } from '../citations.js';
import { parseIsoDate } from '../../core/dates.js';
import { present, sectionState } from '../../core/model.js';
import { hasText, met, unmet, withLocations, type RuleDefinition, type VerdictLocation } from '../rule.js';
import { missing, read, type Need } from './read.js';

const REVIEW: Need = { what: { sv: 'en översyn av avtalet', en: 'a review of the agreement' }, key: 'översyn' };

const oversyn: RuleDefinition = {
  id: 'orebro.oversyn',
  title: { sv: 'Översyn vart tredje år', en: 'Review every third year' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.orebroReview,
  parameters: [
    {
      name: 'max_intervall_år',
      default: 3,
      unit: { sv: 'år', en: 'years' },
      description: {
        sv: 'Längsta tid mellan två översyner av avtalet (principöverenskommelsen: vart tredje år).',
        en: 'Longest time between two reviews of the agreement (the principöverenskommelse: every third year).',
      },
      origin: 'ramverk',
    },
  ],
  check({ agreement: a, t, date, asOf, params, lang }) {
    const max = params.max_intervall_år!;
    const r = read(a.översyn, REVIEW, lang, '');
    if (r.verdict) {
      const why = t(` Principöverenskommelsen kräver översyn ${yearInterval(max)}.`, ` The principöverenskommelse requires one every ${max} years.`);
      return { ...r.verdict, message: r.verdict.message + why };
    }
    const o = r.value;
    if (o.intervall_år === undefined)
      return missing([{ what: { sv: 'översynens intervall', en: 'the review interval' }, key: 'översyn.intervall_år' }], lang, '/översyn');
    // Every failure at once: a too long interval, an overdue review and a badly planned next one are each named.
    const fails: VerdictLocation[] = [];
    if (o.intervall_år > max) {
      fails.push({
        pointer: '/översyn/intervall_år',
        message: t(
          `Översyn ${yearInterval(o.intervall_år)}; principöverenskommelsen kräver översyn minst ${yearInterval(max)}.`,
          `Review every ${o.intervall_år} years; the principöverenskommelse requires one at least every ${max} years.`,
        ),
      });
    }
    // The review falls due `max` years after the last one, or after the agreement took effect.
    const last = o.senast ? parseIsoDate(o.senast) : undefined;
    const from = present(a.avtal.giltighet)?.från;
    const start = from ? parseIsoDate(from) : undefined;
    const base = last ?? start;
    const due = base ? addYears(base, o.intervall_år) : undefined;
    const next = o.nästa ? parseIsoDate(o.nästa) : undefined;
    if (base && due) {
      const overdue = isAfter(asOf, due);
      if (overdue) {
        const from = last
          ? t(`senaste översynen ${date(last)}`, `the last review on ${date(last)}`)
          : t(`avtalets start ${date(base)}`, `the agreement's start on ${date(base)}`);
        fails.push({
          pointer: o.senast ? '/översyn/senast' : '/översyn',
          message: t(
            `Översynen är försenad: den skulle ha gjorts senast ${date(due)}, ${o.intervall_år} år efter ${from}.`,
            `The review is overdue: it was due by ${date(due)}, ${o.intervall_år} years after ${from}.`,
          ),
        });
      }
      if (next && isAfter(next, due)) {
        fails.push({
          pointer: '/översyn/nästa',
          message: t(
            `Nästa översyn är planerad ${date(next)}, efter ${date(due)} då den senast ska göras.`,
            `The next review is planned for ${date(next)}, after ${date(due)} when it is due.`,
          ),
        });
      } else if (next && !overdue && isAfter(asOf, next)) {
        fails.push({
          pointer: '/översyn/nästa',
          message: t(
            `Den planerade översynen ${date(next)} har passerat utan att en ny översyn har förts in (översyn.senast).`,
            `The planned review on ${date(next)} has passed without a new review being recorded (översyn.senast).`,
          ),
        });
      }
    }
    if (fails.length > 0) return withLocations(unmet(fails.map((f) => f.message).join(' '), fails[0]!.pointer), fails);
    if (due)
      return met(
        t(
          `Översyn ${yearInterval(o.intervall_år)}; nästa senast ${date(next ?? due)}.`,
          `Review every ${o.intervall_år} years; the next is due by ${date(next ?? due)}.`,
        ),
        '/översyn',
      );
    return met(t(`Översyn ${yearInterval(o.intervall_år)}.`, `Review every ${o.intervall_år} years.`), '/översyn');
  },
};

const kafo: RuleDefinition = {
  id: 'orebro.kafo',
  title: { sv: 'Översyn med KAFO', en: 'Review with KAFO' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.orebroKafo,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const r = read(a.översyn, REVIEW, lang, '');
    if (r.verdict) return r.verdict;
    const m = r.value.metod;
    if (!hasText(m))
      return missing(
        [
          {
            what: { sv: 'översynens metod (principöverenskommelsen anger KAFO)', en: 'the review method (the principöverenskommelse names KAFO)' },
            key: 'översyn.metod',
          },
        ],
        lang,
        '/översyn',
      );
    if (!/\bKAFO\b/i.test(m))
      return unmet(
        t(
          `Översynen görs med "${m}", inte med KAFO som principöverenskommelsen anger.`,
          `The review uses "${m}", not KAFO as the principöverenskommelse says.`,
        ),
        '/översyn/metod',
      );
    return met(t('Översynen görs med KAFO.', 'The review uses KAFO.'), '/översyn/metod');
  },
};

const CHILD = /barnperspektiv|barnets bästa|barnkonvention|barnets rättigheter/i;

const barnperspektiv: RuleDefinition = {
  id: 'orebro.barnperspektiv',
  title: { sv: 'Barnperspektiv och barnets bästa', en: 'Child perspective and the best interest of the child' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.orebroChild,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const rights = present(present(a.gemensamt_ansvar)?.barnets_rättigheter);
    const syfte = present(a.syfte);
    if (hasText(rights?.beskrivning))
      return met(
        t('Avtalet beskriver arbetet med barnets rättigheter.', 'The agreement describes the work with the rights of the child.'),
        '/gemensamt_ansvar/barnets_rättigheter',
      );
    if (hasText(syfte) && CHILD.test(syfte))
      return met(t('Syftet sätter barnets bästa i centrum.', 'The purpose puts the best interest of the child at the centre.'), '/syfte');
    // Unmet only when both places are known and neither names the child perspective.
    const ga = sectionState(a.gemensamt_ansvar);
    const rightsState = ga.state === 'finns' ? sectionState(ga.value.barnets_rättigheter) : ga;
    const rightsText = rightsState.state === 'finns' ? sectionState(rightsState.value.beskrivning) : rightsState;
    const syfteState = sectionState(a.syfte);
    if (rightsText.state === 'uppgift saknas' || syfteState.state === 'uppgift saknas') {
      return missing(
        [
          {
            what: { sv: 'barnperspektivet (i syfte eller under barnets rättigheter)', en: 'the child perspective (in syfte or under barnets_rättigheter)' },
            key: 'syfte eller gemensamt_ansvar.barnets_rättigheter.beskrivning',
          },
        ],
        lang,
        '',
      );
    }
    return unmet(
      t(
        'Avtalet beskriver inte barnperspektivet: skriv det i syfte eller under gemensamt_ansvar.barnets_rättigheter.',
        'The agreement does not describe the child perspective: state it in syfte or under gemensamt_ansvar.barnets_rättigheter.',
      ),
      syfte ? '/syfte' : '',
    );
  },
};

export const OREBRO_RULES: readonly RuleDefinition[] = [oversyn, kafo, barnperspektiv];
