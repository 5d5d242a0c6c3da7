/**
 * `check` over a run of files: each valid agreement judged against its
 * framework's rules, each invalid file carried with its validation
 * diagnostics, and the level at which the run fails (`failOn`). The result
 * is what the check formatters print and `checkStatus` judges.
 */
import { checkAgreement } from '../check/check.js';
import { isoDate } from '../core/dates.js';
import type { CheckOptions } from '../check/types.js';
import type { Severity } from '../core/diagnostic.js';
import type { CheckedFile, CheckReport } from '../format/check-report.js';
import type { LoadedFile } from './load.js';

export interface CheckRunOptions extends Omit<CheckOptions, 'locate'> {
  /** Lowest severity that fails the run (default `fel`). */
  readonly failOn?: Severity;
}

/** One file's entry: the check of a valid agreement, or the diagnostics of an invalid file. */
export function checkFile(loaded: LoadedFile, options: CheckRunOptions): CheckedFile {
  const { file, result: v } = loaded;
  const value = v.value as { familjecentral?: { namn?: unknown } } | undefined;
  const name = typeof value?.familjecentral?.namn === 'string' ? value.familjecentral.namn : undefined;
  const { failOn: _failOn, ...checkOptions } = options;
  const result = v.valid && v.agreement ? checkAgreement(v.agreement, { ...checkOptions, locate: v.locate, locateRange: v.locateRange }) : undefined;
  return {
    file,
    valid: v.valid,
    ...(v.framework ? { ramverk: v.framework } : {}),
    ...(name ? { name } : {}),
    diagnostics: v.diagnostics,
    ...(result ? { result } : {}),
  };
}

/** Check every loaded file as of one date. */
export function checkFiles(files: readonly LoadedFile[], options: CheckRunOptions): CheckReport {
  return { asOf: isoDate(options.asOf), failOn: options.failOn ?? 'fel', files: files.map((f) => checkFile(f, options)) };
}
