/**
 * `samverkan check --format text`, for the officer who must act on it: per
 * agreement the outcomes that need action (with file:line:col), the rest in
 * one line, and each cited source once, in a numbered list at the end.
 * `--alla` lists every outcome. Everything from the data is made visible
 * (`visible`), so no text in an agreement can control the terminal.
 */
import type { Lang } from '../core/diagnostic.js';
import type { FormatterOptions } from './formatter.js';
import type { Citation, Finding, Outcome } from '../check/types.js';
import { humanDate } from '../core/dates.js';
import { formatDiagnosticLine } from './diagnostics.js';
import { locationLines, outcomeLabel, placeOf, severityLabel, summaryPhrase, totals, verdictLine, type CheckReport } from './check-report.js';
import { visible } from './sanitize.js';

/** Which outcomes the default output lists one by one: what an officer must act on. A new outcome is one line here. */
const NEEDS_ACTION: Readonly<Record<Outcome, boolean>> = {
  ej_uppfyllt: true,
  ej_bedömt: true,
  undantaget: true,
  uppfyllt: false,
  ej_tillämpligt: false,
};

export interface CheckTextOptions extends FormatterOptions {
  /** List every outcome, not only those that need action (`--alla`). */
  all?: boolean;
}

/** The cited sources of a run, numbered in order of first use. */
class Sources {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  ref(c: Citation): number {
    const text = `${visible(c.document)} (${visible(c.section)}) ${visible(c.url)}`;
    let n = this.index.get(text);
    if (n === undefined) {
      this.list.push(text);
      n = this.list.length;
      this.index.set(text, n);
    }
    return n;
  }
}

export function formatCheckText(report: CheckReport, options: CheckTextOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const out: string[] = [];
  const tr = (sv: string, en: string) => (lang === 'en' ? en : sv);
  const sources = new Sources();
  let hiddenAny = false;
  out.push(tr(`Granskning per ${humanDate(report.asOf, lang)}`, `Check as of ${humanDate(report.asOf, lang)}`));
  for (const f of report.files) {
    const file = visible(f.file);
    out.push('');
    if (!f.result) {
      out.push(
        tr(
          `${file}: ogiltigt avtal – granskas inte förrän valideringsfelen är rättade:`,
          `${file}: invalid agreement – not checked until the validation errors are fixed:`,
        ),
      );
      for (const d of f.diagnostics.filter((x) => x.severity === 'fel')) out.push('  ' + formatDiagnosticLine(f.file, d));
      continue;
    }
    const r = f.result;
    out.push(`${file}: ${visible(f.name ?? '')} (${visible(r.ruleset)})`);
    const shown = r.findings.filter((x) => options.all === true || NEEDS_ACTION[x.outcome]);
    const wOutcome = Math.max(0, ...shown.map((x) => outcomeLabel(x.outcome, lang).length));
    const wSeverity = Math.max(0, ...shown.map((x) => severityLabel(x.severity, lang).length));
    for (const x of shown) {
      out.push(findingLine(f.file, x, lang, wOutcome, wSeverity, sources.ref(x.citation)));
      // A rule that found several failures: each on its own line, at its own place.
      for (const l of locationLines(f.file, x)) out.push(`      ${visible(l)}`);
    }
    for (const n of r.notes ?? []) out.push('  ' + formatDiagnosticLine(f.file, n) + `  [${severityLabel(n.severity, lang)}]`);
    const hidden = r.findings.length - shown.length;
    if (hidden > 0) {
      hiddenAny = true;
      if (shown.length === 0) out.push(tr('  Inget att åtgärda.', '  Nothing to act on.'));
    }
    out.push(`  ${tr('Summering', 'Summary')}: ${summaryPhrase(r.summary, lang)}.`);
  }
  if (sources.list.length > 0) {
    out.push('');
    out.push(tr('Källor:', 'Sources:'));
    for (const [i, s] of sources.list.entries()) out.push(`  [${i + 1}] ${s}`);
  }
  out.push('');
  const t = totals(report);
  if (t.checked > 1) out.push(`${tr('Totalt', 'In total')}: ${summaryPhrase(t, lang)}.`);
  if (hiddenAny)
    out.push(
      tr(
        'Uppfyllda och ej tillämpliga regler räknas i summeringen; visa varje utfall med --alla.',
        'Met and not applicable rules are counted in the summary; show every outcome with --alla.',
      ),
    );
  out.push(verdictLine(report, lang));
  return out.join('\n') + '\n';
}

/** The finding's line; with several failures it counts them, and the lines under it name each at its place. */
function findingLine(file: string, x: Finding, lang: Lang, wOutcome: number, wSeverity: number, source: number): string {
  const n = x.locations?.length ?? 0;
  const count =
    x.outcome === 'ej_bedömt' ? (lang === 'en' ? `${n} values missing:` : `${n} uppgifter saknas:`) : lang === 'en' ? `${n} failures:` : `${n} brister:`;
  const message = n > 1 ? count : visible(x.message);
  return `  ${visible(placeOf(file, x.position))}  ${outcomeLabel(x.outcome, lang).padEnd(wOutcome)}  ${severityLabel(x.severity, lang).padEnd(wSeverity)}  ${visible(x.ruleId)}: ${message} [${source}]`;
}
