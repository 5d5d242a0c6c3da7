/**
 * The agreement document as plain data: an ordered list of blocks (headings,
 * paragraphs with runs, bullet items, tables with rows, signature blocks).
 *
 * This is the renderer's intermediate form. The section functions build it
 * from the agreement; one adapter (`word.ts`) turns it into `docx` objects
 * (the reference writer); the comparison diffs two lists of it and writes a
 * redline; a faster writer may turn it straight into WordprocessingML. It
 * knows nothing of `docx`, so it can be compared, serialised and tested on
 * its own.
 *
 * Every block carries a `key` that is stable across versions of the same
 * agreement and unique within one document (e.g. `basverksamheter/tabell`,
 * `parter/2`, `underskrifter/block/kommun`): the comparison matches blocks by
 * key, not by position. Paragraphs of a section's prose are keyed by their
 * position within the section (`syfte/0`, `syfte/1`); table rows by what
 * they are about (`basverksamheter/rad/barnhälsovård`), never by position.
 */

/** A piece of text with one formatting. */
export interface DocRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in half-points (22 = 11 pt); absent: the paragraph style's. */
  readonly size?: number;
  /** Hex colour without '#', e.g. 'C00000'; absent: the style's. */
  readonly color?: string;
}

export interface DocHeading {
  readonly kind: 'heading';
  readonly key: string;
  /** 1: "1 Parter", 2: "1.1 …". Numbering comes from the heading style. */
  readonly level: 1 | 2;
  readonly text: string;
  readonly pageBreakBefore?: boolean;
  /** The number the heading style gives it ("3", "3.2"), for the table of contents and references. */
  readonly number?: string;
}

/**
 * A table of contents: a TOC field over the level-1 and level-2 headings,
 * written with its entries (number and title) so it reads before Word
 * updates it and adds the page numbers.
 */
export interface DocToc {
  readonly kind: 'toc';
  readonly key: string;
  readonly title: string;
  readonly entries: readonly { readonly level: 1 | 2; readonly number: string; readonly text: string }[];
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
  readonly pageBreakBefore?: boolean;
  /** Space before and after in twips, where it differs from the style. */
  readonly spacing?: { readonly before?: number; readonly after?: number };
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

/**
 * One party's signature block. `lines[0]` is the block's heading ("För
 * Region Skåne", bold); the lines after it are set one under the other:
 * place and date to fill in, the signature line (only "_") with room above
 * it to sign, then the signatory's name and title.
 */
export interface DocSignature {
  readonly key: string;
  /** The party's id. */
  readonly party: string;
  readonly lines: readonly string[];
}

/** The signature blocks, two side by side. */
export interface DocSignatures {
  readonly kind: 'signatures';
  readonly key: string;
  readonly blocks: readonly DocSignature[];
}

export type DocBlock = DocHeading | DocParagraph | DocTable | DocSignatures | DocToc;

/** The plain text of a paragraph's runs. */
export function runText(runs: readonly DocRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** The plain text of a block, lines separated by "\n" (tables: cells by "\t"). */
export function blockText(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return runText(b.runs);
    case 'table':
      return [b.header.join('\t'), ...b.rows.map((r) => r.cells.map((c) => c.join(' ')).join('\t'))].join('\n');
    case 'signatures':
      return b.blocks.map((s) => s.lines.join('\n')).join('\n');
    case 'toc':
      return [b.title, ...b.entries.map((e) => `${e.number}\t${e.text}`)].join('\n');
  }
}

/**
 * Keys made unique within a document: a key seen before gets "#2", "#3" …
 * in order of appearance (so two parties running the same activity still
 * give two distinct rows).
 */
export function uniqueKeys(blocks: readonly DocBlock[]): DocBlock[] {
  const seen = new Map<string, number>();
  const unique = (k: string): string => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  };
  return blocks.map((b) => {
    const key = unique(b.key);
    if (b.kind === 'table') return { ...b, key, rows: b.rows.map((r) => ({ ...r, key: unique(`${key}/${r.key}`).slice(key.length + 1) })) };
    if (b.kind === 'signatures') return { ...b, key, blocks: b.blocks.map((s) => ({ ...s, key: unique(s.key) })) };
    return { ...b, key };
  });
}
