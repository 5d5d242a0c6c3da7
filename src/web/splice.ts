/**
 * Form edits written into the YAML text at the edited value's place, so that
 * comments, blank lines and the layout of everything else survive. (Writing
 * the whole document back through `yaml`'s `toString()` reflows the file:
 * flow lists explode and comments move.) Every splice is verified by reading
 * the new text back; should it ever not give the intended value, the
 * document is written the careful way instead.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Options that keep the text as the library reads it (YAML 1.2 core, no reflow). */
const PARSE = { keepSourceTokens: false, prettyErrors: false, uniqueKeys: true } as const;

/** A plain JavaScript copy of `value` with `path` set to `next` (undefined deletes it). */
export function setIn(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    const inner = setIn(list[head], rest, next);
    if (inner === undefined) list.splice(head, 1);
    else list[head] = inner;
    return list;
  }
  const obj = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  const inner = setIn(obj[head as string], rest, next);
  if (inner === undefined) delete obj[head as string];
  else obj[head as string] = inner;
  return obj;
}

export function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** JSON with sorted keys, to compare two values. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : x,
  );
}

/** A scalar as YAML writes it on one line: plain when that reads back the same, else double-quoted. */
function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (s !== '' && /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/[\n\r\t]|: | #|:$|\s$/.test(s)) {
    try {
      if (parseDocument(s).toJS() === s) return s;
    } catch {
      /* quoted below */
    }
  }
  return JSON.stringify(s);
}

/** A multi-line text as a literal block scalar at `indent`, or undefined when it cannot be one. */
function blockText(s: string, indent: number): { header: string; body: string } | undefined {
  if (!s.includes('\n') || /\r|^[ \t]|\n\n+$/.test(s) || /[^\S\n]\n|[^\S\n]$/.test(s)) return undefined;
  const keep = s.endsWith('\n');
  const lines = (keep ? s.slice(0, -1) : s).split('\n');
  const pad = ' '.repeat(indent);
  return { header: keep ? '|' : '|-', body: lines.map((l) => (l === '' ? '' : pad + l)).join('\n') };
}

/** A value written in block style below a key or dash at column `col`, as lines (without the first line's key). */
function blockValueLines(v: unknown, col: number): string[] {
  const text = stringify(v, { indent: 2, lineWidth: 0, minContentWidth: 0, nullStr: '' }).replace(/\n$/, '');
  return text.split('\n').map((l) => (' '.repeat(col) + l).trimEnd());
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i;
}

function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** The end (exclusive, before the newline) of the last line holding something of the range. */
function contentLineEnd(text: string, from: number, to: number): number {
  let last = to - 1;
  while (last > from && /\s/.test(text[last]!)) last--;
  return lineEnd(text, Math.max(from, last));
}

interface Edit {
  from: number;
  to: number;
  insert: string;
}

function apply(text: string, e: Edit): string {
  return text.slice(0, e.from) + e.insert + text.slice(e.to);
}

/** Whether a comment line indented deeper than `col` follows the line of `pos` (a block scalar would swallow it). */
function commentFollows(text: string, pos: number, col: number): boolean {
  const m = /^\n(?:[ \t]*\n)*( *)#/.exec(text.slice(lineEnd(text, pos)));
  return m !== null && m[1]!.length > col;
}

/** The text of a scalar written where a node (or an empty value) stands. */
function replaceScalar(text: string, node: Node | null, keyEnd: number, col: number, v: unknown): Edit {
  const empty = node === null || (isScalar(node) && node.value === null && node.source === undefined) || !node.range || node.range[0] === node.range[1];
  const r = node?.range;
  const start = empty || !r ? keyEnd : r[0];
  const valueEnd = empty || !r ? keyEnd : r[1];
  const isBlockOld = !empty && isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  const block =
    typeof v === 'string' && !commentFollows(text, isBlockOld ? contentLineEnd(text, start, valueEnd) : valueEnd, col) ? blockText(v, col + 2) : undefined;
  const before = text[start - 1] === ':' || text[start - 1] === '-' ? ' ' : '';
  if (block || isBlockOld) {
    const end = isBlockOld ? contentLineEnd(text, start, valueEnd) : lineEnd(text, valueEnd);
    const rest = isBlockOld ? '' : text.slice(valueEnd, end).trim();
    const comment = rest.startsWith('#') ? ` ${rest}` : '';
    const insert = block ? `${before}${block.header}${comment}\n${block.body}` : `${before}${scalarText(v)}${comment}`;
    return { from: start, to: end, insert };
  }
  if (empty) {
    // "key:  # help" → "key: value  # help"
    const ws = /^[ \t]*/.exec(text.slice(keyEnd))![0];
    const tail = text[keyEnd + ws.length] === '#' ? (ws.length > 1 ? ws : ' ') : '';
    return { from: keyEnd, to: keyEnd + ws.length, insert: ` ${scalarText(v)}${tail}` };
  }
  const after = text[valueEnd] === '#' ? ' ' : '';
  return { from: start, to: valueEnd, insert: `${before}${scalarText(v)}${after}` };
}

/** The one-line flow text of a value (inside a flow collection). */
function flowText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowText).join(', ')}]`;
  if (v && typeof v === 'object')
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${scalarText(k)}: ${flowText(x)}`)
      .join(', ')} }`;
  return v === null || v === undefined ? 'null' : scalarText(v);
}

/** Where a new key or item goes at the end of a block collection, and its column. */
function appendPoint(text: string, coll: YAMLMap | YAMLSeq): { at: number; col: number; prefix: string } {
  const r = coll.range!;
  const first = coll.items[0] as Pair | Node | undefined;
  const firstStart = isPair(first) ? (first.key as Node).range![0] : isSeq(coll) ? r[0] : r[0];
  const col = isSeq(coll) ? columnOf(text, r[0]) : columnOf(text, firstStart);
  // After the last line that holds something of the collection.
  const end = contentLineEnd(text, r[0], r[2]);
  const at = end < text.length ? end + 1 : end;
  return { at, col, prefix: end < text.length ? '' : '\n' };
}

function pairLines(key: string, v: unknown, col: number): string {
  const pad = ' '.repeat(col);
  if (v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0)) {
    return `${pad}${scalarText(key)}:\n${blockValueLines(v, col + 2).join('\n')}`;
  }
  const block = typeof v === 'string' ? blockText(v, col + 2) : undefined;
  if (block) return `${pad}${scalarText(key)}: ${block.header}\n${block.body}`;
  return `${pad}${scalarText(key)}: ${v !== null && typeof v === 'object' ? flowText(v) : scalarText(v)}`;
}

function itemLines(v: unknown, col: number): string {
  const pad = ' '.repeat(col);
  if (v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0)) {
    const lines = blockValueLines(v, col + 2);
    return `${pad}- ${lines[0]!.slice(col + 2)}${lines.length > 1 ? `\n${lines.slice(1).join('\n')}` : ''}`;
  }
  return `${pad}- ${v !== null && typeof v === 'object' ? flowText(v) : scalarText(v)}`;
}

/**
 * Lines from the start of `from`'s line to the end of the last line holding
 * something before `to`, with the comment lines right above at the same
 * indentation (the help that belongs to the removed entry).
 */
function removeLines(text: string, from: number, to: number): Edit {
  let start = lineStart(text, from);
  const indent = /^ */.exec(text.slice(start))![0].length;
  while (start > 0) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start - 1);
    if (!new RegExp(`^ {${indent}}#`).test(line)) break;
    start = prev;
  }
  const end = contentLineEnd(text, from, to);
  return { from: start, to: Math.min(text.length, end + 1), insert: '' };
}

/** The splice for setting `path` to `next`, or undefined when this document needs the careful way. */
function spliceEdit(text: string, doc: Document, path: Path, next: unknown): Edit | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      if (node.flow) return { from: node.range![0], to: node.range![1], insert: flowText(setIn(node.toJSON(), path.slice(i), next)) };
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg) as Pair<Node, Node | null> | undefined;
      if (!pair) {
        if (next === undefined) return { from: 0, to: 0, insert: '' };
        if (node.items.length === 0) return undefined;
        const value = setIn(undefined, path.slice(i + 1), next);
        const { at, col, prefix } = appendPoint(text, node);
        return { from: at, to: at, insert: `${prefix}${pairLines(String(seg), value, col)}\n` };
      }
      const keyNode = pair.key as Node;
      if (last || pair.value === null || isScalar(pair.value)) {
        if (!last) {
          // A missing or scalar value with deeper keys to set: write the whole value here.
          const value = setIn(undefined, path.slice(i + 1), next);
          return replaceValue(text, node, pair, keyNode, value);
        }
        return replaceValue(text, node, pair, keyNode, next);
      }
      node = pair.value;
    } else if (isSeq(node)) {
      if (typeof seg !== 'number') return undefined;
      if (node.flow) return { from: node.range![0], to: node.range![1], insert: flowText(setIn(node.toJSON(), path.slice(i), next)) };
      const item = node.items[seg] as Node | null | undefined;
      if (seg >= node.items.length) {
        if (next === undefined) return { from: 0, to: 0, insert: '' };
        if (node.items.length === 0 || seg !== node.items.length) return undefined;
        const value = setIn(undefined, path.slice(i + 1), next);
        const { at, col, prefix } = appendPoint(text, node);
        return { from: at, to: at, insert: `${prefix}${itemLines(value, col)}\n` };
      }
      if (!item?.range) return undefined;
      if (last && next === undefined) {
        if (node.items.length === 1) return undefined;
        return removeLines(text, item.range[0], item.range[2]);
      }
      if (last || isScalar(item)) {
        const value = last ? next : setIn(undefined, path.slice(i + 1), next);
        if (value !== null && typeof value === 'object') return undefined;
        return replaceScalar(text, item, item.range[0], columnOf(text, node.range![0]), value);
      }
      node = item;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function replaceValue(text: string, map: YAMLMap, pair: Pair<Node, Node | null>, keyNode: Node, value: unknown): Edit | undefined {
  const col = columnOf(text, keyNode.range![0]);
  if (value === undefined) {
    if (map.items.length === 1) return undefined;
    const end = pair.value?.range?.[2] ?? keyNode.range![2];
    return removeLines(text, keyNode.range![0], Math.max(end, keyNode.range![1] + 1));
  }
  if ((value !== null && typeof value === 'object') || (pair.value !== null && !isScalar(pair.value))) {
    // A collection, or a scalar in place of one, replaces the whole pair, written in block style.
    const end = pair.value?.range?.[2] ?? keyNode.range![2];
    const e = removeLines(text, keyNode.range![0], Math.max(end, keyNode.range![1] + 1));
    return { from: e.from, to: e.to, insert: `${pairLines(String((keyNode as { value?: unknown }).value), value, col)}\n` };
  }
  return replaceScalar(text, pair.value, keyNode.range![1] + 1, col, value);
}

let last: { text: string; doc: Document } | undefined;

interface SpliceResult {
  text: string;
  /** True when the splice was used; false when the document was rewritten the careful way. */
  spliced: boolean;
}

/**
 * The YAML text with the value at `path` set to `next` (undefined removes
 * it). Only the lines of that value change when the document allows.
 */
export function spliceValue(text: string, path: Path, next: unknown): SpliceResult {
  // Typing splices into the text the previous splice produced: its document is already read.
  const doc = last?.text === text ? last.doc : parseDocument(text, PARSE);
  const before = doc.toJS() as unknown;
  const expected = canonical(setIn(before, path, next));
  if (doc.errors.length === 0) {
    let edit: Edit | undefined;
    try {
      edit = spliceEdit(text, doc, path, next);
    } catch {
      edit = undefined;
    }
    if (edit) {
      const out = apply(text, edit);
      try {
        const back = parseDocument(out, PARSE);
        if (back.errors.length === 0 && canonical(back.toJS()) === expected) {
          last = { text: out, doc: back };
          return { text: out, spliced: true };
        }
      } catch {
        /* the careful way below */
      }
    }
  }
  const careful = parseDocument(text, PARSE);
  if (next === undefined) careful.deleteIn(path as PathSegment[]);
  else careful.setIn(path as PathSegment[], next);
  return { text: careful.toString({ lineWidth: 0 }), spliced: false };
}
