/** `samverkan jämför --format json`: the comparison as data, for scripts and the editor. */
import type { ComparisonResult } from './types.js';
import type { FormatOptions } from './format-text.js';

/** Version of the JSON layout; raised when a field changes meaning or goes away. */
export const COMPARISON_JSON_VERSION = 1;

export function formatComparisonJson(r: ComparisonResult, _options: FormatOptions = {}): string {
  return JSON.stringify({ format: 'samverkan-jämförelse', formatVersion: COMPARISON_JSON_VERSION, ...r }, null, 2) + '\n';
}
