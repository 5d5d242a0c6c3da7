/**
 * The report as Markdown: headings, one table per indicator group, the
 * municipalities without an agreement, and the per-centre table.
 */
import type { FormatterOptions } from '../format/formatter.js';
import type { Lang } from '../core/diagnostic.js';
import type { Report } from './types.js';
import { centreColumns, GROUP_ORDER, groupTitle, percent, reportTitle, severityText, summaryLine, t, xOfN, countText } from './text.js';
import { markdownText } from '../format/sanitize.js';

/** Text in a table cell, a heading or a list item: Markdown and control characters escaped, line breaks flattened. */
const mdCell = markdownText;

/** A source URL as a link destination: only http(s), in angle brackets. */
function linkUrl(url: string): string {
  return /^https?:\/\/[^\s<>]*$/.test(url) ? `<${url}>` : '<>';
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[] = []): string[] {
  const out = [`| ${headers.map(mdCell).join(' | ')} |`, `|${headers.map((_, i) => (numeric[i] ? '---:' : '---')).join('|')}|`];
  for (const r of rows) out.push(`| ${r.map(mdCell).join(' | ')} |`);
  return out;
}

export function formatReportMarkdown(report: Report, _options: FormatterOptions = {}): string {
  const lang: Lang = report.lang;
  const L: string[] = [`# ${reportTitle(lang)}`, '', summaryLine(lang, report), ''];
  for (const g of GROUP_ORDER) {
    const inds = report.indicators.filter((i) => i.group === g);
    if (g === 'regler') {
      if (!report.checked) continue;
      L.push(`## ${groupTitle(lang, g)}`, '');
      L.push(
        ...table(
          [
            t(lang, 'Regel', 'Rule'),
            'Id',
            t(lang, 'Allvarlighet', 'Severity'),
            t(lang, 'Uppfyller', 'Met'),
            t(lang, 'Andel', 'Share'),
            t(lang, 'Undantagna', 'Waived'),
          ],
          report.rules.map((r) => [
            r.title,
            r.ruleId,
            severityText(lang, r.severity),
            xOfN(lang, r.uppfyllt, r.of),
            percent(lang, r.uppfyllt, r.of),
            String(r.undantaget),
          ]),
          [false, false, false, true, true, true],
        ),
      );
      L.push('');
      continue;
    }
    if (inds.length === 0) continue;
    L.push(`## ${groupTitle(lang, g)}`, '');
    L.push(
      ...table(
        [t(lang, 'Indikator', 'Indicator'), t(lang, 'Antal', 'Count'), t(lang, 'Andel', 'Share')],
        inds.map((i) => [i.label, countText(lang, i), percent(lang, i.count, i.of)]),
        [false, true, true],
      ),
    );
    L.push('');
  }
  for (const c of report.coverage) {
    L.push(`## ${mdCell(t(lang, `Kommuner i ${c.name} utan avtal`, `Municipalities in ${c.name} without an agreement`))}`, '');
    L.push(
      t(
        lang,
        `${c.without.length} av ${c.municipalities} kommuner saknar avtal${c.without.length > 0 ? ': ' + c.without.map(mdCell).join(', ') : ''}.`,
        `${c.without.length} of ${c.municipalities} municipalities have no agreement${c.without.length > 0 ? ': ' + c.without.map(mdCell).join(', ') : ''}.`,
      ),
      '',
    );
    if (c.unknown.length > 0) {
      L.push(t(lang, 'Avtal vars kommun inte finns i länets lista:', "Agreements whose municipality is not on the county's list:"), '');
      for (const u of c.unknown)
        L.push(
          `- ${mdCell(u.file)}: ${mdCell(u.kommun)}${u.suggestion ? t(lang, ` (menade du ${mdCell(u.suggestion)}?)`, ` (did you mean ${mdCell(u.suggestion)}?)`) : ''}`,
        );
      L.push('');
    }
    L.push(`${t(lang, 'Källa', 'Source')}: ${c.sources.map((s) => `[${mdCell(s.title)}](${linkUrl(s.url)})`).join('; ')}`, '');
  }
  L.push(`## ${t(lang, 'Familjecentralerna', 'The centres')}`, '');
  const cols = centreColumns(lang, report);
  L.push(
    ...table(
      cols.map((c) => c.header),
      report.centres.map((r) => cols.map((c) => c.cell(r))),
      cols.map((c) => c.numeric === true),
    ),
  );
  L.push('');
  if (report.duplicates.length > 0) {
    L.push(`## ${t(lang, 'Samma avtals-id i flera filer', 'The same agreement id in several files')}`, '');
    for (const d of report.duplicates) L.push(`- ${d.id}: ${d.files.join(', ')} ${t(lang, `(bara ${d.files[0]} räknas)`, `(only ${d.files[0]} is counted)`)}`);
    L.push('');
  }
  if (report.unreadable.length > 0) {
    L.push(`## ${t(lang, 'Ej läsbara filer', 'Unreadable files')}`, '');
    for (const u of report.unreadable) {
      const d = u.diagnostics[0];
      const where = d?.position ? `${u.file}:${d.position.line}:${d.position.col}` : u.file;
      L.push(`- ${mdCell(where)}: ${mdCell(d?.message ?? t(lang, 'kan inte läsas', 'cannot be read'))}`);
    }
    L.push('');
  }
  return L.join('\n');
}
