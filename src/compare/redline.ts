/**
 * The redline: the new version's document with tracked changes against the
 * old one's, written from the block-level comparison (`blockdiff.ts`).
 * Inserted and deleted words, paragraphs and table rows carry an author and
 * a date; each obligation whose outcome changed gets a comment; track changes
 * is switched on. Packed like the renderer's documents: fixed core
 * properties and zip timestamps, sealed, so the same input gives the same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocBlock } from '../render/doc.js';
import { PAGE, TEXT_WIDTH } from '../render/blocks.js';
import { HEADING_STYLES, NUMBERING, TABLE_STYLES } from '../render/word.js';
import { coreXml, fixZipTimestamps, seal } from '../render/package.js';
import { compareBlocks, itemChanged, type RedlineItem, type RedlineLine, type RedlineRow, type RedlineRun } from './blockdiff.js';
import { outcomeText, versionNumber } from './present.js';
import type { ComparisonResult, ObligationChange } from './types.js';

export const DEFAULT_AUTHOR = 'samverkan';

export interface RedlineOptions {
  /** Who the changes are attributed to; never taken from the machine. */
  readonly author?: string;
  /** The date of every change and comment, `YYYY-MM-DD` (the comparison's as-of date). */
  readonly date: string;
  /** Document title for the file's properties. */
  readonly title?: string;
}

/** Revision and comment ids, counted from 1 in document order, so output is deterministic. */
class Ids {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

interface Writer {
  readonly author: string;
  /** ISO date-time of every revision. */
  readonly when: string;
  readonly ids: Ids;
}

const HEADINGS = NUMBERING.config[0]!.reference;
const BULLETS = NUMBERING.config[1]!.reference;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function mark(w: Writer) {
  return { id: w.ids.take(), author: w.author, date: w.when };
}

/** A run's text, with tab characters as tabs (the table of contents' "3<tab>Syfte"). */
function textOf(r: RedlineRun): { text: string } | { children: (string | Tab)[] } {
  if (!r.text.includes('\t')) return { text: r.text };
  const children: (string | Tab)[] = [];
  r.text.split('\t').forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return { children };
}

function runsOf(w: Writer, line: RedlineLine, bold = false): ParagraphChild[] {
  return line.runs.map((r) => {
    const format = {
      ...textOf(r),
      ...(r.bold || bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
      ...(r.size !== undefined ? { size: r.size } : {}),
      ...(r.color ? { color: r.color } : {}),
    };
    if (r.op === 'ny') return new InsertedTextRun({ ...format, ...mark(w) });
    if (r.op === 'bort') return new DeletedTextRun({ ...format, ...mark(w) });
    return new TextRun(format);
  });
}

/** The paragraph mark of a whole inserted or deleted paragraph is tracked too, so accepting or rejecting removes the paragraph itself. */
function paragraphMark(w: Writer, line: RedlineLine) {
  if (line.op === 'ny') return { run: { insertion: mark(w) } };
  if (line.op === 'bort') return { run: { deletion: mark(w) } };
  return {};
}

function cell(
  w: Writer,
  lines: readonly RedlineLine[],
  width: number,
  style: string,
  header: boolean,
  commentIds: readonly number[],
  boldFirst = false,
): TableCell {
  const content = lines.length > 0 ? lines : [{ op: 'lika' as const, runs: [] }];
  const { start, end } = commentRuns(commentIds);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF2' } } : {}),
    // A cell's last paragraph mark cannot be deleted or inserted on its own: the row's mark carries it.
    children: content.map(
      (l, i) =>
        new Paragraph({
          style,
          ...(i < content.length - 1 ? paragraphMark(w, l) : {}),
          children: i === 0 ? [...start, ...runsOf(w, l, boldFirst), ...end] : runsOf(w, l),
        }),
    ),
  });
}

function row(w: Writer, r: RedlineRow, widths: readonly number[], style: string, header: boolean, commentIds: readonly number[], boldFirst = false): TableRow {
  const tracked = r.op === 'ny' ? { insertion: mark(w) } : r.op === 'bort' ? { deletion: mark(w) } : {};
  return new TableRow({
    cantSplit: true,
    ...(header ? { tableHeader: true } : {}),
    ...tracked,
    children: widths.map((width, i) => cell(w, r.cells[i] ?? [], width, style, header, i === 0 ? commentIds : [], boldFirst)),
  });
}

const rowChanged = (r: RedlineRow) => r.op !== 'lika' || r.cells.some((c) => c.some((l) => l.op !== 'lika' || l.runs.some((x) => x.op !== 'lika')));

/** A table; the comments go on the first changed row (or the first row). */
function table(
  w: Writer,
  header: RedlineRow | undefined,
  rows: readonly RedlineRow[],
  widths: readonly number[],
  layout: boolean,
  commentIds: readonly number[],
): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
  const borders = layout ? NONE : THIN;
  const all = [...(header ? [header] : []), ...rows];
  const commentRow = Math.max(0, all.findIndex(rowChanged));
  return new Table({
    width: { size: sum, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: layout ? { top: 120, bottom: 240, left: 0, right: 240 } : { top: 60, bottom: 60, left: 100, right: 100 },
    borders: { top: borders, bottom: borders, left: borders, right: borders, insideHorizontal: borders, insideVertical: borders },
    rows: all.map((r, i) => {
      const isHeader = header !== undefined && i === 0;
      // A signature block's first line ("För Region Skåne") is bold, as in the rendered document.
      return row(w, r, widths, isHeader ? 'Tabellrubrik' : layout ? 'Normal' : 'Tabelltext', isHeader, i === commentRow ? commentIds : [], layout);
    }),
  });
}

function commentRuns(ids: readonly number[]): { start: ParagraphChild[]; end: ParagraphChild[] } {
  return {
    start: ids.map((id) => new CommentRangeStart(id)),
    end: ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]),
  };
}

function itemToDocx(w: Writer, item: RedlineItem, commentIds: readonly number[]): (Paragraph | Table)[] {
  const { start, end } = commentRuns(commentIds);
  switch (item.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: item.block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          numbering: { reference: HEADINGS, level: item.block.level - 1 },
          ...(item.block.pageBreakBefore ? { pageBreakBefore: true } : {}),
          ...paragraphMark(w, item.line),
          children: [...start, ...runsOf(w, item.line), ...end],
        }),
      ];
    case 'paragraph': {
      const b = item.block;
      const alignment =
        b.alignment === 'center'
          ? AlignmentType.CENTER
          : b.alignment === 'right'
            ? AlignmentType.RIGHT
            : b.alignment === 'left'
              ? AlignmentType.LEFT
              : undefined;
      return [
        new Paragraph({
          ...(b.style ? { style: b.style } : {}),
          ...(alignment ? { alignment } : {}),
          ...(b.keepNext ? { keepNext: true } : {}),
          ...(b.pageBreakBefore ? { pageBreakBefore: true } : {}),
          ...(b.bullet ? { numbering: { reference: BULLETS, level: 0 }, spacing: { after: 60 } } : {}),
          ...(b.spacing ? { spacing: { ...b.spacing } } : {}),
          ...paragraphMark(w, item.line),
          children: [...start, ...runsOf(w, item.line), ...end],
        }),
      ];
    }
    case 'toc':
      // The table of contents as plain paragraphs in its styles: a field cannot hold tracked changes well.
      return [
        new Paragraph({
          style: 'TOCHeading',
          keepNext: true,
          pageBreakBefore: true,
          ...paragraphMark(w, item.title),
          children: [...start, ...runsOf(w, item.title), ...end],
        }),
        ...item.entries.map((e) => new Paragraph({ style: `TOC${e.level}`, ...paragraphMark(w, e), children: runsOf(w, e) })),
      ];
    case 'table':
      return [table(w, item.header, item.rows, item.block.widths, false, commentIds)];
    case 'signatures':
      return [table(w, undefined, item.rows, [TEXT_WIDTH], true, commentIds)];
  }
}

/** "föräldrastöd" → "foraldrastod": block keys are written without å, ä and ö. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The field names an obligation's causes pass through ("basverksamheter", "gemensamt_ansvar", "foraldrastod" …), folded. */
function causeSections(result: ComparisonResult, o: ObligationChange): Set<string> {
  const out = new Set<string>();
  for (const i of o.causes) {
    const c = result.changes[i]!;
    for (const seg of (c.newPointer ?? c.oldPointer ?? '').split('/')) if (seg !== '' && !/^\d+$/.test(seg)) out.add(fold(seg));
  }
  return out;
}

/**
 * Where each obligation's comment goes: on the first changed block of a
 * section its causes are in (a block key starts with the field's name, e.g.
 * `basverksamheter/tabell`, `foraldrastod/3`), else on the first changed
 * block, else the first block.
 */
function anchors(items: readonly RedlineItem[], result: ComparisonResult): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const changed = items.map((it, i) => (itemChanged(it) ? i : -1)).filter((i) => i >= 0);
  result.obligations.forEach((o, n) => {
    const sections = causeSections(result, o);
    const inSection = changed.find((i) => sections.has(fold(items[i]!.key.split('/')[0] ?? '')));
    const at = inSection ?? changed[0] ?? 0;
    out.set(at, [...(out.get(at) ?? []), n]);
  });
  return out;
}

function commentText(result: ComparisonResult, o: ObligationChange): string[] {
  const causes = o.causes.map((i) => result.changes[i]!.label);
  return [
    `${o.ruleId} (${o.severity}): ${outcomeText(o.oldOutcome, 'sv')} → ${outcomeText(o.newOutcome, 'sv')}. ${o.title}.`,
    o.newMessage,
    causes.length > 0 ? `Orsak: ${causes.join('; ')}.` : 'Orsaken kan inte knytas till en enskild ändring.',
    `Källa: ${o.citation.document} (${o.citation.section}) ${o.citation.url}`,
  ];
}

/** The redline .docx of two documents' blocks, with the comparison's obligations as comments. */
export async function redlineDocx(
  oldBlocks: readonly DocBlock[],
  newBlocks: readonly DocBlock[],
  result: ComparisonResult,
  options: RedlineOptions,
): Promise<Uint8Array> {
  const items = compareBlocks(oldBlocks, newBlocks);
  const author = options.author?.trim() || DEFAULT_AUTHOR;
  const when = `${options.date}T00:00:00Z`;
  const w: Writer = { author, when, ids: new Ids() };
  const at = anchors(items, result);
  const commentIdOf = (n: number) => n + 1;
  const children: (Paragraph | Table)[] = [];
  items.forEach((item, i) => {
    const isTable = item.kind === 'table' || item.kind === 'signatures';
    // Two tables in a row would merge into one: an empty paragraph, in both versions, keeps them apart.
    if (isTable && children[children.length - 1] instanceof Table) children.push(new Paragraph({ children: [] }));
    children.push(...itemToDocx(w, item, (at.get(i) ?? []).map(commentIdOf)));
  });
  const initials =
    author
      .split(/\s+/)
      .map((s) => s[0] ?? '')
      .join('')
      .slice(0, 4)
      .toUpperCase() || 'S';
  const title = options.title ?? `Jämförelse av ${result.new.id}: version ${versionNumber(result.old)} → ${versionNumber(result.new)}`;
  const doc = new Document({
    title,
    creator: DEFAULT_AUTHOR,
    lastModifiedBy: DEFAULT_AUTHOR,
    features: { trackRevisions: true },
    numbering: NUMBERING,
    comments: {
      children: result.obligations.map((o, n) => ({
        id: commentIdOf(n),
        author,
        initials,
        date: new Date(when),
        children: commentText(result, o).map((t) => new Paragraph({ children: [new TextRun(t)] })),
      })),
    },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: HEADING_STYLES.heading1,
        heading2: HEADING_STYLES.heading2,
      },
      paragraphStyles: TABLE_STYLES.map((t) => ({ ...t })),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 708, footer: 708 },
          },
        },
        children,
      },
    ],
  });
  const core = coreXml({
    title,
    subject: `Ändringar i ${result.new.id} från version ${versionNumber(result.old)} till ${versionNumber(result.new)}, granskade per ${result.asOf}`,
    keywords: `samverkansavtal; jämförelse; ${result.new.id}`,
    description: `Spårade ändringar av ${author}, ${result.asOf}`,
    date: options.date,
    revision: result.new.version ?? 1,
  });
  const packed = new Uint8Array(await Packer.pack(doc, 'uint8array', undefined, [{ path: 'docProps/core.xml', data: core }]));
  return seal(fixZipTimestamps(packed));
}
