/**
 * The shape of a regional report: what `buildReport` computes and every
 * formatter (json, md, html, csv, docx) prints. The JSON output is this
 * object as is; docs/report.md documents it field by field.
 */
import type { Diagnostic, Lang } from '../core/diagnostic.js';
import type { BaseActivityKind, CentreType, CoLocation, FrameworkId, UserSurvey } from '../core/model.js';
import type { Severity } from '../core/diagnostic.js';
import type { RegionId } from '../core/regions.js';

export const REPORT_VERSION = 1;

export type IndicatorGroup = 'typ' | 'lokaler' | 'basverksamheter' | 'organisation' | 'regler' | 'giltighet';

/** One indicator: "count av of". */
export interface Indicator {
  /** Stable id, e.g. `typ.definition.familjecentral`, `basverksamhet.barnhälsovård.delvis`, `regel.gemensam.typ`. */
  id: string;
  group: IndicatorGroup;
  /** What is counted, in the report's language. */
  label: string;
  count: number;
  /** The denominator: the readable agreements, or for a "delvis" indicator the agreements with that activity. */
  of: number;
  /** The agreements counted, by file, in input order. */
  files: string[];
}

export type DefinitionType = CentreType | 'ingen';

export type ValidityStatus = 'gällande' | 'löper_ut' | 'utgånget' | 'tills_vidare';

export interface CentreRow {
  file: string;
  id: string;
  namn: string;
  kommun: string;
  ramverk: FrameworkId;
  /** The type the agreement declares (`familjecentral.typ`). */
  typ: CentreType;
  /** The type its base activities give by definition (see docs/report.md). */
  typEnligtDefinition: DefinitionType;
  /** Co-location per base activity; null when the agreement does not list it. */
  basverksamheter: Record<BaseActivityKind, CoLocation | null>;
  gemensamEntré: boolean | null;
  sammaByggnad: boolean | null;
  ledningsgrupp: boolean;
  personalmötenPerÅr: number | null;
  samordnare: boolean;
  /** The coordinator's share of a full-time post, when stated. */
  samordnareTjänstgöringsgrad: number | null;
  /** The year of the joint plan, when there is one. */
  verksamhetsplan: number | null;
  brukarenkät: UserSurvey | null;
  kompetensutveckling: boolean;
  /** The last day the agreement can run, extensions included; null when valid until further notice. */
  giltigTill: string | null;
  giltighet: ValidityStatus;
  /** From the checker, when it ran. */
  regler: { uppfyllt: number; ej_uppfyllt: number; undantaget: number; fel: number; varning: number } | null;
}

export interface RuleTally {
  ruleId: string;
  title: string;
  severity: Severity;
  uppfyllt: number;
  ej_uppfyllt: number;
  undantaget: number;
  ej_tillämpligt: number;
  /** Agreements where the rule applies: uppfyllt + ej_uppfyllt + undantaget. */
  of: number;
  /** Files where it is met. */
  uppfylltFiles: string[];
  /** Files where it is not met (and not waived). */
  ejUppfylltFiles: string[];
}

export interface MunicipalityCoverage {
  region: RegionId;
  /** The county, e.g. "Örebro län". */
  name: string;
  municipalities: number;
  /** Municipalities with at least one agreement, and how many. */
  withAgreement: { kommun: string; agreements: number }[];
  /** The region's municipalities with no agreement at all. */
  without: string[];
  /** Agreements of this region whose `kommun` is not one of the region's municipalities. */
  unknown: { file: string; kommun: string; suggestion?: string }[];
  sources: { title: string; url: string }[];
}

export interface UnreadableFile {
  file: string;
  /** The first error, with its place. */
  diagnostics: Diagnostic[];
}

export interface Report {
  version: typeof REPORT_VERSION;
  lang: Lang;
  /** The date the report judges validity against, `YYYY-MM-DD`. */
  asOf: string;
  /** Counts of the input files. */
  files: { total: number; readable: number; unreadable: number };
  /** Rules counted only when the checker ran. */
  checked: boolean;
  indicators: Indicator[];
  rules: RuleTally[];
  coverage: MunicipalityCoverage[];
  centres: CentreRow[];
  unreadable: UnreadableFile[];
}
