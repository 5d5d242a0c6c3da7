/**
 * Västra Götaland (samverkansavtal 2024): the seven areas a local agreement
 * describes. The schema asks that the sections exist; these rules ask that
 * each area is actually described.
 */
import { CITE } from '../citations.js';
import { everySv, hasText, met, unmet, type RuleDefinition } from '../rule.js';
import { activityName } from './helpers.js';

export const verksamhetsomrade: RuleDefinition = {
  id: 'vg.verksamhetsomrade',
  title: { sv: 'Verksamhetsområde och målgrupp', en: 'Catchment area and target group' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgArea,
  parameters: [],
  check({ agreement: a, t }) {
    const fc = a.familjecentral;
    if (!hasText(fc.upptagningsområde)) return unmet(t('Avtalet beskriver inte verksamhetsområdet (familjecentral.upptagningsområde).', 'The agreement does not describe the catchment area (familjecentral.upptagningsområde).'), '/familjecentral');
    if (!hasText(fc.målgrupp)) return unmet(t('Avtalet beskriver inte målgruppen (familjecentral.målgrupp).', 'The agreement does not describe the target group (familjecentral.målgrupp).'), '/familjecentral');
    return met(t(`Verksamhetsområde: ${fc.upptagningsområde}. Målgrupp: ${fc.målgrupp}.`, `Catchment area: ${fc.upptagningsområde}. Target group: ${fc.målgrupp}.`), '/familjecentral/upptagningsområde');
  },
};

export const parterSamlokalisation: RuleDefinition = {
  id: 'vg.parter_samlokalisation',
  title: { sv: 'Samverkande parter och samlokalisation', en: 'Cooperating parties and co-location' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgParties,
  parameters: [],
  check({ agreement: a, t }) {
    const unnamed = a.parter.findIndex((p) => !hasText(p.nämnd));
    if (unnamed >= 0) return unmet(t(`Parten ${a.parter[unnamed]!.organisation} anger inte ansvarig nämnd (nämnd).`, `Party ${a.parter[unnamed]!.organisation} does not name its responsible board (nämnd).`), `/parter/${unnamed}`);
    if (!hasText(a.familjecentral.lokaler?.beskrivning)) {
      return unmet(t('Avtalet beskriver inte hur samlokaliseringen är ordnad (familjecentral.lokaler.beskrivning).', 'The agreement does not describe how co-location is arranged (familjecentral.lokaler.beskrivning).'), '/familjecentral' + (a.familjecentral.lokaler ? '/lokaler' : ''));
    }
    return met(t('Avtalet beskriver parterna med ansvarig nämnd och hur samlokaliseringen är ordnad.', 'The agreement describes the parties with their boards and how co-location is arranged.'), '/familjecentral/lokaler');
  },
};

export const insatser: RuleDefinition = {
  id: 'vg.insatser',
  title: { sv: 'Insatser, åtagande och kompetens', en: 'Services, commitments and competence' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgServices,
  parameters: [],
  check({ agreement: a, t }) {
    for (const [i, b] of a.basverksamheter.entries()) {
      if (!hasText(b.åtagande)) {
        return unmet(t(`Åtagandet för ${activityName(b.verksamhet, 'sv')} beskrivs inte (åtagande).`, `The commitment of ${activityName(b.verksamhet, 'en')} is not described (åtagande).`), `/basverksamheter/${i}`);
      }
      if ((b.bemanning ?? []).length === 0) {
        return unmet(t(`Kompetensen för ${activityName(b.verksamhet, 'sv')} anges inte (bemanning med yrke).`, `The competence of ${activityName(b.verksamhet, 'en')} is not stated (bemanning with yrke).`), `/basverksamheter/${i}`);
      }
    }
    return met(t('Varje basverksamhet har ett beskrivet åtagande och en bemanning med yrken.', 'Every base activity has a described commitment and staffing by profession.'), '/basverksamheter');
  },
};

export const organisation: RuleDefinition = {
  id: 'vg.organisation',
  title: { sv: 'Organisation, ledning och styrning', en: 'Organisation, management and governance' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgOrganisation,
  parameters: [],
  check({ agreement: a, t }) {
    const o = a.organisation;
    if (!o) return unmet(t('Avtalet beskriver inte organisation, ledning och styrning (organisation).', 'The agreement does not describe organisation, management and governance (organisation).'), '');
    if (!o.ledningsgrupp) return unmet(t('Avtalet anger ingen lokal ledningsgrupp (organisation.ledningsgrupp).', 'The agreement names no local management group (organisation.ledningsgrupp).'), '/organisation');
    if (!hasText(o.ledningsgrupp.mandat) && !hasText(o.styrgrupp?.beskrivning)) {
      return unmet(t('Ledningsgruppens mandat och styrningen beskrivs inte (ledningsgrupp.mandat eller styrgrupp.beskrivning).', 'The management group\'s mandate and the governance are not described (ledningsgrupp.mandat or styrgrupp.beskrivning).'), '/organisation/ledningsgrupp');
    }
    return met(t('Avtalet beskriver ledningsgrupp och styrning.', 'The agreement describes the management group and governance.'), '/organisation');
  },
};

export const malUppfoljning: RuleDefinition = {
  id: 'vg.mal_uppfoljning',
  title: { sv: 'Mål och uppföljning', en: 'Goals and follow-up' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgGoals,
  parameters: [],
  check({ agreement: a, t }) {
    if ((a.mål ?? []).filter(hasText).length === 0) return unmet(t('Avtalet anger inga mål (mål).', 'The agreement states no goals (mål).'), '');
    const u = a.gemensamt_ansvar?.utvärdering;
    if (!u || !hasText(u.metod) || u.intervall_månader === undefined) {
      return unmet(t('Uppföljningen saknar metod eller intervall (gemensamt_ansvar.utvärdering.metod och intervall_månader).', 'The follow-up lacks a method or interval (gemensamt_ansvar.utvärdering.metod and intervall_månader).'), '/gemensamt_ansvar' + (u ? '/utvärdering' : ''));
    }
    return met(t(`Avtalet anger mål och hur de följs upp (metod: ${u.metod}; ${everySv(u.intervall_månader, 'månad')}).`, `The agreement states goals and how they are followed up (method: ${u.metod}; every ${u.intervall_månader} months).`), '/mål');
  },
};

export const utveckling: RuleDefinition = {
  id: 'vg.utveckling',
  title: { sv: 'Inriktning för fortsatt utveckling', en: 'Direction for further development' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgDevelopment,
  parameters: [],
  check({ agreement: a, t }) {
    if (hasText(a.utveckling)) return met(t('Avtalet anger inriktningen för fortsatt utveckling.', 'The agreement states the direction for further development.'), '/utveckling');
    return unmet(t('Avtalet anger ingen inriktning för fortsatt utveckling (utveckling).', 'The agreement states no direction for further development (utveckling).'), '');
  },
};

export const ekonomi: RuleDefinition = {
  id: 'vg.ekonomi',
  title: { sv: 'Avtalets delar inklusive ekonomi', en: 'The agreement\'s parts including finances' },
  severity: 'fel',
  basis: 'krav',
  citation: CITE.vgEconomy,
  parameters: [],
  check({ agreement: a, t }) {
    if (!a.ekonomi) return unmet(t('Avtalet har inget ekonomiavsnitt (ekonomi).', 'The agreement has no finance section (ekonomi).'), '');
    if (!hasText(a.ekonomi.kostnadsfördelning)) return unmet(t('Ekonomiavsnittet anger inte hur kostnaderna fördelas (ekonomi.kostnadsfördelning).', 'The finance section does not say how costs are shared (ekonomi.kostnadsfördelning).'), '/ekonomi');
    return met(t('Avtalet anger hur kostnaderna fördelas mellan parterna.', 'The agreement states how costs are shared between the parties.'), '/ekonomi/kostnadsfördelning');
  },
};

/** The seven description areas, in the order of the regional agreement. */
export const VG_RULES: readonly RuleDefinition[] = [verksamhetsomrade, parterSamlokalisation, insatser, organisation, malUppfoljning, utveckling, ekonomi];
