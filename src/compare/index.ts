/**
 * Comparing two versions of an agreement: the semantic diff, the
 * obligations it moves, formatters, and the Word redline.
 */
export { compareAgreements, hasRegression, type CompareOptions, type CompareSide } from './compare.js';
export { formatComparisonText, type FormatOptions } from './format-text.js';
export { formatComparisonJson, COMPARISON_JSON_VERSION } from './format-json.js';
export { formatComparisonMarkdown } from './format-markdown.js';
export type { Change, ChangeKind, ComparisonResult, Movement, ObligationChange, VersionInfo, WordPart } from './types.js';
