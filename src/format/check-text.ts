/** `samverkan check --format text`: each rule's outcome per agreement, for people. */
import type { Lang } from '../core/diagnostic.js';
import { humanDate } from '../check/dates.js';
import { formatDiagnosticLine } from './diagnostics.js';
import { outcomeLabel, placeOf, severityLabel, summaryPhrase, totals, verdictLine, type CheckReport } from './check-report.js';

export function formatCheckText(report: CheckReport, lang: Lang): string {
  const out: string[] = [];
  const tr = (sv: string, en: string) => (lang === 'en' ? en : sv);
  out.push(tr(`Granskning per ${humanDate(report.asOf, lang)}`, `Check as of ${humanDate(report.asOf, lang)}`));
  for (const f of report.files) {
    out.push('');
    if (!f.result) {
      out.push(tr(`${f.file}: ogiltigt avtal – granskas inte förrän valideringsfelen är rättade:`, `${f.file}: invalid agreement – not checked until the validation errors are fixed:`));
      for (const d of f.diagnostics.filter((x) => x.severity === 'fel')) out.push('  ' + formatDiagnosticLine(f.file, d));
      continue;
    }
    const r = f.result;
    out.push(`${f.file}: ${f.name ?? ''} (${r.ruleset})`);
    const wOutcome = Math.max(...r.findings.map((x) => outcomeLabel(x.outcome, lang).length));
    const wSeverity = Math.max(...r.findings.map((x) => severityLabel(x.severity, lang).length));
    for (const x of r.findings) {
      out.push(`  ${placeOf(f.file, x.position)}  ${outcomeLabel(x.outcome, lang).padEnd(wOutcome)}  ${severityLabel(x.severity, lang).padEnd(wSeverity)}  ${x.ruleId}: ${x.message}`);
      out.push(`      ${tr('Källa', 'Source')}: ${x.citation.document} (${x.citation.section}) ${x.citation.url}`);
    }
    for (const n of r.notes ?? []) out.push('  ' + formatDiagnosticLine(f.file, n) + `  [${severityLabel(n.severity, lang)}]`);
    out.push(`  ${tr('Summering', 'Summary')}: ${summaryPhrase(r.summary, lang)}.`);
  }
  out.push('');
  const t = totals(report);
  if (t.checked > 1) out.push(`${tr('Totalt', 'In total')}: ${summaryPhrase(t, lang)}.`);
  out.push(verdictLine(report, lang));
  return out.join('\n') + '\n';
}
