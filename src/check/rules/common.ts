/**
 * Rules every ruleset applies (`gemensam.*`): what the national definitions
 * and the follow-ups ask of any local agreement, whatever its framework.
 */
import { addDays } from 'date-fns/addDays';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isAfter } from 'date-fns/isAfter';
import { listOf } from '../../core/messages.js';
import { BASE_ACTIVITIES, type BaseActivityKind } from '../../core/model.js';
import { minutesOf, normaliseSchedule, hoursOf, isClockTime } from '../../core/time.js';
import { CITE } from '../citations.js';
import { parseIsoDate } from '../dates.js';
import { hasText, hours, met, notApplicable, num, unmet, type RuleContext, type RuleDefinition, type Verdict } from '../rule.js';
import { activityList, activityName, computedSimultaneity, describeIntervals, partyKind, RESPONSIBLE_KIND } from './helpers.js';

const MUNICIPAL: BaseActivityKind[] = ['öppen_förskola', 'socialtjänst'];

export const typ: RuleDefinition = {
  id: 'gemensam.typ',
  title: { sv: 'Typ och basverksamheter', en: 'Type and base activities' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.definition,
  parameters: [],
  check({ agreement: a, t }) {
    // The definitions are about co-location: an activity listed as not co-located
    // (samlokaliserad: nej) does not make the centre a familjecentral.
    const kinds = a.basverksamheter.filter((b) => b.samlokaliserad !== 'nej').map((b) => b.verksamhet);
    const apart = a.basverksamheter.filter((b) => b.samlokaliserad === 'nej').map((b) => b.verksamhet);
    const apartNote = (l: 'sv' | 'en') =>
      apart.length === 0
        ? ''
        : l === 'sv'
          ? ` (${activityList(apart, 'sv')} står med men är inte samlokaliserad och räknas inte.)`
          : ` (${activityList(apart, 'en')} ${apart.length === 1 ? 'is' : 'are'} listed but not co-located and ${apart.length === 1 ? 'does' : 'do'} not count.)`;
    const ptr = '/basverksamheter';
    if (a.familjecentral.typ === 'familjecentral') {
      const missing = BASE_ACTIVITIES.filter((k) => !kinds.includes(k));
      if (missing.length === 0) return met(t('En familjecentral med alla fyra basverksamheterna.', 'A familjecentral with all four base activities.'), '/familjecentral/typ');
      const asLike = kinds.includes('barnhälsovård') && MUNICIPAL.some((k) => kinds.includes(k));
      return unmet(
        t(
          `En familjecentral ska ha alla fyra basverksamheterna samlokaliserade; ${activityList(missing, 'sv')} saknas.` + apartNote('sv') + (asLike ? ' Med de verksamheter som finns är det en familjecentralsliknande verksamhet (typ: familjecentralsliknande).' : ''),
          `A familjecentral must have all four base activities co-located; ${activityList(missing, 'en')} ${missing.length === 1 ? 'is' : 'are'} missing.` + apartNote('en') + (asLike ? ' With the activities present it is a familjecentralsliknande verksamhet (typ: familjecentralsliknande).' : ''),
        ),
        '/familjecentral/typ',
      );
    }
    const problems: string[] = [];
    if (!kinds.includes('barnhälsovård')) problems.push(t('barnhälsovård saknas', 'child health care is missing'));
    if (!MUNICIPAL.some((k) => kinds.includes(k))) problems.push(t('ingen kommunal basverksamhet (öppen förskola eller socialtjänst)', 'no municipal base activity (open preschool or social services)'));
    if (problems.length === 0) {
      return met(
        t(`En familjecentralsliknande verksamhet med ${activityList(kinds, 'sv')}.`, `A familjecentralsliknande verksamhet with ${activityList(kinds, 'en')}.`),
        '/familjecentral/typ',
      );
    }
    return unmet(
      t(
        `En familjecentralsliknande verksamhet ska ha barnhälsovård och minst en kommunal basverksamhet: ${problems.join('; ')}.`,
        `A familjecentralsliknande verksamhet needs child health care and at least one municipal base activity: ${problems.join('; ')}.`,
      ),
      ptr,
    );
  },
};

export const huvudman: RuleDefinition = {
  id: 'gemensam.huvudman',
  title: { sv: 'Rätt huvudman för varje basverksamhet', en: 'The right party runs each base activity' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.legs,
  parameters: [],
  check({ agreement: a, t }) {
    for (const [i, b] of a.basverksamheter.entries()) {
      const want = RESPONSIBLE_KIND[b.verksamhet];
      const kind = partyKind(a, b.part);
      if (kind === want) continue;
      const wantSv = want === 'region' ? 'regionen' : 'kommunen';
      const wantEn = want === 'region' ? 'the region' : 'the kommun';
      if (kind === undefined) {
        return unmet(
          t(
            `Parten "${b.part}" som driver ${activityName(b.verksamhet, 'sv')} har ingen typ; ange typ: ${want} under parter (${activityName(b.verksamhet, 'sv')} drivs av ${wantSv}).`,
            `Party "${b.part}", which runs ${activityName(b.verksamhet, 'en')}, has no type; set typ: ${want} under parter (${activityName(b.verksamhet, 'en')} is run by ${wantEn}).`,
          ),
          `/basverksamheter/${i}/part`,
        );
      }
      return unmet(
        t(
          `${cap(activityName(b.verksamhet, 'sv'))} drivs av ${wantSv}, men avtalet anger parten "${b.part}" (typ ${kind}).`,
          `${cap(activityName(b.verksamhet, 'en'))} is run by ${wantEn}, but the agreement names party "${b.part}" (type ${kind}).`,
        ),
        `/basverksamheter/${i}/part`,
      );
    }
    return met(t('Regionen driver MHV och BHV, kommunen öppen förskola och socialtjänst.', 'The region runs MHV and BHV, the kommun open preschool and social services.'), '/basverksamheter');
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const bemanning: RuleDefinition = {
  id: 'gemensam.bemanning',
  title: { sv: 'Bemanning per basverksamhet', en: 'Staffing of each base activity' },
  severity: 'fel',
  basis: 'uppföljning',
  citation: CITE.staffing,
  parameters: [],
  check({ agreement: a, t, lang }) {
    for (const [i, b] of a.basverksamheter.entries()) {
      const total = (b.bemanning ?? []).reduce((s, x) => s + x.tjänstgöringsgrad, 0);
      if (total > 0) continue;
      return unmet(
        t(
          `${cap(activityName(b.verksamhet, 'sv'))} saknar bemanning: ange yrke och tjänstgöringsgrad under bemanning.`,
          `${cap(activityName(b.verksamhet, 'en'))} has no staffing: give profession and fraction of a post under bemanning.`,
        ),
        `/basverksamheter/${i}` + (b.bemanning ? '/bemanning' : ''),
      );
    }
    const parts = a.basverksamheter.map((b) => `${activityName(b.verksamhet, lang)} ${num((b.bemanning ?? []).reduce((s, x) => s + x.tjänstgöringsgrad, 0), lang)}`);
    return met(t(`Varje basverksamhet är bemannad (tjänster: ${parts.join(', ')}).`, `Every base activity is staffed (posts: ${parts.join(', ')}).`), '/basverksamheter');
  },
};

export const narvaro: RuleDefinition = {
  id: 'gemensam.narvaro',
  title: { sv: 'Närvaro varje vecka per basverksamhet', en: 'Weekly presence of each base activity' },
  severity: 'fel',
  basis: 'uppföljning',
  citation: CITE.openingHours,
  parameters: [],
  check({ agreement: a, t, lang }) {
    for (const [i, b] of a.basverksamheter.entries()) {
      const h = hoursOf(normaliseSchedule(b.närvaro ?? []));
      if (h > 0) continue;
      return unmet(
        t(
          `${cap(activityName(b.verksamhet, 'sv'))} har inget närvaroschema: ange dag, från och till under närvaro.`,
          `${cap(activityName(b.verksamhet, 'en'))} has no presence schedule: give day, from and to under närvaro.`,
        ),
        `/basverksamheter/${i}` + (b.närvaro ? '/närvaro' : ''),
      );
    }
    const parts = a.basverksamheter.map((b) => `${activityName(b.verksamhet, lang)} ${hours(hoursOf(normaliseSchedule(b.närvaro ?? [])), lang)}`);
    return met(t(`Varje basverksamhet har närvaro varje vecka (${parts.join(', ')}).`, `Every base activity is present each week (${parts.join(', ')}).`), '/basverksamheter');
  },
};

export const samlokalisering: RuleDefinition = {
  id: 'gemensam.samlokalisering',
  title: { sv: 'Hel samlokalisering', en: 'Full co-location' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.coLocation,
  parameters: [],
  check({ agreement: a, t }) {
    for (const [i, b] of a.basverksamheter.entries()) {
      if (b.samlokaliserad === 'helt') continue;
      return unmet(
        t(
          `${cap(activityName(b.verksamhet, 'sv'))} är ${b.samlokaliserad === 'delvis' ? 'bara delvis' : 'inte'} samlokaliserad; enligt definitionen ska hela den ordinarie verksamheten finnas på familjecentralen.`,
          `${cap(activityName(b.verksamhet, 'en'))} is ${b.samlokaliserad === 'delvis' ? 'only partly' : 'not'} co-located; by definition all of its ordinary activity is at the family centre.`,
        ),
        `/basverksamheter/${i}/samlokaliserad`,
      );
    }
    return met(t('Alla basverksamheter är helt samlokaliserade.', 'Every base activity is fully co-located.'), '/basverksamheter');
  },
};

export const samtidighet: RuleDefinition = {
  id: 'gemensam.samtidighet',
  title: { sv: 'Angiven samtidighet stöds av närvaroschemana', en: 'Declared simultaneity is supported by the schedules' },
  severity: 'fel',
  basis: 'uppföljning',
  citation: CITE.openingHours,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const s = a.samtidighet;
    if (!s || (s.timmar_per_vecka === undefined && (s.tillfällen ?? []).length === 0)) {
      return notApplicable(t('Avtalet anger ingen samtidighet.', 'The agreement declares no simultaneity.'), '/samtidighet');
    }
    const c = computedSimultaneity(a);
    const computed = describeIntervals(c.intervals, lang);
    const noSchedule =
      c.withoutSchedule.length > 0
        ? t(` ${cap(activityList(c.withoutSchedule, 'sv'))} har inget närvaroschema.`, ` ${cap(activityList(c.withoutSchedule, 'en'))} ${c.withoutSchedule.length === 1 ? 'has' : 'have'} no presence schedule.`)
        : '';
    if (s.timmar_per_vecka !== undefined && s.timmar_per_vecka > c.hours + 1e-9) {
      return unmet(
        t(
          `Avtalet anger ${hours(s.timmar_per_vecka, 'sv')} samtidighet per vecka, men basverksamheternas närvaroscheman överlappar bara ${hours(c.hours, 'sv')} (${computed}).${noSchedule}`,
          `The agreement declares ${hours(s.timmar_per_vecka, 'en')} of simultaneity per week, but the base activities' presence schedules overlap only ${hours(c.hours, 'en')} (${computed}).${noSchedule}`,
        ),
        '/samtidighet/timmar_per_vecka',
      );
    }
    const overlapByDay = c.intervals;
    for (const [i, slot] of (s.tillfällen ?? []).entries()) {
      if (!isClockTime(slot.från) || !isClockTime(slot.till)) continue;
      const from = minutesOf(slot.från);
      const to = minutesOf(slot.till);
      const covered = overlapByDay.some((iv) => iv.dag === slot.dag && iv.start <= from && iv.end >= to);
      if (covered) continue;
      return unmet(
        t(
          `Tillfället ${slot.dag} ${slot.från}–${slot.till} ligger utanför den tid då alla basverksamheter är på plats (${computed}).${noSchedule}`,
          `The session on ${slot.dag} ${slot.från}–${slot.till} lies outside the time when every base activity is present (${computed}).${noSchedule}`,
        ),
        `/samtidighet/tillfällen/${i}`,
      );
    }
    return met(
      t(
        `Närvaroschemana ger ${hours(c.hours, 'sv')} samtidighet per vecka (${computed}), vilket bär det avtalet anger.`,
        `The presence schedules give ${hours(c.hours, 'en')} of simultaneity per week (${computed}), which supports what the agreement declares.`,
      ),
      '/samtidighet',
    );
  },
};

export const ledningsgrupp: RuleDefinition = {
  id: 'gemensam.ledningsgrupp',
  title: { sv: 'Ledningsgrupp med alla basverksamheter', en: 'Management group with every base activity' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.management,
  parameters: [
    {
      name: 'min_möten_per_år',
      default: 4,
      unit: { sv: 'möten per år', en: 'meetings per year' },
      description: { sv: 'Minsta antal möten per år i ledningsgruppen.', en: 'Least number of management-group meetings per year.' },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, params, limitNote }) {
    const lg = a.organisation?.ledningsgrupp;
    if (!lg) return unmet(t('Avtalet anger ingen ledningsgrupp.', 'The agreement names no management group.'), '/organisation/ledningsgrupp');
    const members = (lg.medlemmar ?? []).map((m) => m.verksamhet);
    const missing = a.basverksamheter.map((b) => b.verksamhet).filter((k) => !members.includes(k));
    if (missing.length > 0) {
      return unmet(
        t(`Ledningsgruppen saknar företrädare för ${activityList(missing, 'sv')}.`, `The management group has no member from ${activityList(missing, 'en')}.`),
        '/organisation/ledningsgrupp' + (lg.medlemmar ? '/medlemmar' : ''),
      );
    }
    const min = params.min_möten_per_år!;
    if (lg.möten_per_år === undefined) {
      return unmet(t('Ledningsgruppens mötesfrekvens (möten_per_år) anges inte.', 'The management group\'s meeting frequency (möten_per_år) is not stated.'), '/organisation/ledningsgrupp');
    }
    if (lg.möten_per_år < min) {
      return unmet(
        t(`Ledningsgruppen möts ${lg.möten_per_år} gånger per år; minst ${min} krävs${limitNote('min_möten_per_år')}.`, `The management group meets ${lg.möten_per_år} times a year; at least ${min} are required${limitNote('min_möten_per_år')}.`),
        '/organisation/ledningsgrupp/möten_per_år',
      );
    }
    return met(
      t(`Ledningsgruppen har företrädare för alla basverksamheter och möts ${lg.möten_per_år} gånger per år.`, `The management group has a member from every base activity and meets ${lg.möten_per_år} times a year.`),
      '/organisation/ledningsgrupp',
    );
  },
};

export const samordnare: RuleDefinition = {
  id: 'gemensam.samordnare',
  title: { sv: 'Samordnare', en: 'Coordinator' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.coordinator,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const s = a.organisation?.samordnare;
    if (!s) return unmet(t('Avtalet anger ingen samordnare.', 'The agreement names no coordinator.'), '/organisation/samordnare');
    if (!hasText(s.anställd_av)) return unmet(t('Det framgår inte vilken part som anställer samordnaren (anställd_av).', 'It is not stated which party employs the coordinator (anställd_av).'), '/organisation/samordnare');
    if (!(s.tjänstgöringsgrad !== undefined && s.tjänstgöringsgrad > 0)) {
      return unmet(t('Samordnarens tjänstgöringsgrad anges inte.', 'The coordinator\'s fraction of a post is not stated.'), '/organisation/samordnare');
    }
    if (!s.kostnadsfördelning || Object.keys(s.kostnadsfördelning).length === 0) {
      return unmet(t('Det framgår inte hur parterna delar kostnaden för samordnaren (kostnadsfördelning).', 'It is not stated how the parties share the coordinator\'s cost (kostnadsfördelning).'), '/organisation/samordnare');
    }
    const total = Object.values(s.kostnadsfördelning).reduce((x, y) => x + y, 0);
    if (Math.abs(total - 100) > 1e-9) {
      return unmet(
        t(`Kostnadsfördelningen för samordnaren summerar till ${num(total, 'sv')} %, inte 100 %.`, `The coordinator's cost split adds up to ${num(total, 'en')} %, not 100 %.`),
        '/organisation/samordnare/kostnadsfördelning',
      );
    }
    const employer = a.parter.find((p) => p.id === s.anställd_av)?.organisation ?? s.anställd_av;
    return met(
      t(`Samordnare anställd av ${employer} på ${num(s.tjänstgöringsgrad * 100, 'sv')} % av en heltid.`, `Coordinator employed by ${employer} at ${num(s.tjänstgöringsgrad * 100, lang)} % of a full-time post.`),
      '/organisation/samordnare',
    );
  },
};

export const personalmoten: RuleDefinition = {
  id: 'gemensam.personalmoten',
  title: { sv: 'Gemensamma personalmöten', en: 'Joint staff meetings' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.staffMeetings,
  parameters: [
    {
      name: 'min_per_år',
      default: 4,
      unit: { sv: 'möten per år', en: 'meetings per year' },
      description: { sv: 'Minsta antal gemensamma personalmöten per år.', en: 'Least number of joint staff meetings per year.' },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, params, limitNote }) {
    const n = a.organisation?.personalmöten_per_år;
    const min = params.min_per_år!;
    if (n === undefined) return unmet(t('Avtalet anger inte hur ofta personalen har gemensamma möten (personalmöten_per_år).', 'The agreement does not state how often staff meet jointly (personalmöten_per_år).'), '/organisation');
    if (n < min) {
      return unmet(t(`${n} gemensamma personalmöten per år; minst ${min} krävs${limitNote('min_per_år')}.`, `${n} joint staff meetings a year; at least ${min} are required${limitNote('min_per_år')}.`), '/organisation/personalmöten_per_år');
    }
    return met(t(`${n} gemensamma personalmöten per år.`, `${n} joint staff meetings a year.`), '/organisation/personalmöten_per_år');
  },
};

export const kompetensutveckling: RuleDefinition = {
  id: 'gemensam.kompetensutveckling',
  title: { sv: 'Gemensam kompetensutveckling', en: 'Joint competence development' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.gbgCompetence,
  parameters: [],
  check({ agreement: a, t }) {
    if (hasText(a.organisation?.kompetensutveckling)) return met(t('Avtalet beskriver gemensam kompetensutveckling.', 'The agreement describes joint competence development.'), '/organisation/kompetensutveckling');
    return unmet(t('Avtalet beskriver ingen gemensam kompetensutveckling (organisation.kompetensutveckling).', 'The agreement describes no joint competence development (organisation.kompetensutveckling).'), '/organisation');
  },
};

export const mal: RuleDefinition = {
  id: 'gemensam.mal',
  title: { sv: 'Gemensamma mål', en: 'Joint goals' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.goals,
  parameters: [],
  check({ agreement: a, t }) {
    const goals = (a.mål ?? []).filter(hasText);
    if (goals.length > 0) return met(t(`Avtalet anger ${goals.length} ${goals.length === 1 ? 'gemensamt' : 'gemensamma'} mål för familjecentralen.`, `The agreement states ${goals.length} joint goal${goals.length === 1 ? '' : 's'} for the centre.`), '/mål');
    return unmet(t('Avtalet anger inga gemensamma mål (mål:), bara parternas egna uppdrag.', 'The agreement states no joint goals (mål:), only the parties\' own missions.'), '');
  },
};

export const underskrifter: RuleDefinition = {
  id: 'gemensam.underskrifter',
  title: { sv: 'Underskrifter från alla parter, daterade', en: 'Dated signatures from every party' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.gbgSignatures,
  parameters: [],
  check({ agreement: a, t }) {
    const sigs = a.underskrifter ?? [];
    const unsigned = a.parter.filter((p) => !sigs.some((s) => s.part === p.id));
    if (unsigned.length > 0) {
      const names = unsigned.map((p) => `${p.organisation} (${p.id})`);
      return unmet(
        t(`${listOf('sv', names, 'and')} har inte undertecknat avtalet.`, `${listOf('en', names, 'and')} ${unsigned.length === 1 ? 'has' : 'have'} not signed the agreement.`),
        sigs.length > 0 ? '/underskrifter' : '',
      );
    }
    const undated = sigs.findIndex((s) => !hasText(s.datum));
    if (undated >= 0) {
      const s = sigs[undated]!;
      return unmet(t(`Underskriften av ${s.namn} (${s.part}) saknar datum.`, `The signature of ${s.namn} (${s.part}) is not dated.`), `/underskrifter/${undated}`);
    }
    return met(t(`Alla ${a.parter.length} parter har undertecknat med datum.`, `All ${a.parter.length} parties have signed with a date.`), '/underskrifter');
  },
};

export const underskriftDatum: RuleDefinition = {
  id: 'gemensam.underskrift_datum',
  title: { sv: 'Undertecknat innan avtalet börjar gälla', en: 'Signed before the agreement starts' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.gbgSignatures,
  parameters: [],
  check({ agreement: a, t, date }) {
    const start = a.avtal.giltighet.från;
    const sigs = a.underskrifter ?? [];
    const dated = sigs.filter((s) => hasText(s.datum));
    if (dated.length === 0) return notApplicable(t('Inga daterade underskrifter att jämföra.', 'No dated signatures to compare.'), '/underskrifter');
    const startDate = parseIsoDate(start);
    for (const [i, s] of sigs.entries()) {
      const d = s.datum ? parseIsoDate(s.datum) : undefined;
      if (!d || !startDate || !isAfter(d, startDate)) continue;
      return unmet(
        t(
          `${s.namn} (${s.part}) undertecknade ${date(d)}, efter att avtalet började gälla ${date(startDate)}.`,
          `${s.namn} (${s.part}) signed on ${date(d)}, after the agreement took effect on ${date(startDate)}.`,
        ),
        `/underskrifter/${i}/datum`,
      );
    }
    return met(t(`Alla underskrifter är daterade senast ${date(start)}, då avtalet börjar gälla.`, `Every signature is dated on or before ${date(start)}, when the agreement takes effect.`), '/underskrifter');
  },
};

/** The last day the agreement is in force, counting automatic extensions; undefined when open-ended. */
export function effectiveEnd(a: RuleContext['agreement']): { end: Date | undefined; term: Date | undefined; extended: boolean } {
  const g = a.avtal.giltighet;
  const term = g.till ? parseIsoDate(g.till) : undefined;
  if (!term) return { end: undefined, term: undefined, extended: false };
  if (!g.förlängning) return { end: term, term, extended: false };
  if (g.förlängning.gånger === undefined) return { end: undefined, term, extended: true };
  return { end: addYears(term, g.förlängning.år * g.förlängning.gånger), term, extended: true };
}

export const giltighet: RuleDefinition = {
  id: 'gemensam.giltighet',
  title: { sv: 'Avtalet gäller', en: 'The agreement is in force' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.gbgTerm,
  parameters: [],
  check({ agreement: a, t, date, asOf }) {
    const { end, term, extended } = effectiveEnd(a);
    if (!term) return met(t('Avtalet gäller tills vidare.', 'The agreement runs until further notice.'), '/avtal/giltighet');
    if (!end) return met(t(`Avtalet förlängs automatiskt efter ${date(term)} utan begränsning.`, `The agreement extends automatically after ${date(term)} without limit.`), '/avtal/giltighet');
    if (isAfter(asOf, end)) {
      const how = extended ? t(` (inklusive förlängning; avtalstiden slutade ${date(term)})`, ` (including extension; the term ended on ${date(term)})`) : '';
      return unmet(
        t(`Avtalet har löpt ut: det gällde till ${date(end)}${how}.`, `The agreement has expired: it was in force until ${date(end)}${how}.`),
        '/avtal/giltighet/till',
      );
    }
    return met(t(`Avtalet gäller till ${date(end)}${extended ? ' inklusive förlängning' : ''}.`, `The agreement is in force until ${date(end)}${extended ? ' including extension' : ''}.`), '/avtal/giltighet');
  },
};

export const avtalstidSlut: RuleDefinition = {
  id: 'gemensam.avtalstid_slut',
  title: { sv: 'Avtalet upphör snart utan förlängning', en: 'The agreement ends soon without extension' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.gbgTerm,
  parameters: [
    {
      name: 'dagar_före_slut',
      default: 90,
      unit: { sv: 'dagar', en: 'days' },
      description: { sv: 'Hur många dagar före slutdatum en varning ges när ingen förlängning finns.', en: 'How many days before the end date a warning is given when there is no extension.' },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, date, asOf, params, limitNote }) {
    const { end } = effectiveEnd(a);
    if (!end) return notApplicable(t('Avtalet har inget slutdatum.', 'The agreement has no end date.'), '/avtal/giltighet');
    if (isAfter(asOf, end)) return notApplicable(t('Avtalet har redan löpt ut (se gemensam.giltighet).', 'The agreement has already expired (see gemensam.giltighet).'), '/avtal/giltighet/till');
    const days = params.dagar_före_slut!;
    const left = differenceInCalendarDays(end, asOf);
    if (!isAfter(addDays(asOf, days), end)) {
      return met(t(`Avtalet gäller till ${date(end)}, mer än ${days} dagar framåt.`, `The agreement is in force until ${date(end)}, more than ${days} days ahead.`), '/avtal/giltighet');
    }
    return unmet(
      t(
        `Avtalet upphör ${date(end)}, om ${left} dagar, och kan inte förlängas enligt avtalet; ett nytt avtal behöver beslutas${limitNote('dagar_före_slut')}.`,
        `The agreement ends on ${date(end)}, in ${left} days, and cannot be extended under its terms; a new agreement needs to be decided${limitNote('dagar_före_slut')}.`,
      ),
      '/avtal/giltighet/till',
    );
  },
};

export const uppsagningstid: RuleDefinition = {
  id: 'gemensam.uppsagningstid',
  title: { sv: 'Uppsägningstid angiven', en: 'Notice period stated' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.gbgNotice,
  parameters: [],
  check({ agreement: a, t }) {
    const n = a.avtal.giltighet.uppsägningstid_månader;
    if (n === undefined) return unmet(t('Avtalet anger ingen uppsägningstid (avtal.giltighet.uppsägningstid_månader).', 'The agreement states no notice period (avtal.giltighet.uppsägningstid_månader).'), '/avtal/giltighet');
    return met(t(`Uppsägningstiden är ${n} månader.`, `The notice period is ${n} months.`), '/avtal/giltighet/uppsägningstid_månader');
  },
};

const CONSENT = /samtycke/i;
const PERSONAL_DATA = /personuppgift|dataskydd|gdpr/i;

export const sekretess: RuleDefinition = {
  id: 'gemensam.sekretess',
  title: { sv: 'Sekretess och samtycke', en: 'Secrecy and consent' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.secrecy,
  parameters: [],
  check({ agreement: a, t }) {
    const s = a.sekretess;
    if (!hasText(s)) return unmet(t('Avtalet har inget avsnitt om sekretess och samtycke (sekretess:).', 'The agreement has no section on secrecy and consent (sekretess:).'), '');
    if (!CONSENT.test(s)) {
      return unmet(t('Sekretessavsnittet säger inte hur vårdnadshavares samtycke inhämtas och dokumenteras.', 'The secrecy section does not say how the guardians\' consent is obtained and documented.'), '/sekretess');
    }
    return met(t('Avtalet beskriver sekretess och samtycke.', 'The agreement describes secrecy and consent.'), '/sekretess');
  },
};

export const personuppgifter: RuleDefinition = {
  id: 'gemensam.personuppgifter',
  title: { sv: 'Personuppgiftsansvar', en: 'Responsibility for personal data' },
  severity: 'info',
  basis: 'uppföljning',
  citation: CITE.personalData,
  parameters: [],
  check({ agreement: a, t }) {
    const s = a.sekretess;
    if (hasText(s) && PERSONAL_DATA.test(s)) return met(t('Avtalet anger personuppgiftsansvaret.', 'The agreement states the responsibility for personal data.'), '/sekretess');
    return unmet(
      t('Avtalet säger inte vem som är personuppgiftsansvarig (t.ex. "varje part är personuppgiftsansvarig för sin behandling") i sekretess:.', 'The agreement does not say who is the controller of personal data (e.g. "each party is controller for its own processing") in sekretess:.'),
      hasText(s) ? '/sekretess' : '',
    );
  },
};

export const upprakning: RuleDefinition = {
  id: 'gemensam.upprakning',
  title: { sv: 'Ekonomi med uppräkning', en: 'Finances with indexation' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.gbgIndexation,
  parameters: [],
  check({ agreement: a, t }) {
    if (!a.ekonomi) return unmet(t('Avtalet har inget ekonomiavsnitt (ekonomi:) och därmed ingen uppräkning av kostnaderna.', 'The agreement has no finance section (ekonomi:) and so no indexation of costs.'), '');
    if (!hasText(a.ekonomi.uppräkning)) return unmet(t('Ekonomiavsnittet anger inte hur kostnaderna räknas upp (ekonomi.uppräkning).', 'The finance section does not say how costs are indexed (ekonomi.uppräkning).'), '/ekonomi');
    return met(t('Ekonomiavsnittet anger uppräkning av kostnaderna.', 'The finance section states how costs are indexed.'), '/ekonomi/uppräkning');
  },
};

export const tvist: RuleDefinition = {
  id: 'gemensam.tvist',
  title: { sv: 'Tvistklausul', en: 'Dispute clause' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.gbgDispute,
  parameters: [],
  check({ agreement: a, t }) {
    if (hasText(a.tvist)) return met(t('Avtalet anger hur tvister löses.', 'The agreement states how disputes are settled.'), '/tvist');
    return unmet(t('Avtalet anger inte hur tvister mellan parterna löses (tvist:).', 'The agreement does not state how disputes between the parties are settled (tvist:).'), '');
  },
};

export const avtalstidLangd: RuleDefinition = {
  id: 'gemensam.avtalstid_langd',
  title: { sv: 'Långsiktig avtalstid', en: 'Long-term agreement' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.longTerm,
  parameters: [
    {
      name: 'min_år',
      default: 1,
      unit: { sv: 'år', en: 'years' },
      description: { sv: 'En avtalstid på högst så här många år utan förlängning ger en varning.', en: 'A term of at most this many years without extension gives a warning.' },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, date, params, limitNote }) {
    const g = a.avtal.giltighet;
    const from = parseIsoDate(g.från);
    const to = g.till ? parseIsoDate(g.till) : undefined;
    if (!from || !to) return notApplicable(t('Avtalet gäller tills vidare.', 'The agreement runs until further notice.'), '/avtal/giltighet');
    if (g.förlängning) return met(t(`Avtalstiden ${date(from)}–${date(to)} kan förlängas.`, `The term ${date(from)}–${date(to)} can be extended.`), '/avtal/giltighet/förlängning');
    const years = params.min_år!;
    if (isAfter(addDays(to, 1), addYears(from, years))) {
      return met(t(`Avtalstiden ${date(from)}–${date(to)} är längre än ${years} år.`, `The term ${date(from)}–${date(to)} is longer than ${years} year${years === 1 ? '' : 's'}.`), '/avtal/giltighet');
    }
    return unmet(
      t(
        `Avtalstiden ${date(from)}–${date(to)} är högst ${years} år och saknar förlängning; en familjecentral behöver långsiktig finansiering${limitNote('min_år')}.`,
        `The term ${date(from)}–${date(to)} is at most ${years} year${years === 1 ? '' : 's'} and has no extension; a family centre needs long-term funding${limitNote('min_år')}.`,
      ),
      '/avtal/giltighet/till',
    );
  },
};

/** The common rules, in the order reports list them. */
export const COMMON_RULES: readonly RuleDefinition[] = [
  typ,
  huvudman,
  bemanning,
  narvaro,
  samlokalisering,
  samtidighet,
  ledningsgrupp,
  samordnare,
  personalmoten,
  kompetensutveckling,
  mal,
  sekretess,
  personuppgifter,
  upprakning,
  giltighet,
  avtalstidSlut,
  avtalstidLangd,
  uppsagningstid,
  tvist,
  underskrifter,
  underskriftDatum,
];

export type { Verdict };
