/**
 * What the page does beside editing one agreement, as the CLI does it:
 * comparing the open agreement with an earlier version (`samverkan jämför`,
 * with its redline as `jämför --docx`) and the regional overview of several
 * agreements (`samverkan report`, downloadable in each of its formats). Built
 * as its own bundle, kept in the page as an unparsed data block and run the
 * first time an officer asks for either; it takes the precompiled templates
 * from the Word chunk (render-chunk.ts), which the page runs first.
 */
import { humanDate, parseIsoDate } from '../core/dates.js';
import { compareAgreements } from '../compare/compare.js';
import { agreementRedline } from '../compare/document.js';
import {
  changeSummary,
  kindText,
  mismatchNote,
  movementText,
  outcomeText,
  shortValue,
  tr,
  trimmedParts,
  verdictText,
  versionText,
} from '../compare/present.js';
import type { Change, ComparisonResult, ObligationChange } from '../compare/types.js';
import type { Lang } from '../core/diagnostic.js';
import { comparable } from '../policy/compare.js';
import { loadAgreement, loadAgreements } from '../policy/load.js';
import { reportInput } from '../policy/report.js';
import { buildReport, type ReportInput } from '../report/build.js';
import { REPORT_FORMATTERS, type ReportFormat } from '../report/formatters.js';
import { countText, GROUP_ORDER, groupTitle, percent, reportTitle, summaryLine } from '../report/text.js';
import type { Report } from '../report/types.js';
import { PRECOMPILED } from '../render/templates.generated.js';
import { el as h } from './dom.js';

/** A file the officer picked (its bytes, read as the CLI reads a file), or the open agreement (its text). */
export interface PickedFile {
  readonly name: string;
  readonly source: Uint8Array | string;
}

export interface ComparisonInput {
  readonly old: PickedFile;
  readonly current: PickedFile;
  /** `YYYY-MM-DD`: both versions are checked as of this date. */
  readonly asOf: string;
  readonly lang: Lang;
}

export interface ReportRequest {
  readonly files: readonly PickedFile[];
  readonly asOf: string;
  readonly lang: Lang;
}

export type Download = (name: string, bytes: Uint8Array, type: string) => void;
export type ToolView = { content: HTMLElement } | { message: string };

export interface PageTools {
  /** The comparison as a dialog's content (changes, obligations, a redline download), or why it cannot be made. */
  compare(input: ComparisonInput, download: Download): ToolView;
  /** The regional overview as a dialog's content (key figures, indicators, downloads in every format). */
  report(input: ReportRequest, download: Download): ToolView;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEMPLATES: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(Object.entries(PRECOMPILED).map(([p, x]) => [p, x.text])));

function button(id: string, text: string, action: () => Promise<void> | void): HTMLButtonElement {
  const b = h('button', { type: 'button', id }, text);
  b.addEventListener('click', () => void action());
  return b;
}

// ---------------------------------------------------------------------------
// Comparing two versions

function valueLine(c: Change, lang: Lang): HTMLElement {
  if (c.words) return h('p', { class: 'diff' }, ...trimmedParts(c.words).map((p) => (p.op === 'lika' ? p.text : h(p.op === 'ny' ? 'ins' : 'del', {}, p.text))));
  const before = c.old === undefined ? '' : shortValue(c.old, lang);
  const after = c.new === undefined ? '' : shortValue(c.new, lang);
  if (c.kind === 'tillagt') return h('p', { class: 'diff' }, h('ins', {}, after));
  if (c.kind === 'borttaget') return h('p', { class: 'diff' }, h('del', {}, before));
  return h('p', { class: 'diff' }, h('del', {}, before), tr(lang, ' blir ', ' becomes '), h('ins', {}, after));
}

function changeItem(c: Change, lang: Lang): HTMLElement {
  return h('li', {}, h('strong', {}, `${kindText(c.kind, lang)}: `), c.label, ' ', h('code', {}, c.field), valueLine(c, lang));
}

function obligationItem(r: ComparisonResult, o: ObligationChange, lang: Lang): HTMLElement {
  const causes = o.causes.map((i) => `${tr(lang, 'ändring', 'change')} ${i + 1} (${r.changes[i]!.label})`).join('; ');
  return h(
    'li',
    { class: o.movement === 'försämrad' ? 'worse' : '' },
    h('strong', {}, `${movementText(o.movement, lang)}: `),
    `${o.title} (${o.ruleId}, ${o.severity}): ${outcomeText(o.oldOutcome, lang)} → ${outcomeText(o.newOutcome, lang)}`,
    h('p', {}, `${tr(lang, 'Före', 'Before')}: ${o.oldMessage}`),
    h('p', {}, `${tr(lang, 'Nu', 'Now')}: ${o.newMessage}`),
    h(
      'p',
      {},
      causes
        ? `${tr(lang, 'Orsak', 'Cause')}: ${causes}`
        : tr(lang, 'Orsak: kan inte knytas till en enskild ändring', 'Cause: cannot be tied to a single change'),
    ),
    h('p', { class: 'source' }, `${tr(lang, 'Källa', 'Source')}: ${o.citation.document} (${o.citation.section})`),
  );
}

function compare(input: ComparisonInput, download: Download): ToolView {
  const { lang } = input;
  // The library's load and compare policy (src/policy): both versions valid, or the errors the CLI prints.
  const side = (f: PickedFile) => comparable({ file: f.name, result: loadAgreement(f.source, { lang }) }, lang);
  const oldSide = side(input.old);
  const newSide = side(input.current);
  const asOf = parseIsoDate(input.asOf);
  if (!oldSide.ok) return { message: oldSide.lines.join(' ') };
  if (!newSide.ok) return { message: newSide.lines.join(' ') };
  if (!asOf) return { message: tr(lang, `Ogiltigt granskningsdatum: ${input.asOf}`, `Invalid review date: ${input.asOf}`) };
  const r = compareAgreements(oldSide!.side, newSide!.side, { asOf, lang });
  const note = mismatchNote(r, lang);
  const redline = button('jämför-docx', tr(lang, 'Ladda ner Word-fil med spårade ändringar', 'Download Word file with tracked changes'), async () => {
    const red = await agreementRedline(oldSide.side.agreement, newSide.side.agreement, r, { templates: TEMPLATES });
    if (red.bytes) download(`${r.new.id}-ändringar.docx`, red.bytes, DOCX);
  });
  const content = h(
    'div',
    {},
    h(
      'h2',
      { id: 'verktyg-rubrik', tabindex: '-1' },
      tr(
        lang,
        `Ändringar från ${versionText(r.old, lang)} till ${versionText(r.new, lang)}`,
        `Changes from ${versionText(r.old, lang)} to ${versionText(r.new, lang)}`,
      ),
    ),
    h('p', {}, tr(lang, `Båda versionerna granskade per ${humanDate(r.asOf, lang)}.`, `Both versions checked as of ${humanDate(r.asOf, lang)}.`)),
    ...(note ? [h('p', { class: 'note' }, note)] : []),
    h('p', { id: 'jämförelse-resultat', class: r.summary.försämrade > 0 ? 'worse' : '' }, verdictText(r, lang)),
    h('h3', {}, r.changes.length === 0 ? tr(lang, 'Inga ändringar', 'No changes') : changeSummary(r, lang)),
    h('ol', { id: 'ändringar' }, ...r.changes.map((c) => changeItem(c, lang))),
    h('h3', {}, tr(lang, `Skyldigheter med ändrat utfall (${r.obligations.length})`, `Obligations whose outcome changes (${r.obligations.length})`)),
    h('ul', { id: 'skyldigheter' }, ...r.obligations.map((o) => obligationItem(r, o, lang))),
    h('div', { class: 'buttons' }, redline),
  );
  return { content };
}

// ---------------------------------------------------------------------------
// The regional overview

/** Each file read, validated and checked once, as `samverkan report` does (the library's load and report policy). */
function reportInputs(files: readonly PickedFile[], asOf: Date, lang: Lang): ReportInput[] {
  return loadAgreements(
    files.map((f) => ({ file: f.name, source: f.source })),
    { lang },
  ).map((l) => reportInput(l, { asOf, lang }));
}

function indicatorTables(r: Report): HTMLElement[] {
  const lang = r.lang;
  return GROUP_ORDER.filter((g) => r.indicators.some((i) => i.group === g)).map((g) =>
    h(
      'table',
      { class: 'indicators' },
      h('caption', {}, groupTitle(lang, g)),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, tr(lang, 'Uppgift', 'Indicator')),
          h('th', { scope: 'col' }, tr(lang, 'Antal', 'Count')),
          h('th', { scope: 'col' }, tr(lang, 'Andel', 'Share')),
        ),
      ),
      h(
        'tbody',
        {},
        ...r.indicators
          .filter((i) => i.group === g)
          .map((i) =>
            h('tr', { 'data-id': i.id }, h('th', { scope: 'row' }, i.label), h('td', {}, countText(lang, i)), h('td', {}, percent(lang, i.count, i.of))),
          ),
      ),
    ),
  );
}

/** The report's formats as the page offers them: Word first, then the text formats. */
const DOWNLOADS: readonly (readonly [ReportFormat, string, string])[] = [
  ['docx', 'Word', DOCX],
  ['html', 'HTML', 'text/html'],
  ['md', 'Markdown', 'text/markdown'],
  ['csv', 'CSV', 'text/csv'],
  ['json', 'JSON', 'application/json'],
];

function report(input: ReportRequest, download: Download): ToolView {
  const { lang } = input;
  const asOf = parseIsoDate(input.asOf);
  if (!asOf || input.files.length === 0)
    return { message: tr(lang, 'Välj en eller flera YAML-filer med avtal.', 'Choose one or more YAML files of agreements.') };
  const r = buildReport(reportInputs(input.files, asOf, lang), { asOf, lang });
  // The CLI's formatters (src/report/formatters.ts), so each file is what `samverkan report --format <f>` writes.
  const buttons = DOWNLOADS.map(([format, name, type]) =>
    button(`rapport-${format}`, tr(lang, `Ladda ner som ${name}`, `Download as ${name}`), async () => {
      const data = await REPORT_FORMATTERS[format](r, { lang });
      download(`rapport.${format}`, typeof data === 'string' ? new TextEncoder().encode(data) : data, type);
    }),
  );
  const without = r.coverage.map((c) =>
    h(
      'li',
      {},
      tr(
        lang,
        `${c.name}: ${c.without.length} av ${c.municipalities} kommuner saknar avtal`,
        `${c.name}: ${c.without.length} of ${c.municipalities} municipalities have no agreement`,
      ) +
        (c.without.length > 0 ? ` (${c.without.join(', ')})` : '') +
        '.',
    ),
  );
  const unreadable = r.unreadable.map((u) => h('li', {}, `${u.file}: ${u.diagnostics[0]?.message ?? ''}`));
  const content = h(
    'div',
    {},
    h('h2', { id: 'verktyg-rubrik', tabindex: '-1' }, reportTitle(lang)),
    h('p', { id: 'rapport-sammanfattning' }, summaryLine(lang, r)),
    ...(unreadable.length > 0
      ? [h('h3', {}, tr(lang, 'Filer som inte kunde läsas', 'Files that could not be read')), h('ul', { id: 'rapport-ej-läsbara' }, ...unreadable)]
      : []),
    ...indicatorTables(r),
    ...(without.length > 0 ? [h('h3', {}, tr(lang, 'Kommuner utan avtal', 'Municipalities without an agreement')), h('ul', {}, ...without)] : []),
    h(
      'p',
      { class: 'help' },
      tr(lang, 'Hela översikten, med en rad per familjecentral, finns i filerna:', 'The whole overview, with a row per family centre, is in the files:'),
    ),
    h('div', { class: 'buttons' }, ...buttons),
  );
  return { content };
}

(globalThis as { samverkanTools?: PageTools }).samverkanTools = { compare, report };
