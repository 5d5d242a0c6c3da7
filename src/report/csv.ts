/**
 * The per-centre table as CSV that Swedish Excel opens as it is: UTF-8 with a
 * byte-order mark (so å, ä, ö survive), semicolons (the comma is the decimal
 * sign), CRLF line ends, decimal comma, fields quoted when they must be.
 */
import type { FormatterOptions } from '../format/formatter.js';
import type { Report } from './types.js';
import { centreColumns } from './text.js';
import { csvField } from '../format/sanitize.js';

const BOM = '\uFEFF';

/** One field (see `csvField` in the sanitiser): control characters shown, formulas defused, quoted when needed. */
export { csvField };

export function formatReportCsv(report: Report, _options: FormatterOptions = {}): string {
  const cols = centreColumns(report.lang, report);
  const lines = [cols.map((c) => csvField(c.header)).join(';')];
  for (const r of report.centres) lines.push(cols.map((c) => csvField(c.cell(r))).join(';'));
  return BOM + lines.join('\r\n') + '\r\n';
}
