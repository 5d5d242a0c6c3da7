/** `samverkan check --format markdown`: a review report to paste into a case file or a pull request. */
import { humanDate } from '../core/dates.js';
import { isFailing, outcomeLabel, severityLabel, summaryPhrase, totals, verdictLine, type CheckReport } from './check-report.js';
import { markdownText } from './sanitize.js';
import type { FormatterOptions } from './formatter.js';

/** Text from the data, safe anywhere in Markdown: in a table cell, a heading or a list item. */
const cell = markdownText;

/** A URL as a Markdown link destination: only http(s), in angle brackets, nothing that could close it. */
function linkUrl(url: string): string {
  return /^https?:\/\/[^\s<>]*$/.test(url) ? `<${url}>` : '<>';
}

const ICON = { uppfyllt: '✅', ej_uppfyllt: '❌', ej_bedömt: '❔', undantaget: '⏸️', ej_tillämpligt: '➖' } as const;

export function formatCheckMarkdown(report: CheckReport, options: FormatterOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const tr = (sv: string, en: string) => (lang === 'en' ? en : sv);
  const out: string[] = [];
  out.push(`# ${tr('Granskning av samverkansavtal', 'Review of collaboration agreements')}`);
  out.push('');
  out.push(
    tr(
      `Granskat per ${humanDate(report.asOf, lang)}; underkänt vid "${severityLabel(report.failOn, lang)}" eller högre.`,
      `Checked as of ${humanDate(report.asOf, lang)}; fails at "${severityLabel(report.failOn, lang)}" or above.`,
    ),
  );
  out.push('');
  out.push(`**${verdictLine(report, lang)}**`);
  const t = totals(report);
  if (t.checked > 0) {
    out.push('');
    out.push(`${tr('Totalt', 'In total')}: ${summaryPhrase(t, lang)}.`);
  }
  for (const f of report.files) {
    out.push('');
    if (!f.result) {
      out.push(`## ${cell(f.file)}`);
      out.push('');
      out.push(
        tr(
          '**Ogiltigt avtal** – granskas inte förrän valideringsfelen är rättade:',
          '**Invalid agreement** – not checked until the validation errors are fixed:',
        ),
      );
      out.push('');
      for (const d of f.diagnostics.filter((x) => x.severity === 'fel')) {
        const where = d.position ? tr(`rad ${d.position.line}, kolumn ${d.position.col}`, `line ${d.position.line}, column ${d.position.col}`) : '';
        out.push(`- ${where ? where + ': ' : ''}${cell(d.message)}${d.hint ? ` (${cell(d.hint)})` : ''}`);
      }
      continue;
    }
    const r = f.result;
    out.push(`## ${cell(f.file)}${f.name ? ` – ${cell(f.name)}` : ''}`);
    out.push('');
    out.push(`${tr('Regeluppsättning', 'Ruleset')} \`${r.ruleset}\`. ${summaryPhrase(r.summary, lang)}.`);
    out.push('');
    out.push(
      `| ${tr('Utfall', 'Outcome')} | ${tr('Nivå', 'Severity')} | ${tr('Regel', 'Rule')} | ${tr('Rad', 'Line')} | ${tr('Meddelande', 'Message')} | ${tr('Källa', 'Source')} |`,
    );
    out.push('|---|---|---|---|---|---|');
    for (const x of r.findings) {
      const outcome = `${ICON[x.outcome]} ${outcomeLabel(x.outcome, lang)}${isFailing(x, report.failOn) ? ' **!**' : ''}`;
      const source = `[${cell(x.citation.document)}](${linkUrl(x.citation.url)})`;
      const lines = x.locations ? x.locations.map((l) => l.position?.line ?? '').join(', ') : (x.position?.line ?? '');
      out.push(`| ${outcome} | ${severityLabel(x.severity, lang)} | \`${x.ruleId}\` ${cell(x.title)} | ${lines} | ${cell(x.message)} | ${source} |`);
    }
    for (const n of r.notes ?? []) {
      out.push('');
      out.push(
        `> **${severityLabel(n.severity, lang)}**${n.position ? tr(` (rad ${n.position.line})`, ` (line ${n.position.line})`) : ''}: ${cell(n.message)}${n.hint ? ` (${cell(n.hint)})` : ''}`,
      );
    }
  }
  return out.join('\n') + '\n';
}
