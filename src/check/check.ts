/**
 * checkAgreement: judge one (validated) agreement against its framework's
 * ruleset, as of a date, applying approved deviations (`avvikelser:`).
 * One finding per rule of the ruleset, always, so reports can count per rule.
 */
import type { Diagnostic, Lang, Position, Range } from '../core/diagnostic.js';
import { didYouMean } from '../core/messages.js';
import type { Agreement, Waiver } from '../core/model.js';
import { closest } from '../core/suggest.js';
import { waiverApplies } from '../core/term.js';
import { humanDate, isoDate, startOfDay } from '../core/dates.js';
import { lazilyPlacedFinding } from './placed.js';
import { makeContext, type Verdict } from './rule.js';
import { forgetComputed } from './rules/helpers.js';
import { RULESETS, allRules, entryParameters, type RulesetEntry } from './rulesets.js';
import { isOpen, type CheckOptions, type CheckResult, type CheckSummary, type Finding } from './types.js';

export function checkAgreement(agreement: Agreement, options: CheckOptions): CheckResult {
  const lang: Lang = options.lang ?? 'sv';
  const ruleset = RULESETS[agreement.ramverk];
  // A day, not an instant: a caller passing `new Date()` judges at the start of today, as the CLI does.
  const asOf = startOfDay(options.asOf);
  const locate = options.locate;
  forgetComputed(agreement);
  const findings = ruleset.entries.map((entry) => judge(agreement, entry, ruleset.id, asOf, lang, options));
  const waivers = agreement.avvikelser ?? [];
  const applied = findings.map((f) => applyWaiver(f, waivers, asOf, lang));
  const positioned = locate ? applied.map((f) => lazilyPlacedFinding(f, locate, options.locateRange)) : applied;
  return {
    ramverk: agreement.ramverk,
    ruleset: ruleset.id,
    asOf: isoDate(asOf),
    findings: positioned,
    summary: summarise(positioned),
    notes: waiverNotes(waivers, ruleset.entries, lang, locate, options.locateRange),
  };
}

function judge(agreement: Agreement, entry: RulesetEntry, rulesetId: string, asOf: Date, lang: Lang, options: CheckOptions): Finding {
  const { rule } = entry;
  const { values, fromCaller } = entryParameters(entry, options.parameters?.[rule.id]);
  const ctx = makeContext(agreement, agreement.ramverk, rulesetId, asOf, lang, rule, values, fromCaller);
  const verdict: Verdict = rule.check(ctx);
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.title[lang],
    severity: rule.severity,
    outcome: verdict.outcome,
    message: verdict.message,
    pointer: verdict.pointer,
    citation: entry.citation ?? rule.citation,
  };
  if (verdict.locations) finding.locations = verdict.locations.map((l) => ({ pointer: l.pointer, message: l.message }));
  if (rule.parameters.length > 0) finding.parameters = values;
  return finding;
}

/** An unmet finding covered by an active waiver becomes `undantaget`; an expired waiver is named but no longer applies. */
function applyWaiver(f: Finding, waivers: readonly Waiver[], asOf: Date, lang: Lang): Finding {
  if (f.outcome !== 'ej_uppfyllt') return f;
  const mine = waivers.filter((w) => w.regel === f.ruleId);
  if (mine.length === 0) return f;
  const active = mine.find((w) => waiverApplies(w, asOf));
  if (active) {
    const until = active.till ? (lang === 'en' ? `, until ${humanDate(active.till, lang)}` : `, till ${humanDate(active.till, lang)}`) : '';
    const note =
      lang === 'en'
        ? ` Waived: approved by ${active.godkänd_av}${until} ("${active.skäl}").`
        : ` Undantaget: godkänt av ${active.godkänd_av}${until} ("${active.skäl}").`;
    return {
      ...f,
      outcome: 'undantaget',
      message: f.message + note,
      waiver: { reason: active.skäl, approvedBy: active.godkänd_av, ...(active.till ? { until: active.till } : {}) },
    };
  }
  const latest = [...mine].sort((a, b) => (a.till ?? '').localeCompare(b.till ?? '')).pop()!;
  const note =
    lang === 'en'
      ? ` The approved deviation (${latest.godkänd_av}) expired on ${humanDate(latest.till!, lang)} and no longer applies.`
      : ` Avvikelsen som ${latest.godkänd_av} godkände gällde till ${humanDate(latest.till!, lang)} och gäller inte längre.`;
  return { ...f, message: f.message + note };
}

function waiverNotes(
  waivers: readonly Waiver[],
  entries: readonly RulesetEntry[],
  lang: Lang,
  locate?: (p: string) => Position,
  locateRange?: (p: string) => Range,
): Diagnostic[] {
  if (waivers.length === 0) return [];
  const inRuleset = entries.map((e) => e.rule.id);
  const known = allRules().map((r) => r.id);
  const out: Diagnostic[] = [];
  waivers.forEach((w, i) => {
    if (inRuleset.includes(w.regel)) return;
    const pointer = `/avvikelser/${i}/regel`;
    const guess = closest(w.regel, inRuleset);
    const otherFramework = known.includes(w.regel);
    const message =
      lang === 'en'
        ? otherFramework
          ? `The deviation names rule "${w.regel}", which this framework's ruleset does not apply.`
          : `The deviation names an unknown rule "${w.regel}".`
        : otherFramework
          ? `Avvikelsen gäller regeln "${w.regel}", som inte ingår i det här ramverkets regeluppsättning.`
          : `Avvikelsen gäller en okänd regel "${w.regel}".`;
    out.push({
      code: 'check.waiver-unknown-rule',
      severity: 'varning',
      message,
      pointer,
      ...(locate ? { position: locate(pointer) } : {}),
      ...(locateRange ? { range: locateRange(pointer) } : {}),
      ...(guess ? { hint: didYouMean(lang, guess) } : {}),
    });
  });
  return out;
}

export function summarise(findings: readonly Finding[]): CheckSummary {
  const s: CheckSummary = { rules: findings.length, uppfyllt: 0, ej_uppfyllt: 0, undantaget: 0, ej_tillämpligt: 0, ej_bedömt: 0, fel: 0, varning: 0, info: 0 };
  for (const f of findings) {
    s[f.outcome] += 1;
    if (isOpen(f.outcome)) s[f.severity] += 1;
  }
  return s;
}
