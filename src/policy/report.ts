/**
 * `report` over a run of files: each loaded file becomes one input of the
 * regional report (checked when valid, so every indicator counts over the
 * same results), then `buildReport` counts them.
 */
import { checkAgreement } from '../check/check.js';
import type { Lang } from '../core/diagnostic.js';
import { buildReport, type ReportInput, type ReportOptions } from '../report/build.js';
import type { Report } from '../report/types.js';
import type { LoadedFile } from './load.js';

/** One file's input to the report: its validation, and its check when the agreement is valid. */
export function reportInput(loaded: LoadedFile, options: { readonly asOf: Date; readonly lang?: Lang }): ReportInput {
  const { file, result: validation } = loaded;
  const lang = options.lang ?? 'sv';
  const check = validation.valid && validation.agreement ? checkAgreement(validation.agreement, { asOf: options.asOf, lang }) : undefined;
  return { file, validation, ...(check ? { check } : {}) };
}

/** The regional report over loaded files. */
export function reportFiles(files: readonly LoadedFile[], options: ReportOptions): Report {
  return buildReport(
    files.map((f) => reportInput(f, options)),
    options,
  );
}

/** The closing note when files could not be read: they are counted as unreadable in the report. */
export function unreadableNote(report: Pick<Report, 'files'>, lang: Lang): string | undefined {
  const { unreadable, total } = report.files;
  if (unreadable === 0) return undefined;
  return lang === 'en'
    ? `${unreadable} of ${total} files could not be read and are counted as unreadable in the report.`
    : `${unreadable} av ${total} filer kunde inte läsas och räknas som ej läsbara i rapporten.`;
}
