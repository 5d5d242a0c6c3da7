/**
 * compareAgreements: what a new version of an agreement changes against the
 * old one, and which obligations that moves — both versions checked as of
 * the same date. Library code: the caller passes parsed agreements (and, for
 * positions, the `locate` of each parsed source).
 */
import type { Lang, Position } from '../core/diagnostic.js';
import { pointerSegments } from '../core/diagnostic.js';
import type { Agreement } from '../core/model.js';
import { checkAgreement } from '../check/check.js';
import { isoDate } from '../core/dates.js';
import type { CheckResult, Finding } from '../check/types.js';
import { diffValues, type RawChange } from './diff.js';
import { ruleReads, touches, type Reads } from './trace.js';
import type { Change, ComparisonResult, Movement, ObligationChange, VersionInfo } from './types.js';

export interface CompareSide {
  readonly agreement: Agreement;
  /** Resolve a JSON pointer to its place in this version's file (from `validateAgreementText` and friends). */
  readonly locate?: (pointer: string, prefer?: 'key' | 'value') => Position;
  /** The file as shown to the user. */
  readonly file?: string;
}

export interface CompareOptions {
  /** Both versions are checked as of this date. */
  readonly asOf: Date;
  readonly lang?: Lang;
  /** Ruleset parameter overrides, as for `checkAgreement`. */
  readonly parameters?: Record<string, Record<string, number>>;
}

/** Outcomes under which an obligation is not failed. */
const NOT_FAILED = new Set(['uppfyllt', 'undantaget', 'ej_tillämpligt']);

function isFailedOutcome(outcome: string): boolean {
  return !NOT_FAILED.has(outcome);
}

function movementOf(oldOutcome: string, newOutcome: string): Movement {
  const before = isFailedOutcome(oldOutcome);
  const after = isFailedOutcome(newOutcome);
  if (!before && after) return 'försämrad';
  if (before && !after) return 'förbättrad';
  return 'ändrad';
}

function position(side: CompareSide, anchor: string | undefined, prefer: 'key' | 'value'): Position | undefined {
  // An entry added to or removed from the top level has no place in the other file but the whole file.
  if (anchor === undefined || anchor === '' || !side.locate) return undefined;
  return side.locate(anchor, prefer);
}

function locateChange(raw: RawChange, oldSide: CompareSide, newSide: CompareSide): Change {
  const { oldAnchor, newAnchor, ...change } = raw;
  // A changed value is shown at the value; an entry added or removed, at its key or entry.
  const prefer = raw.kind === 'ändrat' ? 'value' : 'key';
  const oldPosition = position(oldSide, oldAnchor, raw.oldPointer === undefined ? 'key' : prefer);
  const newPosition = position(newSide, newAnchor, raw.newPointer === undefined ? 'key' : prefer);
  return { ...change, ...(oldPosition ? { oldPosition } : {}), ...(newPosition ? { newPosition } : {}) };
}

function versionInfo(side: CompareSide, result: CheckResult): VersionInfo {
  return {
    ...(side.file !== undefined ? { file: side.file } : {}),
    id: side.agreement.avtal.id,
    ...(typeof side.agreement.avtal.version === 'number' ? { version: side.agreement.avtal.version } : {}),
    ramverk: side.agreement.ramverk,
    ruleset: result.ruleset,
  };
}

/** The rules that approved deviations at this pointer name, in the version the pointer belongs to. */
function waiverRules(a: Agreement, pointer: string | undefined): string[] {
  if (pointer === undefined) return [];
  const [top, index] = pointerSegments(pointer);
  if (top !== 'avvikelser') return [];
  // A section may be a marker text ('ingår inte', 'uppgift saknas') rather than a list.
  const waivers = Array.isArray(a.avvikelser) ? a.avvikelser : [];
  if (index === undefined) return waivers.map((w) => w.regel);
  const one = waivers[Number(index)];
  return one ? [one.regel] : [];
}

function causesOf(
  ruleId: string,
  changes: readonly Change[],
  oldReads: Reads | undefined,
  newReads: Reads | undefined,
  oldA: Agreement,
  newA: Agreement,
): number[] {
  const out: number[] = [];
  changes.forEach((c, i) => {
    const membership = c.kind !== 'ändrat';
    if (
      touches(oldReads, c.oldPointer, membership) ||
      touches(newReads, c.newPointer, membership) ||
      waiverRules(oldA, c.oldPointer).includes(ruleId) ||
      waiverRules(newA, c.newPointer).includes(ruleId)
    ) {
      out.push(i);
    }
  });
  return out;
}

export function compareAgreements(oldSide: CompareSide, newSide: CompareSide, options: CompareOptions): ComparisonResult {
  const lang = options.lang ?? 'sv';
  const checkOptions = { asOf: options.asOf, lang, ...(options.parameters ? { parameters: options.parameters } : {}) };
  const changes = diffValues(oldSide.agreement, newSide.agreement).map((raw) => locateChange(raw, oldSide, newSide));
  const oldResult = checkAgreement(oldSide.agreement, checkOptions);
  const newResult = checkAgreement(newSide.agreement, checkOptions);
  const oldById = new Map<string, Finding>(oldResult.findings.map((f) => [f.ruleId, f]));
  const moved = newResult.findings.filter((f) => {
    const before = oldById.get(f.ruleId);
    return before !== undefined && before.outcome !== f.outcome;
  });
  let oldReads: Map<string, Reads> | undefined;
  let newReads: Map<string, Reads> | undefined;
  if (moved.length > 0) {
    oldReads = ruleReads(oldSide.agreement, options.asOf, lang, options.parameters);
    newReads = ruleReads(newSide.agreement, options.asOf, lang, options.parameters);
  }
  const obligations: ObligationChange[] = moved.map((f) => {
    const before = oldById.get(f.ruleId)!;
    return {
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      oldOutcome: before.outcome,
      newOutcome: f.outcome,
      movement: movementOf(before.outcome, f.outcome),
      oldMessage: before.message,
      newMessage: f.message,
      citation: f.citation,
      causes: causesOf(f.ruleId, changes, oldReads?.get(f.ruleId), newReads?.get(f.ruleId), oldSide.agreement, newSide.agreement),
    };
  });
  const count = (k: Change['kind']) => changes.filter((c) => c.kind === k).length;
  return {
    asOf: isoDate(options.asOf),
    old: versionInfo(oldSide, oldResult),
    new: versionInfo(newSide, newResult),
    changes,
    obligations,
    summary: {
      tillagda: count('tillagt'),
      borttagna: count('borttaget'),
      ändrade: count('ändrat'),
      försämrade: obligations.filter((o) => o.movement === 'försämrad').length,
      förbättrade: obligations.filter((o) => o.movement === 'förbättrad').length,
    },
  };
}

/** True when the new version fails an obligation the old one met (the CLI's exit code 1). */
export function hasRegression(result: ComparisonResult): boolean {
  return result.obligations.some((o) => o.movement === 'försämrad');
}
