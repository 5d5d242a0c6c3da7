/**
 * The comparison of two versions of an agreement, as plain data: what
 * changed (field by field, lists matched by identity), and which obligations
 * the change moved. The formatters, the CLI and the browser editor read it.
 */
import type { Position, Severity } from '../core/diagnostic.js';
import type { Citation, Outcome } from '../check/types.js';

export type ChangeKind = 'tillagt' | 'borttaget' | 'ändrat';

/** A piece of a word-by-word text comparison. */
export interface WordPart {
  readonly text: string;
  /** 'lika' kept, 'bort' only in the old text, 'ny' only in the new one. */
  readonly op: 'lika' | 'bort' | 'ny';
}

export interface Change {
  readonly kind: ChangeKind;
  /**
   * The field in Swedish, from the schema's titles, with list entries named
   * by their identity: "Basverksamheter › barnhälsovård › Närvaro › tisdag 08:00–16:30".
   */
  readonly label: string;
  /** The field as a path (the validator's `fieldLabel`), in the new version when it is there. */
  readonly field: string;
  /** JSON pointer in the old version (absent for an addition). */
  readonly oldPointer?: string;
  /** JSON pointer in the new version (absent for a removal). */
  readonly newPointer?: string;
  /** Where it stands in the old file: the value, or for an addition the place it was added under. */
  readonly oldPosition?: Position;
  /** Where it stands in the new file: the value, or for a removal the place it was removed from. */
  readonly newPosition?: Position;
  readonly old?: unknown;
  readonly new?: unknown;
  /** For a changed text: the words kept, removed and added. */
  readonly words?: readonly WordPart[];
}

/** How a rule's outcome moved between the versions. */
export type Movement = 'försämrad' | 'förbättrad' | 'ändrad';

export interface ObligationChange {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly oldOutcome: Outcome;
  readonly newOutcome: Outcome;
  /** 'försämrad': met (or waived, or not applicable) before and not now. */
  readonly movement: Movement;
  readonly oldMessage: string;
  readonly newMessage: string;
  readonly citation: Citation;
  /**
   * The changes (indices into `ComparisonResult.changes`) that touch what the
   * rule reads; empty when no change could be tied to it.
   */
  readonly causes: readonly number[];
}

export interface VersionInfo {
  /** The file as shown to the user, when the version came from a file. */
  readonly file?: string;
  readonly id: string;
  /** `avtal.version`, when the agreement states it. */
  readonly version?: number;
  readonly ramverk: string;
  readonly ruleset: string;
}

export interface ComparisonResult {
  /** The date both versions were checked as of, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly old: VersionInfo;
  readonly new: VersionInfo;
  readonly changes: readonly Change[];
  readonly obligations: readonly ObligationChange[];
  readonly summary: {
    readonly tillagda: number;
    readonly borttagna: number;
    readonly ändrade: number;
    readonly försämrade: number;
    readonly förbättrade: number;
  };
}
