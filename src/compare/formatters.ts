/**
 * The `jämför` formatters by name: what `samverkan jämför --format <name>`
 * prints, and what the browser editor and other programs call. One
 * signature: `(result, options) => string`.
 */
import { formatNames, type FormatterOptions, type FormatterRegistry } from '../format/formatter.js';
import { formatComparisonJson } from './format-json.js';
import { formatComparisonMarkdown } from './format-markdown.js';
import { formatComparisonText } from './format-text.js';
import type { ComparisonResult } from './types.js';

export const COMPARE_FORMATTERS = {
  text: formatComparisonText,
  json: formatComparisonJson,
  markdown: formatComparisonMarkdown,
} as const satisfies FormatterRegistry<ComparisonResult, FormatterOptions, string>;

export type CompareFormat = keyof typeof COMPARE_FORMATTERS;

/** The formats in the CLI's order (`text` first: the default). */
export const COMPARE_FORMATS: readonly CompareFormat[] = formatNames(COMPARE_FORMATTERS);
