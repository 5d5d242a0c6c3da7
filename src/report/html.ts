/**
 * The report as ONE self-contained HTML file: inline CSS, inline SVG bar
 * charts, no script, nothing fetched from the network, a print stylesheet.
 */
import type { FormatterOptions } from '../format/formatter.js';
import type { Lang } from '../core/diagnostic.js';
import type { Indicator, Report } from './types.js';
import { htmlText } from '../format/sanitize.js';
import { centreColumns, GROUP_ORDER, groupTitle, longDate, percent, reportTitle, severityText, summaryLine, t, xOfN, countText } from './text.js';

/** Text for HTML: control, bidi and zero-width characters shown as `\uXXXX`, markup escaped. */
const escapeHtml = htmlText;

const BAR_W = 220;
const BAR_H = 16;

/** A horizontal bar: the share x/n of a track, with its text for screen readers. */
function barSvg(lang: Lang, x: number, n: number): string {
  const w = n === 0 ? 0 : Math.round((BAR_W * x) / n);
  const label = escapeHtml(`${xOfN(lang, x, n)} (${percent(lang, x, n)})`);
  return (
    `<svg class="bar" width="${BAR_W}" height="${BAR_H}" viewBox="0 0 ${BAR_W} ${BAR_H}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<rect x="0" y="0" width="${BAR_W}" height="${BAR_H}" rx="3" fill="#e6e9ef"/>` +
    (w > 0 ? `<rect x="0" y="0" width="${w}" height="${BAR_H}" rx="3" fill="#2b5797"/>` : '') +
    `</svg>`
  );
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1f24; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 1400px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; color: #1f3864; }
h2 { font-size: 1.2rem; margin: 32px 0 10px; color: #1f3864; border-bottom: 2px solid #d5dbe5; padding-bottom: 4px; }
p.lead { margin: 0 0 16px; color: #444c56; }
.keyfigures { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 8px; padding: 0; list-style: none; }
.keyfigures li { border: 1px solid #d5dbe5; border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.keyfigures .num { display: block; font-size: 1.5rem; font-weight: 600; color: #1f3864; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e3e7ee; vertical-align: middle; }
th { background: #f3f5f9; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.indicators { table-layout: fixed; }
table.indicators th:nth-child(1) { width: auto; }
table.indicators th:nth-child(2) { width: 110px; }
table.indicators th:nth-child(3) { width: 80px; }
table.indicators th:nth-child(4) { width: ${BAR_W + 20}px; }
table.rules th:nth-child(2) { width: 90px; }
table.rules th:nth-child(3) { width: 110px; }
table.rules th:nth-child(4) { width: 80px; }
table.rules th:nth-child(5) { width: ${BAR_W + 20}px; }
table.rules th:nth-child(6) { width: 110px; }
svg.bar { display: block; }
tr.sub td:first-child { padding-left: 28px; color: #444c56; }
.centres-wrap { overflow-x: auto; }
table.centres { font-size: 0.76rem; line-height: 1.25; }
table.centres th { position: sticky; top: 0; vertical-align: bottom; hyphens: manual; }
table.centres th, table.centres td { padding: 4px 4px; }
table.centres td.col-file { overflow-wrap: anywhere; color: #57606a; min-width: 6em; }
table.centres td.col-giltig-till, table.centres td.num { white-space: nowrap; }
table.centres th.num { white-space: normal; }
table.centres th.vert { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-align: left; vertical-align: bottom; padding: 6px 2px; }
td.helt { background: #e3f1e6; } td.delvis { background: #fdf3d6; } td.nej { background: #f9e0e0; } td.saknas { color: #8a939e; }
td.utgånget { background: #f9e0e0; } td.löper_ut { background: #fdf3d6; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; }
ul.munis { columns: 3; padding-left: 20px; }
.note { color: #57606a; font-size: 0.88rem; }
footer { margin-top: 40px; color: #57606a; font-size: 0.82rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, .keyfigures li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table.centres th { position: static; }
  .centres-wrap { overflow: visible; }
  table.centres { font-size: 7pt; }
  table.centres th, table.centres td { padding: 2px 3px; white-space: normal; }
  table.centres .col-file { display: none; }
  table.centres .col-giltig-till { white-space: nowrap; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg.bar rect, td.helt, td.delvis, td.nej, td.utgånget, td.löper_ut { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  section.centres { break-before: page; page-break-before: always; }
}
`;

/**
 * Soft hyphens in the long compound words of the centre table's headers and
 * type cells, so that the table fits a 1366-pixel screen without scrolling
 * sideways: the browser breaks "Kompetens-/utveckling" only where it must.
 */
const BREAKS: readonly [RegExp, string][] = [
  [/Familjecentrals(?=liknande)/g, 'Familjecentrals\u00ad'],
  [/familjecentrals(?=liknande)/g, 'familjecentrals\u00ad'],
  [/Kompetens(?=utveckling)/g, 'Kompetens\u00ad'],
  [/Verksamhets(?=plan)/g, 'Verksamhets\u00ad'],
  [/Lednings(?=grupp)/g, 'Lednings\u00ad'],
  [/Personal(?=möten)/g, 'Personal\u00ad'],
  [/Brukar(?=enkät)/g, 'Brukar\u00ad'],
  [/Familje(?=central$)/g, 'Familje\u00ad'],
  [/Samordn(?=are)/g, 'Samord\u00adn'],
  [/family-centre-(?=like)/g, 'family-centre-\u00ad'],
];

/** Columns of short values (ja/nej, numbers) whose headers stand on end, so each column is as narrow as its values. */
const VERTICAL: ReadonlySet<string> = new Set([
  'entre',
  'byggnad',
  'ledningsgrupp',
  'personalmoten',
  'samordnare',
  'verksamhetsplan',
  'brukarenkat',
  'kompetensutveckling',
  'uppfyllda',
  'fel',
  'varningar',
]);

function breakable(html: string): string {
  return BREAKS.reduce((s, [re, to]) => s.replace(re, to), html);
}

function indicatorRows(lang: Lang, inds: readonly Indicator[]): string {
  return inds
    .map((i) => {
      const sub = i.id.endsWith('.delvis') ? ' class="sub"' : '';
      return `<tr${sub}><td>${escapeHtml(i.label)}</td><td class="num">${escapeHtml(countText(lang, i))}</td><td class="num">${escapeHtml(percent(lang, i.count, i.of))}</td><td class="bar">${barSvg(lang, i.count, i.of)}</td></tr>`;
    })
    .join('\n');
}

function indicatorTable(lang: Lang, inds: readonly Indicator[]): string {
  return (
    `<table class="indicators"><thead><tr><th>${t(lang, 'Indikator', 'Indicator')}</th><th class="num">${t(lang, 'Antal', 'Count')}</th><th class="num">${t(lang, 'Andel', 'Share')}</th><th>${t(lang, 'Diagram', 'Chart')}</th></tr></thead>\n<tbody>\n` +
    indicatorRows(lang, inds) +
    `\n</tbody></table>`
  );
}

export function formatReportHtml(report: Report, _options: FormatterOptions = {}): string {
  const lang = report.lang;
  const H: string[] = [];
  const n = report.files.readable;
  const ind = (id: string) => report.indicators.find((i) => i.id === id);
  H.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="samverkan">',
    `<title>${escapeHtml(reportTitle(lang))}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(reportTitle(lang))}</h1>`,
    `<p class="lead">${escapeHtml(summaryLine(lang, report))}</p>`,
  );
  const fc = ind('typ.definition.familjecentral');
  const entr = ind('lokaler.gemensam_entré');
  const key: [string, string][] = [[String(n), t(lang, 'avtal', 'agreements')]];
  if (fc) key.push([xOfN(lang, fc.count, fc.of), t(lang, 'familjecentraler enligt definitionen', 'family centres by definition')]);
  if (entr) key.push([xOfN(lang, entr.count, entr.of), t(lang, 'med gemensam entré', 'with a common entrance')]);
  for (const c of report.coverage)
    key.push([xOfN(lang, c.without.length, c.municipalities), t(lang, `kommuner i ${c.name} utan avtal`, `municipalities in ${c.name} without one`)]);
  if (report.files.unreadable > 0) key.push([String(report.files.unreadable), t(lang, 'filer ej läsbara', 'files unreadable')]);
  H.push(`<ul class="keyfigures">${key.map(([num, what]) => `<li><span class="num">${escapeHtml(num)}</span>${escapeHtml(what)}</li>`).join('')}</ul>`);

  for (const g of GROUP_ORDER) {
    if (g === 'regler') {
      if (!report.checked) continue;
      H.push(`<section id="regler"><h2>${escapeHtml(groupTitle(lang, g))}</h2>`);
      H.push(
        `<table class="indicators rules"><thead><tr><th>${t(lang, 'Regel', 'Rule')}</th><th>${t(lang, 'Allvarlighet', 'Severity')}</th><th class="num">${t(lang, 'Uppfyller', 'Met')}</th><th class="num">${t(lang, 'Andel', 'Share')}</th><th>${t(lang, 'Diagram', 'Chart')}</th><th class="num">${t(lang, 'Undantagna', 'Waived')}</th></tr></thead><tbody>`,
      );
      for (const r of report.rules) {
        H.push(
          `<tr><td>${escapeHtml(r.title)}<br><code>${escapeHtml(r.ruleId)}</code></td><td>${escapeHtml(severityText(lang, r.severity))}</td><td class="num">${escapeHtml(xOfN(lang, r.uppfyllt, r.of))}</td><td class="num">${escapeHtml(percent(lang, r.uppfyllt, r.of))}</td><td class="bar">${barSvg(lang, r.uppfyllt, r.of)}</td><td class="num">${r.undantaget}</td></tr>`,
        );
      }
      H.push('</tbody></table></section>');
      continue;
    }
    const inds = report.indicators.filter((i) => i.group === g);
    if (inds.length === 0) continue;
    H.push(`<section id="${g}"><h2>${escapeHtml(groupTitle(lang, g))}</h2>`, indicatorTable(lang, inds), '</section>');
  }

  for (const c of report.coverage) {
    H.push(`<section id="kommuner-${c.region}"><h2>${escapeHtml(t(lang, `Kommuner i ${c.name}`, `Municipalities in ${c.name}`))}</h2>`);
    H.push(
      `<table class="indicators"><thead><tr><th>${t(lang, 'Indikator', 'Indicator')}</th><th class="num">${t(lang, 'Antal', 'Count')}</th><th class="num">${t(lang, 'Andel', 'Share')}</th><th>${t(lang, 'Diagram', 'Chart')}</th></tr></thead><tbody><tr><td>${escapeHtml(t(lang, 'Kommuner utan avtal', 'Municipalities without an agreement'))}</td><td class="num">${escapeHtml(xOfN(lang, c.without.length, c.municipalities))}</td><td class="num">${escapeHtml(percent(lang, c.without.length, c.municipalities))}</td><td class="bar">${barSvg(lang, c.without.length, c.municipalities)}</td></tr></tbody></table>`,
    );
    if (c.without.length > 0) {
      H.push(
        `<p>${escapeHtml(t(lang, 'Saknar avtal:', 'No agreement:'))}</p><ul class="munis">${c.without.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`,
      );
    } else {
      H.push(
        `<p>${escapeHtml(t(lang, `Alla ${c.municipalities} kommuner har minst ett avtal.`, `All ${c.municipalities} municipalities have at least one agreement.`))}</p>`,
      );
    }
    if (c.withAgreement.length > 0) {
      H.push(
        `<p class="note">${escapeHtml(t(lang, 'Med avtal: ', 'With an agreement: '))}${c.withAgreement.map((m) => escapeHtml(`${m.kommun} (${m.agreements})`)).join(', ')}</p>`,
      );
    }
    if (c.unknown.length > 0) {
      H.push(`<p>${escapeHtml(t(lang, 'Avtal vars kommun inte finns i länets lista:', "Agreements whose municipality is not on the county's list:"))}</p><ul>`);
      for (const u of c.unknown)
        H.push(
          `<li><code>${escapeHtml(u.file)}</code>: ${escapeHtml(u.kommun)}${u.suggestion ? escapeHtml(t(lang, ` (menade du ${u.suggestion}?)`, ` (did you mean ${u.suggestion}?)`)) : ''}</li>`,
        );
      H.push('</ul>');
    }
    H.push(
      `<p class="note">${t(lang, 'Källa', 'Source')}: ${c.sources.map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>`).join('; ')}</p></section>`,
    );
  }

  const cols = centreColumns(lang, report);
  H.push(
    `<section class="centres" id="familjecentraler"><h2>${escapeHtml(t(lang, 'Familjecentralerna', 'The centres'))}</h2><div class="centres-wrap"><table class="centres"><thead><tr>`,
  );
  H.push(
    cols
      .map(
        (c) =>
          `<th class="${[`col-${c.key}`, c.numeric ? 'num' : '', VERTICAL.has(c.key) ? 'vert' : ''].filter(Boolean).join(' ')}">${VERTICAL.has(c.key) ? escapeHtml(c.header) : breakable(escapeHtml(c.header))}</th>`,
      )
      .join(''),
  );
  H.push('</tr></thead><tbody>');
  for (const r of report.centres) {
    const cells = cols.map((c) => {
      const cls = [`col-${c.key}`, c.numeric ? 'num' : '', c.cellClass?.(r) ?? ''].filter(Boolean);
      const text = escapeHtml(c.cell(r));
      return `<td class="${cls.join(' ')}">${c.key === 'typ' || c.key === 'definition' ? breakable(text) : text}</td>`;
    });
    H.push(`<tr>${cells.join('')}</tr>`);
  }
  H.push('</tbody></table></div></section>');

  if (report.unreadable.length > 0) {
    H.push(`<section id="ej-lasbara"><h2>${escapeHtml(t(lang, 'Ej läsbara filer', 'Unreadable files'))}</h2><ul>`);
    for (const u of report.unreadable) {
      const d = u.diagnostics[0];
      const where = d?.position ? `${u.file}:${d.position.line}:${d.position.col}` : u.file;
      H.push(`<li><code>${escapeHtml(where)}</code> ${escapeHtml(d?.message ?? t(lang, 'kan inte läsas', 'cannot be read'))}</li>`);
    }
    H.push('</ul></section>');
  }
  H.push(
    `<footer>${escapeHtml(t(lang, `Skapad av samverkan. Giltighet bedömd per ${longDate(lang, report.asOf)}. Varje indikator räknas ur avtalens YAML-nycklar; samma siffror finns med --format json.`, `Made by samverkan. Validity judged as of ${longDate(lang, report.asOf)}. Each indicator is counted from the agreements' YAML keys; the same figures are given by --format json.`))}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  );
  return H.join('\n');
}
