/**
 * The per-centre table as CSV that Swedish Excel opens as it is: UTF-8 with a
 * byte-order mark (so å, ä, ö survive), semicolons (the comma is the decimal
 * sign), CRLF line ends, decimal comma, fields quoted when they must be.
 */
import type { Report } from './types.js';
import { centreColumns } from './text.js';

const BOM = '\uFEFF';

/**
 * One field: quoted when it holds a semicolon, a quote, a line break or
 * surrounding spaces; quotes doubled. A text that Excel would run as a
 * formula (starting with =, +, -, @) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatReportCsv(report: Report): string {
  const cols = centreColumns(report.lang, report);
  const lines = [cols.map((c) => csvField(c.header)).join(';')];
  for (const r of report.centres) lines.push(cols.map((c) => csvField(c.cell(r))).join(';'));
  return BOM + lines.join('\r\n') + '\r\n';
}
