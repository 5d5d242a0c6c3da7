/**
 * The `report` formatters by name: what `samverkan report --format <name>`
 * writes, and what the browser editor and other programs call. One
 * signature: `(report, options) => string | Uint8Array` (a promise of the
 * bytes for `docx`, whose packer is asynchronous; it is loaded only when
 * used). The report carries its language (`buildReport`'s `lang`).
 */
import { formatNames, type Formatted, type FormatterOptions, type FormatterRegistry } from '../format/formatter.js';
import { formatReportCsv } from './csv.js';
import { formatReportHtml } from './html.js';
import { formatReportJson } from './json.js';
import { formatReportMarkdown } from './markdown.js';
import type { Report } from './types.js';

export const REPORT_FORMATTERS = {
  md: formatReportMarkdown,
  html: formatReportHtml,
  csv: formatReportCsv,
  json: formatReportJson,
  docx: async (report: Report, options: FormatterOptions = {}): Promise<Formatted> => (await import('./docx.js')).formatReportDocx(report, options),
} as const satisfies FormatterRegistry<Report, FormatterOptions, string>;

export type ReportFormat = keyof typeof REPORT_FORMATTERS;

/** The formats in the CLI's order (`md` first: the default). */
export const REPORT_FORMATS: readonly ReportFormat[] = formatNames(REPORT_FORMATTERS);

/** Formats whose output is a file's bytes, not text for a terminal. */
export const BINARY_REPORT_FORMATS: ReadonlySet<ReportFormat> = new Set(['docx']);
