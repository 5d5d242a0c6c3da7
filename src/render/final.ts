/**
 * When an agreement may become the document to be signed (`render
 * --slutlig`): when its *content* checks clean. The rules about recorded
 * signatures describe the state after signing (checked for an agreement in
 * force), so they never keep the document to be signed from being made.
 */
import type { Finding } from '../check/index.js';

/** Rules about the signatures recorded in the YAML: the state after signing, not a condition for it. */
export const SIGNING_RULES: ReadonlySet<string> = new Set(['gemensam.underskrifter', 'gemensam.underskrift_datum']);

/** The findings that keep an agreement from its final version: errors not met or not assessed, except the signing state. */
export function findingsBlockingFinal(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => f.severity === 'fel' && (f.outcome === 'ej_uppfyllt' || f.outcome === 'ej_bedömt') && !SIGNING_RULES.has(f.ruleId),
  );
}
