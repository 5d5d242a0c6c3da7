/**
 * Constructors of the document's blocks (see `doc.ts`): headings that
 * number themselves (1, 1.1), paragraphs from template prose, bullet lists
 * and tables with explicit column widths. Plain data, no `docx`.
 */
import type { DocHeading, DocParagraph, DocTable, DocTableRow } from './doc.js';

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

function bullet(key: string, text: string, options: { keepNext?: boolean } = {}): DocParagraph {
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
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    let run: string[] = [];
    const flush = () => {
      const text = run.join(' ');
      // A lead-in line ("Ledningsgruppen består av:") stays with what it introduces.
      if (run.length > 0) out.push(paragraph(next(), text, { ...options, ...(text.endsWith(':') ? { keepNext: true } : {}) }));
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

/** Average width of a character of 10 pt Calibri in twips (bold a little wider), and a cell's side margins. */
const CHAR = 115;
const CHAR_BOLD = 122;
const CELL_PADDING = 200 + 100;

/**
 * Column widths in twips that fit the table's content into the text width:
 * each column gets at least the width of its longest word (so no word is
 * broken, as "Västra Götalandsregionen" was), and the rest of the width is
 * shared in proportion to how much more each column's longest line needs.
 * Lines joined by a no-break space count as one word.
 */
export function contentWidths(header: readonly string[], rows: readonly DocTableRow[], total: number = TEXT_WIDTH): number[] {
  const n = header.length;
  if (n === 0) return [];
  const words = (l: string) => l.split(/[ \t]+/).filter((w) => w !== '');
  const min: number[] = [];
  const pref: number[] = [];
  for (let i = 0; i < n; i++) {
    const lines = rows.flatMap((r) => r.cells[i] ?? []);
    const headerWords = words(header[i]!);
    const longestWord = Math.max(0, ...lines.flatMap(words).map((w) => w.length * CHAR), ...headerWords.map((w) => w.length * CHAR_BOLD));
    const longestLine = Math.max(0, ...lines.map((l) => l.length * CHAR), header[i]!.length * CHAR_BOLD);
    min.push(longestWord + CELL_PADDING);
    pref.push(Math.max(longestLine, longestWord) + CELL_PADDING);
  }
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumPref = pref.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sumPref <= total) widths = pref.map((p) => (p * total) / sumPref);
  else if (sumMin >= total) widths = min.map((m) => (m * total) / sumMin);
  else {
    const spare = total - sumMin;
    const want = sumPref - sumMin;
    widths = min.map((m, i) => m + (spare * (pref[i]! - m)) / want);
  }
  const out = widths.map((w) => Math.floor(w));
  out[n - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}
