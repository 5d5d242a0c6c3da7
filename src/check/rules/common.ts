/**
 * Rules every ruleset applies (`gemensam.*`): what the national definitions
 * and the follow-ups ask of any local agreement, whatever its framework.
 *
 * Each rule says `ej bedömt` ("uppgift saknas: …") when a value it needs is
 * missing or written `uppgift saknas`, and `ej uppfyllt` when the agreement
 * says it does not contain the section (`ingår inte`). A rule that finds
 * several failures names them all in one message.
 */
import { addDays } from 'date-fns/addDays';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isAfter } from 'date-fns/isAfter';
import { isBefore } from 'date-fns/isBefore';
import type { Lang } from '../../core/diagnostic.js';
import { capitalise, listOf } from '../../core/messages.js';
import { BASE_ACTIVITIES, present, type Agreement } from '../../core/model.js';
import { minutesOf, normaliseSchedule, hoursOf, isClockTime } from '../../core/time.js';
import { CITE } from '../citations.js';
import { parseIsoDate } from '../../core/dates.js';
import { hasText, hours, met, notApplicable, num, unmet, withLocations, type RuleDefinition, type Verdict, type VerdictLocation } from '../rule.js';
import { activityList, computedSimultaneity, describeIntervals, durationText, partyKind } from './helpers.js';
import { activityLabel, MUNICIPAL_ACTIVITIES, partyKindName, presentActivities, RESPONSIBLE_KIND, typeByDefinition } from '../../core/activities.js';
import { termOf, termStatus, type Term } from '../../core/term.js';
import { missing, missingPhrase, needPlaces, read, type Need } from './read.js';

const NEED = {
  typ: { what: { sv: 'familjecentralens typ', en: "the centre's type" }, key: 'familjecentral.typ' },
  activities: { what: { sv: 'basverksamheterna', en: 'the base activities' }, key: 'basverksamheter' },
  parties: { what: { sv: 'avtalets parter', en: "the agreement's parties" }, key: 'parter' },
  validity: { what: { sv: 'avtalets giltighetstid', en: "the agreement's term" }, key: 'avtal.giltighet' },
  start: { what: { sv: 'dagen avtalet börjar gälla', en: 'the day the agreement takes effect' }, key: 'avtal.giltighet.från' },
  organisation: { what: { sv: 'organisation, ledning och styrning', en: 'organisation, management and governance' }, key: 'organisation' },
  signatures: { what: { sv: 'underskrifterna', en: 'the signatures' }, key: 'underskrifter' },
} satisfies Record<string, Need>;

/** The base activities, or the verdict when they are not known. */
function activitiesOf(
  a: Agreement,
  lang: Lang,
): { list: NonNullable<Agreement['basverksamheter']>; verdict?: undefined } | { list?: undefined; verdict: Verdict } {
  if (a.basverksamheter === undefined || a.basverksamheter.length === 0) return { verdict: missing([NEED.activities], lang, '') };
  return { list: a.basverksamheter };
}

/** The term, or the verdict when the validity section (or, if `needStart`, its start) is not known. */
function termOrVerdict(a: Agreement, lang: Lang, needStart = false): { term: Term; verdict?: undefined } | { term?: undefined; verdict: Verdict } {
  const g = read(a.avtal.giltighet, NEED.validity, lang, '/avtal');
  if (g.verdict) return { verdict: g.verdict };
  if (needStart && g.value.från === undefined) return { verdict: missing([NEED.start], lang, '/avtal/giltighet') };
  return { term: termOf(g.value) };
}

/**
 * Unmet: every failure, each at its place, then what is not known (each at its
 * key). The verdict points at the first failure, or at `pointer` when the first
 * failure is the section itself.
 */
function unmetAt(fails: readonly VerdictLocation[], unknown: readonly Need[], lang: Lang, pointer: string): Verdict {
  const text = fails.map((f) => f.message).join(' ');
  const v = unmet(unknown.length > 0 ? `${text} ${capitalise(missingPhrase(unknown, lang))}.` : text, fails[0]?.pointer ?? pointer);
  return withLocations(v, [...fails, ...needPlaces(unknown, lang, pointer)]);
}

const typ: RuleDefinition = {
  id: 'gemensam.typ',
  title: { sv: 'Typ och basverksamheter', en: 'Type and base activities' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.definition,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const acts = activitiesOf(a, lang);
    if (acts.verdict) return acts.verdict;
    const declared = a.familjecentral.typ;
    if (declared === undefined) return missing([NEED.typ], lang, '/familjecentral');
    // The definitions are about co-location: an activity listed as not co-located
    // (samlokaliserad: nej) does not make the centre a familjecentral. An activity
    // listed without its co-location is counted: the agreement names it as the centre's.
    const present = presentActivities({ basverksamheter: acts.list });
    const kinds = acts.list.filter((b) => present.has(b.verksamhet)).map((b) => b.verksamhet);
    const byDefinition = typeByDefinition(present);
    const apart = acts.list.filter((b) => b.samlokaliserad === 'nej').map((b) => b.verksamhet);
    const apartNote = (l: 'sv' | 'en') =>
      apart.length === 0
        ? ''
        : l === 'sv'
          ? ` (${activityList(apart, 'sv')} står med men är inte samlokaliserad och räknas inte.)`
          : ` (${activityList(apart, 'en')} ${apart.length === 1 ? 'is' : 'are'} listed but not co-located and ${apart.length === 1 ? 'does' : 'do'} not count.)`;
    const ptr = '/basverksamheter';
    if (declared === 'familjecentral') {
      const missingKinds = BASE_ACTIVITIES.filter((k) => !present.has(k));
      if (byDefinition === 'familjecentral')
        return met(t('En familjecentral med alla fyra basverksamheterna.', 'A familjecentral with all four base activities.'), '/familjecentral/typ');
      const asLike = byDefinition === 'familjecentralsliknande';
      return unmet(
        t(
          `En familjecentral ska ha alla fyra basverksamheterna samlokaliserade; ${activityList(missingKinds, 'sv')} saknas.` +
            apartNote('sv') +
            (asLike ? ' Med de verksamheter som finns är det en familjecentralsliknande verksamhet (typ: familjecentralsliknande).' : ''),
          `A familjecentral must have all four base activities co-located; ${activityList(missingKinds, 'en')} ${missingKinds.length === 1 ? 'is' : 'are'} missing.` +
            apartNote('en') +
            (asLike ? ' With the activities present it is a familjecentralsliknande verksamhet (typ: familjecentralsliknande).' : ''),
        ),
        '/familjecentral/typ',
      );
    }
    // A familjecentralsliknande verksamhet needs what the definition asks of one; all four activities meet it too.
    if (byDefinition !== 'ingen') {
      return met(
        t(`En familjecentralsliknande verksamhet med ${activityList(kinds, 'sv')}.`, `A familjecentralsliknande verksamhet with ${activityList(kinds, 'en')}.`),
        '/familjecentral/typ',
      );
    }
    const problems: string[] = [];
    if (!present.has('barnhälsovård')) problems.push(t(`${activityLabel('barnhälsovård', 'sv')} saknas`, `${activityLabel('barnhälsovård', 'en')} is missing`));
    if (!MUNICIPAL_ACTIVITIES.some((k) => present.has(k)))
      problems.push(
        t(
          `ingen kommunal basverksamhet (${activityList(MUNICIPAL_ACTIVITIES, 'sv', 'or')})`,
          `no municipal base activity (${activityList(MUNICIPAL_ACTIVITIES, 'en', 'or')})`,
        ),
      );
    return unmet(
      t(
        `En familjecentralsliknande verksamhet ska ha barnhälsovård och minst en kommunal basverksamhet: ${problems.join('; ')}.`,
        `A familjecentralsliknande verksamhet needs child health care and at least one municipal base activity: ${problems.join('; ')}.`,
      ),
      ptr,
    );
  },
};

const huvudman: RuleDefinition = {
  id: 'gemensam.huvudman',
  title: { sv: 'Regionen driver MHV och BHV, kommunen minst en basverksamhet', en: 'The region runs MHV and BHV, the kommun at least one base activity' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.legs,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const acts = activitiesOf(a, lang);
    if (acts.verdict) return acts.verdict;
    // The region runs MHV and BHV, the kommun social services. Öppen förskola is
    // the kommun's, or a third party's (a parish in a three-party agreement): who
    // runs it is not judged. At least one municipal activity must exist.
    const problems: string[] = [];
    const places: VerdictLocation[] = [];
    const unknown: Need[] = [];
    let pointer = '/basverksamheter';
    for (const [i, b] of acts.list.entries()) {
      const name = activityLabel(b.verksamhet, lang);
      if (b.part === undefined) {
        if (b.verksamhet !== 'öppen_förskola')
          unknown.push({
            what: { sv: `vem som driver ${activityLabel(b.verksamhet, 'sv')}`, en: `who runs ${activityLabel(b.verksamhet, 'en')}` },
            key: `basverksamheter[${i}].part`,
          });
        continue;
      }
      if (b.verksamhet === 'öppen_förskola') continue;
      const want = RESPONSIBLE_KIND[b.verksamhet];
      const kind = partyKind(a, b.part);
      if (kind === want) continue;
      if (problems.length === 0) pointer = `/basverksamheter/${i}/part`;
      const at = `/basverksamheter/${i}/part`;
      const wantSv = partyKindName(want, 'sv');
      const wantEn = partyKindName(want, 'en');
      if (kind === undefined) {
        if (a.parter === undefined) {
          unknown.push({ what: { sv: `typen av parten "${b.part}"`, en: `the type of party "${b.part}"` }, key: 'parter' });
          continue;
        }
        problems.push(
          t(
            `parten "${b.part}" som driver ${name} har ingen typ; ange typ: ${want} under parter (${name} drivs av ${wantSv})`,
            `party "${b.part}", which runs ${name}, has no type; set typ: ${want} under parter (${name} is run by ${wantEn})`,
          ),
        );
        places.push({ pointer: at, message: capitalise(problems.at(-1)!) + '.' });
        continue;
      }
      problems.push(
        t(
          `${name} drivs av ${wantSv}, men avtalet anger parten "${b.part}" (typ ${kind})`,
          `${name} is run by ${wantEn}, but the agreement names party "${b.part}" (type ${kind})`,
        ),
      );
      places.push({ pointer: at, message: capitalise(problems.at(-1)!) + '.' });
    }
    const municipal = acts.list.filter((b) => MUNICIPAL_ACTIVITIES.includes(b.verksamhet));
    const byKommun = municipal.filter((b) => b.part !== undefined && partyKind(a, b.part) === 'kommun');
    if (municipal.length === 0)
      problems.push(
        t(
          `ingen kommunal basverksamhet (${activityList(MUNICIPAL_ACTIVITIES, 'sv', 'or')}) ingår`,
          `no municipal base activity (${activityList(MUNICIPAL_ACTIVITIES, 'en', 'or')}) takes part`,
        ),
      );
    else if (byKommun.length === 0 && municipal.every((b) => b.part !== undefined && partyKind(a, b.part) !== undefined)) {
      problems.push(t('kommunen driver ingen av basverksamheterna', 'the kommun runs none of the base activities'));
    }
    if (problems.length > places.length) places.push({ pointer: '/basverksamheter', message: capitalise(problems.at(-1)!) + '.' });
    if (problems.length > 0) {
      const text = capitalise(problems.join('; ')) + '.';
      return withLocations(unmet(unknown.length > 0 ? `${text} ${capitalise(missingPhrase(unknown, lang))}.` : text, pointer), [
        ...places,
        ...needPlaces(unknown, lang, '/basverksamheter'),
      ]);
    }
    if (unknown.length > 0) return missing(unknown, lang, '/basverksamheter');
    if (byKommun.length === 0) {
      return missing(
        [{ what: { sv: 'vilken part som driver de kommunala basverksamheterna', en: 'which party runs the municipal base activities' }, key: 'parter' }],
        lang,
        '/parter',
      );
    }
    const third = acts.list.filter((b) => b.part !== undefined && partyKind(a, b.part) === 'annan').map((b) => b.verksamhet);
    return met(
      t(
        `Regionen driver MHV och BHV och kommunen ${activityList(
          byKommun.map((b) => b.verksamhet),
          'sv',
        )}` + (third.length > 0 ? `; ${activityList(third, 'sv')} drivs av en tredje part.` : '.'),
        `The region runs MHV and BHV and the kommun ${activityList(
          byKommun.map((b) => b.verksamhet),
          'en',
        )}` + (third.length > 0 ? `; ${activityList(third, 'en')} is run by a third party.` : '.'),
      ),
      '/basverksamheter',
    );
  },
};

/** Per base activity: what is wrong, what is not known; unmet names every failure (and what is not known). */
function perActivity(
  a: Agreement,
  lang: Lang,
  judge: (b: NonNullable<Agreement['basverksamheter']>[number], i: number) => 'ok' | { fail: string; pointer: string } | { unknown: Need; pointer: string },
): PerActivity {
  const fails: VerdictLocation[] = [];
  const unknown: Need[] = [];
  let pointer = '';
  for (const [i, b] of (a.basverksamheter ?? []).entries()) {
    const r = judge(b, i);
    if (r === 'ok') continue;
    if ('fail' in r) {
      if (fails.length === 0) pointer = r.pointer;
      fails.push({ pointer: r.pointer, message: r.fail });
    } else {
      if (fails.length === 0 && unknown.length === 0) pointer = r.pointer;
      unknown.push(r.unknown);
    }
  }
  void lang;
  return { fails, unknown, pointer };
}

interface PerActivity {
  /** Each failure with its place, in the order of the activities. */
  fails: VerdictLocation[];
  unknown: Need[];
  pointer: string;
}

/** The verdict of a per-activity rule: every failure (each at its place), then what is not known, else met. */
function activityVerdict(r: PerActivity, lang: Lang, metMessage: () => Verdict): Verdict {
  if (r.fails.length > 0) {
    const text = r.fails.map((f) => f.message).join(' ');
    return withLocations(unmet(r.unknown.length > 0 ? `${text} ${capitalise(missingPhrase(r.unknown, lang))}.` : text, r.pointer), [
      ...r.fails,
      ...needPlaces(r.unknown, lang, r.pointer),
    ]);
  }
  if (r.unknown.length > 0) return missing(r.unknown, lang, r.pointer);
  return metMessage();
}

const bemanning: RuleDefinition = {
  id: 'gemensam.bemanning',
  title: { sv: 'Bemanning per basverksamhet', en: 'Staffing of each base activity' },
  severity: 'fel',
  basis: 'uppföljning',
  citation: CITE.staffing,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const acts = activitiesOf(a, lang);
    if (acts.verdict) return acts.verdict;
    const r = perActivity(a, lang, (b, i) => {
      if (b.bemanning === undefined) {
        return {
          unknown: {
            what: { sv: `bemanningen för ${activityLabel(b.verksamhet, 'sv')}`, en: `the staffing of ${activityLabel(b.verksamhet, 'en')}` },
            key: `basverksamheter[${i}].bemanning`,
          },
          pointer: `/basverksamheter/${i}`,
        };
      }
      const total = b.bemanning.reduce((s, x) => s + x.tjänstgöringsgrad, 0);
      if (total > 0) return 'ok';
      return {
        fail: t(
          `${capitalise(activityLabel(b.verksamhet, 'sv'))} saknar bemanning: ange yrke och tjänstgöringsgrad under bemanning.`,
          `${capitalise(activityLabel(b.verksamhet, 'en'))} has no staffing: give profession and fraction of a post under bemanning.`,
        ),
        pointer: `/basverksamheter/${i}/bemanning`,
      };
    });
    return activityVerdict(r, lang, () => {
      const parts = acts.list.map(
        (b) =>
          `${activityLabel(b.verksamhet, lang)} ${num(
            (b.bemanning ?? []).reduce((s, x) => s + x.tjänstgöringsgrad, 0),
            lang,
          )}`,
      );
      return met(
        t(`Varje basverksamhet är bemannad (tjänster: ${parts.join(', ')}).`, `Every base activity is staffed (posts: ${parts.join(', ')}).`),
        '/basverksamheter',
      );
    });
  },
};

const narvaro: RuleDefinition = {
  id: 'gemensam.narvaro',
  title: { sv: 'Närvaro varje vecka per basverksamhet', en: 'Weekly presence of each base activity' },
  severity: 'fel',
  basis: 'uppföljning',
  citation: CITE.openingHours,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const acts = activitiesOf(a, lang);
    if (acts.verdict) return acts.verdict;
    const r = perActivity(a, lang, (b, i) => {
      if (b.närvaro === undefined) {
        return {
          unknown: {
            what: { sv: `närvaroschemat för ${activityLabel(b.verksamhet, 'sv')}`, en: `the presence schedule of ${activityLabel(b.verksamhet, 'en')}` },
            key: `basverksamheter[${i}].närvaro`,
          },
          pointer: `/basverksamheter/${i}`,
        };
      }
      if (hoursOf(normaliseSchedule(b.närvaro)) > 0) return 'ok';
      return {
        fail: t(
          `${capitalise(activityLabel(b.verksamhet, 'sv'))} har inget närvaroschema: ange dag, från och till under närvaro.`,
          `${capitalise(activityLabel(b.verksamhet, 'en'))} has no presence schedule: give day, from and to under närvaro.`,
        ),
        pointer: `/basverksamheter/${i}/närvaro`,
      };
    });
    return activityVerdict(r, lang, () => {
      const parts = acts.list.map((b) => `${activityLabel(b.verksamhet, lang)} ${hours(hoursOf(normaliseSchedule(b.närvaro ?? [])), lang)}`);
      return met(
        t(`Varje basverksamhet har närvaro varje vecka (${parts.join(', ')}).`, `Every base activity is present each week (${parts.join(', ')}).`),
        '/basverksamheter',
      );
    });
  },
};

const samlokalisering: RuleDefinition = {
  id: 'gemensam.samlokalisering',
  title: { sv: 'Hel samlokalisering', en: 'Full co-location' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.coLocation,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const acts = activitiesOf(a, lang);
    if (acts.verdict) return acts.verdict;
    const r = perActivity(a, lang, (b, i) => {
      if (b.samlokaliserad === undefined) {
        return {
          unknown: {
            what: { sv: `om ${activityLabel(b.verksamhet, 'sv')} är samlokaliserad`, en: `whether ${activityLabel(b.verksamhet, 'en')} is co-located` },
            key: `basverksamheter[${i}].samlokaliserad`,
          },
          pointer: `/basverksamheter/${i}`,
        };
      }
      if (b.samlokaliserad === 'helt') return 'ok';
      return {
        fail: t(
          `${capitalise(activityLabel(b.verksamhet, 'sv'))} är ${b.samlokaliserad === 'delvis' ? 'bara delvis' : 'inte'} samlokaliserad; enligt definitionen ska hela den ordinarie verksamheten finnas på familjecentralen.`,
          `${capitalise(activityLabel(b.verksamhet, 'en'))} is ${b.samlokaliserad === 'delvis' ? 'only partly' : 'not'} co-located; by definition all of its ordinary activity is at the family centre.`,
        ),
        pointer: `/basverksamheter/${i}/samlokaliserad`,
      };
    });
    return activityVerdict(r, lang, () =>
      met(t('Alla basverksamheter är helt samlokaliserade.', 'Every base activity is fully co-located.'), '/basverksamheter'),
    );
  },
};

const samtidighet: RuleDefinition = {
  id: 'gemensam.samtidighet',
  title: { sv: 'Angiven samtidighet stöds av närvaroschemana', en: 'Declared simultaneity is supported by the schedules' },
  severity: 'fel',
  basis: 'uppföljning',
  citation: CITE.openingHours,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const s = present(a.samtidighet);
    if (!s || (s.timmar_per_vecka === undefined && (s.tillfällen ?? []).length === 0)) {
      return notApplicable(t('Avtalet anger ingen samtidighet.', 'The agreement declares no simultaneity.'), '/samtidighet');
    }
    const activities = a.basverksamheter ?? [];
    const c = computedSimultaneity(a);
    if (activities.length === 0 || c.withoutSchedule.length === activities.length) {
      // Real agreements often agree on hours without a timetable: nothing to compare them with.
      return notApplicable(
        t(
          'Avtalet anger samtidigheten utan närvaroscheman för basverksamheterna; det finns inga scheman att pröva den mot, så den angivna tiden gäller som den står (se regeln om samtidighet i ramverket).',
          "The agreement states the simultaneity without presence schedules for the base activities; there are no schedules to test it against, so the stated time stands as written (see the framework's simultaneity rule).",
        ),
        '/samtidighet',
      );
    }
    if (c.withoutSchedule.length > 0) {
      return missing(
        c.withoutSchedule.map((k) => ({
          what: { sv: `närvaroschemat för ${activityLabel(k, 'sv')}`, en: `the presence schedule of ${activityLabel(k, 'en')}` },
          key: `basverksamheter[${activities.findIndex((b) => b.verksamhet === k)}].närvaro`,
        })),
        lang,
        '/basverksamheter',
      );
    }
    const computed = describeIntervals(c.intervals, lang);
    const fails: VerdictLocation[] = [];
    if (s.timmar_per_vecka !== undefined && s.timmar_per_vecka > c.hours + 1e-9) {
      fails.push({
        pointer: '/samtidighet/timmar_per_vecka',
        message: t(
          `Avtalet anger ${hours(s.timmar_per_vecka, 'sv')} samtidighet per vecka, men basverksamheternas närvaroscheman överlappar bara ${hours(c.hours, 'sv')} (${computed}).`,
          `The agreement declares ${hours(s.timmar_per_vecka, 'en')} of simultaneity per week, but the base activities' presence schedules overlap only ${hours(c.hours, 'en')} (${computed}).`,
        ),
      });
    }
    for (const [i, slot] of (s.tillfällen ?? []).entries()) {
      if (!isClockTime(slot.från) || !isClockTime(slot.till)) continue;
      const from = minutesOf(slot.från);
      const to = minutesOf(slot.till);
      const covered = c.intervals.some((iv) => iv.dag === slot.dag && iv.start <= from && iv.end >= to);
      if (covered) continue;
      fails.push({
        pointer: `/samtidighet/tillfällen/${i}`,
        message: t(
          `Tillfället ${slot.dag} ${slot.från}–${slot.till} ligger utanför den tid då alla basverksamheter är på plats (${computed}).`,
          `The session on ${slot.dag} ${slot.från}–${slot.till} lies outside the time when every base activity is present (${computed}).`,
        ),
      });
    }
    if (fails.length > 0) return withLocations(unmet(fails.map((f) => f.message).join(' '), fails[0]!.pointer), fails);
    return met(
      t(
        `Närvaroschemana ger ${hours(c.hours, 'sv')} samtidighet per vecka (${computed}), vilket bär det avtalet anger.`,
        `The presence schedules give ${hours(c.hours, 'en')} of simultaneity per week (${computed}), which supports what the agreement declares.`,
      ),
      '/samtidighet',
    );
  },
};

const ledningsgrupp: RuleDefinition = {
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
  check({ agreement: a, t, lang, params, limitNote }) {
    const org = read(a.organisation, NEED.organisation, lang, '');
    if (org.verdict) return org.verdict;
    const g = read(
      org.value.ledningsgrupp,
      { what: { sv: 'en lokal ledningsgrupp', en: 'a local management group' }, key: 'organisation.ledningsgrupp' },
      lang,
      '/organisation',
    );
    if (g.verdict) return g.verdict;
    const lg = g.value;
    const fails: VerdictLocation[] = [];
    const unknown: Need[] = [];
    if (lg.medlemmar === undefined)
      unknown.push({ what: { sv: 'ledningsgruppens medlemmar', en: "the management group's members" }, key: 'organisation.ledningsgrupp.medlemmar' });
    else {
      const members = lg.medlemmar.map((m) => m.verksamhet);
      const lacking = (a.basverksamheter ?? []).map((b) => b.verksamhet).filter((k) => !members.includes(k));
      if (lacking.length > 0) {
        fails.push({
          pointer: '/organisation/ledningsgrupp/medlemmar',
          message: t(
            `Ledningsgruppen saknar företrädare för ${activityList(lacking, 'sv')}.`,
            `The management group has no member from ${activityList(lacking, 'en')}.`,
          ),
        });
      }
    }
    const min = params.min_möten_per_år!;
    if (lg.möten_per_år === undefined)
      unknown.push({
        what: { sv: 'ledningsgruppens mötesfrekvens', en: "the management group's meeting frequency" },
        key: 'organisation.ledningsgrupp.möten_per_år',
      });
    else if (lg.möten_per_år < min) {
      fails.push({
        pointer: '/organisation/ledningsgrupp/möten_per_år',
        message: t(
          `Ledningsgruppen möts ${lg.möten_per_år} gånger per år; minst ${min} krävs${limitNote('min_möten_per_år')}.`,
          `The management group meets ${lg.möten_per_år} times a year; at least ${min} are required${limitNote('min_möten_per_år')}.`,
        ),
      });
    }
    if (fails.length > 0) return unmetAt(fails, unknown, lang, '/organisation/ledningsgrupp');
    if (unknown.length > 0) return missing(unknown, lang, '/organisation/ledningsgrupp');
    return met(
      t(
        `Ledningsgruppen har företrädare för alla basverksamheter och möts ${lg.möten_per_år} gånger per år.`,
        `The management group has a member from every base activity and meets ${lg.möten_per_år} times a year.`,
      ),
      '/organisation/ledningsgrupp',
    );
  },
};

const samordnare: RuleDefinition = {
  id: 'gemensam.samordnare',
  title: { sv: 'Samordnare', en: 'Coordinator' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.coordinator,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const org = read(a.organisation, NEED.organisation, lang, '');
    if (org.verdict) return org.verdict;
    const r = read(org.value.samordnare, { what: { sv: 'en samordnare', en: 'a coordinator' }, key: 'organisation.samordnare' }, lang, '/organisation');
    if (r.verdict) return r.verdict;
    const s = r.value;
    const unknown: Need[] = [];
    const fails: VerdictLocation[] = [];
    if (!hasText(s.anställd_av))
      unknown.push({
        what: { sv: 'vilken part som anställer samordnaren', en: 'which party employs the coordinator' },
        key: 'organisation.samordnare.anställd_av',
      });
    if (s.tjänstgöringsgrad === undefined)
      unknown.push({
        what: { sv: 'samordnarens tjänstgöringsgrad', en: "the coordinator's fraction of a post" },
        key: 'organisation.samordnare.tjänstgöringsgrad',
      });
    else if (!(s.tjänstgöringsgrad > 0))
      fails.push({
        pointer: '/organisation/samordnare/tjänstgöringsgrad',
        message: t('Samordnarens tjänstgöringsgrad är 0.', "The coordinator's fraction of a post is 0."),
      });
    if (s.kostnadsfördelning === undefined || Object.keys(s.kostnadsfördelning).length === 0) {
      unknown.push({
        what: { sv: 'hur parterna delar kostnaden för samordnaren', en: "how the parties share the coordinator's cost" },
        key: 'organisation.samordnare.kostnadsfördelning',
      });
    } else {
      const total = Object.values(s.kostnadsfördelning).reduce((x, y) => x + y, 0);
      if (Math.abs(total - 100) > 1e-9) {
        fails.push({
          pointer: '/organisation/samordnare/kostnadsfördelning',
          message: t(
            `Kostnadsfördelningen för samordnaren summerar till ${num(total, 'sv')} %, inte 100 %.`,
            `The coordinator's cost split adds up to ${num(total, 'en')} %, not 100 %.`,
          ),
        });
      }
    }
    if (fails.length > 0) return unmetAt(fails, unknown, lang, '/organisation/samordnare');
    if (unknown.length > 0) return missing(unknown, lang, '/organisation/samordnare');
    const employer = (a.parter ?? []).find((p) => p.id === s.anställd_av)?.organisation ?? s.anställd_av;
    return met(
      t(
        `Samordnare anställd av ${employer} på ${num(s.tjänstgöringsgrad! * 100, 'sv')} % av en heltid.`,
        `Coordinator employed by ${employer} at ${num(s.tjänstgöringsgrad! * 100, lang)} % of a full-time post.`,
      ),
      '/organisation/samordnare',
    );
  },
};

const personalmoten: RuleDefinition = {
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
  check({ agreement: a, t, lang, params, limitNote }) {
    const org = read(a.organisation, NEED.organisation, lang, '');
    if (org.verdict) return org.verdict;
    const n = org.value.personalmöten_per_år;
    const min = params.min_per_år!;
    if (n === undefined)
      return missing(
        [{ what: { sv: 'hur ofta personalen har gemensamma möten', en: 'how often staff meet jointly' }, key: 'organisation.personalmöten_per_år' }],
        lang,
        '/organisation',
      );
    if (n < min) {
      return unmet(
        t(
          `${n} gemensamma personalmöten per år; minst ${min} krävs${limitNote('min_per_år')}.`,
          `${n} joint staff meetings a year; at least ${min} are required${limitNote('min_per_år')}.`,
        ),
        '/organisation/personalmöten_per_år',
      );
    }
    return met(t(`${n} gemensamma personalmöten per år.`, `${n} joint staff meetings a year.`), '/organisation/personalmöten_per_år');
  },
};

const kompetensutveckling: RuleDefinition = {
  id: 'gemensam.kompetensutveckling',
  title: { sv: 'Gemensam kompetensutveckling', en: 'Joint competence development' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.gbgCompetence,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const org = read(a.organisation, NEED.organisation, lang, '');
    if (org.verdict) return org.verdict;
    const k = read(
      org.value.kompetensutveckling,
      { what: { sv: 'gemensam kompetensutveckling', en: 'joint competence development' }, key: 'organisation.kompetensutveckling' },
      lang,
      '/organisation',
    );
    if (k.verdict) return k.verdict;
    return met(
      t('Avtalet beskriver gemensam kompetensutveckling.', 'The agreement describes joint competence development.'),
      '/organisation/kompetensutveckling',
    );
  },
};

const mal: RuleDefinition = {
  id: 'gemensam.mal',
  title: { sv: 'Gemensamma mål', en: 'Joint goals' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.goals,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const m = read(a.mål, { what: { sv: 'gemensamma mål', en: 'joint goals' }, key: 'mål' }, lang, '');
    if (m.verdict) return m.verdict;
    const goals = m.value.filter(hasText);
    if (goals.length > 0)
      return met(
        t(
          `Avtalet anger ${goals.length} ${goals.length === 1 ? 'gemensamt' : 'gemensamma'} mål för familjecentralen.`,
          `The agreement states ${goals.length} joint goal${goals.length === 1 ? '' : 's'} for the centre.`,
        ),
        '/mål',
      );
    return unmet(
      t(
        'Avtalet anger inga gemensamma mål (mål:), bara parternas egna uppdrag.',
        "The agreement states no joint goals (mål:), only the parties' own missions.",
      ),
      '/mål',
    );
  },
};

const CONSENT = /samtycke/i;
const PERSONAL_DATA = /personuppgift|dataskydd|gdpr/i;
const SECRECY: Need = { what: { sv: 'ett avsnitt om sekretess och samtycke', en: 'a section on secrecy and consent' }, key: 'sekretess' };

const sekretess: RuleDefinition = {
  id: 'gemensam.sekretess',
  title: { sv: 'Sekretess och samtycke', en: 'Secrecy and consent' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.secrecy,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const s = read(a.sekretess, SECRECY, lang, '');
    if (s.verdict) return s.verdict;
    if (!CONSENT.test(s.value)) {
      return unmet(
        t(
          'Sekretessavsnittet säger inte hur vårdnadshavares samtycke inhämtas och dokumenteras.',
          "The secrecy section does not say how the guardians' consent is obtained and documented.",
        ),
        '/sekretess',
      );
    }
    return met(t('Avtalet beskriver sekretess och samtycke.', 'The agreement describes secrecy and consent.'), '/sekretess');
  },
};

const personuppgifter: RuleDefinition = {
  id: 'gemensam.personuppgifter',
  title: { sv: 'Personuppgiftsansvar', en: 'Responsibility for personal data' },
  severity: 'info',
  basis: 'uppföljning',
  citation: CITE.personalData,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const s = read(
      a.sekretess,
      { what: { sv: 'ett avsnitt om sekretess och personuppgifter', en: 'a section on secrecy and personal data' }, key: 'sekretess' },
      lang,
      '',
    );
    if (s.verdict) return s.verdict;
    if (PERSONAL_DATA.test(s.value))
      return met(t('Avtalet anger personuppgiftsansvaret.', 'The agreement states the responsibility for personal data.'), '/sekretess');
    return unmet(
      t(
        'Avtalet säger inte vem som är personuppgiftsansvarig (t.ex. "varje part är personuppgiftsansvarig för sin behandling") i sekretess:.',
        'The agreement does not say who is the controller of personal data (e.g. "each party is controller for its own processing") in sekretess:.',
      ),
      '/sekretess',
    );
  },
};

const upprakning: RuleDefinition = {
  id: 'gemensam.upprakning',
  title: { sv: 'Ekonomi med uppräkning', en: 'Finances with indexation' },
  severity: 'varning',
  basis: 'uppföljning',
  citation: CITE.gbgIndexation,
  parameters: [],
  check({ agreement: a, t, lang }) {
    // Indexation may be written under ekonomi.uppräkning or, for compensation
    // between the parties, under ersättning.indexering (Göteborg's agreement).
    const places = [
      { parent: a.ekonomi, child: (x: unknown) => (x as { uppräkning?: string }).uppräkning, key: 'ekonomi.uppräkning', pointer: '/ekonomi/uppräkning' },
      {
        parent: a.ersättning,
        child: (x: unknown) => (x as { indexering?: string }).indexering,
        key: 'ersättning.indexering',
        pointer: '/ersättning/indexering',
      },
    ];
    // Compensation is a clause few agreements have: without one, ekonomi alone decides.
    const states = places
      .filter((p) => p.parent !== undefined || p.key === 'ekonomi.uppräkning')
      .map((p) => {
        const parent = present(p.parent);
        if (parent === undefined) return { ...p, state: typeof p.parent === 'string' && p.parent.trim() === 'ingår inte' ? 'ingår inte' : 'uppgift saknas' };
        const text = p.child(parent);
        if (text !== undefined && present(text) !== undefined) return { ...p, state: 'finns' };
        return { ...p, state: typeof text === 'string' && text.trim() === 'ingår inte' ? 'ingår inte' : 'uppgift saknas' };
      });
    const found = states.find((s) => s.state === 'finns');
    if (found)
      return met(t(`Avtalet anger hur kostnaderna räknas upp (${found.key}).`, `The agreement states how costs are indexed (${found.key}).`), found.pointer);
    if (states.every((s) => s.state === 'ingår inte')) {
      const keys = states.map((s) => s.key);
      return unmet(
        t(
          `Avtalet anger inte hur kostnaderna räknas upp (${listOf('sv', keys, 'and')}: ingår inte).`,
          `The agreement does not say how costs are indexed (${listOf('en', keys, 'and')}: ingår inte).`,
        ),
        present(a.ekonomi) ? '/ekonomi' : '',
      );
    }
    return missing(
      [{ what: { sv: 'hur kostnaderna räknas upp', en: 'how costs are indexed' }, key: 'ekonomi.uppräkning eller ersättning.indexering' }],
      lang,
      present(a.ekonomi) ? '/ekonomi' : '',
    );
  },
};

const tvist: RuleDefinition = {
  id: 'gemensam.tvist',
  title: { sv: 'Tvistklausul', en: 'Dispute clause' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.gbgDispute,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const d = read(a.tvist, { what: { sv: 'hur tvister mellan parterna löses', en: 'how disputes between the parties are settled' }, key: 'tvist' }, lang, '');
    if (d.verdict) return d.verdict;
    return met(t('Avtalet anger hur tvister löses.', 'The agreement states how disputes are settled.'), '/tvist');
  },
};

const underskrifter: RuleDefinition = {
  id: 'gemensam.underskrifter',
  title: { sv: 'Underskrifter från alla parter, daterade', en: 'Dated signatures from every party' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.gbgSignatures,
  parameters: [],
  check({ agreement: a, t, lang }) {
    if (a.parter === undefined || a.parter.length === 0) return missing([NEED.parties], lang, '');
    const r = read(a.underskrifter, NEED.signatures, lang, '');
    if (r.verdict) return r.verdict;
    const sigs = r.value;
    const fails: string[] = [];
    let pointer = '/underskrifter';
    const unsigned = a.parter.filter((p) => !sigs.some((s) => s.part === p.id));
    if (unsigned.length > 0) {
      const names = unsigned.map((p) => `${p.organisation} (${p.id})`);
      fails.push(
        t(
          `${listOf('sv', names, 'and')} har inte undertecknat avtalet.`,
          `${listOf('en', names, 'and')} ${unsigned.length === 1 ? 'has' : 'have'} not signed the agreement.`,
        ),
      );
    }
    const undated = sigs.map((s, i) => ({ s, i })).filter(({ s }) => !hasText(s.datum));
    if (undated.length > 0) {
      if (fails.length === 0) pointer = `/underskrifter/${undated[0]!.i}`;
      const who = undated.map(({ s }) => `${s.namn} (${s.part})`);
      fails.push(
        undated.length === 1
          ? t(`Underskriften av ${who[0]} saknar datum.`, `The signature of ${who[0]} is not dated.`)
          : t(`Underskrifterna av ${listOf('sv', who, 'and')} saknar datum.`, `The signatures of ${listOf('en', who, 'and')} are not dated.`),
      );
    }
    // Each party without a signature at its entry under parter, each undated signature at its own.
    const places: VerdictLocation[] = [
      ...unsigned.map((p) => ({
        pointer: `/parter/${a.parter!.indexOf(p)}`,
        message: t(`${p.organisation} (${p.id}) har inte undertecknat avtalet.`, `${p.organisation} (${p.id}) has not signed the agreement.`),
      })),
      ...undated.map(({ s, i }) => ({
        pointer: `/underskrifter/${i}`,
        message: t(`Underskriften av ${s.namn} (${s.part}) saknar datum.`, `The signature of ${s.namn} (${s.part}) is not dated.`),
      })),
    ];
    if (fails.length > 0) return withLocations(unmet(fails.join(' '), pointer), places);
    return met(t(`Alla ${a.parter.length} parter har undertecknat med datum.`, `All ${a.parter.length} parties have signed with a date.`), '/underskrifter');
  },
};

const underskriftDatum: RuleDefinition = {
  id: 'gemensam.underskrift_datum',
  title: { sv: 'Undertecknat innan avtalet börjar gälla', en: 'Signed before the agreement starts' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.gbgSignatures,
  parameters: [],
  check({ agreement: a, t, date, lang }) {
    const sigs = present(a.underskrifter) ?? [];
    const dated = sigs.filter((s) => hasText(s.datum));
    if (dated.length === 0) return notApplicable(t('Inga daterade underskrifter att jämföra.', 'No dated signatures to compare.'), '/underskrifter');
    const start = present(a.avtal.giltighet)?.från;
    const startDate = start ? parseIsoDate(start) : undefined;
    if (!startDate) return missing([NEED.start], lang, '/avtal');
    const late = sigs.map((s, i) => ({ s, i, d: s.datum ? parseIsoDate(s.datum) : undefined })).filter(({ d }) => d !== undefined && isAfter(d, startDate));
    if (late.length > 0) {
      const parts = late.map(({ s, d }) => t(`${s.namn} (${s.part}) undertecknade ${date(d!)}`, `${s.namn} (${s.part}) signed on ${date(d!)}`));
      const verdict = unmet(
        t(
          `${listOf('sv', parts, 'and')}, efter att avtalet började gälla ${date(startDate)}.`,
          `${listOf('en', parts, 'and')}, after the agreement took effect on ${date(startDate)}.`,
        ),
        `/underskrifter/${late[0]!.i}/datum`,
      );
      // Every late signature at its own date, not only the first.
      return withLocations(
        verdict,
        late.map(({ i }, k) => ({
          pointer: `/underskrifter/${i}/datum`,
          message: t(`${parts[k]}, efter ${date(startDate)}.`, `${parts[k]}, after ${date(startDate)}.`),
        })),
      );
    }
    return met(
      t(
        `Alla underskrifter är daterade senast ${date(startDate)}, då avtalet börjar gälla.`,
        `Every signature is dated on or before ${date(startDate)}, when the agreement takes effect.`,
      ),
      '/underskrifter',
    );
  },
};

/** ", och kan förlängas med högst 12 månader genom beslut" — the option, when the agreement has one. */
function optionNote(term: Term, lang: Lang, date: (d: Date) => string): string {
  const o = term.option;
  if (!o) return '';
  const how =
    o.months === undefined
      ? ''
      : lang === 'en'
        ? ` by up to ${durationText(o.months, 'en', o.inYears)}${(o.times ?? 1) > 1 ? ` ${o.times} times` : ''}`
        : ` med högst ${durationText(o.months, 'sv', o.inYears)}${(o.times ?? 1) > 1 ? ` ${o.times} gånger` : ''}`;
  const until = o.last ? (lang === 'en' ? `, at the latest until ${date(o.last)}` : `, längst till ${date(o.last)}`) : '';
  return lang === 'en' ? `; it can be extended${how} by a decision of the parties${until}` : `; det kan förlängas${how} genom beslut av parterna${until}`;
}

const giltighet: RuleDefinition = {
  id: 'gemensam.giltighet',
  title: { sv: 'Avtalet gäller', en: 'The agreement is in force' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.gbgTerm,
  parameters: [],
  check({ agreement: a, t, date, asOf, lang }) {
    const r = termOrVerdict(a, lang);
    if (r.verdict) return r.verdict;
    const term = r.term;
    const status = termStatus(term, asOf);
    if (status === 'ej_börjat' && term.start) {
      const until = term.end ? t(` och gäller till ${date(term.end)}`, ` and runs until ${date(term.end)}`) : '';
      return notApplicable(
        t(
          `Avtalet har inte börjat gälla: det träder i kraft ${date(term.start)}${until}.`,
          `The agreement is not yet in force: it takes effect on ${date(term.start)}${until}.`,
        ),
        '/avtal/giltighet/från',
      );
    }
    if (status === 'uppgift_saknas') {
      return missing(
        [{ what: { sv: 'hur länge varje förlängning gäller', en: 'how long each extension runs' }, key: 'avtal.giltighet.förlängning.år eller månader' }],
        lang,
        '/avtal/giltighet/förlängning',
      );
    }
    if (!term.term) return met(t('Avtalet gäller tills vidare.', 'The agreement runs until further notice.'), '/avtal/giltighet');
    if (!term.end)
      return met(
        t(
          `Avtalet förlängs automatiskt efter ${date(term.term)} utan begränsning.`,
          `The agreement extends automatically after ${date(term.term)} without limit.`,
        ),
        '/avtal/giltighet',
      );
    if (status === 'utgånget') {
      const how = term.extended
        ? t(` (inklusive förlängning; avtalstiden slutade ${date(term.term)})`, ` (including extension; the term ended on ${date(term.term)})`)
        : '';
      const option = term.option
        ? t(
            ' Avtalet kunde förlängas genom beslut av parterna; för in beslutet om förlängning genom att ändra avtal.giltighet.till.',
            ' The agreement could be extended by a decision of the parties; record the decision by changing avtal.giltighet.till.',
          )
        : '';
      return unmet(
        t(`Avtalet har löpt ut: det gällde till ${date(term.end)}${how}.`, `The agreement has expired: it was in force until ${date(term.end)}${how}.`) +
          option,
        '/avtal/giltighet/till',
      );
    }
    return met(
      t(
        `Avtalet gäller till ${date(term.end)}${term.extended ? ' inklusive förlängning' : ''}`,
        `The agreement is in force until ${date(term.end)}${term.extended ? ' including extension' : ''}`,
      ) +
        optionNote(term, lang, date) +
        '.',
      '/avtal/giltighet',
    );
  },
};

const avtalstidSlut: RuleDefinition = {
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
      description: {
        sv: 'Hur många dagar före slutdatum en varning ges när ingen automatisk förlängning finns.',
        en: 'How many days before the end date a warning is given when there is no automatic extension.',
      },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, date, asOf, params, limitNote, lang }) {
    const r = termOrVerdict(a, lang);
    if (r.verdict) return r.verdict;
    const term = r.term;
    if (term.unknownEnd) {
      return missing(
        [{ what: { sv: 'hur länge varje förlängning gäller', en: 'how long each extension runs' }, key: 'avtal.giltighet.förlängning.år eller månader' }],
        lang,
        '/avtal/giltighet/förlängning',
      );
    }
    const end = term.end;
    if (!end) return notApplicable(t('Avtalet har inget slutdatum.', 'The agreement has no end date.'), '/avtal/giltighet');
    if (termStatus(term, asOf) === 'utgånget')
      return notApplicable(
        t('Avtalet har redan löpt ut (se gemensam.giltighet).', 'The agreement has already expired (see gemensam.giltighet).'),
        '/avtal/giltighet/till',
      );
    const days = params.dagar_före_slut!;
    const left = differenceInCalendarDays(end, asOf);
    if (!isAfter(addDays(asOf, days), end)) {
      return met(
        t(`Avtalet gäller till ${date(end)}, mer än ${days} dagar framåt.`, `The agreement is in force until ${date(end)}, more than ${days} days ahead.`),
        '/avtal/giltighet',
      );
    }
    if (term.option) {
      return unmet(
        t(
          `Avtalet upphör ${date(end)}, om ${left} dagar, om inte parterna beslutar att förlänga det${optionNote(term, 'sv', date).replace(/^; det kan förlängas/, ' (avtalet kan förlängas')}); ett beslut om förlängning eller ett nytt avtal behövs${limitNote('dagar_före_slut')}.`,
          `The agreement ends on ${date(end)}, in ${left} days, unless the parties decide to extend it${optionNote(term, 'en', date).replace(/^; it can be extended/, ' (it can be extended')}); a decision to extend or a new agreement is needed${limitNote('dagar_före_slut')}.`,
        ),
        '/avtal/giltighet/förlängning',
      );
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

const uppsagningstid: RuleDefinition = {
  id: 'gemensam.uppsagningstid',
  title: { sv: 'Uppsägningstid angiven', en: 'Notice period stated' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.gbgNotice,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const g = read(a.avtal.giltighet, NEED.validity, lang, '/avtal');
    if (g.verdict) return g.verdict;
    const n = g.value.uppsägningstid_månader;
    if (n === undefined)
      return missing([{ what: { sv: 'uppsägningstiden', en: 'the notice period' }, key: 'avtal.giltighet.uppsägningstid_månader' }], lang, '/avtal/giltighet');
    return met(t(`Uppsägningstiden är ${n} månader.`, `The notice period is ${n} months.`), '/avtal/giltighet/uppsägningstid_månader');
  },
};

const avtalstidLangd: RuleDefinition = {
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
      description: {
        sv: 'En avtalstid på högst så här många år utan förlängning ger en varning.',
        en: 'A term of at most this many years without extension gives a warning.',
      },
      origin: 'regeluppsättning',
    },
  ],
  check({ agreement: a, t, date, params, limitNote, lang }) {
    const r = termOrVerdict(a, lang);
    if (r.verdict) return r.verdict;
    const { start: from, term: to } = r.term;
    if (!to) return notApplicable(t('Avtalet gäller tills vidare.', 'The agreement runs until further notice.'), '/avtal/giltighet');
    if (!from) return missing([NEED.start], lang, '/avtal/giltighet');
    if (r.term.option)
      return met(
        t(
          `Avtalstiden ${date(from)}–${date(to)} kan förlängas genom beslut av parterna.`,
          `The term ${date(from)}–${date(to)} can be extended by a decision of the parties.`,
        ),
        '/avtal/giltighet/förlängning',
      );
    if (r.term.extended)
      return met(
        t(`Avtalstiden ${date(from)}–${date(to)} kan förlängas.`, `The term ${date(from)}–${date(to)} can be extended.`),
        '/avtal/giltighet/förlängning',
      );
    const years = params.min_år!;
    if (isAfter(addDays(to, 1), addYears(from, years))) {
      return met(
        t(
          `Avtalstiden ${date(from)}–${date(to)} är längre än ${years} år.`,
          `The term ${date(from)}–${date(to)} is longer than ${years} year${years === 1 ? '' : 's'}.`,
        ),
        '/avtal/giltighet',
      );
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

/**
 * When each framework version came into force, as far as the sources say
 * (frameworks.md §1.2–1.4): the earliest day it can have applied, and how the
 * source words it. `nationell` has no such day.
 */
const FRAMEWORK_IN_FORCE: Partial<Record<Agreement['ramverk'], { from: string; said: { sv: string; en: string } }>> = {
  // Hälso- och sjukvårdsnämnden approved the vägledning on 2014-10-24 (frameworks.md §1.2).
  'skane-2014': { from: '2014-10-24', said: { sv: '24 oktober 2014', en: '24 October 2014' } },
  // Revised in 2018; the day is not known, so only a start before 2018 is certainly earlier.
  'skane-2018': { from: '2018-01-01', said: { sv: 'under 2018', en: 'in 2018' } },
  // In force from 2024-03-01 (frameworks.md §1.3, [B]).
  'vg-2024': { from: '2024-03-01', said: { sv: '1 mars 2024', en: '1 March 2024' } },
  // Adopted in June 2010 (frameworks.md §7.4, sources/003).
  'orebro-2010': { from: '2010-06-01', said: { sv: 'i juni 2010', en: 'in June 2010' } },
};

const ramverkIKraft: RuleDefinition = {
  id: 'gemensam.ramverk_i_kraft',
  title: { sv: 'Ramverket gällde när avtalet började gälla', en: 'The framework was in force when the agreement took effect' },
  severity: 'varning',
  basis: 'krav',
  citation: CITE.frameworkVersions,
  parameters: [],
  check({ agreement: a, t, date, lang }) {
    const f = FRAMEWORK_IN_FORCE[a.ramverk];
    if (!f)
      return notApplicable(
        t('De nationella definitionerna har inget datum då de trädde i kraft.', 'The national definitions have no date on which they took effect.'),
        '/ramverk',
      );
    const r = termOrVerdict(a, lang, true);
    if (r.verdict) return r.verdict;
    const start = r.term.start!;
    const inForce = parseIsoDate(f.from)!;
    if (!isBefore(start, inForce))
      return met(
        t(
          `Avtalet började gälla ${date(start)}, när ramverket ${a.ramverk} gällde.`,
          `The agreement took effect on ${date(start)}, when framework ${a.ramverk} was in force.`,
        ),
        '/ramverk',
      );
    const skane2014 = a.ramverk === 'skane-2018' && !isBefore(start, parseIsoDate(FRAMEWORK_IN_FORCE['skane-2014']!.from)!);
    const suggestion = skane2014 ? 'skane-2014' : 'nationell';
    return unmet(
      t(
        `Avtalet började gälla ${date(start)}, innan ramverket ${a.ramverk} trädde i kraft (${f.said.sv}). Ange det ramverk som gällde när avtalet ingicks (ramverk: ${suggestion}).`,
        `The agreement took effect on ${date(start)}, before framework ${a.ramverk} came into force (${f.said.en}). Name the framework in force when the agreement was made (ramverk: ${suggestion}).`,
      ),
      '/ramverk',
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
  ramverkIKraft,
  giltighet,
  avtalstidSlut,
  avtalstidLangd,
  uppsagningstid,
  tvist,
  underskrifter,
  underskriftDatum,
];
