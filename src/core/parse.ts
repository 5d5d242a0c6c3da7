/**
 * YAML text → a plain value plus a way back from a JSON pointer to the line
 * and column it came from. Positions are resolved only when asked for, so a
 * clean agreement pays nothing for them.
 */
import jsyaml from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { pointerSegments, type Diagnostic, type Lang, type Position } from './diagnostic.js';
import { message, type MessageCode } from './messages.js';
import { decodeSource, DEFAULT_LIMITS, type SourceLimits } from './source.js';

export interface ParseLimits extends SourceLimits {
  /** Most alias resolutions allowed (guards against "billion laughs"). */
  maxAliasCount: number;
  /** Deepest nesting of mappings and lists accepted. */
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { ...DEFAULT_LIMITS, maxAliasCount: 100, maxDepth: 32 };

export interface ParsedSource {
  /** The text, when the bytes could be decoded. */
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
}

const START: Position = { line: 1, col: 1 };

function noPosition(): Position {
  return START;
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
  if (!decoded.ok) return { value: undefined, diagnostics: [decoded.diagnostic], locate: noPosition };
  return parseAgreementText(decoded.text, options);
}

const YAML_CODE_MAP: Partial<Record<string, MessageCode>> = {
  DUPLICATE_KEY: 'yaml.duplicate-key',
  TAB_AS_INDENT: 'yaml.tab-indent',
  MULTIPLE_DOCS: 'yaml.multiple-documents',
  TAG_RESOLVE_FAILED: 'yaml.tag',
};

/** The library's English explanation without its own "at line…" code frame. */
function briefDetail(msg: string): string {
  return msg.split(/ at line \d+, column \d+/)[0]!.split('\n')[0]!.trim();
}

/**
 * Text that the fast reader may take: no anchors or aliases (js-yaml shares
 * aliased nodes instead of capping them), no tags, directives, explicit keys
 * or binary literals, where the two readers' YAML 1.2 core schemas differ.
 * Anything else goes the careful way; the result is the same, only slower.
 */
const NEEDS_CAREFUL_READER = /[&*!][^\s,\[\]{}]|^\s*[%?]|\b0b[01]|\t|\r/m;

/**
 * The fast path for well-formed agreements: js-yaml's core schema reads a
 * typical agreement about ten times faster than building a positioned
 * document. It gives a value or nothing; errors and positions always come
 * from the careful reader (`yaml`), which runs only when something is wrong.
 */
function fastRead(text: string, limits: ParseLimits): Record<string, unknown> | undefined {
  if (NEEDS_CAREFUL_READER.test(text)) return undefined;
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (depthOfValue(value) > limits.maxDepth) return undefined;
  return value as Record<string, unknown>;
}

/** Parse agreement text. Never throws: every problem becomes a diagnostic. */
export function parseAgreementText(text: string, options: ParseOptions = {}): ParsedSource {
  const lang = options.lang ?? 'sv';
  const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
  if (text.length <= limits.maxBytes && text.charCodeAt(0) !== 0xfeff) {
    const value = fastRead(text, limits);
    if (value !== undefined) {
      let careful: ParsedSource | undefined;
      // Positions are needed only where there is a finding: read them on first use.
      const locate = (pointer: string, prefer?: 'key' | 'value') => (careful ??= carefulParse(text, lang, limits)).locate(pointer, prefer);
      return { text, value, diagnostics: [], locate };
    }
  }
  return carefulParse(text, lang, limits);
}

/** Depth of nested objects and arrays in a plain value, iteratively. */
function depthOfValue(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (d > max) max = d;
    for (const child of Object.values(node)) stack.push([child, d + 1]);
  }
  return max;
}

/** The careful reader: a positioned YAML document, every problem as a diagnostic. */
function carefulParse(text: string, lang: Lang, limits: ParseLimits): ParsedSource {
  if (text.length > limits.maxBytes) {
    return {
      text,
      value: undefined,
      diagnostics: [diag(lang, 'source.too-large', { size: text.length, limit: limits.maxBytes }, START)],
      locate: noPosition,
    };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return { text, value: undefined, diagnostics: [diag(lang, 'source.bom', {}, START)], locate: noPosition };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      keepSourceTokens: false,
    });
  } catch (e) {
    // The parser recurses per nesting level; a crafted file can exhaust the stack.
    if (e instanceof RangeError) {
      return { text, value: undefined, diagnostics: [diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, START)], locate: noPosition };
    }
    throw e;
  }
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const locate = (pointer: string, prefer: 'key' | 'value' = 'value'): Position => locateIn(doc, pointer, prefer, at);

  const diagnostics: Diagnostic[] = [];
  const yamlVersion = doc.directives?.yaml;
  if (yamlVersion?.explicit && yamlVersion.version !== '1.2') {
    diagnostics.push(diag(lang, 'yaml.version', { version: yamlVersion.version }, START));
  }
  for (const problem of [...doc.errors, ...doc.warnings]) {
    if (/call stack/i.test(problem.message)) {
      diagnostics.push(diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, at(problem.pos[0])));
      continue;
    }
    const code = YAML_CODE_MAP[problem.code] ?? 'yaml.syntax';
    const params: Record<string, string> = { detail: briefDetail(problem.message) };
    if (code === 'yaml.duplicate-key') params.key = text.slice(problem.pos[0], problem.pos[1]).trim() || '?';
    if (code === 'yaml.tag') params.tag = (/Unresolved tag: (\S+)/.exec(problem.message)?.[1] ?? '?').replace('tag:yaml.org,2002:', '!!');
    diagnostics.push(diag(lang, code, params, at(problem.pos[0])));
  }
  // An agreement is plain data: no tag may turn a value into something else (!!binary, !!js/function …).
  visit(doc, {
    Node(_key, node) {
      if (node.tag && node.tag !== 'tag:yaml.org,2002:str' && !diagnostics.some((d) => d.code === 'yaml.tag')) {
        const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
        diagnostics.push(diag(lang, 'yaml.tag', { tag }, at(node.range?.[0] ?? 0)));
      }
    },
  });
  if (diagnostics.length > 0) return { text, value: undefined, diagnostics: dedupe(diagnostics), locate };

  const depth = nestingDepth(doc.contents);
  if (depth > limits.maxDepth) {
    return { text, value: undefined, diagnostics: [diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, START)], locate };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError || (e instanceof Error && /alias/i.test(e.message))) {
      return { text, value: undefined, diagnostics: [diag(lang, 'yaml.alias-limit', { limit: limits.maxAliasCount }, START)], locate };
    }
    if (e instanceof RangeError) {
      return { text, value: undefined, diagnostics: [diag(lang, 'yaml.too-deep', { limit: limits.maxDepth }, START)], locate };
    }
    throw e;
  }
  if (value === null || value === undefined) {
    return { text, value: undefined, diagnostics: [diag(lang, 'source.empty', {}, START)], locate };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const kind = kindOf(value, lang);
    return { text, value: undefined, diagnostics: [diag(lang, 'yaml.root-not-mapping', { kind }, locate(''))], locate };
  }
  return { text, value, diagnostics: [], locate };
}

function diag(lang: Lang, code: MessageCode, params: Record<string, string | number>, position: Position): Diagnostic {
  return { code, severity: 'fel', message: message(lang, code, params), pointer: '', position };
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

function locateIn(doc: Document.Parsed, pointer: string, prefer: 'key' | 'value', at: (o: number) => Position): Position {
  let node: unknown = doc.contents;
  let last: Position = firstContent(node, at);
  const segments = pointerSegments(pointer);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return last;
      const keyPos = rangeStart(pair.key, at) ?? last;
      const isLast = i === segments.length - 1;
      const valuePos = rangeStart(pair.value, at);
      if (isLast) return prefer === 'key' || valuePos === undefined || !isScalar(pair.value) ? keyPos : valuePos;
      last = keyPos;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return last;
      last = rangeStart(item, at) ?? last;
      node = item;
    } else return last;
  }
  return last;
}

function firstContent(node: unknown, at: (o: number) => Position): Position {
  return rangeStart(node, at) ?? START;
}

function rangeStart(node: unknown, at: (o: number) => Position): Position | undefined {
  const range = (node as Node | null)?.range;
  return range ? at(range[0]) : undefined;
}
