/**
 * The shape of a regional report: what `buildReport` computes and every
 * formatter (json, md, html, csv, docx) prints. The JSON output is this
 * object as is; docs/report.md documents it field by field.
 */
import type { DefinitionType } from '../core/activities.js';
import type { TermStatus } from '../core/term.js';
import type { Diagnostic, Lang } from '../core/diagnostic.js';
import type { BaseActivityKind, CentreType, CoLocation, FrameworkId, UserSurvey } from '../core/model.js';
import type { Severity } from '../core/diagnostic.js';
import type { RegionId } from '../core/regions.js';

/** 2: indicators count what is not known (`unknown`), duplicate ids are reported, and invalid files that parse are counted. */
export const REPORT_VERSION = 2;

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
  /** How many of `of` do not say (uppgift saknas): they are neither counted nor counted against. */
  unknown: number;
  /** The agreements that do not say, by file. */
  unknownFiles: string[];
}

/** The type by definition (the core's `typeByDefinition`). */
export type { DefinitionType };

/**
 * The term's status on the report's date (the core's `TermStatus`: `ej_börjat`
 * takes effect later, `uppgift_saknas` its term is not known), with `löper_ut`
 * for an agreement in force whose last day falls within the coming months.
 */
export type ValidityStatus = TermStatus | 'löper_ut';

export interface CentreRow {
  file: string;
  id: string;
  namn: string;
  /** The municipality as written; '' when not known. */
  kommun: string;
  /** SCB kommunkod, when the municipality is one of SCB's list. */
  kommunkod: string | null;
  ramverk: FrameworkId;
  /** The type the agreement declares (`familjecentral.typ`); null when not known. */
  typ: CentreType | null;
  /** The type its base activities give by definition (see docs/report.md); null when the base activities are not known. */
  typEnligtDefinition: DefinitionType | null;
  /**
   * Co-location per base activity; null when the agreement does not list it,
   * `uppgift_saknas` when it lists it without saying (or when the base activities are not known).
   */
  basverksamheter: Record<BaseActivityKind, CoLocation | 'uppgift_saknas' | null>;
  /** For these, null means uppgift saknas. */
  gemensamEntré: boolean | null;
  sammaByggnad: boolean | null;
  ledningsgrupp: boolean | null;
  personalmötenPerÅr: number | null;
  samordnare: boolean | null;
  /** The coordinator's share of a full-time post, when stated. */
  samordnareTjänstgöringsgrad: number | null;
  /** The year of the joint plan; false when the agreement has none (ingår inte); null when not known. */
  verksamhetsplan: number | false | null;
  brukarenkät: UserSurvey | null;
  kompetensutveckling: boolean | null;
  /** The last day the agreement can run, automatic extensions included; null when valid until further notice or not known. */
  giltigTill: string | null;
  giltighet: ValidityStatus;
  /** The validation errors of a file that parses but is not valid: its parts in error count as uppgift saknas. */
  valideringsfel: number;
  /** From the checker, when it ran. */
  regler: { uppfyllt: number; ej_uppfyllt: number; ej_bedömt: number; undantaget: number; fel: number; varning: number } | null;
}

export interface RuleTally {
  ruleId: string;
  title: string;
  severity: Severity;
  uppfyllt: number;
  ej_uppfyllt: number;
  undantaget: number;
  ej_tillämpligt: number;
  /** Agreements where the rule could not be judged (uppgift saknas). */
  ej_bedömt: number;
  /** Agreements where the rule applies: uppfyllt + ej_uppfyllt + undantaget + ej_bedömt. */
  of: number;
  /** Files where it is met. */
  uppfylltFiles: string[];
  /** Files where it is not met (and not waived). */
  ejUppfylltFiles: string[];
  /** Files where it could not be judged. */
  ejBedömtFiles: string[];
}

/** Two or more files with the same `avtal.id`: the first is counted, the others are not. */
export interface DuplicateId {
  id: string;
  /** Every file with the id, in input order; the first is the one counted. */
  files: string[];
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
  files: { total: number; readable: number; unreadable: number; duplicates: number };
  /** Rules counted only when the checker ran. */
  checked: boolean;
  indicators: Indicator[];
  rules: RuleTally[];
  coverage: MunicipalityCoverage[];
  centres: CentreRow[];
  unreadable: UnreadableFile[];
  /** Files whose `avtal.id` an earlier file already has: named, not counted twice. */
  duplicates: DuplicateId[];
}
