/**
 * The contract of the compliance checker (`checkAgreement`), shared by the
 * check command, `render --slutlig` and the regional report.
 */
import type { Diagnostic, Lang, Position, Range, Severity } from '../core/diagnostic.js';
import type { Agreement, FrameworkId } from '../core/model.js';

/**
 * The outcome of one rule for one agreement. `ej_bedömt` (not assessed): the
 * rule needs a value the agreement does not give ("uppgift saknas"); at level
 * `fel` it blocks a final version just as `ej_uppfyllt` does.
 */
export type Outcome = 'uppfyllt' | 'ej_uppfyllt' | 'undantaget' | 'ej_tillämpligt' | 'ej_bedömt';

/** Every outcome, in the order outputs list their counts. */
export const OUTCOMES: readonly Outcome[] = ['uppfyllt', 'ej_uppfyllt', 'ej_bedömt', 'undantaget', 'ej_tillämpligt'];

/** An outcome that keeps an agreement from passing: not met, or not assessed because a value is missing. */
export function isOpen(outcome: Outcome): boolean {
  return outcome === 'ej_uppfyllt' || outcome === 'ej_bedömt';
}

export interface Citation {
  /** The framework document, e.g. "Vägledning för familjecentraler … i Skåne (rev. 2018)". */
  document: string;
  /** The clause or section, e.g. "Lokalt samverkansavtal – familjecentralens gemensamma ansvar". */
  section: string;
  url: string;
}

export interface Finding {
  /** Stable rule id, e.g. `skane.samtidighet`. */
  ruleId: string;
  /** The rule's title in the asked language. */
  title: string;
  severity: Severity;
  outcome: Outcome;
  /** What was found, in the asked language (why it is or is not met). */
  message: string;
  /**
   * Where in the agreement it concerns (JSON pointer) and its position, when known.
   * From `checkAgreement` with `locate`, `position` is resolved on first read (a getter,
   * see src/check/placed.ts): JSON output includes it, a spread copy does not.
   */
  pointer: string;
  position?: Position;
  /** The stretch of source text at `pointer` (`range.start` is `position`), when known. */
  range?: Range;
  /**
   * Every place the rule found a failure, when it found more than one (the
   * first is `pointer`): each with what is wrong there, so an officer can fix
   * them all at once. Absent for a finding with one place.
   */
  locations?: FindingLocation[];
  citation: Citation;
  /** Present when an approved deviation (`avvikelser:`) covers the finding. */
  waiver?: { reason: string; approvedBy: string; until?: string };
  /** The ruleset parameters the rule judged with (name → value), when it reads any. */
  parameters?: Record<string, number>;
}

/** One failure of a rule that found several: where, and what is wrong there. */
export interface FindingLocation {
  /** JSON pointer into the agreement (the nearest existing ancestor is located when the key is missing). */
  pointer: string;
  /** What is wrong at this place, in the asked language. */
  message: string;
  position?: Position;
  range?: Range;
}

export interface CheckSummary {
  rules: number;
  uppfyllt: number;
  ej_uppfyllt: number;
  undantaget: number;
  ej_tillämpligt: number;
  /** Not assessed: a value the rule needs is missing (`uppgift saknas`). */
  ej_bedömt: number;
  /** Open findings (ej uppfyllt or ej bedömt, not waived) per severity. */
  fel: number;
  varning: number;
  info: number;
}

export interface CheckResult {
  ramverk: FrameworkId;
  /** The ruleset applied, e.g. `skane-2018@1`. */
  ruleset: string;
  /** The date checked against, ISO `YYYY-MM-DD`. */
  asOf: string;
  findings: Finding[];
  summary: CheckSummary;
  /**
   * Problems with the agreement's own check data that are not rule findings,
   * e.g. a waiver (`avvikelser:`) naming an unknown rule id. Not counted in `summary`.
   */
  notes?: Diagnostic[];
}

export interface CheckOptions {
  /** The check date; date-aware rules (validity, plans, reviews) judge as of this day. */
  asOf: Date;
  lang?: Lang;
  /** Resolve a JSON pointer to a source position (from validation); omitted in pure data use. */
  locate?: (pointer: string) => Position;
  /** Resolve a JSON pointer to the stretch of source text it names (from validation): findings then carry `range`. */
  locateRange?: (pointer: string) => Range;
  /** Override ruleset parameters, e.g. `{ 'skane.samtidighet': { min_timmar: 4 } }`. */
  parameters?: Record<string, Record<string, number>>;
}

/** `checkAgreement(agreement, options): CheckResult` is exported from `src/check/index.ts`. */
export type CheckAgreement = (agreement: Agreement, options: CheckOptions) => CheckResult;
