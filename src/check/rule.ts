/**
 * A rule as data: its id, titles, severity, citation, the parameters it reads
 * (with defaults and where the number comes from) and a predicate. Rulesets
 * (`rulesets.ts`) select rules per framework and may set their parameters.
 */
import { formatNumber } from '../core/numbers.js';
import type { Lang, Severity } from '../core/diagnostic.js';
import { isMarker, type Agreement, type FrameworkId } from '../core/model.js';
import { humanDate } from '../core/dates.js';
import type { Citation } from './types.js';

export interface Text {
  sv: string;
  en: string;
}

/**
 * Where a rule's number comes from: `ramverk` when the framework text states it
 * (Örebro's "every third year"); `regeluppsättning` when the framework sets no
 * number that we know and the ruleset chose a default, stated openly.
 */
export type ParameterOrigin = 'ramverk' | 'regeluppsättning';

export interface RuleParameter {
  name: string;
  default: number;
  unit: Text;
  description: Text;
  origin: ParameterOrigin;
}

/**
 * Why the rule exists: `krav` when the framework (or the national definition it
 * builds on) states the obligation; `uppföljning` when the check is drawn from
 * what follow-ups found wanting (frameworks.md §6), so the citation is evidence,
 * not the framework's own words.
 */
export type RuleBasis = 'krav' | 'uppföljning';

export interface Verdict {
  outcome: 'uppfyllt' | 'ej_uppfyllt' | 'ej_tillämpligt' | 'ej_bedömt';
  message: string;
  /** JSON pointer into the agreement; the nearest existing ancestor is located when the key is missing. */
  pointer: string;
  /** Every place of a failure, when the rule found more than one: `message` names them all, each place says its own. */
  locations?: readonly VerdictLocation[];
}

/** One of several failures a rule found: where, and what is wrong there. */
export interface VerdictLocation {
  readonly pointer: string;
  readonly message: string;
}

/** The same verdict with its places, when there are two or more (one place is the verdict's own pointer). */
export function withLocations(v: Verdict, locations: readonly VerdictLocation[]): Verdict {
  return locations.length < 2 ? v : { ...v, locations };
}

export interface RuleContext {
  agreement: Agreement;
  framework: FrameworkId;
  /** The ruleset id, e.g. `skane-2018@1`. */
  ruleset: string;
  asOf: Date;
  lang: Lang;
  /** Parameter values after ruleset and caller overrides. */
  params: Record<string, number>;
  /** Swedish or English by the asked language. */
  t(sv: string, en: string): string;
  /** "1 januari 2026" in the asked language. */
  date(d: Date | string): string;
  /** A limit that is the ruleset's, not the framework's, says so; a framework's number says where it comes from. */
  limitNote(param: string): string;
}

export interface RuleDefinition {
  id: string;
  title: Text;
  severity: Severity;
  basis: RuleBasis;
  citation: Citation;
  parameters: readonly RuleParameter[];
  check(ctx: RuleContext): Verdict;
}

export function met(message: string, pointer = ''): Verdict {
  return { outcome: 'uppfyllt', message, pointer };
}

export function unmet(message: string, pointer = ''): Verdict {
  return { outcome: 'ej_uppfyllt', message, pointer };
}

export function notApplicable(message: string, pointer = ''): Verdict {
  return { outcome: 'ej_tillämpligt', message, pointer };
}

/** Not assessed: the rule needs a value the agreement does not give. */
export function notAssessed(message: string, pointer = ''): Verdict {
  return { outcome: 'ej_bedömt', message, pointer };
}

/** A non-empty, non-blank text that is not one of the markers `ingår inte` / `uppgift saknas`. */
export function hasText(s: string | undefined | null): s is string {
  return typeof s === 'string' && s.trim().length > 0 && !isMarker(s);
}

/** "3" / "1,5" / "1.5": the core's `formatNumber`. */
export function num(n: number, lang: Lang): string {
  return formatNumber(n, lang);
}

/** "6 timmar" / "1 timme" / "1,5 timmar". */
export function hours(n: number, lang: Lang): string {
  const v = num(n, lang);
  if (lang === 'en') return `${v} hour${n === 1 ? '' : 's'}`;
  return `${v} ${n === 1 ? 'timme' : 'timmar'}`;
}

export function makeContext(
  agreement: Agreement,
  framework: FrameworkId,
  ruleset: string,
  asOf: Date,
  lang: Lang,
  rule: RuleDefinition,
  params: Record<string, number>,
  fromCaller: ReadonlySet<string>,
): RuleContext {
  const t = (sv: string, en: string) => (lang === 'en' ? en : sv);
  return {
    agreement,
    framework,
    ruleset,
    asOf,
    lang,
    params,
    t,
    date: (d) => humanDate(d, lang),
    limitNote(name) {
      const p = rule.parameters.find((x) => x.name === name);
      if (!p) return '';
      if (fromCaller.has(name))
        return t(
          ` (gränsen ${num(params[name]!, 'sv')} ${p.unit.sv} är satt vid anropet, inte i ramverket)`,
          ` (the limit of ${num(params[name]!, 'en')} ${p.unit.en} was set by the caller, not by the framework)`,
        );
      if (p.origin === 'ramverk') return '';
      return t(
        ` (gränsen ${num(params[name]!, 'sv')} ${p.unit.sv} är regeluppsättningens ${ruleset}, inte ramverkets: ramverket anger ingen siffra som vi känner till)`,
        ` (the limit of ${num(params[name]!, 'en')} ${p.unit.en} is ruleset ${ruleset}'s, not the framework's: the framework states no number that we know)`,
      );
    },
  };
}
