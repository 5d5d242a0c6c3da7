/**
 * When an agreement may become the document to be signed (`render
 * --slutlig`): when its *content* checks clean. The rules about recorded
 * signatures describe the state after signing (checked for an agreement in
 * force), so they never keep the document to be signed from being made.
 * The CLI and the browser editor both decide and word it here.
 */
import type { CheckResult, Finding } from '../check/index.js';
import type { FinalCheck } from './index.js';

/** Rules about the signatures recorded in the YAML: the state after signing, not a condition for it. */
export const SIGNING_RULES: ReadonlySet<string> = new Set(['gemensam.underskrifter', 'gemensam.underskrift_datum']);

/** The findings that keep an agreement from its final version: errors not met or not assessed, except the signing state. */
export function findingsBlockingFinal(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'fel' && (f.outcome === 'ej_uppfyllt' || f.outcome === 'ej_bedömt') && !SIGNING_RULES.has(f.ruleId));
}

/**
 * The check outcome recorded in a final document (always Swedish: it is part
 * of the document to be signed), e.g. "0 fel i innehållet, 1 varningar, …".
 */
export function finalOutcome(check: CheckResult): FinalCheck {
  const s = check.summary;
  const failing = findingsBlockingFinal(check.findings);
  return {
    ruleset: check.ruleset,
    asOf: check.asOf,
    outcome: `${failing.length} fel i innehållet, ${s.varning} varningar, ${s.undantaget} undantagna, ${s.uppfyllt} uppfyllda av ${s.rules} regler`,
  };
}

/** The gate's verdict: the final version's record, or the findings that block it. */
export type FinalGate =
  | { readonly allowed: true; readonly final: FinalCheck }
  | { readonly allowed: false; readonly blocking: readonly Finding[]; readonly ruleset: string; readonly asOf: string };

/**
 * Whether `check` lets the agreement become its final version. Legal staff
 * must never export as final an agreement whose content fails its framework;
 * waived findings are not failures.
 */
export function finalGate(check: CheckResult): FinalGate {
  const blocking = findingsBlockingFinal(check.findings);
  if (blocking.length > 0) return { allowed: false, blocking, ruleset: check.ruleset, asOf: check.asOf };
  return { allowed: true, final: finalOutcome(check) };
}
