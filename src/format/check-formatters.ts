/**
 * The `check` formatters by name: what `samverkan check --format <name>`
 * prints, and what the browser editor and other programs call. One
 * signature: `(report, options) => string`.
 */
import { formatCheckJson } from './check-json.js';
import { formatCheckJunit } from './check-junit.js';
import { formatCheckMarkdown } from './check-markdown.js';
import { formatCheckSarif, type SarifOptions } from './check-sarif.js';
import { formatCheckText, type CheckTextOptions } from './check-text.js';
import type { CheckReport } from './check-report.js';
import { formatNames, type FormatterRegistry } from './formatter.js';

/** Options of the check formatters: the language, `all` for text (`--alla`), `toolVersion` for SARIF. */
export type CheckFormatOptions = CheckTextOptions & SarifOptions;

export const CHECK_FORMATTERS = {
  text: formatCheckText,
  json: formatCheckJson,
  junit: formatCheckJunit,
  sarif: formatCheckSarif,
  markdown: formatCheckMarkdown,
} as const satisfies FormatterRegistry<CheckReport, CheckFormatOptions, string>;

export type CheckFormat = keyof typeof CHECK_FORMATTERS;

/** The formats in the CLI's order (`text` first: the default). */
export const CHECK_FORMATS: readonly CheckFormat[] = formatNames(CHECK_FORMATTERS);
