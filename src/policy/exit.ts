/**
 * Pass or fail: the exit status of each command, decided from its results.
 * The CLI sets its exit code from these; other programs read the same
 * verdict. 0 passed, 1 findings (an invalid file, a failing rule, a refused
 * document), 2 usage or I/O error (decided by the shell, never by results).
 */
import { reportPasses, type CheckReport } from '../format/check-report.js';
import { hasRegression } from '../compare/compare.js';
import type { ComparisonResult } from '../compare/types.js';
import type { ReportInput } from '../report/build.js';
import { EXIT, type ExitStatus } from './status.js';

export { EXIT, worstStatus, type ExitStatus } from './status.js';

/** `validate`: 1 when any file is invalid. */
export function validateStatus(results: readonly { readonly valid: boolean }[]): ExitStatus {
  return results.every((r) => r.valid) ? EXIT.ok : EXIT.findings;
}

/** `check`: 1 when a file is invalid, or a finding or note reaches the report's `failOn` level. */
export function checkStatus(report: CheckReport): ExitStatus {
  return reportPasses(report) ? EXIT.ok : EXIT.findings;
}

/**
 * `report`: the report is written either way; 1 when any input file was
 * unreadable or invalid (an invalid file whose agreement can still be read
 * is counted in the report, with its parts in error as "uppgift saknas").
 */
export function reportStatus(inputs: readonly Pick<ReportInput, 'validation'>[]): ExitStatus {
  return inputs.some((i) => !i.validation.valid) ? EXIT.findings : EXIT.ok;
}

/** `jämför`: 1 when the new version fails an obligation the old one met. */
export function compareStatus(result: ComparisonResult): ExitStatus {
  return hasRegression(result) ? EXIT.findings : EXIT.ok;
}
