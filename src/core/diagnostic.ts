/**
 * One record for every problem samverkan reports: a YAML syntax error, a
 * schema violation, a semantic inconsistency or (in the checker) a rule
 * finding. Errors are values, never thrown; the shells decide how to print.
 */

import type { DiagnosticCode } from './codes.js';

export type { DiagnosticCode };

export type Severity = 'fel' | 'varning' | 'info';

export type Lang = 'sv' | 'en';

/** 1-based line and column, as editors show them. */
export interface Position {
  line: number;
  col: number;
}

/**
 * A stretch of the source text, as editors underline it: `start` is the first
 * character, `end` the place just after the last one (exclusive), both 1-based.
 * `end` equals `start` when only a point is known (e.g. a byte that cannot be read
 * at the end of the file).
 */
export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  /** A stable code from the catalogue (`codes.ts`, docs/koder.md), e.g. `yaml.duplicate-key` or `schema.required`. */
  code: DiagnosticCode;
  severity: Severity;
  /** The message in the language that was asked for. */
  message: string;
  /** JSON pointer into the agreement ('' for the whole document). */
  pointer: string;
  /** Where in the source text; absent only when the source has no position (e.g. a file that cannot be read). */
  position?: Position;
  /** The stretch of source text it concerns (`range.start` is `position`); absent when `position` is. */
  range?: Range;
  /** Extra help, e.g. a "menade du …?" suggestion, in the same language. */
  hint?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { fel: 3, varning: 2, info: 1 };

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

/** Sort by position (unpositioned first), then by pointer and code, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const al = a.position?.line ?? 0;
  const bl = b.position?.line ?? 0;
  if (al !== bl) return al - bl;
  const ac = a.position?.col ?? 0;
  const bc = b.position?.col ?? 0;
  if (ac !== bc) return ac - bc;
  if (a.pointer !== b.pointer) return a.pointer < b.pointer ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerFrom(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapePointerSegment(s)).join('');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The position and range of a pointer's node, as a diagnostic carries them (`position` is the range's start). */
export function placed(
  locateRange: (pointer: string, prefer?: 'key' | 'value') => Range,
  pointer: string,
  prefer?: 'key' | 'value',
): { position: Position; range: Range } {
  const range = locateRange(pointer, prefer);
  return { position: range.start, range };
}
