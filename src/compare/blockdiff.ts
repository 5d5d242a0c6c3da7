/**
 * The document-level comparison behind the redline: two lists of the
 * renderer's plain blocks (`DocBlock`), matched by key in order. A block
 * whose key both versions share and that keeps its place is compared inside
 * (words in paragraphs and headings, rows by key in tables, lines in cells);
 * anything else is deleted where it stood and inserted where it stands, so
 * accepting every change gives the new document and rejecting gives the old.
 */
import { diffArrays } from 'diff';
import type { DocBlock, DocHeading, DocParagraph, DocRun, DocSignature, DocSignatures, DocTable, DocTableRow, DocToc } from '../render/doc.js';
import { runText } from '../render/doc.js';
import { wordParts } from './diff.js';
import type { WordPart } from './types.js';

/** A run of a compared paragraph: its text, formatting and whether it is kept, removed or added. */
export interface RedlineRun extends DocRun {
  readonly op: WordPart['op'];
}

/** One paragraph of the redline (a paragraph, heading, cell line or signature line). */
export interface RedlineLine {
  /** 'lika' unchanged or changed inside; 'ny' a whole paragraph inserted; 'bort' a whole paragraph deleted. */
  readonly op: WordPart['op'];
  readonly runs: readonly RedlineRun[];
}

export interface RedlineRow {
  readonly key: string;
  readonly op: WordPart['op'];
  readonly cells: readonly (readonly RedlineLine[])[];
}

export type RedlineItem =
  | { readonly kind: 'heading'; readonly key: string; readonly block: DocHeading; readonly line: RedlineLine }
  | { readonly kind: 'paragraph'; readonly key: string; readonly block: DocParagraph; readonly line: RedlineLine }
  | {
      readonly kind: 'table';
      readonly key: string;
      readonly block: DocTable;
      readonly op: WordPart['op'];
      readonly header: RedlineRow;
      readonly rows: readonly RedlineRow[];
    }
  | { readonly kind: 'signatures'; readonly key: string; readonly block: DocSignatures; readonly rows: readonly RedlineRow[] }
  | { readonly kind: 'toc'; readonly key: string; readonly block: DocToc; readonly title: RedlineLine; readonly entries: readonly TocLine[] };

/** A line of the table of contents, with the level its style follows. */
export interface TocLine extends RedlineLine {
  readonly level: 1 | 2;
}

/** Is anything in this item inserted or deleted? */
export function itemChanged(item: RedlineItem): boolean {
  const lineChanged = (l: RedlineLine) => l.op !== 'lika' || l.runs.some((r) => r.op !== 'lika');
  const rowChanged = (r: RedlineRow) => r.op !== 'lika' || r.cells.some((c) => c.some(lineChanged));
  switch (item.kind) {
    case 'heading':
    case 'paragraph':
      return lineChanged(item.line);
    case 'table':
      return item.op !== 'lika' || rowChanged(item.header) || item.rows.some(rowChanged);
    case 'signatures':
      return item.rows.some(rowChanged);
    case 'toc':
      return lineChanged(item.title) || item.entries.some(lineChanged);
  }
}

/** Keys made unique by their occurrence, so a repeated key still matches one to one. */
function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}\u0000${n}`;
  });
}

/** Walk two keyed lists in order: `same` for entries kept in place, `removed`/`added` for the rest. */
function alignByKey<T>(
  olds: readonly T[],
  news: readonly T[],
  keyOf: (x: T) => string,
  visit: { same(o: T, n: T): void; removed(o: T): void; added(n: T): void },
): void {
  const oldKeys = uniqueKeys(olds.map(keyOf));
  const newKeys = uniqueKeys(news.map(keyOf));
  let i = 0;
  let j = 0;
  for (const part of diffArrays(oldKeys, newKeys)) {
    for (let k = 0; k < part.count; k++) {
      if (part.added) visit.added(news[j++]!);
      else if (part.removed) visit.removed(olds[i++]!);
      else visit.same(olds[i++]!, news[j++]!);
    }
  }
}

const whole = (op: 'ny' | 'bort', runs: readonly DocRun[]): RedlineLine => ({ op, runs: runs.filter((r) => r.text !== '').map((r) => ({ ...r, op })) });
const plain = (text: string): DocRun[] => [{ text }];

/** Runs of `runs` cut at the given character offsets, keeping each piece's formatting. */
function piecesOf(runs: readonly DocRun[], start: number, end: number, op: WordPart['op']): RedlineRun[] {
  const out: RedlineRun[] = [];
  let at = 0;
  for (const r of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + r.text.length);
    if (from < to) out.push({ ...r, text: r.text.slice(from - at, to - at), op });
    at += r.text.length;
  }
  return out;
}

/** Two paragraphs' runs compared word by word; kept and added words take the new formatting, removed the old. */
function compareRuns(oldRuns: readonly DocRun[], newRuns: readonly DocRun[]): RedlineLine {
  const parts = wordParts(runText(oldRuns), runText(newRuns));
  const runs: RedlineRun[] = [];
  let o = 0;
  let n = 0;
  for (const p of parts) {
    const len = p.text.length;
    if (p.op === 'bort') {
      runs.push(...piecesOf(oldRuns, o, o + len, 'bort'));
      o += len;
    } else if (p.op === 'ny') {
      runs.push(...piecesOf(newRuns, n, n + len, 'ny'));
      n += len;
    } else {
      runs.push(...piecesOf(newRuns, n, n + len, 'lika'));
      o += len;
      n += len;
    }
  }
  return { op: 'lika', runs };
}

/** The lines of a table cell: lines kept in order compared by words, the rest removed or added. */
function compareLines(oldLines: readonly string[], newLines: readonly string[]): RedlineLine[] {
  const out: RedlineLine[] = [];
  const parts = diffArrays([...oldLines], [...newLines]);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    // A line removed and one added in its place: one changed line, word by word.
    if (p.removed && next?.added && next.count === p.count) {
      p.value.forEach((line, k) => {
        out.push(compareRuns(plain(line), plain(next.value[k]!)));
      });
      i++;
    } else if (p.removed) out.push(...p.value.map((l) => whole('bort', plain(l))));
    else if (p.added) out.push(...p.value.map((l) => whole('ny', plain(l))));
    else out.push(...p.value.map((l) => compareRuns(plain(l), plain(l))));
  }
  return out;
}

const wholeCells = (op: 'ny' | 'bort', cells: readonly (readonly string[])[]): RedlineLine[][] => cells.map((c) => c.map((l) => whole(op, plain(l))));

function compareRows(oldRows: readonly DocTableRow[], newRows: readonly DocTableRow[]): RedlineRow[] {
  const out: RedlineRow[] = [];
  alignByKey(oldRows, newRows, (r) => r.key, {
    same: (o, n) => out.push({ key: n.key, op: 'lika', cells: n.cells.map((c, i) => compareLines(o.cells[i] ?? [], c)) }),
    removed: (o) => out.push({ key: o.key, op: 'bort', cells: wholeCells('bort', o.cells) }),
    added: (n) => out.push({ key: n.key, op: 'ny', cells: wholeCells('ny', n.cells) }),
  });
  return out;
}

function sameColumns(a: DocTable, b: DocTable): boolean {
  return a.widths.length === b.widths.length && a.widths.every((w, i) => w === b.widths[i]);
}

function tableItem(block: DocTable, op: 'ny' | 'bort'): RedlineItem {
  return {
    kind: 'table',
    key: block.key,
    block,
    op,
    header: {
      key: '',
      op,
      cells: wholeCells(
        op,
        block.header.map((h) => [h]),
      ),
    },
    rows: block.rows.map((r) => ({ key: r.key, op, cells: wholeCells(op, r.cells) })),
  };
}

/** Signature blocks as rows of one cell each, matched by party. */
function signatureRows(oldBlocks: readonly DocSignature[], newBlocks: readonly DocSignature[]): RedlineRow[] {
  return compareRows(
    oldBlocks.map((s) => ({ key: s.party, cells: [s.lines] })),
    newBlocks.map((s) => ({ key: s.party, cells: [s.lines] })),
  );
}

type TocEntry = DocToc['entries'][number];
const tocText = (e: TocEntry) => `${e.number}\t${e.text}`;

/** Table-of-contents entries matched by their heading's title. */
function compareToc(oldEntries: readonly TocEntry[], newEntries: readonly TocEntry[]): TocLine[] {
  // When a section came or went and the headings were renumbered, the whole list is replaced:
  // one deletion and one insertion rather than a change on every line.
  const oldNumber = new Map(oldEntries.map((e) => [e.text, e.number]));
  if (newEntries.some((e) => oldNumber.has(e.text) && oldNumber.get(e.text) !== e.number)) {
    return [
      ...oldEntries.map((o) => ({ ...whole('bort', plain(tocText(o))), level: o.level })),
      ...newEntries.map((n) => ({ ...whole('ny', plain(tocText(n))), level: n.level })),
    ];
  }
  const out: TocLine[] = [];
  alignByKey(oldEntries, newEntries, (e) => e.text, {
    same: (o, n) => out.push({ ...compareRuns(plain(tocText(o)), plain(tocText(n))), level: n.level }),
    removed: (o) => out.push({ ...whole('bort', plain(tocText(o))), level: o.level }),
    added: (n) => out.push({ ...whole('ny', plain(tocText(n))), level: n.level }),
  });
  return out;
}

function wholeItem(block: DocBlock, op: 'ny' | 'bort'): RedlineItem {
  switch (block.kind) {
    case 'heading':
      return { kind: 'heading', key: block.key, block, line: whole(op, plain(block.text)) };
    case 'paragraph':
      return { kind: 'paragraph', key: block.key, block, line: whole(op, block.runs) };
    case 'table':
      return tableItem(block, op);
    case 'signatures':
      return { kind: 'signatures', key: block.key, block, rows: signatureRows(op === 'bort' ? block.blocks : [], op === 'ny' ? block.blocks : []) };
    case 'toc':
      return {
        kind: 'toc',
        key: block.key,
        block,
        title: whole(op, plain(block.title)),
        entries: compareToc(op === 'bort' ? block.entries : [], op === 'ny' ? block.entries : []),
      };
  }
}

function compareBlock(o: DocBlock, n: DocBlock): RedlineItem[] {
  if (o.kind === 'heading' && n.kind === 'heading' && o.level === n.level)
    return [{ kind: 'heading', key: n.key, block: n, line: compareRuns(plain(o.text), plain(n.text)) }];
  if (o.kind === 'paragraph' && n.kind === 'paragraph' && Boolean(o.bullet) === Boolean(n.bullet) && o.style === n.style) {
    return [{ kind: 'paragraph', key: n.key, block: n, line: compareRuns(o.runs, n.runs) }];
  }
  if (o.kind === 'table' && n.kind === 'table' && sameColumns(o, n)) {
    const header: RedlineRow = { key: '', op: 'lika', cells: n.header.map((h, i) => compareLines([o.header[i] ?? ''], [h])) };
    return [{ kind: 'table', key: n.key, block: n, op: 'lika', header, rows: compareRows(o.rows, n.rows) }];
  }
  if (o.kind === 'signatures' && n.kind === 'signatures') return [{ kind: 'signatures', key: n.key, block: n, rows: signatureRows(o.blocks, n.blocks) }];
  if (o.kind === 'toc' && n.kind === 'toc')
    return [{ kind: 'toc', key: n.key, block: n, title: compareRuns(plain(o.title), plain(n.title)), entries: compareToc(o.entries, n.entries) }];
  // The same key but another kind of block: the old one goes, the new one comes.
  return [wholeItem(o, 'bort'), wholeItem(n, 'ny')];
}

/** The redline of two documents' blocks, in document order. */
export function compareBlocks(oldBlocks: readonly DocBlock[], newBlocks: readonly DocBlock[]): RedlineItem[] {
  const out: RedlineItem[] = [];
  alignByKey(oldBlocks, newBlocks, (b) => b.key, {
    same: (o, n) => out.push(...compareBlock(o, n)),
    removed: (o) => out.push(wholeItem(o, 'bort')),
    added: (n) => out.push(wholeItem(n, 'ny')),
  });
  return out;
}

/** The text a reader gets after accepting ('ny') or rejecting ('bort') every change, one paragraph per line. */
export function resolvedText(items: readonly RedlineItem[], keep: 'ny' | 'bort'): string[] {
  const drop = keep === 'ny' ? 'bort' : 'ny';
  const line = (l: RedlineLine): string | undefined =>
    l.op === drop
      ? undefined
      : l.runs
          .filter((r) => r.op !== drop)
          .map((r) => r.text)
          .join('');
  const out: string[] = [];
  const rows = (rs: readonly RedlineRow[]) => {
    for (const r of rs) {
      if (r.op === drop) continue;
      for (const c of r.cells)
        for (const l of c) {
          const t = line(l);
          if (t !== undefined) out.push(t);
        }
    }
  };
  for (const item of items) {
    if (item.kind === 'heading' || item.kind === 'paragraph') {
      const t = line(item.line);
      if (t !== undefined) out.push(t);
    } else if (item.kind === 'table') {
      if (item.op === drop) continue;
      rows([item.header, ...item.rows]);
    } else if (item.kind === 'toc') {
      for (const l of [item.title, ...item.entries]) {
        const t = line(l);
        if (t !== undefined) out.push(t);
      }
    } else rows(item.rows);
  }
  return out;
}

/**
 * How many insertions and deletions a word processor shows for the redline:
 * each stretch of inserted (or deleted) text counts once, where a stretch runs
 * on across the tracked paragraph marks of whole inserted or deleted
 * paragraphs and ends at unchanged text, at an untracked paragraph mark and
 * at a table cell's edge (LibreOffice joins adjacent changes of one kind,
 * author and date into one).
 */
export function revisionCounts(items: readonly RedlineItem[]): { insertions: number; deletions: number } {
  let insertions = 0;
  let deletions = 0;
  let open: 'ny' | 'bort' | undefined;
  const step = (op: WordPart['op']) => {
    if (op === 'lika') open = undefined;
    else if (op !== open) {
      if (op === 'ny') insertions++;
      else deletions++;
      open = op;
    }
  };
  const line = (l: RedlineLine, markTracked: boolean) => {
    for (const r of l.runs) if (r.text !== '') step(r.op);
    if (markTracked && l.op !== 'lika') step(l.op);
    else open = undefined;
  };
  const rows = (rs: readonly RedlineRow[]) => {
    for (const r of rs)
      for (const c of r.cells) {
        open = undefined;
        c.forEach((l, i) => {
          line(l, i < c.length - 1);
        });
        open = undefined;
      }
  };
  for (const item of items) {
    if (item.kind === 'heading' || item.kind === 'paragraph') line(item.line, true);
    else if (item.kind === 'toc') for (const l of [item.title, ...item.entries]) line(l, true);
    else if (item.kind === 'table') rows([item.header, ...item.rows]);
    else rows(item.rows);
  }
  return { insertions, deletions };
}
