/**
 * One pass of the library over the YAML text: validation (form) and, for a
 * valid agreement, the framework check. The result is what the page shows:
 * findings by JSON pointer, each with its message, place and citation, and
 * the overall verdict.
 */
// Direct imports, not the library's index: the page's start-up script must not carry the renderer.
import { checkAgreement, type CheckResult, type Citation } from '../check/index.js';
import { parseIsoDate } from '../core/dates.js';
import type { Lang, Position, Range, Severity } from '../core/diagnostic.js';
import type { Agreement } from '../core/model.js';
import { validateAgreementText } from '../core/validate.js';
import { findingsBlockingFinal } from '../render/final.js';

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

/** Outcomes that fail a rule (`ej bedömt` blocks a final version like `ej uppfyllt`). */
export function isFailing(outcome: string): boolean {
  return outcome === 'ej_uppfyllt' || outcome === 'ej_bedömt' || outcome === 'ej bedömt';
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
  const date = parseIsoDate(asOf);
  if (v.agreement && date) {
    check = checkAgreement(v.agreement, { asOf: date, lang, locate: v.locate, locateRange: v.locateRange });
    for (const f of check.findings) {
      if (!isFailing(f.outcome) || f.waiver) continue;
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
  const verdict = !v.agreement ? 'ofullständigt' : fel === 0 ? 'godkänt' : 'underkänt';
  return {
    value: v.value,
    ...(v.agreement ? { agreement: v.agreement } : {}),
    ...(check ? { check } : {}),
    items,
    verdict,
    finalAllowed: check !== undefined && findingsBlockingFinal(check.findings).length === 0,
    counts: { fel, varning, uppfyllt: check?.summary.uppfyllt ?? 0, rules: check?.summary.rules ?? 0 },
    ms: performance.now() - started,
  };
}

/**
 * The check outcome recorded in a final document, as `render --slutlig`
 * writes it (src/cli/commands/render.ts; the browser test compares the bytes).
 */
export function finalOutcome(check: CheckResult): { ruleset: string; asOf: string; outcome: string } {
  const s = check.summary;
  const failing = findingsBlockingFinal(check.findings);
  return {
    ruleset: check.ruleset,
    asOf: check.asOf,
    outcome: `${failing.length} fel i innehållet, ${s.varning} varningar, ${s.undantaget} undantagna, ${s.uppfyllt} uppfyllda av ${s.rules} regler`,
  };
}
