/**
 * The agreement document as plain data: an ordered list of blocks (headings,
 * paragraphs with runs, bullet items, tables with rows, signature blocks).
 *
 * This is the renderer's intermediate form. The section functions build it
 * from the agreement; one adapter turns it into `docx` objects (the
 * reference writer); the comparison diffs two lists of it and writes a
 * redline; a faster writer may turn it straight into WordprocessingML. It
 * knows nothing of `docx`, so it can be compared, serialised and tested on
 * its own.
 *
 * Every block carries a `key` that is stable across versions of the same
 * agreement (e.g. `basverksamheter/rad/barnhälsovård`, `parter/p/2`): the
 * comparison matches blocks by key, not by position.
 */

/** A piece of text with one formatting. */
export interface DocRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface DocHeading {
  readonly kind: 'heading';
  readonly key: string;
  /** 1: "1 Parter", 2: "1.1 …". Numbering comes from the heading style. */
  readonly level: 1 | 2;
  readonly text: string;
  readonly pageBreakBefore?: boolean;
}

export interface DocParagraph {
  readonly kind: 'paragraph';
  readonly key: string;
  readonly runs: readonly DocRun[];
  /** A bullet item rather than a plain paragraph. */
  readonly bullet?: boolean;
  /** Keep on the page of the next block (lead-in lines before a table, headings). */
  readonly keepNext?: boolean;
  /** A named paragraph style other than Normal (e.g. 'Title', 'Subtitle'). */
  readonly style?: string;
  readonly alignment?: 'left' | 'center' | 'right';
}

export interface DocTableRow {
  /** Stable identity of the row (e.g. the activity, the weekday and time). */
  readonly key: string;
  /** One entry per column; a cell may hold several lines. */
  readonly cells: readonly (readonly string[])[];
}

export interface DocTable {
  readonly kind: 'table';
  readonly key: string;
  readonly header: readonly string[];
  readonly rows: readonly DocTableRow[];
  /** Column widths in twips; their sum is the table's width. */
  readonly widths: readonly number[];
}

export interface DocSignature {
  readonly party: string;
  readonly lines: readonly string[];
}

export interface DocSignatures {
  readonly kind: 'signatures';
  readonly key: string;
  readonly blocks: readonly DocSignature[];
}

export type DocBlock = DocHeading | DocParagraph | DocTable | DocSignatures;

/** The plain text of a paragraph's runs. */
export function runText(runs: readonly DocRun[]): string {
  return runs.map((r) => r.text).join('');
}
