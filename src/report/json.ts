/** The report as JSON: the `Report` object as is (shape documented in docs/report.md). */
import type { FormatterOptions } from '../format/formatter.js';
import type { Report } from './types.js';
import { jsonSafe } from '../format/sanitize.js';

export function formatReportJson(report: Report, _options: FormatterOptions = {}): string {
  return jsonSafe(JSON.stringify(report, null, 2)) + '\n';
}
