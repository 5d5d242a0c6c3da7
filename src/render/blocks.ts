/**
 * The building blocks of the agreement document: headings that number
 * themselves (1, 1.1), paragraphs from template prose, bullet lists and
 * fixed-layout tables whose column widths LibreOffice respects.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
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

export type Block = Paragraph | Table;

/** A4 with 2.5 cm margins: the text is 11906 − 2 × 1418 twips wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const HEADINGS = 'rubriker';
const BULLETS = 'punkter';

/** Numbered headings: level 1 "1", level 2 "1.1" restarting under each level 1. */
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
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }],
    },
  ],
};

export function heading1(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    numbering: { reference: HEADINGS, level: 0 },
    keepNext: true,
    keepLines: true,
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [new TextRun(text)],
  });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    numbering: { reference: HEADINGS, level: 1 },
    keepNext: true,
    keepLines: true,
    children: [new TextRun(text)],
  });
}

export function paragraph(text: string, options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ ...(options.keepNext ? { keepNext: true } : {}), children: [new TextRun({ text, ...(options.bold ? { bold: true } : {}) })] });
}

export function bullet(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ ...(options.keepNext ? { keepNext: true } : {}), numbering: { reference: BULLETS, level: 0 }, spacing: { after: 60 }, children: [new TextRun(text)] });
}

/**
 * Template output as paragraphs: blocks separated by blank lines are
 * paragraphs (their lines joined by a space); lines starting with "- " are
 * bullet items. Whitespace-only output gives no paragraphs at all.
 */
export function proseBlocks(text: string, options: { keepNext?: boolean } = {}): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) out.push(paragraph(run.join(' '), options));
      run = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        flush();
        out.push(bullet(line.slice(2).trim(), options));
      } else run.push(line);
    }
    flush();
  }
  return out;
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Paragraph styles of the tables (in styles.xml, so legal staff can restyle them in Word). */
export const TABLE_STYLES = [
  { id: 'Tabelltext', name: 'Tabelltext', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 0, line: 240 } } },
  { id: 'Tabellrubrik', name: 'Tabellrubrik', basedOn: 'Tabelltext', run: { bold: true }, paragraph: { keepNext: true } },
] as const;

const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 } as const;

function cell(lines: readonly string[], width: number, options: { header?: boolean } = {}): TableCell {
  const content = lines.length > 0 ? lines : [''];
  const style = options.header ? 'Tabellrubrik' : 'Tabelltext';
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF2' } } : {}),
    children: content.map((l) => new Paragraph({ style, text: l })),
  });
}

/**
 * A table with a header row and explicit column widths in twips (fixed
 * layout); a row never splits across pages and the header repeats.
 */
export function table(headers: readonly string[], rows: readonly (readonly (readonly string[] | string)[])[], widths: readonly number[]): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: sum, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell([h], widths[i]!, { header: true })) }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(typeof c === 'string' ? [c] : c, widths[i]!)) }),
      ),
    ],
  });
}

/** A borderless table of blocks side by side (the signature blocks), rows kept whole. */
export function layoutTable(rows: readonly (readonly Paragraph[][])[], widths: readonly number[]): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
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
