/**
 * What the check formatters share: the report they format (one entry per
 * file: a checked agreement or an invalid file with its validation
 * diagnostics), labels in both languages, and the pass/fail rule of --fail-on.
 */
import { severityRank, type Diagnostic, type Lang, type Severity } from '../core/diagnostic.js';
import { isOpen, type CheckResult, type CheckSummary, type Finding, type Outcome } from '../check/types.js';

export interface CheckedFile {
  /** The file as the user named it (relative path). */
  file: string;
  valid: boolean;
  ramverk?: string;
  /** The family centre's name, when the agreement could be read. */
  name?: string;
  /** Validation diagnostics (for an invalid file: why it was not checked). */
  diagnostics: Diagnostic[];
  /** The check, for a valid agreement. */
  result?: CheckResult;
}

export interface CheckReport {
  /** ISO date checked against. */
  asOf: string;
  /** Lowest severity that fails the run. */
  failOn: Severity;
  files: CheckedFile[];
}

/** The summaries of every checked file added up, with how many files were read, checked and invalid. */
interface ReportTotals extends CheckSummary {
  files: number;
  checked: number;
  invalid: number;
}

/** An unmet or not assessed, unwaived finding at or above --fail-on fails the run. */
export function isFailing(f: Pick<Finding, 'outcome' | 'severity'>, failOn: Severity): boolean {
  return isOpen(f.outcome) && severityRank(f.severity) >= severityRank(failOn);
}

export function noteFails(d: Diagnostic, failOn: Severity): boolean {
  return severityRank(d.severity) >= severityRank(failOn);
}

/** The file fails when it is invalid, or a finding or note reaches --fail-on. */
export function fileFails(f: CheckedFile, failOn: Severity): boolean {
  if (!f.valid || !f.result) return true;
  return f.result.findings.some((x) => isFailing(x, failOn)) || (f.result.notes ?? []).some((n) => noteFails(n, failOn));
}

export function reportPasses(r: CheckReport): boolean {
  return r.files.every((f) => !fileFails(f, r.failOn));
}

export function totals(r: CheckReport): ReportTotals {
  const t: ReportTotals = {
    files: r.files.length,
    checked: 0,
    invalid: 0,
    rules: 0,
    uppfyllt: 0,
    ej_uppfyllt: 0,
    undantaget: 0,
    ej_tillämpligt: 0,
    ej_bedömt: 0,
    fel: 0,
    varning: 0,
    info: 0,
  };
  for (const f of r.files) {
    if (!f.result) {
      t.invalid += 1;
      continue;
    }
    t.checked += 1;
    const s = f.result.summary;
    t.rules += s.rules;
    t.uppfyllt += s.uppfyllt;
    t.ej_uppfyllt += s.ej_uppfyllt;
    t.undantaget += s.undantaget;
    t.ej_tillämpligt += s.ej_tillämpligt;
    t.ej_bedömt += s.ej_bedömt;
    t.fel += s.fel;
    t.varning += s.varning;
    t.info += s.info;
  }
  return t;
}

const OUTCOME: Record<Outcome, { sv: string; en: string }> = {
  uppfyllt: { sv: 'uppfyllt', en: 'met' },
  ej_uppfyllt: { sv: 'ej uppfyllt', en: 'not met' },
  undantaget: { sv: 'undantaget', en: 'waived' },
  ej_tillämpligt: { sv: 'ej tillämpligt', en: 'not applicable' },
  ej_bedömt: { sv: 'ej bedömt', en: 'not assessed' },
};

const SEVERITY: Record<Severity, { sv: string; en: string }> = {
  fel: { sv: 'fel', en: 'error' },
  varning: { sv: 'varning', en: 'warning' },
  info: { sv: 'info', en: 'info' },
};

export function outcomeLabel(o: Outcome, lang: Lang): string {
  return OUTCOME[o][lang];
}

export function severityLabel(s: Severity, lang: Lang): string {
  return SEVERITY[s][lang];
}

/** `file:line:col` (or the file alone when the place is unknown). */
export function placeOf(file: string, position?: { line: number; col: number }): string {
  return position ? `${file}:${position.line}:${position.col}` : file;
}

/** `file:12:5  what is wrong there`, one line per place of a finding with several (none for a finding with one place). */
export function locationLines(file: string, f: Pick<Finding, 'locations'>): string[] {
  return (f.locations ?? []).map((l) => `${placeOf(file, l.position)}  ${l.message}`);
}

/** "24 uppfyllda, 1 ej uppfylld, 2 ej bedömda (0 fel, 3 varningar, 0 info), 0 undantagna, 0 ej tillämpliga": the severities count the open findings, ej uppfyllda and ej bedömda. */
export function summaryPhrase(s: Omit<ReportTotals, 'files' | 'checked' | 'invalid'>, lang: Lang): string {
  if (lang === 'en') {
    return `${s.rules} rules: ${s.uppfyllt} met, ${s.ej_uppfyllt} not met, ${s.ej_bedömt} not assessed (${s.fel} error${s.fel === 1 ? '' : 's'}, ${s.varning} warning${s.varning === 1 ? '' : 's'}, ${s.info} info), ${s.undantaget} waived, ${s.ej_tillämpligt} not applicable`;
  }
  return (
    `${s.rules} regler: ${s.uppfyllt} ${s.uppfyllt === 1 ? 'uppfylld' : 'uppfyllda'}, ${s.ej_uppfyllt} ej ${s.ej_uppfyllt === 1 ? 'uppfylld' : 'uppfyllda'}, ` +
    `${s.ej_bedömt} ej ${s.ej_bedömt === 1 ? 'bedömd' : 'bedömda'} ` +
    `(${s.fel} fel, ${s.varning} ${s.varning === 1 ? 'varning' : 'varningar'}, ${s.info} info), ` +
    `${s.undantaget} ${s.undantaget === 1 ? 'undantagen' : 'undantagna'}, ${s.ej_tillämpligt} ej ${s.ej_tillämpligt === 1 ? 'tillämplig' : 'tillämpliga'}`
  );
}

/** The closing line of a run: how many agreements, and whether --fail-on was reached. */
export function verdictLine(r: CheckReport, lang: Lang): string {
  const t = totals(r);
  const pass = reportPasses(r);
  const failing = r.files.filter((f) => fileFails(f, r.failOn)).length;
  const sev = severityLabel(r.failOn, lang);
  if (lang === 'en') {
    const inv = t.invalid > 0 ? `, ${t.invalid} invalid` : '';
    return `${t.files} agreement${t.files === 1 ? '' : 's'} (${t.checked} checked${inv}): ${pass ? 'PASSED' : `FAILED, ${failing} with findings at or above "${sev}" or invalid`}.`;
  }
  const inv = t.invalid > 0 ? `, ${t.invalid} ${t.invalid === 1 ? 'ogiltigt' : 'ogiltiga'}` : '';
  return `${t.files} avtal (${t.checked} ${t.checked === 1 ? 'granskat' : 'granskade'}${inv}): ${pass ? 'GODKÄNT' : `UNDERKÄNT, ${failing} med brister på nivån "${sev}" eller högre eller ogiltiga`}.`;
}
