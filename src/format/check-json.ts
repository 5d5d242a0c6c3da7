/**
 * `samverkan check --format json`: the documented machine shape
 * (docs/check-json.md). Version 2: the outcome `ej_bedömt` and its count
 * `summary.ej_bedömt`; `failing` and the severity counts include it. Fields are only ever added.
 */
import { diagnosticToJson, rangeToJson } from './diagnostics.js';
import type { FormatterOptions } from './formatter.js';
import { jsonSafe } from './sanitize.js';
import { isFailing, reportPasses, totals, type CheckReport } from './check-report.js';

/** Every character a terminal could act on is written as a JSON escape (`jsonSafe`). */
export function formatCheckJson(report: CheckReport, _options: FormatterOptions = {}): string {
  const doc = {
    version: 2,
    asOf: report.asOf,
    failOn: report.failOn,
    passed: reportPasses(report),
    files: report.files.map((f) => ({
      file: f.file,
      valid: f.valid,
      ramverk: f.ramverk ?? null,
      name: f.name ?? null,
      ruleset: f.result?.ruleset ?? null,
      validation: f.diagnostics.map(diagnosticToJson),
      findings: (f.result?.findings ?? []).map((x) => ({
        ruleId: x.ruleId,
        title: x.title,
        severity: x.severity,
        outcome: x.outcome,
        failing: isFailing(x, report.failOn),
        message: x.message,
        pointer: x.pointer,
        line: x.position?.line ?? null,
        col: x.position?.col ?? null,
        range: rangeToJson(x.range),
        locations: (x.locations ?? []).map((l) => ({
          pointer: l.pointer,
          message: l.message,
          line: l.position?.line ?? null,
          col: l.position?.col ?? null,
          range: rangeToJson(l.range),
        })),
        citation: x.citation,
        waiver: x.waiver ?? null,
        parameters: x.parameters ?? {},
      })),
      notes: (f.result?.notes ?? []).map(diagnosticToJson),
      summary: f.result?.summary ?? null,
    })),
    summary: totals(report),
  };
  return jsonSafe(JSON.stringify(doc, null, 2)) + '\n';
}
