/**
 * buildReport: from validated (and optionally checked) agreements to the
 * regional overview's indicators. One pass over the agreements computes each
 * centre's facts; every indicator is then a count over those facts. How each
 * indicator is derived from the YAML keys is documented in docs/report.md.
 */
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Lang } from '../core/diagnostic.js';
import { BASE_ACTIVITIES, type Agreement, type BaseActivityKind } from '../core/model.js';
import type { ValidationResult } from '../core/validate.js';
import type { CheckResult, Finding, Outcome } from '../check/types.js';
import { closest } from '../core/suggest.js';
import { findMunicipality, REGION_IDS, REGIONS, regionOfFramework, type RegionId } from '../core/regions.js';
import {
  REPORT_VERSION,
  type CentreRow,
  type DefinitionType,
  type Indicator,
  type IndicatorGroup,
  type MunicipalityCoverage,
  type Report,
  type RuleTally,
  type UnreadableFile,
  type ValidityStatus,
} from './types.js';

export interface ReportInput {
  /** The file as the user named it. */
  file: string;
  validation: Pick<ValidationResult, 'valid' | 'agreement' | 'diagnostics'>;
  check?: CheckResult;
}

export interface ReportOptions {
  asOf: Date;
  lang?: Lang;
  /** The region whose municipalities are listed; default: every region the agreements' frameworks belong to. */
  region?: RegionId;
  /** Months ahead that count as "ending soon" (default 6). */
  endingWithinMonths?: number;
}

const MUNICIPAL: readonly BaseActivityKind[] = ['öppen_förskola', 'socialtjänst'];

/** A base activity is present at the centre when the agreement lists it as co-located wholly or partly. */
export function presentActivities(a: Agreement): Set<BaseActivityKind> {
  return new Set(a.basverksamheter.filter((b) => b.samlokaliserad !== 'nej').map((b) => b.verksamhet));
}

/**
 * The type by definition (Socialstyrelsen 2008, FFFF, Folkhälsomyndigheten 2023):
 * all four base activities → familjecentral; barnhälsovård with at least one
 * municipal activity → familjecentralsliknande; anything else is neither.
 */
export function typeByDefinition(present: ReadonlySet<BaseActivityKind>): DefinitionType {
  if (BASE_ACTIVITIES.every((k) => present.has(k))) return 'familjecentral';
  if (present.has('barnhälsovård') && MUNICIPAL.some((k) => present.has(k))) return 'familjecentralsliknande';
  return 'ingen';
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * The last day the agreement can run: `giltighet.till` plus every automatic
 * extension it allows. null when it runs until further notice (no `till`, or
 * extensions without a limit on how many).
 */
export function lastDay(a: Agreement): string | null {
  const g = a.avtal.giltighet;
  if (g.till === undefined) return null;
  const ext = g.förlängning;
  if (!ext) return g.till;
  if (ext.gånger === undefined) return null;
  return iso(addYears(parseISO(g.till), ext.år * ext.gånger));
}

export function validityStatus(last: string | null, asOf: Date, withinMonths: number): ValidityStatus {
  if (last === null) return 'tills_vidare';
  const today = iso(asOf);
  if (last < today) return 'utgånget';
  if (last <= iso(addMonths(asOf, withinMonths))) return 'löper_ut';
  return 'gällande';
}

function centreRow(file: string, a: Agreement, check: CheckResult | undefined, asOf: Date, withinMonths: number): CentreRow {
  const present = presentActivities(a);
  const co = Object.fromEntries(BASE_ACTIVITIES.map((k) => [k, a.basverksamheter.find((b) => b.verksamhet === k)?.samlokaliserad ?? null])) as CentreRow['basverksamheter'];
  const org = a.organisation;
  const survey = a.gemensamt_ansvar?.delaktighet_och_inflytande?.brukarenkät ?? null;
  const coordinator = org?.samordnare !== undefined && (org.samordnare.tjänstgöringsgrad === undefined || org.samordnare.tjänstgöringsgrad > 0);
  const last = lastDay(a);
  return {
    file,
    id: a.avtal.id,
    namn: a.familjecentral.namn,
    kommun: a.familjecentral.kommun,
    ramverk: a.ramverk,
    typ: a.familjecentral.typ,
    typEnligtDefinition: typeByDefinition(present),
    basverksamheter: co,
    gemensamEntré: a.familjecentral.lokaler?.gemensam_entré ?? null,
    sammaByggnad: a.familjecentral.lokaler?.samma_byggnad ?? null,
    ledningsgrupp: org?.ledningsgrupp !== undefined || org?.styrgrupp !== undefined,
    personalmötenPerÅr: org?.personalmöten_per_år ?? null,
    samordnare: coordinator,
    samordnareTjänstgöringsgrad: org?.samordnare?.tjänstgöringsgrad ?? null,
    verksamhetsplan: a.verksamhetsplan?.år ?? null,
    brukarenkät: survey,
    kompetensutveckling: (org?.kompetensutveckling ?? '').trim() !== '',
    giltigTill: last,
    giltighet: validityStatus(last, asOf, withinMonths),
    regler: check
      ? {
          uppfyllt: check.summary.uppfyllt,
          ej_uppfyllt: check.summary.ej_uppfyllt,
          undantaget: check.summary.undantaget,
          fel: check.summary.fel,
          varning: check.summary.varning,
        }
      : null,
  };
}

const ACTIVITY_LABEL: Record<Lang, Record<BaseActivityKind, string>> = {
  sv: { mödrahälsovård: 'Mödrahälsovård (BMM)', barnhälsovård: 'Barnhälsovård (BVC)', öppen_förskola: 'Öppen förskola', socialtjänst: 'Socialtjänst (förebyggande)' },
  en: { mödrahälsovård: 'Maternity care (MHV)', barnhälsovård: 'Child health care (BHV)', öppen_förskola: 'Open preschool', socialtjänst: 'Social services (preventive)' },
};

export function activityLabel(lang: Lang, k: BaseActivityKind): string {
  return ACTIVITY_LABEL[lang][k];
}

interface IndicatorDef {
  id: string;
  group: IndicatorGroup;
  sv: string;
  en: string;
  test: (r: CentreRow) => boolean;
  /** Denominator filter; default every readable agreement. */
  among?: (r: CentreRow) => boolean;
}

function indicatorDefs(): IndicatorDef[] {
  const defs: IndicatorDef[] = [
    { id: 'typ.angiven.familjecentral', group: 'typ', sv: 'Anger typ familjecentral', en: 'Declares type familjecentral', test: (r) => r.typ === 'familjecentral' },
    { id: 'typ.angiven.familjecentralsliknande', group: 'typ', sv: 'Anger typ familjecentralsliknande', en: 'Declares type familjecentralsliknande', test: (r) => r.typ === 'familjecentralsliknande' },
    { id: 'typ.definition.familjecentral', group: 'typ', sv: 'Familjecentral enligt definitionen (alla fyra basverksamheter)', en: 'Familjecentral by definition (all four base activities)', test: (r) => r.typEnligtDefinition === 'familjecentral' },
    { id: 'typ.definition.familjecentralsliknande', group: 'typ', sv: 'Familjecentralsliknande enligt definitionen (BVC och minst en kommunal verksamhet)', en: 'Familjecentralsliknande by definition (BHV and at least one municipal activity)', test: (r) => r.typEnligtDefinition === 'familjecentralsliknande' },
    { id: 'typ.definition.ingen', group: 'typ', sv: 'Ingen av dem enligt definitionen (utan BVC, eller BVC utan kommunal verksamhet)', en: 'Neither by definition (no BHV, or BHV without a municipal activity)', test: (r) => r.typEnligtDefinition === 'ingen' },
    { id: 'typ.avviker', group: 'typ', sv: 'Angiven typ stämmer inte med definitionen', en: 'Declared type differs from the definition', test: (r) => r.typ !== r.typEnligtDefinition },
    { id: 'typ.helt_samlokaliserad', group: 'typ', sv: 'Alla fyra basverksamheter helt samlokaliserade', en: 'All four base activities wholly co-located', test: (r) => BASE_ACTIVITIES.every((k) => r.basverksamheter[k] === 'helt') },
    { id: 'lokaler.gemensam_entré', group: 'lokaler', sv: 'Gemensam entré till basverksamheterna', en: 'Common entrance to the base activities', test: (r) => r.gemensamEntré === true },
    { id: 'lokaler.samma_byggnad_utan_entré', group: 'lokaler', sv: 'Samma byggnad men utan gemensam entré', en: 'Same building but no common entrance', test: (r) => r.sammaByggnad === true && r.gemensamEntré !== true },
  ];
  for (const k of BASE_ACTIVITIES) {
    defs.push({ id: `basverksamhet.${k}`, group: 'basverksamheter', sv: `${ACTIVITY_LABEL.sv[k]} finns`, en: `${ACTIVITY_LABEL.en[k]} present`, test: (r) => r.basverksamheter[k] === 'helt' || r.basverksamheter[k] === 'delvis' });
    defs.push({
      id: `basverksamhet.${k}.delvis`,
      group: 'basverksamheter',
      sv: `– varav bara delvis samlokaliserad`,
      en: `– of which only partly co-located`,
      test: (r) => r.basverksamheter[k] === 'delvis',
      among: (r) => r.basverksamheter[k] === 'helt' || r.basverksamheter[k] === 'delvis',
    });
  }
  defs.push(
    { id: 'organisation.ledningsgrupp', group: 'organisation', sv: 'Gemensam ledningsgrupp eller styrgrupp', en: 'Joint management or steering group', test: (r) => r.ledningsgrupp },
    { id: 'organisation.personalmöten', group: 'organisation', sv: 'Gemensamma personalmöten', en: 'Joint staff meetings', test: (r) => (r.personalmötenPerÅr ?? 0) > 0 },
    { id: 'organisation.samordnare', group: 'organisation', sv: 'Samordnare', en: 'Coordinator', test: (r) => r.samordnare },
    { id: 'organisation.verksamhetsplan', group: 'organisation', sv: 'Gemensam verksamhetsplan (måldokument)', en: 'Joint plan of activities (goal document)', test: (r) => r.verksamhetsplan !== null },
    { id: 'organisation.brukarenkät', group: 'organisation', sv: 'Brukarenkät', en: 'User survey', test: (r) => r.brukarenkät === 'årlig' || r.brukarenkät === 'vartannat_år' },
    { id: 'organisation.kompetensutveckling', group: 'organisation', sv: 'Gemensam kompetensutveckling', en: 'Joint competence development', test: (r) => r.kompetensutveckling },
    { id: 'giltighet.utgånget', group: 'giltighet', sv: 'Avtalet har gått ut', en: 'Agreement has expired', test: (r) => r.giltighet === 'utgånget' },
    { id: 'giltighet.löper_ut', group: 'giltighet', sv: 'Avtalet löper ut inom sex månader', en: 'Agreement ends within six months', test: (r) => r.giltighet === 'löper_ut' },
    { id: 'giltighet.tills_vidare', group: 'giltighet', sv: 'Gäller tills vidare', en: 'Valid until further notice', test: (r) => r.giltighet === 'tills_vidare' },
  );
  return defs;
}

const OUTCOME_RANK: Record<Outcome, number> = { ej_tillämpligt: 0, uppfyllt: 1, undantaget: 2, ej_uppfyllt: 3 };

/**
 * Per rule, how many agreements meet it. A rule may give several findings for
 * one agreement (one per base activity, say): the agreement meets the rule
 * only when none of them is unmet, so its outcome is the worst of them.
 */
function tallyRules(inputs: readonly { file: string; check: CheckResult }[]): RuleTally[] {
  const byId = new Map<string, RuleTally>();
  for (const { file, check } of inputs) {
    const worst = new Map<string, Finding>();
    for (const f of check.findings) {
      const seen = worst.get(f.ruleId);
      if (!seen || OUTCOME_RANK[f.outcome] > OUTCOME_RANK[seen.outcome]) worst.set(f.ruleId, f);
    }
    for (const f of worst.values()) {
      let t = byId.get(f.ruleId);
      if (!t) {
        t = { ruleId: f.ruleId, title: f.title, severity: f.severity, uppfyllt: 0, ej_uppfyllt: 0, undantaget: 0, ej_tillämpligt: 0, of: 0, uppfylltFiles: [], ejUppfylltFiles: [] };
        byId.set(f.ruleId, t);
      }
      t[f.outcome]++;
      if (f.outcome !== 'ej_tillämpligt') t.of++;
      if (f.outcome === 'uppfyllt') t.uppfylltFiles.push(file);
      if (f.outcome === 'ej_uppfyllt') t.ejUppfylltFiles.push(file);
    }
  }
  return [...byId.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

function coverage(rows: readonly CentreRow[], region: RegionId | undefined): MunicipalityCoverage[] {
  const ids = region ? [region] : REGION_IDS.filter((id) => rows.some((r) => regionOfFramework(r.ramverk) === id));
  return ids.map((id) => {
    const reg = REGIONS[id];
    const counts = new Map<string, number>();
    const unknown: MunicipalityCoverage['unknown'] = [];
    for (const r of rows) {
      if (!region && regionOfFramework(r.ramverk) !== id) continue;
      const m = findMunicipality(reg, r.kommun);
      if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
      else {
        const guess = closest(r.kommun, reg.municipalities);
        unknown.push({ file: r.file, kommun: r.kommun, ...(guess ? { suggestion: guess } : {}) });
      }
    }
    return {
      region: id,
      name: reg.name,
      municipalities: reg.municipalities.length,
      withAgreement: reg.municipalities.filter((m) => counts.has(m)).map((m) => ({ kommun: m, agreements: counts.get(m)! })),
      without: reg.municipalities.filter((m) => !counts.has(m)),
      unknown,
      sources: reg.sources.map((s) => ({ ...s })),
    };
  });
}

export function buildReport(inputs: readonly ReportInput[], options: ReportOptions): Report {
  const lang = options.lang ?? 'sv';
  const within = options.endingWithinMonths ?? 6;
  const rows: CentreRow[] = [];
  const unreadable: UnreadableFile[] = [];
  const checked: { file: string; check: CheckResult }[] = [];
  for (const input of inputs) {
    const a = input.validation.valid ? input.validation.agreement : undefined;
    if (!a) {
      unreadable.push({ file: input.file, diagnostics: input.validation.diagnostics.filter((d) => d.severity === 'fel') });
      continue;
    }
    rows.push(centreRow(input.file, a, input.check, options.asOf, within));
    if (input.check) checked.push({ file: input.file, check: input.check });
  }
  const n = rows.length;
  const indicators: Indicator[] = indicatorDefs().map((d) => {
    const among = d.among ? rows.filter(d.among) : rows;
    const hit = among.filter(d.test);
    return { id: d.id, group: d.group, label: lang === 'en' ? d.en : d.sv, count: hit.length, of: d.among ? among.length : n, files: hit.map((r) => r.file) };
  });
  const rules = tallyRules(checked);
  for (const t of rules) {
    indicators.push({
      id: `regel.${t.ruleId}`,
      group: 'regler',
      label: t.title,
      count: t.uppfyllt,
      of: t.of,
      files: [...t.uppfylltFiles],
    });
  }
  return {
    version: REPORT_VERSION,
    lang,
    asOf: iso(options.asOf),
    files: { total: inputs.length, readable: n, unreadable: unreadable.length },
    checked: checked.length > 0,
    indicators,
    rules,
    coverage: coverage(rows, options.region),
    centres: rows,
    unreadable,
  };
}
