/**
 * buildReport: from validated (and optionally checked) agreements to the
 * regional overview's indicators. One pass over the agreements computes each
 * centre's facts; every indicator is then a count over those facts. How each
 * indicator is derived from the YAML keys is documented in docs/report.md.
 */
import { addMonths } from 'date-fns/addMonths';
import { isoDate, startOfDay } from '../core/dates.js';
import type { Lang } from '../core/diagnostic.js';
import { BASE_ACTIVITIES, FRAMEWORK_IDS, present, sectionState, type Agreement, type BaseActivityKind, type Section } from '../core/model.js';
import type { ValidationResult } from '../core/validate.js';
import type { CheckResult, Finding, Outcome } from '../check/types.js';
import { agreementTerm, lastDayOf, termStatus } from '../core/term.js';
import { closest } from '../core/suggest.js';
import { capitalise } from '../core/messages.js';
import { activityLabel, presentActivities, typeByDefinition } from '../core/activities.js';
import { findMunicipality, municipalityCode, REGION_IDS, REGIONS, regionOfFramework, regionOfMunicipality, type RegionId } from '../core/regions.js';
import {
  REPORT_VERSION,
  type CentreRow,
  type DuplicateId,
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
  /** `value` is the parsed YAML: a file that parses but is not valid is still counted, its parts in error as uppgift saknas. */
  validation: Pick<ValidationResult, 'valid' | 'agreement' | 'diagnostics'> & { value?: unknown };
  check?: CheckResult;
}

export interface ReportOptions {
  asOf: Date;
  lang?: Lang;
  /** The region whose municipalities are listed; default: every region the agreements belong to. */
  region?: RegionId;
  /** Months ahead that count as "ending soon" (default 6). */
  endingWithinMonths?: number;
}

const iso = isoDate;

/**
 * The report's validity of an agreement on a day: the term's status (the
 * core's `termStatus`, as the checker judges it), with an agreement in force
 * whose last day falls within `withinMonths` counted as `löper_ut`.
 */
function validityStatus(a: Agreement, asOf: Date, withinMonths: number): ValidityStatus {
  const term = agreementTerm(a);
  const status = termStatus(term, asOf);
  if (status === 'gällande' && term?.end && iso(term.end) <= iso(addMonths(asOf, withinMonths))) return 'löper_ut';
  return status;
}

/** A known yes/no from a section: true when present, false when `ingår inte`, null when not known. */
function known<T>(x: Section<T> | undefined, test: (v: T) => boolean = () => true): boolean | null {
  const s = sectionState(x);
  if (s.state === 'finns') return test(s.value);
  return s.state === 'ingår inte' ? false : null;
}

function centreRow(file: string, a: Agreement, check: CheckResult | undefined, asOf: Date, withinMonths: number, errors: number): CentreRow {
  const activities = a.basverksamheter;
  const co = Object.fromEntries(
    BASE_ACTIVITIES.map((k) => {
      if (activities === undefined) return [k, 'uppgift_saknas'];
      const b = activities.find((x) => x.verksamhet === k);
      return [k, b === undefined ? null : (b.samlokaliserad ?? 'uppgift_saknas')];
    }),
  ) as CentreRow['basverksamheter'];
  const orgState = sectionState(a.organisation);
  const org = orgState.state === 'finns' ? orgState.value : undefined;
  const orgNone = orgState.state === 'ingår inte';
  const survey = present(present(a.gemensamt_ansvar)?.delaktighet_och_inflytande)?.brukarenkät ?? null;
  const coordinator = orgNone ? false : known(org?.samordnare, (s) => s.tjänstgöringsgrad === undefined || s.tjänstgöringsgrad > 0);
  // styrgrupper is a newer key: an agreement without it is judged on ledningsgrupp and styrgrupp.
  const groups = orgNone
    ? [false]
    : [known(org?.ledningsgrupp), known(org?.styrgrupp), ...(org?.styrgrupper === undefined ? [] : [known(org.styrgrupper, (l) => l.length > 0)])];
  const management = groups.includes(true) ? true : groups.every((g) => g === false) ? false : null;
  const planState = sectionState(a.verksamhetsplan);
  const premises = present(a.familjecentral.lokaler);
  const last = lastDayOf(a);
  return {
    file,
    id: a.avtal.id,
    namn: a.familjecentral.namn,
    kommun: a.familjecentral.kommun ?? '',
    kommunkod: a.familjecentral.kommun ? (municipalityCode(a.familjecentral.kommun) ?? null) : null,
    ramverk: a.ramverk,
    typ: a.familjecentral.typ ?? null,
    typEnligtDefinition: activities === undefined ? null : typeByDefinition(presentActivities(a)),
    basverksamheter: co,
    gemensamEntré: premises?.gemensam_entré ?? null,
    sammaByggnad: premises?.samma_byggnad ?? null,
    ledningsgrupp: management,
    personalmötenPerÅr: org?.personalmöten_per_år ?? null,
    samordnare: coordinator,
    samordnareTjänstgöringsgrad: present(org?.samordnare)?.tjänstgöringsgrad ?? null,
    verksamhetsplan: planState.state === 'finns' ? planState.value.år : planState.state === 'ingår inte' ? false : null,
    brukarenkät: survey,
    kompetensutveckling: orgNone ? false : known(org?.kompetensutveckling),
    giltigTill: last,
    giltighet: validityStatus(a, asOf, withinMonths),
    valideringsfel: errors,
    regler: check
      ? {
          uppfyllt: check.summary.uppfyllt,
          ej_uppfyllt: check.summary.ej_uppfyllt,
          ej_bedömt: check.summary.ej_bedömt ?? 0,
          undantaget: check.summary.undantaget,
          fel: check.summary.fel,
          varning: check.summary.varning,
        }
      : null,
  };
}

/** "Mödrahälsovård (MHV)": the core's label, capitalised to head an indicator. */
function activityHeading(lang: Lang, k: BaseActivityKind): string {
  return capitalise(activityLabel(k, lang));
}

interface IndicatorDef {
  id: string;
  group: IndicatorGroup;
  sv: string;
  en: string;
  /** true: counted; false: not; null: the agreement does not say (uppgift saknas). */
  test: (r: CentreRow) => boolean | null;
  /** Denominator filter; default every readable agreement. */
  among?: (r: CentreRow) => boolean;
}

/** Listed among the centre's base activities (the list being known). */
const listed = (r: CentreRow, k: BaseActivityKind): boolean => r.typEnligtDefinition !== null && r.basverksamheter[k] !== null;

function indicatorDefs(): IndicatorDef[] {
  const defs: IndicatorDef[] = [
    {
      id: 'typ.angiven.familjecentral',
      group: 'typ',
      sv: 'Anger typ familjecentral',
      en: 'Declares type familjecentral',
      test: (r) => (r.typ === null ? null : r.typ === 'familjecentral'),
    },
    {
      id: 'typ.angiven.familjecentralsliknande',
      group: 'typ',
      sv: 'Anger typ familjecentralsliknande',
      en: 'Declares type familjecentralsliknande',
      test: (r) => (r.typ === null ? null : r.typ === 'familjecentralsliknande'),
    },
    {
      id: 'typ.definition.familjecentral',
      group: 'typ',
      sv: 'Familjecentral enligt definitionen (alla fyra basverksamheter)',
      en: 'Familjecentral by definition (all four base activities)',
      test: (r) => (r.typEnligtDefinition === null ? null : r.typEnligtDefinition === 'familjecentral'),
    },
    {
      id: 'typ.definition.familjecentralsliknande',
      group: 'typ',
      sv: 'Familjecentralsliknande enligt definitionen (BHV och minst en kommunal verksamhet)',
      en: 'Familjecentralsliknande by definition (BHV and at least one municipal activity)',
      test: (r) => (r.typEnligtDefinition === null ? null : r.typEnligtDefinition === 'familjecentralsliknande'),
    },
    {
      id: 'typ.definition.ingen',
      group: 'typ',
      sv: 'Ingen av dem enligt definitionen (utan BHV, eller BHV utan kommunal verksamhet)',
      en: 'Neither by definition (no BHV, or BHV without a municipal activity)',
      test: (r) => (r.typEnligtDefinition === null ? null : r.typEnligtDefinition === 'ingen'),
    },
    {
      id: 'typ.avviker',
      group: 'typ',
      sv: 'Angiven typ stämmer inte med definitionen',
      en: 'Declared type differs from the definition',
      test: (r) => (r.typ === null || r.typEnligtDefinition === null ? null : r.typ !== r.typEnligtDefinition),
    },
    {
      id: 'typ.helt_samlokaliserad',
      group: 'typ',
      sv: 'Alla fyra basverksamheter helt samlokaliserade',
      en: 'All four base activities wholly co-located',
      test: (r) =>
        BASE_ACTIVITIES.every((k) => r.basverksamheter[k] === 'helt')
          ? true
          : BASE_ACTIVITIES.some((k) => r.basverksamheter[k] === 'uppgift_saknas')
            ? null
            : false,
    },
    {
      id: 'lokaler.gemensam_entré',
      group: 'lokaler',
      sv: 'Gemensam entré till basverksamheterna',
      en: 'Common entrance to the base activities',
      test: (r) => r.gemensamEntré,
    },
    {
      id: 'lokaler.samma_byggnad_utan_entré',
      group: 'lokaler',
      sv: 'Samma byggnad men utan gemensam entré',
      en: 'Same building but no common entrance',
      test: (r) => (r.gemensamEntré === true ? false : r.sammaByggnad === null || r.gemensamEntré === null ? null : r.sammaByggnad),
    },
  ];
  for (const k of BASE_ACTIVITIES) {
    defs.push({
      id: `basverksamhet.${k}`,
      group: 'basverksamheter',
      sv: `${activityHeading('sv', k)} finns`,
      en: `${activityHeading('en', k)} present`,
      test: (r) => (r.typEnligtDefinition === null ? null : r.basverksamheter[k] !== null && r.basverksamheter[k] !== 'nej'),
    });
    defs.push({
      id: `basverksamhet.${k}.delvis`,
      group: 'basverksamheter',
      sv: `– varav bara delvis samlokaliserad`,
      en: `– of which only partly co-located`,
      test: (r) => (r.basverksamheter[k] === 'uppgift_saknas' ? null : r.basverksamheter[k] === 'delvis'),
      among: (r) => r.basverksamheter[k] === 'helt' || r.basverksamheter[k] === 'delvis' || (r.basverksamheter[k] === 'uppgift_saknas' && listed(r, k)),
    });
  }
  defs.push(
    {
      id: 'organisation.ledningsgrupp',
      group: 'organisation',
      sv: 'Gemensam ledningsgrupp eller styrgrupp',
      en: 'Joint management or steering group',
      test: (r) => r.ledningsgrupp,
    },
    {
      id: 'organisation.personalmöten',
      group: 'organisation',
      sv: 'Gemensamma personalmöten',
      en: 'Joint staff meetings',
      test: (r) => (r.personalmötenPerÅr === null ? null : r.personalmötenPerÅr > 0),
    },
    { id: 'organisation.samordnare', group: 'organisation', sv: 'Samordnare', en: 'Coordinator', test: (r) => r.samordnare },
    {
      id: 'organisation.verksamhetsplan',
      group: 'organisation',
      sv: 'Gemensam verksamhetsplan (måldokument)',
      en: 'Joint plan of activities (goal document)',
      test: (r) => (r.verksamhetsplan === null ? null : r.verksamhetsplan !== false),
    },
    {
      id: 'organisation.brukarenkät',
      group: 'organisation',
      sv: 'Brukarenkät',
      en: 'User survey',
      test: (r) => (r.brukarenkät === null ? null : r.brukarenkät !== 'ingen'),
    },
    {
      id: 'organisation.kompetensutveckling',
      group: 'organisation',
      sv: 'Gemensam kompetensutveckling',
      en: 'Joint competence development',
      test: (r) => r.kompetensutveckling,
    },
    {
      id: 'giltighet.utgånget',
      group: 'giltighet',
      sv: 'Avtalet har gått ut',
      en: 'Agreement has expired',
      test: (r) => (r.giltighet === 'uppgift_saknas' ? null : r.giltighet === 'utgånget'),
    },
    {
      id: 'giltighet.ej_börjat',
      group: 'giltighet',
      sv: 'Avtalet har inte börjat gälla (träder i kraft senare)',
      en: 'Agreement not yet in force (takes effect later)',
      test: (r) => (r.giltighet === 'uppgift_saknas' ? null : r.giltighet === 'ej_börjat'),
    },
    {
      id: 'giltighet.löper_ut',
      group: 'giltighet',
      sv: 'Avtalet löper ut inom sex månader',
      en: 'Agreement ends within six months',
      test: (r) => (r.giltighet === 'uppgift_saknas' ? null : r.giltighet === 'löper_ut'),
    },
    {
      id: 'giltighet.tills_vidare',
      group: 'giltighet',
      sv: 'Gäller tills vidare',
      en: 'Valid until further notice',
      test: (r) => (r.giltighet === 'uppgift_saknas' ? null : r.giltighet === 'tills_vidare'),
    },
  );
  return defs;
}

const OUTCOME_RANK: Record<Outcome, number> = { ej_tillämpligt: 0, uppfyllt: 1, undantaget: 2, ej_bedömt: 3, ej_uppfyllt: 4 };

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
        t = {
          ruleId: f.ruleId,
          title: f.title,
          severity: f.severity,
          uppfyllt: 0,
          ej_uppfyllt: 0,
          undantaget: 0,
          ej_tillämpligt: 0,
          ej_bedömt: 0,
          of: 0,
          uppfylltFiles: [],
          ejUppfylltFiles: [],
          ejBedömtFiles: [],
        };
        byId.set(f.ruleId, t);
      }
      t[f.outcome]++;
      if (f.outcome !== 'ej_tillämpligt') t.of++;
      if (f.outcome === 'uppfyllt') t.uppfylltFiles.push(file);
      if (f.outcome === 'ej_uppfyllt') t.ejUppfylltFiles.push(file);
      if (f.outcome === 'ej_bedömt') t.ejBedömtFiles.push(file);
    }
  }
  return [...byId.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The region a row belongs to: its framework's, or for `nationell` its municipality's. */
function regionOfRow(r: CentreRow): RegionId | undefined {
  return regionOfFramework(r.ramverk) ?? (r.kommun ? regionOfMunicipality(r.kommun)?.id : undefined);
}

function coverage(rows: readonly CentreRow[], region: RegionId | undefined): MunicipalityCoverage[] {
  const ids = region ? [region] : REGION_IDS.filter((id) => rows.some((r) => regionOfRow(r) === id));
  return ids.map((id) => {
    const reg = REGIONS[id];
    const counts = new Map<string, number>();
    const unknown: MunicipalityCoverage['unknown'] = [];
    for (const r of rows) {
      if (!region && regionOfRow(r) !== id) continue;
      const m = findMunicipality(reg, r.kommun);
      if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
      else {
        const guess = r.kommun ? closest(r.kommun, reg.municipalities) : undefined;
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

function pointerPath(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const GONE = Symbol('uppgift saknas');

/**
 * What can be counted of a file that parses but is not valid: the value with
 * every part in error removed (so it reads as uppgift saknas). undefined when
 * not even the agreement's identity (an object with avtal.id and
 * familjecentral.namn as texts) is left.
 */
function salvage(value: unknown, pointers: readonly string[]): Agreement | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const p of pointers) {
    const path = pointerPath(p);
    if (path.length === 0) return undefined;
    let node: unknown = copy;
    for (const seg of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    if (node && typeof node === 'object') (node as Record<string, unknown>)[path[path.length - 1]!] = GONE;
  }
  const clean = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.filter((v) => v !== GONE).map(clean);
    if (x && typeof x === 'object')
      return Object.fromEntries(
        Object.entries(x)
          .filter(([, v]) => v !== GONE)
          .map(([k, v]) => [k, clean(v)]),
      );
    return x;
  };
  const a = clean(copy) as Record<string, Record<string, unknown> | undefined>;
  const id = a.avtal?.id;
  const namn = a.familjecentral?.namn;
  if (typeof id !== 'string' || typeof namn !== 'string' || !a.familjecentral || !a.avtal) return undefined;
  const ramverk = (FRAMEWORK_IDS as readonly unknown[]).includes(a.ramverk) ? a.ramverk : 'nationell';
  return { ...(a as object), ramverk } as Agreement;
}

export function buildReport(inputs: readonly ReportInput[], options: ReportOptions): Report {
  const lang = options.lang ?? 'sv';
  const asOf = startOfDay(options.asOf);
  const within = options.endingWithinMonths ?? 6;
  const rows: CentreRow[] = [];
  const unreadable: UnreadableFile[] = [];
  const checked: { file: string; check: CheckResult }[] = [];
  const byId = new Map<string, DuplicateId>();
  const duplicates: DuplicateId[] = [];
  for (const input of inputs) {
    const v = input.validation;
    const errors = v.diagnostics.filter((d) => d.severity === 'fel');
    const a = v.valid
      ? v.agreement
      : v.value !== undefined
        ? salvage(
            v.value,
            errors.map((d) => d.pointer),
          )
        : undefined;
    if (!a) {
      unreadable.push({ file: input.file, diagnostics: errors });
      continue;
    }
    // The same avtal.id twice is the same agreement: counted once, both files named.
    const seen = byId.get(a.avtal.id);
    if (seen) {
      if (seen.files.length === 1) duplicates.push(seen);
      seen.files.push(input.file);
      continue;
    }
    byId.set(a.avtal.id, { id: a.avtal.id, files: [input.file] });
    rows.push(centreRow(input.file, a, input.check, asOf, within, v.valid ? 0 : errors.length));
    if (input.check) checked.push({ file: input.file, check: input.check });
  }
  const n = rows.length;
  const indicators: Indicator[] = indicatorDefs().map((d) => {
    const among = d.among ? rows.filter(d.among) : rows;
    const results = among.map((r) => ({ r, v: d.test(r) }));
    const hit = results.filter((x) => x.v === true).map((x) => x.r.file);
    const unknown = results.filter((x) => x.v === null).map((x) => x.r.file);
    return {
      id: d.id,
      group: d.group,
      label: lang === 'en' ? d.en : d.sv,
      count: hit.length,
      of: d.among ? among.length : n,
      files: hit,
      unknown: unknown.length,
      unknownFiles: unknown,
    };
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
      unknown: t.ej_bedömt,
      unknownFiles: [...t.ejBedömtFiles],
    });
  }
  const duplicateFiles = duplicates.reduce((x, d) => x + d.files.length - 1, 0);
  return {
    version: REPORT_VERSION,
    lang,
    asOf: iso(asOf),
    files: { total: inputs.length, readable: n, unreadable: unreadable.length, duplicates: duplicateFiles },
    checked: checked.length > 0,
    indicators,
    rules,
    coverage: coverage(rows, options.region),
    centres: rows,
    unreadable,
    duplicates,
  };
}
