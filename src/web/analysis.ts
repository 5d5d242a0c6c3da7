/**
 * One pass of the library over the YAML text: validation (form) and, for a
 * valid agreement, the framework check. The result is what the page shows:
 * findings by JSON pointer, each with its message, place and citation, and
 * the overall verdict.
 */
// Direct imports, not the library's index: the page's start-up script must not carry the renderer.
import { isOpen, type CheckResult, type Citation } from '../check/index.js';
import { parseIsoDate } from '../core/dates.js';
import { fileFails } from '../format/check-report.js';
import { checkFile } from '../policy/check.js';
import type { Lang, Position, Range, Severity } from '../core/diagnostic.js';
import type { Agreement } from '../core/model.js';
// Text from the page is loaded as loadAgreement(text) does (src/policy/load.ts); the validator is called directly to keep the start-up script small.
import { validateAgreementText } from '../core/validate.js';
import { finalGate } from '../render/final.js';

/** The check outcome a final document records: the library's, as `render --slutlig` writes it. */
export { finalOutcome } from '../render/final.js';

export interface Shown {
  /** JSON pointer of the value concerned ('' for the whole agreement). */
  pointer: string;
  severity: Severity;
  message: string;
  hint?: string;
  position?: Position;
  /** The stretch of YAML it concerns (end exclusive), to select in the YAML view. */
  range?: Range;
  /** For a rule finding: its id, title, outcome and citation. */
  rule?: { id: string; title: string; outcome: string; citation: Citation };
}

export interface Analysis {
  /** The parsed value, when the YAML could be read. */
  value: unknown;
  agreement?: Agreement;
  check?: CheckResult;
  items: Shown[];
  verdict: 'godkänt' | 'underkänt' | 'ofullständigt';
  /** Whether `render --slutlig` would make the final version (content clean; the signing state does not block it). */
  finalAllowed: boolean;
  counts: { fel: number; varning: number; uppfyllt: number; rules: number };
  /** Milliseconds the library took. */
  ms: number;
}

export function analyse(text: string, lang: Lang, asOf: string): Analysis {
  const started = performance.now();
  const v = validateAgreementText(text, { lang });
  const items: Shown[] = v.diagnostics.map((d) => ({
    pointer: d.pointer,
    severity: d.severity,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.position ? { position: d.position } : {}),
    ...(d.range ? { range: d.range } : {}),
  }));
  let check: CheckResult | undefined;
  let checked: ReturnType<typeof checkFile> | undefined;
  const date = parseIsoDate(asOf);
  if (v.agreement && date) {
    checked = checkFile({ file: '', result: v }, { asOf: date, lang });
    check = checked.result!;
    for (const f of check.findings) {
      if (!isOpen(f.outcome) || f.waiver) continue;
      items.push({
        pointer: f.pointer,
        severity: f.severity,
        message: f.message,
        ...(f.position ? { position: f.position } : {}),
        ...(f.range ? { range: f.range } : {}),
        rule: { id: f.ruleId, title: f.title, outcome: f.outcome, citation: f.citation },
      });
    }
  }
  const fel = items.filter((i) => i.severity === 'fel').length;
  const varning = items.filter((i) => i.severity === 'varning').length;
  // Pass or fail as `samverkan check` decides it (src/format/check-report.ts), so the page and the CLI agree.
  const passes = checked ? !fileFails(checked, 'fel') : fel === 0;
  const verdict = !v.agreement ? 'ofullständigt' : passes ? 'godkänt' : 'underkänt';
  return {
    value: v.value,
    ...(v.agreement ? { agreement: v.agreement } : {}),
    ...(check ? { check } : {}),
    items,
    verdict,
    finalAllowed: check !== undefined && finalGate(check).allowed,
    counts: { fel, varning, uppfyllt: check?.summary.uppfyllt ?? 0, rules: check?.summary.rules ?? 0 },
    ms: performance.now() - started,
  };
}
