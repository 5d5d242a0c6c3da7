/**
 * A reader for the plain block YAML that almost every agreement is written in:
 * mappings and lists by indentation, one-line plain and quoted values, `>`/`|`
 * text blocks and comments. It answers with the value js-yaml would give, or
 * with `undefined` ("not mine") for anything else — flow collections, a value
 * that runs over several lines, escapes, tabs, anchors, an unusual character,
 * a duplicate key — which then goes to js-yaml or the careful reader as
 * before. It never reports an error: errors and positions always come from the
 * careful reader (`parse.ts`).
 *
 * Why our own code when js-yaml exists: js-yaml was about a third of `check`'s
 * time (issue 17), most of it in machinery for YAML that agreements do not
 * use. This reader gives up on that YAML rather than reading it, and a plain
 * value is given its type by js-yaml's own resolvers (passed in), so the two
 * cannot differ on what a value means. `test/simple-yaml.test.ts` holds it to
 * js-yaml's answer on every example and fixture, every broken line of them and
 * generated texts.
 *
 * Each level of nesting needs at least one more space of indentation, so the
 * recursion is bounded by the text (about 1 450 levels in 1 MiB); the depth
 * limit is applied to the value afterwards, as for js-yaml's (`parse.ts`).
 */

/** What a plain value means (js-yaml's core schema: null, bool, int, float, else the text). */
type ResolvePlain = (text: string) => unknown;

/** Thrown (one shared object, never seen outside this module) when the text is not this reader's. */
const NOT_MINE = { notMine: true };

/** Characters this reader leaves to the others: tabs, CR, control characters, line and paragraph separators, BOM, surrogates. */
const UNUSUAL = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

const hasOwn = Object.prototype.hasOwnProperty;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

/** Characters a plain value cannot start with (YAML indicators); quotes and `|`/`>` are read before this is asked. */
function isIndicatorStart(c: number): boolean {
  switch (c) {
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x2c: // ,
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case 0x7c: // |
    case 0x3e: // >
    case 0x22: // "
    case 0x27: // '
      return true;
    default:
      return false;
  }
}

class Reader {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly indents: number[] = [];
  /** 0: only spaces, 1: a comment line, 2: content. */
  readonly kinds: number[] = [];
  /** The first line not yet read. */
  next = 0;

  constructor(
    readonly text: string,
    readonly resolve: ResolvePlain,
  ) {
    // A line's end is a line feed or the end of the text, never a space: runs of spaces stop there unbounded.
    let start = 0;
    const n = text.length;
    for (;;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      let i = start;
      while (text.charCodeAt(i) === SPACE) i++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(i - start);
      this.kinds.push(i === end ? 0 : text.charCodeAt(i) === HASH ? 1 : 2);
      if (end === n) break;
      start = end + 1;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** The first line from `i` on with content (not blank, not a comment), or `count`. */
  nextContent(i: number): number {
    while (i < this.count && (this.kinds[i] ?? 0) !== 2) i++;
    return i;
  }

  /** The first line from `i` on that is not blank (comments count), or `count`. */
  nextNonBlank(i: number): number {
    while (i < this.count && (this.kinds[i] ?? 0) === 0) i++;
    return i;
  }

  /** Whether line `i`, at column `col`, starts a list item (`-` then a space or the line's end). */
  isItem(i: number, col: number): boolean {
    const at = (this.starts[i] ?? 0) + col;
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === (this.ends[i] ?? 0) || this.text.charCodeAt(at + 1) === SPACE;
  }

  /**
   * The offset of the `:` that ends a mapping key starting at `from` on line
   * `i` (the first `:` followed by a space or the line's end), or -1.
   */
  keyColon(i: number, from: number): number {
    const end = this.ends[i] ?? 0;
    for (let at = from; at < end; at++) if (this.text.charCodeAt(at) === COLON && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE)) return at;
    return -1;
  }

  /** Whether the text at offset `p` on line `i` is a mapping key (not a quoted or flow value that holds a `: `). */
  startsMapping(i: number, p: number): boolean {
    const c = this.text.charCodeAt(p);
    return c !== 0x22 && c !== 0x27 && c !== 0x7b && c !== 0x5b && this.keyColon(i, p) >= 0;
  }

  /** The node whose first line is `i`, at column `col`, inside a parent at `parentIndent`. */
  node(i: number, col: number, parentIndent: number): unknown {
    if (this.isItem(i, col)) return this.list(i, col);
    if (this.startsMapping(i, (this.starts[i] ?? 0) + col)) return this.mapping(i, col);
    return this.inline(i, (this.starts[i] ?? 0) + col, parentIndent);
  }

  /** A block mapping whose first key is on line `i` at column `col`; all its keys stand in that column. */
  mapping(i: number, col: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let line = i;
    for (;;) {
      const keyStart = (this.starts[line] ?? 0) + col;
      const colon = this.keyColon(line, keyStart);
      if (colon < 0) throw NOT_MINE;
      const key = this.key(keyStart, colon);
      if (key === '__proto__' || hasOwn.call(out, key)) throw NOT_MINE;
      let p = colon + 1;
      const end = this.ends[line] ?? 0;
      while (this.text.charCodeAt(p) === SPACE) p++;
      if (p === end || this.text.charCodeAt(p) === HASH) {
        // The value is on the lines below, or there is none.
        const below = this.nextContent(line + 1);
        if (below < this.count && (this.indents[below] ?? 0) > col) out[key] = this.node(below, this.indents[below] ?? 0, col);
        else if (below < this.count && (this.indents[below] ?? 0) === col && this.isItem(below, col)) out[key] = this.list(below, col);
        else {
          out[key] = null;
          this.next = line + 1;
        }
      } else out[key] = this.inline(line, p, col);
      line = this.nextContent(this.next);
      if (line >= this.count || (this.indents[line] ?? 0) < col) return out;
      if ((this.indents[line] ?? 0) > col) throw NOT_MINE; // a `- ` here is a key the key check refuses
    }
  }

  /** A plain mapping key (quoted keys, keys with a comment or a space before the colon are not this reader's). */
  key(start: number, colon: number): string {
    if (colon === start) throw NOT_MINE;
    const first = this.text.charCodeAt(start);
    // (`: ` at the start is the key's own colon: an empty key, refused above.)
    if (isIndicatorStart(first) || ((first === DASH || first === 0x3f) && this.text.charCodeAt(start + 1) === SPACE)) throw NOT_MINE;
    if (this.text.charCodeAt(colon - 1) === SPACE) throw NOT_MINE;
    const raw = this.text.slice(start, colon);
    if (raw.includes(' #')) throw NOT_MINE;
    return String(this.plain(raw));
  }

  /** A block list whose first item is on line `i` at column `col`. */
  list(i: number, col: number): unknown[] {
    const out: unknown[] = [];
    let line = i;
    for (;;) {
      const end = this.ends[line] ?? 0;
      let p = (this.starts[line] ?? 0) + col + 1;
      while (this.text.charCodeAt(p) === SPACE) p++;
      if (p === end || this.text.charCodeAt(p) === HASH) {
        const below = this.nextContent(line + 1);
        if (below < this.count && (this.indents[below] ?? 0) > col) out.push(this.node(below, this.indents[below] ?? 0, col));
        else {
          out.push(null);
          this.next = line + 1;
        }
      } else {
        const itemCol = p - (this.starts[line] ?? 0);
        if (this.startsMapping(line, p)) out.push(this.mapping(line, itemCol));
        else out.push(this.inline(line, p, col));
      }
      line = this.nextContent(this.next);
      if (line >= this.count || (this.indents[line] ?? 0) < col) return out;
      // A deeper line here is refused by the mapping this list stands in (every list has one above it).
      if (!this.isItem(line, col)) return out;
    }
  }

  /** A value that starts at offset `p` on line `i` (plain, quoted or a text block), in a parent at `parentIndent`. */
  inline(i: number, p: number, parentIndent: number): unknown {
    const c = this.text.charCodeAt(p);
    const end = this.ends[i] ?? 0;
    if (c === 0x7c || c === 0x3e) return this.block(i, p, parentIndent);
    let value: unknown;
    let after: number;
    if (c === 0x7b || c === 0x5b) {
      const close = indexWithin(this.text, c === 0x7b ? 0x7d : 0x5d, p, end);
      if (close < 0) throw NOT_MINE;
      value = c === 0x7b ? this.flowMapping(this.text.slice(p + 1, close)) : this.flowList(this.text.slice(p + 1, close));
      after = close + 1;
    } else if (c === 0x22) {
      const close = indexWithin(this.text, 0x22, p + 1, end);
      if (close < 0) throw NOT_MINE;
      value = this.text.slice(p + 1, close);
      if ((value as string).includes('\\')) throw NOT_MINE;
      after = close + 1;
    } else if (c === 0x27) {
      let q = p + 1;
      for (;;) {
        q = indexWithin(this.text, 0x27, q, end);
        if (q < 0) throw NOT_MINE;
        if (this.text.charCodeAt(q + 1) !== 0x27) break;
        q += 2;
      }
      value = this.text.slice(p + 1, q).replaceAll("''", "'");
      after = q + 1;
    } else {
      if (isIndicatorStart(c)) throw NOT_MINE;
      const n = this.text.charCodeAt(p + 1);
      // A `:` alone or before a space ends in `:` or holds `: `, refused below.
      if ((c === DASH || c === 0x3f) && (p + 1 === end || n === SPACE)) throw NOT_MINE;
      let stop = commentStart(this.text, p, end);
      while (this.text.charCodeAt(stop - 1) === SPACE) stop--;
      const raw = this.text.slice(p, stop);
      if (raw.includes(': ') || raw.charCodeAt(raw.length - 1) === COLON) throw NOT_MINE;
      value = this.plain(raw);
      after = end;
    }
    // After a quoted value: nothing but spaces and a comment.
    let k = after;
    while (this.text.charCodeAt(k) === SPACE) k++;
    if (k < end && (this.text.charCodeAt(k) !== HASH || k === after)) throw NOT_MINE;
    this.next = i + 1;
    return value;
  }

  /** A `|` or `>` text block (clip or `-` strip; no `+`, no indentation digit). */
  block(i: number, p: number, parentIndent: number): string {
    const folded = this.text.charCodeAt(p) === 0x3e;
    const end = this.ends[i] ?? 0;
    let q = p + 1;
    const strip = this.text.charCodeAt(q) === DASH;
    if (strip) q++;
    if (q < end) {
      if (this.text.charCodeAt(q) !== SPACE) throw NOT_MINE;
      while (this.text.charCodeAt(q) === SPACE) q++;
      if (q < end && this.text.charCodeAt(q) !== HASH) throw NOT_MINE;
    }
    const first = this.nextNonBlank(i + 1);
    if ((this.indents[first] ?? 0) <= parentIndent) throw NOT_MINE; // also when no line follows (`first` is `count`)
    const indent = this.indents[first] ?? 0;
    let line = i + 1;
    const parts: string[] = [];
    let blanks = 0;
    let started = false;
    for (; line < this.count; line++) {
      const width = (this.ends[line] ?? 0) - (this.starts[line] ?? 0);
      if ((this.kinds[line] ?? 0) === 0) {
        if (width > indent) throw NOT_MINE; // spaces beyond the indentation are text
        blanks++;
        continue;
      }
      if ((this.indents[line] ?? 0) < indent) break;
      if (folded && (this.indents[line] ?? 0) > indent) throw NOT_MINE; // more-indented lines keep their breaks
      const content = this.text.slice((this.starts[line] ?? 0) + indent, this.ends[line] ?? 0);
      if (!started) parts.push('\n'.repeat(blanks));
      else if (folded) parts.push(blanks === 0 ? ' ' : '\n'.repeat(blanks));
      else parts.push('\n'.repeat(blanks + 1));
      parts.push(content);
      blanks = 0;
      started = true;
    }
    this.next = line;
    const text = parts.join('');
    return strip ? text : `${text}\n`;
  }

  /**
   * The inside of a one-line flow mapping, `{ dag: måndag, från: 08:00 }`:
   * plain keys, plain or simply quoted values (no brackets, comments, escapes).
   */
  flowMapping(inside: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (inside.trim() === '') return out;
    for (const entry of flowEntries(inside)) {
      let colon = entry.indexOf(': ');
      if (colon < 0 && entry.charCodeAt(entry.length - 1) === COLON) colon = entry.length - 1;
      if (colon <= 0 || entry.charCodeAt(colon - 1) === SPACE) throw NOT_MINE;
      const key = String(this.flowScalar(entry.slice(0, colon)));
      if (key === '__proto__' || hasOwn.call(out, key)) throw NOT_MINE;
      const rest = entry.slice(colon + 1).trim();
      out[key] = rest === '' ? null : this.flowScalar(rest);
    }
    return out;
  }

  /** The inside of a one-line flow list, `[mödrahälsovård, barnhälsovård]`: plain values only. */
  flowList(inside: string): unknown[] {
    if (inside.trim() === '') return [];
    return flowEntries(inside).map((entry) => this.flowScalar(entry));
  }

  /** A plain value inside a flow collection, or a quoted one without quotes or escapes inside. */
  flowScalar(raw: string): unknown {
    const c = raw.charCodeAt(0);
    if (c === 0x22 || c === 0x27) {
      const inner = raw.slice(1, -1);
      if (raw.length < 2 || raw.charCodeAt(raw.length - 1) !== c || inner.includes(raw.charAt(0))) throw NOT_MINE;
      return inner;
    }
    if (isIndicatorStart(c) || raw.includes(': ') || raw.charCodeAt(raw.length - 1) === COLON) throw NOT_MINE;
    // (`:` alone or before a space is refused above.)
    if ((c === DASH || c === 0x3f) && (raw.length === 1 || raw.charCodeAt(1) === SPACE)) throw NOT_MINE;
    return this.plain(raw);
  }

  plain(raw: string): unknown {
    const c = raw.charCodeAt(0);
    // Only text starting with one of these can be null, a boolean or a number in the core schema.
    if (
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2b ||
      c === DASH ||
      c === 0x2e ||
      c === 0x7e ||
      c === 0x6e ||
      c === 0x4e ||
      c === 0x74 ||
      c === 0x54 ||
      c === 0x66 ||
      c === 0x46
    )
      return this.resolve(raw);
    return raw;
  }
}

/** The first `c` in [from, end), or -1 (bounded by the line: `indexOf` would search the rest of the text). */
function indexWithin(text: string, c: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** Where a ` #` comment starts in [from, end), or `end` (`from` is a plain value's first character, never `#`). */
function commentStart(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === HASH && text.charCodeAt(i - 1) === SPACE) return i - 1;
  return end;
}

/** The trimmed entries of a flow collection's inside; an empty entry, a bracket, `#` or a backslash is not this reader's. */
function flowEntries(inside: string): string[] {
  if (FLOW_UNUSUAL.test(inside)) throw NOT_MINE;
  const entries = inside.split(',');
  for (let k = 0; k < entries.length; k++) {
    const entry = (entries[k] ?? '').trim();
    if (entry === '') throw NOT_MINE;
    entries[k] = entry;
  }
  return entries;
}

const FLOW_UNUSUAL = /[#{}[\]\\]/;

/**
 * The value js-yaml would read from `text` (a mapping at the top), or
 * `undefined` when the text uses YAML this reader leaves to the others.
 */
export function readSimpleYaml(text: string, resolve: ResolvePlain): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const reader = new Reader(text, resolve);
  const first = reader.nextContent(0);
  if (reader.indents[first] !== 0) return undefined; // also when there is no content (`first` is `count`)
  try {
    const value = reader.mapping(first, 0);
    return reader.nextContent(reader.next) >= reader.count ? value : undefined;
  } catch (e) {
    if (e === NOT_MINE) return undefined;
    throw e;
  }
}
