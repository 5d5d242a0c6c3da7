/**
 * One ruleset per framework: which rules apply, with which parameters and,
 * where the framework's own text is the better source, which citation.
 * Common rules (`gemensam.*`) are in every ruleset.
 */
import type { FrameworkId } from '../core/model.js';
import { CITE } from './citations.js';
import type { RuleDefinition } from './rule.js';
import { COMMON_RULES } from './rules/common.js';
import { OREBRO_RULES } from './rules/orebro.js';
import { SKANE_RULES } from './rules/skane.js';
import { VG_RULES } from './rules/vg.js';
import type { Citation } from './types.js';

export interface RulesetEntry {
  rule: RuleDefinition;
  /** Parameter values of this ruleset (defaults of the rule otherwise). */
  parameters?: Record<string, number>;
  /** A citation from this framework's own text, replacing the rule's general one. */
  citation?: Citation;
}

export interface Ruleset {
  /** `skane-2018@2`: framework and ruleset revision. */
  id: string;
  framework: FrameworkId;
  entries: readonly RulesetEntry[];
}

const common = (overrides: Record<string, Omit<RulesetEntry, 'rule'>> = {}): RulesetEntry[] =>
  COMMON_RULES.map((rule) => ({ rule, ...(overrides[rule.id] ?? {}) }));

const skane = (version: 'skane-2014' | 'skane-2018'): Ruleset => ({
  id: `${version}@2`,
  framework: version,
  entries: [
    ...common({
      'gemensam.underskrifter': { citation: CITE.skaneSignedAgreement },
      'gemensam.bemanning': { citation: CITE.skaneActivities },
      'gemensam.samtidighet': { citation: CITE.skaneSimultaneity },
      'gemensam.ramverk_i_kraft': { citation: CITE.skaneInForce },
    }),
    // The 2014 vägledning's five areas of shared responsibility are known from
    // Kommunförbundet Skåne's presentation of it (sources/001); the 2018 revision from its own text.
    ...SKANE_RULES.map((rule) =>
      version === 'skane-2014' &&
      ['skane.samtidighet', 'skane.gemensamt_foraldrastod', 'skane.gemensam_utvardering', 'skane.delaktighet_inflytande'].includes(rule.id)
        ? { rule, citation: CITE.skane2014SharedResponsibility }
        : { rule },
    ),
  ],
});

/**
 * One ruleset per framework version. Revision 2: a missing value is `ej
 * bedömt`, `ingår inte` is `ej uppfyllt`; real agreements' shapes (options to
 * extend, styrgrupper, agreed hours without a timetable, first-year centres).
 */
export const RULESETS: Record<FrameworkId, Ruleset> = {
  'skane-2014': skane('skane-2014'),
  'skane-2018': skane('skane-2018'),
  'vg-2024': {
    id: 'vg-2024@2',
    framework: 'vg-2024',
    entries: [
      ...common({
        'gemensam.typ': { citation: CITE.vgActivities },
        'gemensam.ramverk_i_kraft': { citation: CITE.vgInForce },
      }),
      ...VG_RULES.map((rule) => ({ rule })),
    ],
  },
  'orebro-2010': {
    id: 'orebro-2010@2',
    framework: 'orebro-2010',
    entries: [...common({ 'gemensam.ramverk_i_kraft': { citation: CITE.orebroAdopted } }), ...OREBRO_RULES.map((rule) => ({ rule }))],
  },
  // The national definitions (frameworks.md §1.1), for the regions without a
  // regional framework in the project and for agreements made before their
  // region's framework existed: the common rules only.
  nationell: {
    id: 'nationell@1',
    framework: 'nationell',
    entries: common({
      'gemensam.typ': { citation: CITE.nationalMapping },
      'gemensam.samlokalisering': { citation: CITE.socialstyrelsen2008 },
    }),
  },
};

/** Every rule that some ruleset applies, by id, in a stable order. */
export function allRules(): RuleDefinition[] {
  const seen = new Map<string, RuleDefinition>();
  for (const rs of Object.values(RULESETS)) for (const e of rs.entries) if (!seen.has(e.rule.id)) seen.set(e.rule.id, e.rule);
  return [...seen.values()];
}

/** The parameters a ruleset entry judges with: the rule's defaults, the ruleset's values, then the caller's. */
export function entryParameters(
  entry: RulesetEntry,
  callerOverrides?: Record<string, number>,
): { values: Record<string, number>; fromCaller: ReadonlySet<string> } {
  if (callerOverrides === undefined) {
    // Without overrides an entry's parameters never change: work them out once (this runs for every rule of every check).
    let fixed = fixedParameters.get(entry);
    if (!fixed) {
      fixed = computeParameters(entry);
      fixedParameters.set(entry, fixed);
    }
    return { values: { ...fixed.values }, fromCaller: fixed.fromCaller };
  }
  return computeParameters(entry, callerOverrides);
}

const fixedParameters = new WeakMap<RulesetEntry, { values: Record<string, number>; fromCaller: ReadonlySet<string> }>();

function computeParameters(entry: RulesetEntry, callerOverrides?: Record<string, number>): { values: Record<string, number>; fromCaller: Set<string> } {
  const values: Record<string, number> = {};
  const fromCaller = new Set<string>();
  for (const p of entry.rule.parameters) {
    values[p.name] = entry.parameters?.[p.name] ?? p.default;
    const override = callerOverrides?.[p.name];
    if (override !== undefined && Number.isFinite(override)) {
      values[p.name] = override;
      fromCaller.add(p.name);
    }
  }
  return { values, fromCaller };
}
