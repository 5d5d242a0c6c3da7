/**
 * The adapter from the plain document blocks (`doc.ts`) to `docx` objects:
 * the one place that knows how a heading, a paragraph, a table or a
 * signature block is written in WordprocessingML by the `docx` package.
 */
import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  HeadingLevel,
  LeaderType,
  Run,
  Tab,
  TabStopType,
  type XmlComponent,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
} from 'docx';
import { TEXT_WIDTH } from './blocks.js';
import type { DocBlock, DocParagraph, DocSignature, DocSignatures, DocTable, DocToc } from './doc.js';

type WordBlock = Paragraph | Table;

const HEADINGS = 'rubriker';
const BULLETS = 'punkter';

/**
 * Numbered headings: level 1 "1", level 2 "1.1" restarting under each level
 * 1. The heading styles carry the numbering (and the outline level), so a
 * heading added in Word is numbered too.
 */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: HEADINGS,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
      ],
    },
    {
      reference: BULLETS,
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } },
      ],
    },
  ],
};

/** Paragraph styles of the tables and the table of contents (in styles.xml, so legal staff can restyle them in Word). */
export const TABLE_STYLES = [
  { id: 'Tabelltext', name: 'Tabelltext', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 0, line: 240 } } },
  { id: 'Tabellrubrik', name: 'Tabellrubrik', basedOn: 'Tabelltext', run: { bold: true }, paragraph: { keepNext: true } },
  {
    id: 'Bilagerubrik',
    name: 'Bilagerubrik',
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: 24, bold: true, color: '1F3864' },
    paragraph: { spacing: { before: 480, after: 120 }, keepNext: true },
  },
  {
    id: 'TOCHeading',
    name: 'TOC Heading',
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: 28, bold: true, color: '1F3864' },
    paragraph: { spacing: { before: 0, after: 240 } },
  },
  {
    id: 'TOC1',
    name: 'toc 1',
    basedOn: 'Normal',
    next: 'Normal',
    paragraph: {
      spacing: { before: 120, after: 40 },
      tabStops: [
        { type: TabStopType.LEFT, position: 567 },
        { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT },
      ],
    },
  },
  {
    id: 'TOC2',
    name: 'toc 2',
    basedOn: 'Normal',
    next: 'Normal',
    paragraph: {
      spacing: { after: 40 },
      indent: { left: 567 },
      tabStops: [
        { type: TabStopType.LEFT, position: 1247 },
        { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT },
      ],
    },
  },
] as const;

/** The heading styles: numbered from the list definition, with outline levels (navigation pane, PDF bookmarks, TOC). */
export const HEADING_STYLES = {
  heading1: {
    run: { font: 'Calibri', size: 28, bold: true, color: '1F3864' },
    paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0, numbering: { reference: HEADINGS, level: 0 } },
  },
  heading2: {
    run: { font: 'Calibri', size: 24, bold: true, color: '1F3864' },
    paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1, numbering: { reference: HEADINGS, level: 1 } },
  },
} as const;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 } as const;

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function paragraph(p: DocParagraph): Paragraph {
  return new Paragraph({
    ...(p.style ? { style: p.style } : {}),
    ...(p.alignment ? { alignment: ALIGNMENT[p.alignment] } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(p.bullet ? { numbering: { reference: BULLETS, level: 0 }, spacing: { after: 60 } } : {}),
    ...(p.spacing ? { spacing: { ...p.spacing } } : {}),
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          ...(r.size !== undefined ? { size: r.size } : {}),
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italics: true } : {}),
          ...(r.color ? { color: r.color } : {}),
        }),
    ),
  });
}

/**
 * A heading: its style numbers it and gives it its outline level; the
 * paragraph names the list as well, so docx writes the list definition the
 * style points at.
 */
function heading(level: 1 | 2, text: string, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    numbering: { reference: HEADINGS, level: level - 1 },
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [new TextRun(text)],
  });
}

/** A field character (begin, separate, end) in a run of its own. */
function fieldChar(type: 'begin' | 'separate' | 'end', dirty = false): Run {
  return new Run({
    children: [
      new BuilderElement({
        name: 'w:fldChar',
        attributes: { type: { key: 'w:fldCharType', value: type }, ...(dirty ? { dirty: { key: 'w:dirty', value: true } } : {}) },
      }),
    ],
  });
}

function instruction(text: string): Run {
  return new Run({
    children: [
      new BuilderElement({ name: 'w:instrText', attributes: { space: { key: 'xml:space', value: 'preserve' } }, children: [text as unknown as XmlComponent] }),
    ],
  });
}

/**
 * The table of contents: its title on a new page, then one paragraph per
 * entry (number and title) inside a TOC field marked dirty, so Word
 * rebuilds it with page numbers on opening (LibreOffice: Update index).
 */
function toc(t: DocToc): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ style: 'TOCHeading', keepNext: true, pageBreakBefore: true, children: [new TextRun(t.title)] })];
  t.entries.forEach((e, i) => {
    const children: (Run | TextRun)[] = [];
    if (i === 0) children.push(fieldChar('begin', true), instruction(' TOC \\o "1-2" \\h \\z \\u '), fieldChar('separate'));
    children.push(new TextRun({ children: [e.number, new Tab(), e.text] }));
    if (i === t.entries.length - 1) children.push(fieldChar('end'));
    out.push(new Paragraph({ style: `TOC${e.level}`, children }));
  });
  return out;
}

function cell(lines: readonly string[], width: number, options: { header?: boolean } = {}): TableCell {
  const content = lines.length > 0 ? lines : [''];
  const style = options.header ? 'Tabellrubrik' : 'Tabelltext';
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF2' } } : {}),
    children: content.map((l) => new Paragraph({ style, text: l })),
  });
}

function table(t: DocTable): Table {
  const widths = t.widths;
  const sum = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: sum, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h, i) => cell([h], widths[i]!, { header: true })) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, widths[i]!)) })),
    ],
  });
}

/** One signature block: the heading line bold, lines to fill in with room to write, the signature line with room above it. */
function signatureBlock(s: DocSignature): Paragraph[] {
  const keep = { keepNext: true, keepLines: true } as const;
  const line = (text: string, opts: { bold?: boolean; spaceBefore?: number; last?: boolean } = {}) =>
    new Paragraph({
      ...(opts.last ? {} : keep),
      spacing: { after: 40, ...(opts.spaceBefore ? { before: opts.spaceBefore } : {}) },
      children: [new TextRun({ text, ...(opts.bold ? { bold: true } : {}) })],
    });
  return s.lines.map((text, i) =>
    line(text, {
      bold: i === 0,
      last: i === s.lines.length - 1,
      ...(/^_+$/.test(text) ? { spaceBefore: 720 } : i >= 1 && /_{4,}$/.test(text) ? { spaceBefore: 240 } : {}),
    }),
  );
}

/** The signature blocks two by two in a borderless table, rows kept whole. */
function signatures(b: DocSignatures): Table {
  const half = Math.floor(TEXT_WIDTH / 2);
  const widths = [half, TEXT_WIDTH - half];
  const blocks = b.blocks.map(signatureBlock);
  const rows: Paragraph[][][] = [];
  for (let i = 0; i < blocks.length; i += 2) rows.push(blocks.slice(i, i + 2));
  const sum = widths.reduce((x, y) => x + y, 0);
  return new Table({
    width: { size: sum, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: { top: 120, bottom: 240, left: 0, right: 240 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: widths.map(
            (w, i) =>
              new TableCell({
                width: { size: w, type: WidthType.DXA },
                children: r[i] && r[i]!.length > 0 ? r[i]! : [new Paragraph('')],
              }),
          ),
        }),
    ),
  });
}

/** The `docx` objects of a list of blocks, in order. */
export function toWord(blocks: readonly DocBlock[]): WordBlock[] {
  return blocks.flatMap((b): WordBlock[] => {
    switch (b.kind) {
      case 'heading':
        return [heading(b.level, b.text, b.pageBreakBefore === true)];
      case 'paragraph':
        return [paragraph(b)];
      case 'table':
        return [table(b)];
      case 'signatures':
        return [signatures(b)];
      case 'toc':
        return toc(b);
      default:
        return [];
    }
  });
}
