/**
 * The report as a Word document for circulation: the indicator tables in
 * portrait, the per-centre table in a landscape section; a running header
 * (title and date) and page numbers on every page; the title, then one
 * level of headings with outline levels (navigation pane, PDF bookmarks). Deterministic: our
 * own docProps/core.xml (dated by --as-of) and fixed zip timestamps, so the
 * same input gives the same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { coreXml, fixZipTimestamps } from '../render/package.js';
import { mapStrings, visible } from '../format/sanitize.js';
import type { FormatterOptions } from '../format/formatter.js';
import type { Indicator, Report } from './types.js';
import { centreColumns, GROUP_ORDER, groupTitle, longDate, percent, reportTitle, severityText, summaryLine, t, xOfN, countText } from './text.js';

/** A4 in twips. */
const A4 = { short: 11906, long: 16838 } as const;
const MARGIN = 1134; // 2 cm
const PORTRAIT_WIDTH = A4.short - 2 * MARGIN;
const LANDSCAPE_MARGIN = 720; // 1.27 cm
const LANDSCAPE_WIDTH = A4.long - 2 * LANDSCAPE_MARGIN;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B1' } as const;
const FILL: Record<string, string> = { helt: 'E3F1E6', delvis: 'FDF3D6', nej: 'F9E0E0', utgånget: 'F9E0E0', löper_ut: 'FDF3D6' };

interface CellSpec {
  text: string;
  right?: boolean;
  fill?: string;
  indent?: boolean;
}

function cell(spec: CellSpec, width: number, size: number, header: boolean): TableCell {
  const fill = header ? 'E7ECF2' : spec.fill;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: [
      new Paragraph({
        spacing: { after: 0, line: 240 },
        keepNext: header,
        ...(spec.right ? { alignment: AlignmentType.RIGHT } : {}),
        ...(spec.indent ? { indent: { left: 283 } } : {}),
        children: [new TextRun({ text: spec.text, size, ...(header ? { bold: true } : {}) })],
      }),
    ],
  });
}

/** A fixed-layout table (LibreOffice honours explicit twip widths only so); the header row repeats. */
function table(headers: readonly CellSpec[], rows: readonly (readonly CellSpec[])[], widths: readonly number[], size = 18): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: sum, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, widths[i]!, size, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!, size, false)) })),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, keepNext: true, children: [new TextRun(text)] });
const para = (text: string, options: { italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...(options.italics ? { italics: true } : {}) })] });

function indicatorTable(report: Report, inds: readonly Indicator[]): Table {
  const lang = report.lang;
  const w = [PORTRAIT_WIDTH - 1600 - 1100, 1600, 1100];
  return table(
    [{ text: t(lang, 'Indikator', 'Indicator') }, { text: t(lang, 'Antal', 'Count'), right: true }, { text: t(lang, 'Andel', 'Share'), right: true }],
    inds.map((i) => [
      { text: i.label, indent: i.id.endsWith('.delvis') },
      { text: countText(lang, i), right: true },
      { text: percent(lang, i.count, i.of), right: true },
    ]),
    w,
  );
}

/** Soft hyphens (U+00AD) in the long compound words of the narrow table's headers, so they break where Swedish breaks them. */
const HYPHENATE: Record<string, string> = {
  Gemensam: 'Gemen\u00ADsam',
  Ledningsgrupp: 'Lednings\u00ADgrupp',
  Personalmöten: 'Personal\u00ADmöten',
  Samordnare: 'Sam\u00ADordnare',
  Verksamhetsplan: 'Verksamhets\u00ADplan',
  Brukarenkät: 'Brukar\u00ADenkät',
  Kompetensutveckling: 'Kompetens\u00ADutveckling',
  Familjecentral: 'Familje\u00ADcentral',
  familjecentralsliknande: 'familjecentrals\u00ADliknande',
  Varningar: 'Var\u00ADningar',
  Management: 'Manage\u00ADment',
  Competence: 'Compe\u00ADtence',
  development: 'develop\u00ADment',
  Coordinator: 'Coordi\u00ADnator',
};

function hyphenate(text: string): string {
  return text.replace(/[\p{L}]+/gu, (w) => HYPHENATE[w] ?? w);
}

/**
 * Column widths in twips from the text. No word is ever broken: each column is
 * at least as wide as its longest word (header or cell); the space left is
 * shared out so that cells wrap between words as little as possible.
 */
function columnWidths(columns: readonly (readonly string[])[], available: number, twipsPerChar = 72, padding = 150): number[] {
  const longestWord = (texts: readonly string[]) => Math.max(1, ...texts.flatMap((x) => x.split(/[\s/\u00AD]+/).map((w) => w.length)));
  // Headers are bold: a fifth wider per character.
  const min = columns.map(([header = '', ...cells]) => Math.max(longestWord([header]) * 1.2, longestWord(cells)) * twipsPerChar + padding);
  const full = columns.map((texts, i) => Math.max(min[i]!, Math.min(30, Math.max(...texts.slice(1).map((c) => c.length), 0)) * twipsPerChar + padding));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(full) <= available) return full.map((w) => Math.floor(w));
  if (sum(min) >= available) return min.map((w) => Math.floor((w * available) / sum(min)));
  const share = (available - sum(min)) / (sum(full) - sum(min));
  return min.map((m, i) => Math.floor(m + (full[i]! - m) * share));
}

/**
 * The report as .docx bytes. Word refuses a file with one character XML
 * cannot hold (U+FFFE, a C0 control): every text from the data is made visible first.
 */
export async function formatReportDocx(data: Report, _options: FormatterOptions = {}): Promise<Uint8Array> {
  const report = mapStrings(data, visible);
  const lang = report.lang;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(reportTitle(lang))] }),
    para(summaryLine(lang, report)),
  ];
  for (const g of GROUP_ORDER) {
    if (g === 'regler') {
      if (!report.checked) continue;
      body.push(heading(groupTitle(lang, g)));
      const w = [PORTRAIT_WIDTH - 1300 - 1400 - 900 - 1100, 1300, 1400, 900, 1100];
      body.push(
        table(
          [
            { text: t(lang, 'Regel', 'Rule') },
            { text: t(lang, 'Allvarlighet', 'Severity') },
            { text: t(lang, 'Uppfyller', 'Met'), right: true },
            { text: t(lang, 'Andel', 'Share'), right: true },
            { text: t(lang, 'Undantagna', 'Waived'), right: true },
          ],
          report.rules.map((r) => [
            { text: `${r.title} (${r.ruleId})` },
            { text: severityText(lang, r.severity) },
            { text: xOfN(lang, r.uppfyllt, r.of), right: true },
            { text: percent(lang, r.uppfyllt, r.of), right: true },
            { text: String(r.undantaget), right: true },
          ]),
          w,
        ),
      );
      continue;
    }
    const inds = report.indicators.filter((i) => i.group === g);
    if (inds.length === 0) continue;
    body.push(heading(groupTitle(lang, g)), indicatorTable(report, inds));
  }
  for (const c of report.coverage) {
    body.push(heading(t(lang, `Kommuner i ${c.name}`, `Municipalities in ${c.name}`)));
    body.push(
      para(
        t(
          lang,
          `${xOfN(lang, c.without.length, c.municipalities)} kommuner saknar avtal${c.without.length > 0 ? ': ' + c.without.join(', ') : ''}.`,
          `${xOfN(lang, c.without.length, c.municipalities)} municipalities have no agreement${c.without.length > 0 ? ': ' + c.without.join(', ') : ''}.`,
        ),
      ),
    );
    for (const u of c.unknown)
      body.push(
        para(
          t(lang, `Kommunen "${u.kommun}" i ${u.file} finns inte i länets lista.`, `The municipality "${u.kommun}" in ${u.file} is not on the county's list.`),
        ),
      );
    body.push(para(`${t(lang, 'Källa', 'Source')}: ${c.sources.map((s) => `${s.title}, ${s.url}`).join('; ')}`, { italics: true }));
  }
  if (report.unreadable.length > 0) {
    body.push(heading(t(lang, 'Ej läsbara filer', 'Unreadable files')));
    for (const u of report.unreadable) {
      const d = u.diagnostics[0];
      const where = d?.position ? `${u.file}:${d.position.line}:${d.position.col}` : u.file;
      body.push(para(`${where}: ${d?.message ?? t(lang, 'kan inte läsas', 'cannot be read')}`));
    }
  }

  // The per-centre table, landscape, without the file column (it is in the csv/json).
  const cols = centreColumns(lang, report).filter((c) => c.key !== 'file');
  const widths = columnWidths(
    cols.map((c) => [hyphenate(c.header), ...report.centres.map((r) => hyphenate(c.cell(r)))]),
    LANDSCAPE_WIDTH,
  );
  const centres = [
    heading(t(lang, 'Familjecentralerna', 'The centres')),
    table(
      cols.map((c) => ({ text: hyphenate(c.header), right: c.numeric === true })),
      report.centres.map((r) =>
        cols.map((c) => ({
          text: hyphenate(c.cell(r)),
          right: c.numeric === true,
          ...(c.cellClass && FILL[c.cellClass(r)] ? { fill: FILL[c.cellClass(r)]! } : {}),
        })),
      ),
      widths,
      14,
    ),
    para(t(lang, `Giltighet bedömd per ${longDate(lang, report.asOf)}.`, `Validity judged as of ${longDate(lang, report.asOf)}.`), { italics: true }),
  ];

  // Every page names the report and its date at the top and its number at the foot (portrait and landscape alike).
  const running = (width: number) => ({
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: width }],
            children: [new TextRun({ text: `${reportTitle(lang)}\t${t(lang, 'Per', 'As of')} ${longDate(lang, report.asOf)}`, size: 16, color: '595959' })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ size: 16, children: [t(lang, 'Sida ', 'Page '), PageNumber.CURRENT, t(lang, ' av ', ' of '), PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  });

  const doc = new Document({
    title: reportTitle(lang),
    creator: 'samverkan',
    lastModifiedBy: 'samverkan',
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 21, language: { value: lang === 'en' ? 'en-GB' : 'sv-SE' } },
          paragraph: { spacing: { after: 100, line: 264 } },
        },
        title: { run: { font: 'Calibri', size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { font: 'Calibri', size: 26, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 0 },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.short, height: A4.long, orientation: PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        ...running(PORTRAIT_WIDTH),
        children: body,
      },
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE },
            margin: { top: LANDSCAPE_MARGIN, bottom: LANDSCAPE_MARGIN, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN },
          },
        },
        ...running(LANDSCAPE_WIDTH),
        children: centres,
      },
    ],
  });
  const core = coreXml({
    title: reportTitle(lang),
    subject: t(lang, 'Regional översikt över lokala samverkansavtal', 'Regional overview of local agreements'),
    keywords: 'samverkan; familjecentral; rapport',
    description: summaryLine(lang, report),
    date: report.asOf,
    revision: 1,
  });
  const packed = await Packer.pack(doc, 'uint8array', undefined, [{ path: 'docProps/core.xml', data: core }]);
  return fixZipTimestamps(new Uint8Array(packed));
}
