/**
 * Västra Götaland (samverkansavtal 2024): the seven areas a local agreement
 * describes. Each rule asks that its area is actually described; a missing
 * area is *ej bedömt*, an area the agreement says it does not contain
 * (`ingår inte`) is *ej uppfyllt*.
 */
import { monthInterval } from '../../core/numbers.js';
import { listOf } from '../../core/messages.js';
import { present, sectionState } from '../../core/model.js';
import { CITE } from '../citations.js';
import { hasText, met, unmet, withLocations, type RuleDefinition, type VerdictLocation } from '../rule.js';
import { activityLabel } from '../../core/activities.js';
import { missing, read, type Need } from './read.js';

const ORGANISATION: Need = { what: { sv: 'organisation, ledning och styrning', en: 'organisation, management and governance' }, key: 'organisation' };

const verksamhetsomrade: RuleDefinition = {
  id: 'vg.verksamhetsomrade',
  title: { sv: 'Verksamhetsområde och målgrupp', en: 'Catchment area and target group' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgArea,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const fc = a.familjecentral;
    const area = read(
      fc.upptagningsområde,
      { what: { sv: 'verksamhetsområdet', en: 'the catchment area' }, key: 'familjecentral.upptagningsområde' },
      lang,
      '/familjecentral',
    );
    const group = read(fc.målgrupp, { what: { sv: 'målgruppen', en: 'the target group' }, key: 'familjecentral.målgrupp' }, lang, '/familjecentral');
    const verdicts = [area.verdict, group.verdict].filter((v) => v !== undefined);
    const unmetOnes = verdicts.filter((v) => v.outcome === 'ej_uppfyllt');
    if (unmetOnes.length > 0) return unmet(unmetOnes.map((v) => v.message).join(' '), '/familjecentral');
    if (verdicts.length > 0) {
      const needs: Need[] = [];
      if (area.verdict) needs.push({ what: { sv: 'verksamhetsområdet', en: 'the catchment area' }, key: 'familjecentral.upptagningsområde' });
      if (group.verdict) needs.push({ what: { sv: 'målgruppen', en: 'the target group' }, key: 'familjecentral.målgrupp' });
      return missing(needs, lang, '/familjecentral');
    }
    return met(
      t(`Verksamhetsområde: ${area.value}. Målgrupp: ${group.value}.`, `Catchment area: ${area.value}. Target group: ${group.value}.`),
      '/familjecentral/upptagningsområde',
    );
  },
};

/** The responsible nämnd or nämnder of a party, as one text; undefined when none is named. */
function boards(n: string | string[] | undefined): string | undefined {
  const list = (Array.isArray(n) ? n : n === undefined ? [] : [n]).filter(hasText);
  return list.length === 0 ? undefined : listOf('sv', list);
}

const parterSamlokalisation: RuleDefinition = {
  id: 'vg.parter_samlokalisation',
  title: { sv: 'Samverkande parter och samlokalisation', en: 'Cooperating parties and co-location' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgParties,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const unknown: Need[] = [];
    let pointer = '/familjecentral/lokaler';
    if (a.parter === undefined || a.parter.length === 0) unknown.push({ what: { sv: 'avtalets parter', en: "the agreement's parties" }, key: 'parter' });
    else {
      a.parter.forEach((p, i) => {
        if (boards(p.nämnd) !== undefined) return;
        if (unknown.length === 0) pointer = `/parter/${i}`;
        unknown.push({ what: { sv: `ansvarig nämnd för ${p.organisation}`, en: `the responsible board of ${p.organisation}` }, key: `parter[${i}].nämnd` });
      });
    }
    const premises = sectionState(a.familjecentral.lokaler);
    const described = premises.state === 'finns' ? sectionState(premises.value.beskrivning) : premises;
    if (described.state === 'ingår inte') {
      return unmet(
        t(
          'Avtalet beskriver inte hur samlokaliseringen är ordnad (familjecentral.lokaler: ingår inte).',
          'The agreement does not describe how co-location is arranged (familjecentral.lokaler: ingår inte).',
        ),
        '/familjecentral',
      );
    }
    if (described.state === 'uppgift saknas') {
      if (unknown.length === 0) pointer = premises.state === 'finns' ? '/familjecentral/lokaler' : '/familjecentral';
      unknown.push({ what: { sv: 'hur samlokaliseringen är ordnad', en: 'how co-location is arranged' }, key: 'familjecentral.lokaler.beskrivning' });
    }
    if (unknown.length > 0) return missing(unknown, lang, pointer);
    return met(
      t(
        'Avtalet beskriver parterna med ansvarig nämnd och hur samlokaliseringen är ordnad.',
        'The agreement describes the parties with their boards and how co-location is arranged.',
      ),
      '/familjecentral/lokaler',
    );
  },
};

const insatser: RuleDefinition = {
  id: 'vg.insatser',
  title: { sv: 'Insatser, åtagande och kompetens', en: 'Services, commitments and competence' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgServices,
  parameters: [],
  check({ agreement: a, t, lang }) {
    if (a.basverksamheter === undefined || a.basverksamheter.length === 0)
      return missing([{ what: { sv: 'basverksamheterna', en: 'the base activities' }, key: 'basverksamheter' }], lang, '');
    const fails: string[] = [];
    const places: VerdictLocation[] = [];
    const unknown: Need[] = [];
    let pointer = '/basverksamheter';
    for (const [i, b] of a.basverksamheter.entries()) {
      const name = { sv: activityLabel(b.verksamhet, 'sv'), en: activityLabel(b.verksamhet, 'en') };
      const c = sectionState(b.åtagande);
      if (c.state === 'ingår inte') {
        if (fails.length === 0) pointer = `/basverksamheter/${i}/åtagande`;
        fails.push(
          t(
            `Avtalet beskriver inget åtagande för ${name.sv} (åtagande: ingår inte).`,
            `The agreement describes no commitment of ${name.en} (åtagande: ingår inte).`,
          ),
        );
        places.push({ pointer: `/basverksamheter/${i}/åtagande`, message: fails.at(-1)! });
      } else if (c.state === 'uppgift saknas')
        unknown.push({ what: { sv: `åtagandet för ${name.sv}`, en: `the commitment of ${name.en}` }, key: `basverksamheter[${i}].åtagande` });
      if (b.bemanning === undefined)
        unknown.push({
          what: { sv: `kompetensen (bemanning med yrke) för ${name.sv}`, en: `the competence (staffing by profession) of ${name.en}` },
          key: `basverksamheter[${i}].bemanning`,
        });
      else if (b.bemanning.length === 0) {
        if (fails.length === 0) pointer = `/basverksamheter/${i}/bemanning`;
        fails.push(t(`Kompetensen för ${name.sv} anges inte (bemanning är tom).`, `The competence of ${name.en} is not stated (bemanning is empty).`));
        places.push({ pointer: `/basverksamheter/${i}/bemanning`, message: fails.at(-1)! });
      }
    }
    if (fails.length > 0) return withLocations(unmet(fails.join(' '), pointer), places);
    if (unknown.length > 0) return missing(unknown, lang, '/basverksamheter');
    return met(
      t(
        'Varje basverksamhet har ett beskrivet åtagande och en bemanning med yrken.',
        'Every base activity has a described commitment and staffing by profession.',
      ),
      '/basverksamheter',
    );
  },
};

const organisation: RuleDefinition = {
  id: 'vg.organisation',
  title: { sv: 'Organisation, ledning och styrning', en: 'Organisation, management and governance' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgOrganisation,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const r = read(a.organisation, ORGANISATION, lang, '');
    if (r.verdict) return r.verdict;
    const o = r.value;
    // Governance may be a ledningsgrupp with its mandate, a styrgrupp, or one or more styrgrupper.
    const lg = sectionState(o.ledningsgrupp);
    const sg = sectionState(o.styrgrupp);
    const sgs = sectionState(o.styrgrupper);
    const ways: string[] = [];
    if (lg.state === 'finns' && hasText(lg.value.mandat)) ways.push(t('ledningsgrupp med mandat', 'management group with a mandate'));
    if (sg.state === 'finns' && hasText(sg.value.beskrivning)) ways.push(t('styrgrupp', 'steering group'));
    if (sgs.state === 'finns' && sgs.value.length > 0) {
      const names = sgs.value.map((g, i) => g.namn ?? t(`styrgrupp ${i + 1}`, `steering group ${i + 1}`));
      ways.push(
        t(
          `${sgs.value.length === 1 ? 'styrgrupp' : 'styrgrupper'} (${listOf('sv', names, 'and')})`,
          `steering group${sgs.value.length === 1 ? '' : 's'} (${listOf('en', names, 'and')})`,
        ),
      );
    }
    if (ways.length > 0)
      return met(
        t(
          `Avtalet beskriver ledning och styrning: ${listOf('sv', ways, 'and')}.`,
          `The agreement describes management and governance: ${listOf('en', ways, 'and')}.`,
        ),
        '/organisation',
      );
    const none = [lg, sg, sgs].every((s) => s.state === 'ingår inte');
    if (none) {
      return unmet(
        t(
          'Avtalet anger varken ledningsgrupp eller styrgrupp (organisation.ledningsgrupp, styrgrupp och styrgrupper: ingår inte).',
          'The agreement names neither a management nor a steering group (organisation.ledningsgrupp, styrgrupp and styrgrupper: ingår inte).',
        ),
        '/organisation',
      );
    }
    return missing(
      [
        {
          what: {
            sv: 'ledningen och styrningen: ledningsgruppens mandat eller en styrgrupp',
            en: "management and governance: the management group's mandate or a steering group",
          },
          key: 'organisation.ledningsgrupp.mandat, styrgrupp eller styrgrupper',
        },
      ],
      lang,
      '/organisation',
    );
  },
};

const malUppfoljning: RuleDefinition = {
  id: 'vg.mal_uppfoljning',
  title: { sv: 'Mål och uppföljning', en: 'Goals and follow-up' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgGoals,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const goals = read(a.mål, { what: { sv: 'mål', en: 'goals' }, key: 'mål' }, lang, '');
    if (goals.verdict) return goals.verdict;
    if (goals.value.filter(hasText).length === 0) return unmet(t('Avtalet anger inga mål (mål).', 'The agreement states no goals (mål).'), '/mål');
    const ga = read(
      a.gemensamt_ansvar,
      { what: { sv: 'hur målen följs upp', en: 'how the goals are followed up' }, key: 'gemensamt_ansvar.utvärdering' },
      lang,
      '',
    );
    if (ga.verdict) return ga.verdict;
    const ur = read(
      ga.value.utvärdering,
      { what: { sv: 'hur målen följs upp', en: 'how the goals are followed up' }, key: 'gemensamt_ansvar.utvärdering' },
      lang,
      '/gemensamt_ansvar',
    );
    if (ur.verdict) return ur.verdict;
    const u = ur.value;
    const unknown: Need[] = [];
    if (!hasText(u.metod)) unknown.push({ what: { sv: 'uppföljningens metod', en: 'the follow-up method' }, key: 'gemensamt_ansvar.utvärdering.metod' });
    if (u.intervall_månader === undefined)
      unknown.push({
        what: { sv: 'hur ofta uppföljningen görs', en: 'how often the follow-up is done' },
        key: 'gemensamt_ansvar.utvärdering.intervall_månader',
      });
    if (unknown.length > 0) return missing(unknown, lang, '/gemensamt_ansvar/utvärdering');
    return met(
      t(
        `Avtalet anger mål och hur de följs upp (metod: ${u.metod}; ${monthInterval(u.intervall_månader!)}).`,
        `The agreement states goals and how they are followed up (method: ${u.metod}; every ${u.intervall_månader} months).`,
      ),
      '/mål',
    );
  },
};

const utveckling: RuleDefinition = {
  id: 'vg.utveckling',
  title: { sv: 'Inriktning för fortsatt utveckling', en: 'Direction for further development' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgDevelopment,
  parameters: [],
  check({ agreement: a, t, lang }) {
    const r = read(
      a.utveckling,
      { what: { sv: 'inriktningen för fortsatt utveckling', en: 'the direction for further development' }, key: 'utveckling' },
      lang,
      '',
    );
    if (r.verdict) return r.verdict;
    return met(t('Avtalet anger inriktningen för fortsatt utveckling.', 'The agreement states the direction for further development.'), '/utveckling');
  },
};

const ekonomi: RuleDefinition = {
  id: 'vg.ekonomi',
  title: { sv: 'Avtalets delar inklusive ekonomi', en: "The agreement's parts including finances" },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgEconomy,
  parameters: [],
  check({ agreement: a, t, lang }) {
    // The finances may be a cost split (ekonomi) or compensation between the parties (ersättning).
    const comp = present(a.ersättning);
    if (comp && (hasText(comp.beskrivning) || (comp.belopp ?? []).length > 0)) {
      return met(t('Avtalet anger ersättningen mellan parterna.', 'The agreement states the compensation between the parties.'), '/ersättning');
    }
    const e = sectionState(a.ekonomi);
    if (e.state === 'finns') {
      const split = read(
        e.value.kostnadsfördelning,
        { what: { sv: 'hur kostnaderna fördelas mellan parterna', en: 'how costs are shared between the parties' }, key: 'ekonomi.kostnadsfördelning' },
        lang,
        '/ekonomi',
      );
      if (split.verdict) return split.verdict;
      return met(
        t('Avtalet anger hur kostnaderna fördelas mellan parterna.', 'The agreement states how costs are shared between the parties.'),
        '/ekonomi/kostnadsfördelning',
      );
    }
    // Compensation is a clause few agreements have: without one, ekonomi alone decides.
    if (e.state === 'ingår inte' && (a.ersättning === undefined || sectionState(a.ersättning).state !== 'uppgift saknas')) {
      return unmet(
        t(
          'Avtalet har inget ekonomiavsnitt (ekonomi: ingår inte) och ingen ersättning mellan parterna.',
          'The agreement has no finance section (ekonomi: ingår inte) and no compensation between the parties.',
        ),
        '/ekonomi',
      );
    }
    return missing(
      [
        {
          what: { sv: 'avtalets ekonomi (kostnadsfördelning eller ersättning)', en: "the agreement's finances (cost split or compensation)" },
          key: 'ekonomi eller ersättning',
        },
      ],
      lang,
      '',
    );
  },
};

/** The seven description areas, in the order of the regional agreement. */
export const VG_RULES: readonly RuleDefinition[] = [verksamhetsomrade, parterSamlokalisation, insatser, organisation, malUppfoljning, utveckling, ekonomi];
