/**
 * Formatters for validation results: pure functions from results to text,
 * one per output format (text for people, JSON for machines).
 */
import type { Diagnostic, Lang, Range } from '../core/diagnostic.js';
import { jsonSafe, visible } from './sanitize.js';
import { formatNames, type FormatterOptions, type FormatterRegistry } from './formatter.js';

export interface FileDiagnostics {
  /** The file as the user named it (relative path). */
  file: string;
  valid: boolean;
  ramverk?: string;
  diagnostics: Diagnostic[];
}

/** `file:line:col  message — hint  (/pointer)`, everything from the data made visible (one line, no control characters). */
export function formatDiagnosticLine(file: string, d: Diagnostic): string {
  const where = d.position ? `${visible(file)}:${d.position.line}:${d.position.col}` : visible(file);
  const hint = d.hint ? ` — ${visible(d.hint)}` : '';
  const pointer = d.pointer !== '' ? `  (${visible(d.pointer)})` : '';
  return `${where}  ${visible(d.message)}${hint}${pointer}`;
}

function validationSummary(lang: Lang, results: readonly FileDiagnostics[]): string {
  const n = results.length;
  const valid = results.filter((r) => r.valid).length;
  const invalid = n - valid;
  const errors = results.reduce((s, r) => s + r.diagnostics.filter((d) => d.severity === 'fel').length, 0);
  if (lang === 'en') {
    return `${n} file${n === 1 ? '' : 's'}: ${valid} valid, ${invalid} invalid (${errors} error${errors === 1 ? '' : 's'}).`;
  }
  return `${n} ${n === 1 ? 'fil' : 'filer'}: ${valid} ${valid === 1 ? 'giltig' : 'giltiga'}, ${invalid} ${invalid === 1 ? 'ogiltig' : 'ogiltiga'} (${errors} fel).`;
}

export function formatValidationText(results: readonly FileDiagnostics[], options: FormatterOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) lines.push(formatDiagnosticLine(r.file, d));
  }
  lines.push(validationSummary(lang, results));
  return lines.join('\n') + '\n';
}

/** A range as JSON: `{ start: { line, col }, end: { line, col } }` (end exclusive), or null when not known. */
export function rangeToJson(r: Range | undefined): Record<string, unknown> | null {
  return r ? { start: { line: r.start.line, col: r.start.col }, end: { line: r.end.line, col: r.end.col } } : null;
}

export function diagnosticToJson(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    pointer: d.pointer,
    line: d.position?.line ?? null,
    col: d.position?.col ?? null,
    range: rangeToJson(d.range),
    ...(d.hint ? { hint: d.hint } : {}),
  };
}

export function formatValidationJson(results: readonly FileDiagnostics[], _options: FormatterOptions = {}): string {
  const errors = results.reduce((s, r) => s + r.diagnostics.filter((d) => d.severity === 'fel').length, 0);
  const doc = {
    version: 1,
    files: results.map((r) => ({
      file: r.file,
      valid: r.valid,
      ramverk: r.ramverk ?? null,
      diagnostics: r.diagnostics.map(diagnosticToJson),
    })),
    summary: { files: results.length, valid: results.filter((r) => r.valid).length, invalid: results.filter((r) => !r.valid).length, errors },
  };
  return jsonSafe(JSON.stringify(doc, null, 2)) + '\n';
}

/** The `validate` formatters by name (`samverkan validate --format <name>`): `(results, options) => string`. */
export const VALIDATE_FORMATTERS = {
  text: formatValidationText,
  json: formatValidationJson,
} as const satisfies FormatterRegistry<readonly FileDiagnostics[], FormatterOptions, string>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATTERS;

export const VALIDATE_FORMATS: readonly ValidateFormat[] = formatNames(VALIDATE_FORMATTERS);

/** What `validate` reports per loaded file: validity, framework and diagnostics. */
export function validationResults(
  files: readonly { readonly file: string; readonly result: { readonly valid: boolean; readonly framework?: string; readonly diagnostics: Diagnostic[] } }[],
): FileDiagnostics[] {
  return files.map((l) => ({
    file: l.file,
    valid: l.result.valid,
    ...(l.result.framework ? { ramverk: l.result.framework } : {}),
    diagnostics: l.result.diagnostics,
  }));
}
