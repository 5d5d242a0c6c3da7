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
import { checkAgreement } from '../check/check.js';
import { compareAgreements } from '../compare/compare.js';
import { agreementRedline } from '../compare/document.js';
import { changeSummary, kindText, mismatchNote, movementText, outcomeText, shortValue, tr, trimmedParts, verdictText, versionText } from '../compare/present.js';
import type { Change, ComparisonResult, ObligationChange } from '../compare/types.js';
import type { Lang } from '../core/diagnostic.js';
import { validateAgreementText } from '../core/validate.js';
import { mapStrings, visible } from '../format/sanitize.js';
import { buildReport, type ReportInput } from '../report/build.js';
import { formatReportCsv } from '../report/csv.js';
import { formatReportDocx } from '../report/docx.js';
import { formatReportHtml } from '../report/html.js';
import { formatReportJson } from '../report/json.js';
import { formatReportMarkdown } from '../report/markdown.js';
import { countText, GROUP_ORDER, groupTitle, percent, reportTitle, summaryLine } from '../report/text.js';
import type { Report } from '../report/types.js';
import { PRECOMPILED } from '../render/templates.generated.js';
import { el as h } from './dom.js';

/** A file the officer picked: its name and text. */
export interface PickedFile {
  readonly name: string;
  readonly text: string;
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
    h('p', {}, causes ? `${tr(lang, 'Orsak', 'Cause')}: ${causes}` : tr(lang, 'Orsak: kan inte knytas till en enskild ändring', 'Cause: cannot be tied to a single change')),
    h('p', { class: 'source' }, `${tr(lang, 'Källa', 'Source')}: ${o.citation.document} (${o.citation.section})`),
  );
}

function compare(input: ComparisonInput, download: Download): ToolView {
  const { lang } = input;
  const oldV = validateAgreementText(input.old.text, { lang });
  const newV = validateAgreementText(input.current.text, { lang });
  const asOf = parseIsoDate(input.asOf);
  if (!oldV.agreement || !newV.agreement || !asOf) {
    const which = !oldV.agreement ? input.old.name : input.current.name;
    return { message: tr(lang, `${which} är inte ett giltigt avtal och kan inte jämföras; öppna den och rätta felen först.`, `${which} is not a valid agreement and cannot be compared; open it and fix the errors first.`) };
  }
  const r = compareAgreements(
    { agreement: oldV.agreement, locate: oldV.locate, file: input.old.name },
    { agreement: newV.agreement, locate: newV.locate, file: input.current.name },
    { asOf, lang },
  );
  const note = mismatchNote(r, lang);
  const redline = button('jämför-docx', tr(lang, 'Ladda ner Word-fil med spårade ändringar', 'Download Word file with tracked changes'), async () => {
    const red = await agreementRedline(oldV.agreement!, newV.agreement!, r, { templates: TEMPLATES });
    if (red.bytes) download(`${r.new.id}-ändringar.docx`, red.bytes, DOCX);
  });
  const content = h(
    'div',
    {},
    h('h2', { id: 'verktyg-rubrik', tabindex: '-1' }, tr(lang, `Ändringar från ${versionText(r.old, lang)} till ${versionText(r.new, lang)}`, `Changes from ${versionText(r.old, lang)} to ${versionText(r.new, lang)}`)),
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

/** Each file read, validated and checked once, as `samverkan report` does. */
function reportInputs(files: readonly PickedFile[], asOf: Date, lang: Lang): ReportInput[] {
  return files.map((f) => {
    const validation = validateAgreementText(f.text, { lang });
    const check = validation.valid && validation.agreement ? checkAgreement(validation.agreement, { asOf, lang }) : undefined;
    return { file: f.name, validation, ...(check ? { check } : {}) };
  });
}

function indicatorTables(r: Report): HTMLElement[] {
  const lang = r.lang;
  return GROUP_ORDER.filter((g) => r.indicators.some((i) => i.group === g)).map((g) =>
    h(
      'table',
      { class: 'indicators' },
      h('caption', {}, groupTitle(lang, g)),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr(lang, 'Uppgift', 'Indicator')), h('th', { scope: 'col' }, tr(lang, 'Antal', 'Count')), h('th', { scope: 'col' }, tr(lang, 'Andel', 'Share')))),
      h('tbody', {}, ...r.indicators.filter((i) => i.group === g).map((i) => h('tr', { 'data-id': i.id }, h('th', { scope: 'row' }, i.label), h('td', {}, countText(lang, i)), h('td', {}, percent(lang, i.count, i.of))))),
    ),
  );
}

function report(input: ReportRequest, download: Download): ToolView {
  const { lang } = input;
  const asOf = parseIsoDate(input.asOf);
  if (!asOf || input.files.length === 0) return { message: tr(lang, 'Välj en eller flera YAML-filer med avtal.', 'Choose one or more YAML files of agreements.') };
  const r = buildReport(reportInputs(input.files, asOf, lang), { asOf, lang });
  const formats: readonly [string, string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    // Word refuses a file with one character XML cannot hold: every text is made visible first, as the CLI does.
    ['docx', 'Word', () => formatReportDocx(mapStrings(r, visible)), DOCX],
    ['html', 'HTML', () => new TextEncoder().encode(formatReportHtml(r)), 'text/html'],
    ['md', 'Markdown', () => new TextEncoder().encode(formatReportMarkdown(r)), 'text/markdown'],
    ['csv', 'CSV', () => new TextEncoder().encode(formatReportCsv(r)), 'text/csv'],
    ['json', 'JSON', () => new TextEncoder().encode(formatReportJson(r)), 'application/json'],
  ];
  const buttons = formats.map(([ext, name, make, type]) =>
    button(`rapport-${ext}`, tr(lang, `Ladda ner som ${name}`, `Download as ${name}`), async () => download(`rapport.${ext}`, await make(), type)),
  );
  const without = r.coverage.map((c) => h('li', {}, tr(lang, `${c.name}: ${c.without.length} av ${c.municipalities} kommuner saknar avtal`, `${c.name}: ${c.without.length} of ${c.municipalities} municipalities have no agreement`) + (c.without.length > 0 ? ` (${c.without.join(', ')})` : '') + '.'));
  const unreadable = r.unreadable.map((u) => h('li', {}, `${u.file}: ${u.diagnostics[0]?.message ?? ''}`));
  const content = h(
    'div',
    {},
    h('h2', { id: 'verktyg-rubrik', tabindex: '-1' }, reportTitle(lang)),
    h('p', { id: 'rapport-sammanfattning' }, summaryLine(lang, r)),
    ...(unreadable.length > 0 ? [h('h3', {}, tr(lang, 'Filer som inte kunde läsas', 'Files that could not be read')), h('ul', { id: 'rapport-ej-läsbara' }, ...unreadable)] : []),
    ...indicatorTables(r),
    ...(without.length > 0 ? [h('h3', {}, tr(lang, 'Kommuner utan avtal', 'Municipalities without an agreement')), h('ul', {}, ...without)] : []),
    h('p', { class: 'help' }, tr(lang, 'Hela översikten, med en rad per familjecentral, finns i filerna:', 'The whole overview, with a row per family centre, is in the files:')),
    h('div', { class: 'buttons' }, ...buttons),
  );
  return { content };
}

(globalThis as { samverkanTools?: PageTools }).samverkanTools = { compare, report };
