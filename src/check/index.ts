/** The compliance checker: rules as data, rulesets per framework, `checkAgreement`. */
export { checkAgreement, summarise } from './check.js';
export { RULESETS, allRules, type Ruleset, type RulesetEntry } from './rulesets.js';
export { CITE } from './citations.js';
export { parseIsoDate } from '../core/dates.js';
export type { RuleDefinition, RuleParameter } from './rule.js';
export { isOpen, OUTCOMES } from './types.js';
export type { CheckAgreement, CheckOptions, CheckResult, CheckSummary, Citation, Finding, Outcome } from './types.js';
