/** The report as JSON: the `Report` object as is (shape documented in docs/report.md). */
import type { Report } from './types.js';

export function formatReportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
