/**
 * YAML text → a plain value plus a way back from a JSON pointer to the line
 * and column it came from. Positions are resolved only when asked for, so a
 * clean agreement pays nothing for them.
 *
 * Two readers, one answer. A well-formed agreement is read fast (our plain
 * reader, `simple-yaml.ts`, else js-yaml). The careful reader (`yaml`) builds a positioned
 * document: it gives every position, every error in Swedish
 * (`yaml-errors.ts`), and the source form of each value, which validation
 * needs to accept `0,8`, `08.00` and `ja` and to find text lost to a `#`. The
 * fast reader is used only for text in which the two cannot disagree
 * (`needsCarefulReader`); the property test holds them to that.
 */
import jsyaml from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { escapePointerSegment, pointerSegments, type Diagnostic, type Lang, type Position, type Range } from './diagnostic.js';
import { message, type MessageCode } from './messages.js';
import { hasCarefulOnlySyntax } from './careful-scan.js';
import { readSimpleYaml } from './simple-yaml.js';
import { decodeSource, DEFAULT_LIMITS, normaliseText, type SourceLimits } from './source.js';
import { explainSyntaxErrors } from './yaml-errors.js';

export interface ParseLimits extends SourceLimits {
  /** Most alias resolutions allowed (guards against "billion laughs"). */
  maxAliasCount: number;
  /** Deepest nesting of mappings and lists accepted. */
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { ...DEFAULT_LIMITS, maxAliasCount: 100, maxDepth: 32 };

/** How a scalar value was written in the file. */
export interface ScalarSource {
  /** PLAIN, QUOTE_DOUBLE, QUOTE_SINGLE, BLOCK_LITERAL or BLOCK_FOLDED. */
  type: string;
  /** The characters of the value as written (for a plain value: before YAML gave it a type). */
  source: string;
  /** Offset of the value's first character in the text. */
  offset: number;
  /** Offset of a `#` comment on the same line right after a plain value, if any. */
  commentOffset?: number;
}

/** Positions and source forms from the careful reader. */
export interface SourceIndex {
  /** The line and column of an offset in the (normalised) text. */
  position(offset: number): Position;
  /** Every scalar value and mapping key, by JSON pointer (keys as `pointer` + `#key`). */
  scalars: ReadonlyMap<string, ScalarSource>;
}

export interface ParsedSource {
  /** The text, when the bytes could be decoded (normalised: no BOM, LF line ends, NFC). */
  text?: string;
  /** The plain JavaScript value; undefined when the YAML could not be read. */
  value: unknown;
  /** Problems found while reading (encoding, syntax). Empty when `value` is usable. */
  diagnostics: Diagnostic[];
  /**
   * Where the node at a JSON pointer starts. When the pointer goes deeper than
   * the document (a missing key), the deepest existing ancestor is used.
   * `prefer: 'key'` points at a mapping key rather than its value.
   */
  locate(pointer: string, prefer?: 'key' | 'value'): Position;
  /**
   * The stretch of text of the node at a JSON pointer: the value (a scalar's
   * characters, a collection's whole extent) or, with `prefer: 'key'`, a missing
   * key's ancestor, or a collection, the key. `start` is what `locate` gives.
   */
  locateRange(pointer: string, prefer?: 'key' | 'value'): Range;
  /** Whether the value came from the fast reader (then `careful()` reads again). */
  fast: boolean;
  /** The same text through the careful reader (itself when it already was). */
  careful(): ParsedSource;
  /** Source forms and positions (careful reader only). */
  index?: SourceIndex;
}

const START: Position = { line: 1, col: 1 };
const START_RANGE: Range = { start: START, end: START };

function noPosition(): Position {
  return START;
}

function noRange(): Range {
  return START_RANGE;
}

function unreadable(diagnostics: Diagnostic[], text?: string): ParsedSource {
  const self: ParsedSource = {
    ...(text === undefined ? {} : { text }),
    value: undefined,
    diagnostics,
    locate: noPosition,
    locateRange: noRange,
    fast: false,
    careful: () => self,
  };
  return self;
}

export interface ParseOptions {
  lang?: Lang;
  limits?: Partial<ParseLimits>;
}

/** Parse agreement bytes (as read from disk or a browser File). */
export function parseAgreementBytes(bytes: Uint8Array, options: ParseOptions = {}): ParsedSource {
  const lang = options.lang ?? 'sv';
  const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
  const decoded = decodeSource(bytes, lang, limits);
  if (!decoded.ok) return unreadable([decoded.diagnostic]);
  return parseAgreementText(decoded.text, options);
}

/**
 * Text that only the careful reader may take: what `hasCarefulOnlySyntax`
 * finds in one pass (see `careful-scan.ts`), or a decimal comma inside
 * `{ … }` or `[ … ]`. Anything else reads the same either way, only faster.
 */
function needsCarefulReader(text: string): boolean {
  return hasCarefulOnlySyntax(text) || hasFlowDecimalComma(text);
}

/**
 * A decimal comma on a line with `{` or `[` (`{ tjänstgöringsgrad: 0,8 }`),
 * which YAML splits into two values. Line by line, so the cost stays linear
 * in the text (a regular expression from every bracket to the end of its
 * line was quadratic on a 1 MiB flow list).
 */
function hasFlowDecimalComma(text: string): boolean {
  if (!/\d,\d/.test(text)) return false;
  for (const line of text.split('\n')) if ((line.includes('{') || line.includes('[')) && /\d,\d/.test(line)) return true;
  return false;
}

/**
 * js-yaml's core-schema types, in its order: what a plain value means. Absent
 * in the browser build, which reads every text with the careful reader.
 */
const CORE_TYPES = coreTypes((jsyaml as unknown as { types?: Readonly<Record<'null' | 'bool' | 'int' | 'float', PlainType>> }).types);

/** One of js-yaml's scalar types (its `types` export, which @types/js-yaml does not describe). */
interface PlainType {
  resolve(text: string): boolean;
  construct(text: string): unknown;
}

function coreTypes(types: Readonly<Record<'null' | 'bool' | 'int' | 'float', PlainType>> | undefined): readonly PlainType[] | undefined {
  return types === undefined ? undefined : [types.null, types.bool, types.int, types.float];
}

/** A plain value's meaning, exactly as js-yaml gives it (its own resolvers, in its own order). */
function resolvePlain(text: string): unknown {
  for (const type of CORE_TYPES ?? []) if (type.resolve(text)) return type.construct(text);
  return text;
}

/**
 * The fast readers: a value or nothing. The plain block YAML of almost every
 * agreement is read by `readSimpleYaml`, the rest of what the two readers
 * agree on by js-yaml. Errors and positions always come from the careful reader.
 */
function fastRead(text: string, limits: ParseLimits): Record<string, unknown> | undefined {
  if (CORE_TYPES === undefined || needsCarefulReader(text)) return undefined;
  let value: unknown = readSimpleYaml(text, resolvePlain);
  if (value === undefined)
    try {
      value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
    } catch {
      return undefined;
    }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (deeperThan(value, limits.maxDepth)) return undefined;
  return value as Record<string, unknown>;
}

/** The value through the plain-YAML reader alone, for the test that holds it to js-yaml's answer. */
export function simpleReaderValue(text: string): Record<string, unknown> | undefined {
  return readSimpleYaml(normaliseText(text), resolvePlain);
}

/** The value through the fast readers, for the test that holds them to the careful reader's answer. */
export function fastReaderValue(text: string): unknown {
  return fastRead(normaliseText(text), DEFAULT_PARSE_LIMITS);
}

/** Parse agreement text. Never throws: every problem becomes a diagnostic. */
export function parseAgreementText(rawText: string, options: ParseOptions = {}): ParsedSource {
  const lang = options.lang ?? 'sv';
  const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
  if (rawText.length > limits.maxBytes) {
    return unreadable([diag(lang, 'source.too-large', { size: rawText.length, limit: limits.maxBytes }, START_RANGE)], rawText);
  }
  const text = normaliseText(rawText);
  const value = fastRead(text, limits);
  if (value !== undefined) {
    let careful: ParsedSource | undefined;
    const getCareful = () => (careful ??= carefulParse(text, lang, limits));
    // Positions are needed only where there is a finding: read them on first use.
    const locate = (pointer: string, prefer?: 'key' | 'value') => getCareful().locate(pointer, prefer);
    const locateRange = (pointer: string, prefer?: 'key' | 'value') => getCareful().locateRange(pointer, prefer);
    return { text, value, diagnostics: [], locate, locateRange, fast: true, careful: getCareful };
  }
  return carefulParse(text, lang, limits);
}

/**
 * Whether a plain value nests objects and arrays deeper than `limit`.
 * Recursive, but never more than `limit + 1` calls deep: it stops as soon as
 * the limit is passed (js-yaml has already built the value, so it is finite).
 */
function deeperThan(node: unknown, limit: number): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (limit <= 0) return true;
  if (Array.isArray(node)) {
    for (const child of node) if (deeperThan(child, limit - 1)) return true;
    return false;
  }
  for (const key in node) if (deeperThan((node as Record<string, unknown>)[key], limit - 1)) return true;
  return false;
}

/**
 * `{ yrke: barnmorska, tjänstgöringsgrad: 0,8 }`: YAML splits `0,8` into the
 * value 0 and a key `8` without a value. Nobody means that; the officer wrote a
 * decimal comma. Put the two halves back together as the text `0,8`, which
 * validation reads as a number where a number is expected.
 */
function joinDecimalCommas(doc: Document.Parsed, text: string): void {
  visit(doc, {
    Map(_key, map) {
      if (!map.flow) return;
      for (let i = 0; i + 1 < map.items.length; i++) {
        const pair = map.items[i]!;
        const next = map.items[i + 1]!;
        const v = pair.value;
        const k = next.key;
        if (!isScalar(v) || v.type !== 'PLAIN' || typeof v.value !== 'number' || !v.range) continue;
        if (!isScalar(k) || k.type !== 'PLAIN' || !k.range || next.value !== null) continue;
        const whole = text.slice(v.range[0], v.range[1]);
        const frac = text.slice(k.range[0], k.range[1]);
        if (!/^[-+]?\d+$/.test(whole) || !/^\d+$/.test(frac) || text.slice(v.range[1], k.range[0]) !== ',') continue;
        const joined = new Scalar(`${whole},${frac}`) as Scalar & { source: string };
        joined.type = 'PLAIN';
        joined.range = [v.range[0], k.range[1], k.range[2]];
        joined.source = `${whole},${frac}`;
        pair.value = joined;
        map.items.splice(i + 1, 1);
      }
    },
  });
}

/** The text a key is written as, for messages: the whole key, never a fragment of it. */
function keyText(node: unknown, text: string): string {
  if (isScalar(node)) return String(node.value);
  const range = (node as Node | null)?.range;
  // Stryker disable next-line StringLiteral: the parser gives every key a range (an empty key is a null scalar), so '?' is never returned
  return range ? text.slice(range[0], range[1]).trim() : '?';
}

/** Keys that occur twice in one mapping, found with one set per mapping (linear in the file). */
function duplicateKeys(doc: Document.Parsed, text: string): { key: string; offset: number; end: number }[] {
  const found: { key: string; offset: number; end: number }[] = [];
  const check = (map: YAMLMap) => {
    const seen = new Set<string>();
    for (const pair of map.items) {
      const key = keyText(pair.key, text);
      const range = (pair.key as Node | null)?.range;
      if (seen.has(key)) found.push({ key, offset: range?.[0] ?? 0, end: range?.[1] ?? 0 });
      seen.add(key);
    }
  };
  visit(doc, { Map: (_k, map) => check(map) });
  return found;
}

/** The careful reader: a positioned YAML document, every problem as a diagnostic. */
function carefulParse(text: string, lang: Lang, limits: ParseLimits): ParsedSource {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      version: '1.2',
      schema: 'core',
      // Duplicate keys are found below in linear time; the library's own check is quadratic.
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      keepSourceTokens: false,
    });
  } catch (e) {
    // The parser recurses per nesting level; a crafted file can exhaust the stack.
    if (e instanceof RangeError) return unreadable([diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, START_RANGE)], text);
    throw e;
  }
  const at = (offset: number): Position => lineCounter.linePos(offset);
  /** From `start` to just before `end` (trailing white space and line ends not counted). */
  const span = (start: number, end: number): Range => ({ start: at(start), end: at(trimEnd(text, start, end)) });
  /** From `start` to the end of its line: for a mistake known only by where it starts. */
  const toLineEnd = (start: number): Range => span(start, lineEnd(text, start));
  let index: Map<string, IndexEntry> | undefined;
  const getIndex = () => (index ??= buildIndex(doc, text));
  const locate = (pointer: string, prefer: 'key' | 'value' = 'value'): Position => {
    const found = locateIn(getIndex(), doc, pointer, prefer);
    return found ? at(found[0]) : START;
  };
  const locateRange = (pointer: string, prefer: 'key' | 'value' = 'value'): Range => {
    const found = locateIn(getIndex(), doc, pointer, prefer);
    return found ? span(found[0], found[1]) : START_RANGE;
  };
  const failed = (diagnostics: Diagnostic[]): ParsedSource => {
    const self: ParsedSource = { text, value: undefined, diagnostics, locate, locateRange, fast: false, careful: () => self };
    return self;
  };

  const diagnostics: Diagnostic[] = [];
  const yamlVersion = doc.directives?.yaml;
  if (yamlVersion?.explicit && yamlVersion.version !== '1.2') {
    diagnostics.push(diag(lang, 'yaml.version', { version: yamlVersion.version }, START_RANGE));
  }
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.some((p) => /call stack/i.test(p.message))) return failed([diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, START_RANGE)]);
  const tagProblem = problems.find((p) => p.code === 'TAG_RESOLVE_FAILED');
  if (tagProblem) {
    const tag = (/Unresolved tag: (\S+)/.exec(tagProblem.message)?.[1] ?? '?').replace('tag:yaml.org,2002:', '!!');
    diagnostics.push(diag(lang, 'yaml.tag', { tag }, span(tagProblem.pos[0], tagProblem.pos[1])));
  }
  const syntax = problems.filter((p) => p.code !== 'TAG_RESOLVE_FAILED');
  if (syntax.length > 0) {
    for (const e of explainSyntaxErrors(text, syntax, lang)) {
      const range = toLineEnd(e.offset);
      diagnostics.push({ code: e.code, severity: 'fel', message: e.message, pointer: '', position: range.start, range });
    }
  }
  // An agreement is plain data: no tag may turn a value into something else (!!binary, !!js/function …).
  visit(doc, {
    Node(_key, node) {
      if (node.tag && node.tag !== 'tag:yaml.org,2002:str' && !diagnostics.some((d) => d.code === 'yaml.tag')) {
        const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
        diagnostics.push(diag(lang, 'yaml.tag', { tag }, node.range ? span(node.range[0], node.range[1]) : START_RANGE));
      }
    },
  });
  if (diagnostics.length > 0) return failed(dedupe(diagnostics));

  const depth = nestingDepth(doc.contents);
  if (depth > limits.maxDepth) return failed([diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, START_RANGE)]);
  joinDecimalCommas(doc, text);
  const duplicates = duplicateKeys(doc, text);
  if (duplicates.length > 0) {
    return failed(duplicates.map((d) => diag(lang, 'yaml.duplicate-key', { key: d.key }, span(d.offset, d.end))));
  }
  const folded = foldedListItems(getIndex(), text);
  if (folded.length > 0) {
    return failed(
      folded.map((f) => diag(lang, 'yaml.list-item-indent', { line: at(f.offset).line, col: f.expectedCol, prev: f.prevLine }, toLineEnd(f.offset))),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError || (e instanceof Error && /alias/i.test(e.message))) {
      return failed([diag(lang, 'yaml.alias-limit', { limit: limits.maxAliasCount }, START_RANGE)]);
    }
    if (e instanceof RangeError) return failed([diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, START_RANGE)]);
    throw e;
  }
  if (value === null || value === undefined) return failed([diag(lang, 'source.empty', {}, START_RANGE)]);
  if (typeof value !== 'object' || Array.isArray(value)) {
    const kind = kindOf(value, lang);
    return failed([diag(lang, 'yaml.root-not-mapping', { kind }, locateRange(''))]);
  }
  const scalars = new Map<string, ScalarSource>();
  for (const [pointer, entry] of getIndex()) {
    if (entry.scalar) scalars.set(pointer, entry.scalar);
    if (entry.keyScalar) scalars.set(`${pointer}#key`, entry.keyScalar);
  }
  const self: ParsedSource = { text, value, diagnostics: [], locate, locateRange, fast: false, careful: () => self, index: { position: at, scalars } };
  return self;
}

/**
 * A plain value that YAML folded over a line starting with `- `: a list item
 * indented one step too far, read as part of the text above it.
 */
function foldedListItems(index: Map<string, IndexEntry>, text: string): { offset: number; expectedCol: number; prevLine: number }[] {
  const out: { offset: number; expectedCol: number; prevLine: number }[] = [];
  for (const entry of index.values()) {
    const s = entry.scalar;
    if (s?.type !== 'PLAIN' || !s.raw.includes('\n')) continue;
    const m = /\n([ \t]*)- /.exec(s.raw);
    if (!m) continue;
    const lineStart = text.lastIndexOf('\n', s.offset) + 1;
    const firstLine = text.slice(lineStart, text.indexOf('\n', lineStart));
    const dash = /^(\s*)- /.exec(firstLine);
    const expectedCol = dash ? dash[1]!.length + 1 : /^\s*/.exec(firstLine)![0].length + 1;
    const offset = s.offset + m.index + 1 + m[1]!.length;
    out.push({ offset, expectedCol, prevLine: text.slice(0, lineStart).split('\n').length });
  }
  return out;
}

function diag(lang: Lang, code: MessageCode, params: Record<string, string | number>, range: Range): Diagnostic {
  return { code, severity: 'fel', message: message(lang, code, params), pointer: '', position: range.start, range };
}

/** `end` moved back over white space and line ends, never before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** The offset of the end of the line `offset` stands on (its line feed, or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.code}:${d.position?.line}:${d.position?.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function kindOf(value: unknown, lang: Lang): string {
  const sv = lang === 'sv';
  if (value === null || value === undefined) return sv ? 'tomt' : 'empty';
  if (Array.isArray(value)) return sv ? 'en lista' : 'a list';
  if (typeof value === 'string') return sv ? 'text' : 'text';
  // YAML reads .inf and .nan as numbers; JSON Schema does not count them as numbers.
  if (typeof value === 'number' && Number.isNaN(value)) return sv ? '.nan (inget tal)' : '.nan (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return sv ? 'oändligt (.inf)' : 'infinity (.inf)';
  if (typeof value === 'number') return sv ? 'ett tal' : 'a number';
  if (typeof value === 'boolean') return sv ? 'sant/falskt' : 'true/false';
  return sv ? 'en samling nycklar' : 'a mapping';
}

/** Depth of nested collections, iteratively (a recursive walk could itself overflow). */
function nestingDepth(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (d > max) max = d;
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push([item.value, d + 1]);
          if (isMap(item.key) || isSeq(item.key)) stack.push([item.key, d + 1]);
        } else stack.push([item, d + 1]);
      }
    }
  }
  return max;
}

interface IndexEntry {
  keyOffset?: number;
  keyEnd?: number;
  valueOffset?: number;
  valueEnd?: number;
  valueIsScalar: boolean;
  scalar?: ScalarSource & { raw: string };
  keyScalar?: ScalarSource;
}

function scalarSource(node: Scalar, text: string): ScalarSource & { raw: string } {
  const [start, end] = node.range!;
  const raw = text.slice(start, end);
  const source = (node as Scalar & { source?: string }).source ?? raw;
  const out: ScalarSource & { raw: string } = { type: String(node.type ?? 'PLAIN'), source, offset: start, raw };
  if (node.type === 'PLAIN') {
    const rest = /^[ \t]+#/.exec(text.slice(end, end + 200));
    if (rest) out.commentOffset = end + rest[0].length - 1;
  }
  return out;
}

/** Every node by JSON pointer, built once, in one walk: lookups are then constant time. */
function buildIndex(doc: Document.Parsed, text: string): Map<string, IndexEntry> {
  const index = new Map<string, IndexEntry>();
  const stack: [unknown, string][] = [[doc.contents, '']];
  const entry = (node: unknown, keyNode?: unknown): IndexEntry => {
    const e: IndexEntry = { valueIsScalar: isScalar(node) };
    const keyRange = (keyNode as Node | null | undefined)?.range;
    if (keyRange) {
      e.keyOffset = keyRange[0];
      e.keyEnd = keyRange[1];
    }
    const range = (node as Node | null)?.range;
    if (range) {
      e.valueOffset = range[0];
      e.valueEnd = range[1];
    }
    if (isScalar(node) && node.range) e.scalar = scalarSource(node, text);
    if (isScalar(keyNode) && keyNode.range) e.keyScalar = scalarSource(keyNode, text);
    return e;
  };
  index.set('', entry(doc.contents));
  // Anchors by name, found in one walk: yaml's Alias.resolve walks the whole
  // document for every alias, which made a file of many aliases quadratic. A
  // name anchored twice maps to its last anchor; the index only gives places.
  const anchors = new Map<string, unknown>();
  visit(doc, {
    Node(_, n) {
      if (n.anchor) anchors.set(n.anchor, n);
    },
  });
  let guard = 0;
  while (stack.length > 0) {
    const [rawNode, pointer] = stack.pop()!;
    // Aliases are followed for lookups but not walked again (the alias cap bounds them anyway).
    const node = isAlias(rawNode) ? (guard++ < 1000 ? anchors.get(rawNode.source) : undefined) : rawNode;
    if (isMap(node)) {
      for (const pair of node.items as Pair[]) {
        const p = `${pointer}/${escapePointerSegment(keyText(pair.key, text))}`;
        if (!index.has(p)) index.set(p, entry(pair.value, pair.key));
        stack.push([pair.value, p]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = `${pointer}/${i}`;
        index.set(p, entry(item));
        stack.push([item, p]);
      });
    }
  }
  return index;
}

/** The start and end offsets of what a pointer names (see `ParsedSource.locateRange`), or undefined for the start of the file. */
function locateIn(index: Map<string, IndexEntry>, doc: Document.Parsed, pointer: string, prefer: 'key' | 'value'): [number, number] | undefined {
  const exact = index.get(pointer);
  if (exact) {
    // The whole agreement: its first key stands for it (an editor would underline the whole file otherwise).
    if (pointer === '') return firstContent(doc);
    const useKey = prefer === 'key' || exact.valueOffset === undefined || !exact.valueIsScalar;
    return useKey && exact.keyOffset !== undefined
      ? [exact.keyOffset, exact.keyEnd!]
      : exact.valueOffset !== undefined
        ? [exact.valueOffset, exact.valueEnd!]
        : undefined;
  }
  // A missing key: the deepest ancestor that exists, at its key.
  const segments = pointerSegments(pointer);
  for (let n = segments.length - 1; n >= 0; n--) {
    const p = segments
      .slice(0, n)
      .map((s) => '/' + escapePointerSegment(s))
      .join('');
    const e = index.get(p);
    if (!e) continue;
    if (p === '') return firstContent(doc);
    if (e.keyOffset !== undefined) return [e.keyOffset, e.keyEnd!];
    return e.valueOffset !== undefined ? [e.valueOffset, e.valueEnd!] : undefined;
  }
  return undefined;
}

/** Where the document's content starts, to the end of its first key (or a point when it has none). */
function firstContent(doc: Document.Parsed): [number, number] | undefined {
  const contents = doc.contents as Node | null;
  const start = contents?.range?.[0];
  if (start === undefined) return undefined;
  const first = isMap(contents) ? (contents.items[0]?.key as Node | null | undefined)?.range : undefined;
  return [start, first ? Math.max(first[1], start) : start];
}
