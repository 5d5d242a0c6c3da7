/**
 * Constructors of the document's blocks (see `doc.ts`): headings that
 * number themselves (1, 1.1), paragraphs from template prose, bullet lists
 * and tables with explicit column widths. Plain data, no `docx`.
 */
import type { DocBlock, DocHeading, DocParagraph, DocTable, DocTableRow } from './doc.js';

/** A4 with 2.5 cm margins: the text is 11906 − 2 × 1418 twips wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export function heading1(key: string, text: string, options: { pageBreakBefore?: boolean } = {}): DocHeading {
  return { kind: 'heading', key, level: 1, text, ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}) };
}

export function heading2(key: string, text: string): DocHeading {
  return { kind: 'heading', key, level: 2, text };
}

export function paragraph(key: string, text: string, options: { bold?: boolean; keepNext?: boolean } = {}): DocParagraph {
  return { kind: 'paragraph', key, runs: [{ text, ...(options.bold ? { bold: true } : {}) }], ...(options.keepNext ? { keepNext: true } : {}) };
}

export function bullet(key: string, text: string, options: { keepNext?: boolean } = {}): DocParagraph {
  return { kind: 'paragraph', key, runs: [{ text }], bullet: true, ...(options.keepNext ? { keepNext: true } : {}) };
}

/**
 * Template output as paragraphs: blocks separated by blank lines are
 * paragraphs (their lines joined by a space); lines starting with "- " are
 * bullet items. Whitespace-only output gives no paragraphs at all. The
 * paragraphs are keyed `<key>/0`, `<key>/1` … in order.
 */
export function proseBlocks(key: string, text: string, options: { keepNext?: boolean } = {}): DocParagraph[] {
  const out: DocParagraph[] = [];
  const next = () => `${key}/${out.length}`;
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) out.push(paragraph(next(), run.join(' '), options));
      run = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        flush();
        out.push(bullet(next(), line.slice(2).trim(), options));
      } else run.push(line);
    }
    flush();
  }
  return out;
}

/**
 * A table with a header row and explicit column widths in twips (fixed
 * layout); a row never splits across pages and the header repeats.
 */
export function table(key: string, header: readonly string[], rows: readonly DocTableRow[], widths: readonly number[]): DocTable {
  return { kind: 'table', key, header, rows, widths };
}

/** A table row: cells given as one line (a string) or several (an array). */
export function row(key: string, cells: readonly (string | readonly string[])[]): DocTableRow {
  return { key, cells: cells.map((c) => (typeof c === 'string' ? [c] : c)) };
}

export type { DocBlock };
