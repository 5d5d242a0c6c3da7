/**
 * YAML syntax errors as an officer can act on them: one Swedish (or English)
 * message per mistake, saying what to write instead. The parser's own errors
 * (English, several per mistake, often at a follow-on position) only tell us
 * that something is wrong; this module reads the lines the way a person
 * would and names the mistake: a line indented wrong (and the column it
 * should start in), a colon inside text, a value that starts with a quote, a
 * pasted paragraph, a missing colon, a list item out of line, an unclosed
 * quote or bracket, a tab. Whatever it cannot name gets one general message
 * at the parser's first error; no English parser text ever reaches a user.
 */
import type { Lang } from './diagnostic.js';
import { message, type MessageCode } from './messages.js';
import { agreementSchema, type JsonSchema } from '../schema/agreement.js';

/** One of the parser's errors: its code and where it stands. */
interface ParserProblem {
  code: string;
  message: string;
  pos: [number, number];
}

interface SyntaxMistake {
  code: MessageCode;
  message: string;
  /** Offset in the text of the place to point at. */
  offset: number;
}

let knownKeys: Set<string> | undefined;
/** Every key the agreement format knows, to tell "kommun Eslöv" (a missing colon) from pasted text. */
function keysOfFormat(): Set<string> {
  if (knownKeys) return knownKeys;
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const props = (node as JsonSchema).properties as Record<string, unknown> | undefined;
    if (props) for (const k of Object.keys(props)) keys.add(k);
    for (const v of Object.values(node)) walk(v);
  };
  walk(agreementSchema());
  knownKeys = keys;
  return keys;
}

interface LineInfo {
  /** 0-based line number. */
  n: number;
  offset: number;
  indent: number;
  /** The content after the indentation. */
  content: string;
  /** Column (0-based) where the content after any `- ` markers starts. */
  bodyIndent: number;
  /** Whether the line starts a list item. */
  dash: boolean;
  key?: string;
  /** Text after `key:`, trimmed of a trailing comment-free whitespace. */
  value?: string;
  /** 0-based column of the value. */
  valueCol?: number;
}

/** `key: value` at the start of a body: a plain or quoted key, a colon, then a space or the end. */
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)[ \t]*/;

function parseLine(n: number, offset: number, raw: string): LineInfo {
  const indent = /^ */.exec(raw)![0].length;
  const content = raw.slice(indent);
  let body = content;
  let bodyIndent = indent;
  let dash = false;
  while (/^-(?:[ \t]|$)/.test(body)) {
    dash = true;
    const step = /^-[ \t]*/.exec(body)![0].length;
    body = body.slice(step);
    bodyIndent += step;
  }
  const info: LineInfo = { n, offset, indent, content, bodyIndent, dash };
  const m = KEY.exec(body);
  if (m) {
    info.key = m[1]!.replace(/^["']|["']$/g, '');
    info.value = stripComment(body.slice(m[0].length)).trimEnd();
    info.valueCol = bodyIndent + m[0].length;
  } else if (dash) {
    info.value = stripComment(body).trimEnd();
    info.valueCol = bodyIndent;
  }
  return info;
}

/** The text before a ` #` comment (a `#` that follows a space, outside quotes). */
function stripComment(s: string): string {
  if (s.startsWith('"') || s.startsWith("'")) return s;
  const m = /(^|[ \t])#/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** Where a quoted value starting at the beginning of `s` closes, or -1. */
function closingQuote(s: string): number {
  const q = s[0];
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/** Brackets opened minus closed outside quotes. */
function bracketBalance(s: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]!))) break;
  }
  return depth;
}

interface Level {
  indent: number;
  kind: 'map' | 'seq';
  line: number;
}

/** The mistakes the lines show, in order, at most one per line. */
function lintLines(text: string, lang: Lang): SyntaxMistake[] {
  const out: SyntaxMistake[] = [];
  const say = (code: MessageCode, offset: number, params: Record<string, string | number>) => {
    if (out.length > 0 && out[out.length - 1]!.offset === offset) return;
    out.push({ code, message: message(lang, code, params), offset });
  };
  const rawLines = text.split('\n');
  let offset = 0;
  const levels: Level[] = [];
  let prev: LineInfo | undefined;
  /** A block scalar, multi-line quoted value or flow collection is open: lines until its end are its text. */
  let opaque: { kind: 'block'; indent: number } | { kind: 'quote'; q: string; line: LineInfo } | { kind: 'flow'; depth: number; line: LineInfo } | undefined;
  let tabSeen = false;
  const keys = keysOfFormat();

  for (let n = 0; n < rawLines.length; n++) {
    const raw = rawLines[n]!;
    const lineOffset = offset;
    offset += raw.length + 1;
    if (opaque?.kind === 'block') {
      const ind = /^ */.exec(raw)![0].length;
      if (raw.trim() === '' || ind > opaque.indent) continue;
      opaque = undefined;
    } else if (opaque?.kind === 'quote') {
      // A quoted text may go on over lines indented under its key; a line back at the key's level means it was never closed.
      const o = opaque.line;
      if (raw.trim() !== '' && /^ */.exec(raw)![0].length <= o.indent) {
        say('yaml.unclosed-quote', o.offset + (o.valueCol ?? 0), { line: o.n + 1, quote: opaque.q });
        break;
      }
      const close = closingQuote(opaque.q + raw);
      if (close < 0) continue;
      opaque = undefined;
      continue;
    } else if (opaque?.kind === 'flow') {
      const o = opaque.line;
      if (raw.trim() !== '' && /^ */.exec(raw)![0].length <= o.indent && !/^\s*[\]}]/.test(raw)) {
        const open = (o.value ?? '[')[0]!;
        say('yaml.unclosed-bracket', o.offset + (o.valueCol ?? 0), { line: o.n + 1, open, close: open === '[' ? ']' : '}' });
        break;
      }
      opaque.depth += bracketBalance(raw);
      if (opaque.depth > 0) continue;
      opaque = undefined;
      continue;
    }
    if (raw.trim() === '' || /^\s*#/.test(raw)) continue;
    if (/^ *\t/.test(raw)) {
      if (!tabSeen) say('yaml.tab-indent', lineOffset, { line: n + 1 });
      tabSeen = true;
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)/.test(raw) || /^%/.test(raw)) continue;
    const line = parseLine(n, lineOffset, raw);

    // Where may this line start? After a line that opens a block, deeper; else at an open level.
    const opensBlock = prev !== undefined && prev.value === '' && (prev.key !== undefined || prev.dash);
    const openerIndent = prev ? (prev.key !== undefined ? prev.bodyIndent : prev.indent) : -1;
    let accepted = false;
    const before = levels.slice();
    if (opensBlock && (line.indent > openerIndent || (line.dash && prev!.key !== undefined && line.indent === openerIndent))) {
      while (levels.length > 0 && levels[levels.length - 1]!.indent > openerIndent) levels.pop();
      if (prev!.key !== undefined && !levels.some((l) => l.indent === prev!.bodyIndent)) levels.push({ indent: prev!.bodyIndent, kind: 'map', line: prev!.n });
      accepted = true;
    } else if (levels.length === 0 && prev === undefined) {
      accepted = true;
    } else if (levels.some((l) => l.indent === line.indent)) {
      while (levels[levels.length - 1]!.indent > line.indent) levels.pop();
      accepted = true;
    }

    const isText = line.key === undefined && !line.dash;
    const continuesPlain =
      prev !== undefined &&
      prev.value !== undefined &&
      prev.value !== '' &&
      isPlainStart(prev.value) &&
      line.indent > (prev.key !== undefined ? prev.bodyIndent : prev.indent);

    if (continuesPlain && (isText || line.key !== undefined || line.dash)) {
      // A further line of a plain text value: allowed, but not with ": " or a leading "- ".
      if (line.dash) {
        const expected = prev!.dash ? prev!.indent : prev!.bodyIndent;
        say('yaml.list-item-indent', lineOffset + line.indent, { line: n + 1, col: expected + 1, prev: prev!.n + 1 });
        continue;
      }
      if (line.key !== undefined && keys.has(line.key) && !line.dash) {
        // `  version: 1` then `   beslutat: …`: a key of its own, indented one step too far.
        // The line above, a key or list item with a value, opened a level that is still open.
        const target = nearestLevel(levels, line.indent)!;
        const expected = target.indent;
        say('yaml.indent', lineOffset + line.indent, { line: n + 1, col: expected + 1, spaces: expected, prev: target.line + 1 });
        line.bodyIndent += expected - line.indent;
        line.indent = expected;
        // No level closes: the line is deeper than every open level, so the nearest is the deepest.
        prev = line;
        continue;
      }
      const colon = /:(?=[ \t]|$)/.exec(line.content);
      if (colon) {
        say('yaml.colon-in-text', lineOffset + line.indent + colon.index, { line: n + 1, key: prev!.key ?? '-' });
        continue;
      }
      continue; // keep `prev`: the value goes on
    }

    if (!accepted) {
      const top = levels[levels.length - 1];
      if (isText && prev?.value !== undefined && line.indent <= (prev.key !== undefined ? prev.bodyIndent : prev.indent)) {
        textWithoutKey(line, prev, keys, say);
        continue;
      }
      if (line.dash && levels.some((l) => l.kind === 'seq') && prev?.dash) {
        const seq = [...levels].reverse().find((l) => l.kind === 'seq')!;
        say('yaml.list-item-indent', lineOffset + line.indent, { line: n + 1, col: seq.indent + 1, prev: seq.line + 1 });
        line.indent = seq.indent;
      } else {
        const target = nearestLevel(levels, line.indent) ?? top;
        const expected = target ? target.indent : 0;
        say('yaml.indent', lineOffset + line.indent, { line: n + 1, col: expected + 1, spaces: expected, prev: (target?.line ?? 0) + 1 });
        line.bodyIndent += expected - line.indent;
        line.indent = expected;
      }
      while (levels.length > 0 && levels[levels.length - 1]!.indent > line.indent) levels.pop();
    } else if (isText && prev?.value !== undefined) {
      // At a level of its own, text without "key:" is a missing colon, the value of the key above or pasted text.
      const word = missingColon(line.content, keys);
      if (word) {
        say('yaml.missing-colon', lineOffset + line.indent + word[1]!.length, { line: n + 1, key: word[1]!, value: word[2]! });
        readAsKey(line, word);
      } else if (opensBlock && prev.key !== undefined && line.indent > openerIndent && isPlainStart(line.content)) {
        prev = { ...prev, value: line.content };
        continue;
      } else {
        textWithoutKey(line, prev, keys, say);
        levels.splice(0, levels.length, ...before); // the section the text interrupts stays open
        continue;
      }
    }

    // Register the line's own collection levels.
    if (line.dash) {
      if (!levels.some((l) => l.indent === line.indent && l.kind === 'seq')) levels.push({ indent: line.indent, kind: 'seq', line: n });
      if (line.key !== undefined) levels.push({ indent: line.bodyIndent, kind: 'map', line: n });
    } else if (
      line.key !== undefined &&
      // Stryker disable next-line ArrowFunction,ConditionalExpression: a second level at an indent comes after the first, and nearestLevel keeps the first of equals.
      !levels.some((l) => l.indent === line.indent)
    ) {
      levels.push({ indent: line.indent, kind: 'map', line: n });
    }

    // The value: a quote, a flow collection or a block scalar may run over several lines.
    // Stryker disable next-line StringLiteral: a line without a value is text; any other text without a quote, bracket, | or ": " starts nothing either.
    const value = line.value ?? '';
    const valueOffset = lineOffset + (line.valueCol ?? 0);
    if (value.startsWith('"') || value.startsWith("'")) {
      const close = closingQuote(value);
      if (close < 0) {
        opaque = { kind: 'quote', q: value[0]!, line };
        if (!hasClosingQuoteLater(rawLines, n + 1, value[0]!, line.indent)) {
          say('yaml.unclosed-quote', valueOffset, { line: n + 1, quote: value[0]! });
          break;
        }
      } else if (stripComment(value.slice(close + 1)).trim() !== '') {
        say('yaml.quote-start', valueOffset, { line: n + 1, key: line.key ?? '-', quote: value[0]!, other: value[0] === '"' ? "'" : '"' });
      }
    } else if (value.startsWith('[') || value.startsWith('{')) {
      const depth = bracketBalance(value);
      if (depth > 0) {
        opaque = { kind: 'flow', depth, line };
        if (!closesLater(rawLines, n + 1, depth)) {
          say('yaml.unclosed-bracket', valueOffset, { line: n + 1, open: value[0]!, close: value[0] === '[' ? ']' : '}' });
          break;
        }
      }
    } else if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) {
      opaque = { kind: 'block', indent: line.key !== undefined ? line.bodyIndent : line.indent };
    } else if (isPlainStart(value)) {
      const colon = /:(?=[ \t]|$)/.exec(value);
      if (colon) say('yaml.colon-in-text', valueOffset + colon.index, { line: n + 1, key: line.key ?? '-' });
    }
    prev = line;
  }
  return out;
}

function isPlainStart(value: string): boolean {
  return value !== '' && !/^["'[{|>&*!%@`]/.test(value);
}

function hasClosingQuoteLater(lines: string[], from: number, q: string, indent: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() !== '' && /^ */.exec(l)![0].length <= indent) return false;
    if (closingQuote(q + l) >= 0) return true;
  }
  return false;
}

function closesLater(lines: string[], from: number, depth: number): boolean {
  let d = depth;
  for (let i = from; i < lines.length && d > 0; i++) d += bracketBalance(lines[i]!);
  return d <= 0;
}

/** The open level nearest to an indentation; on a tie the deeper one (the line most likely continues its section). */
function nearestLevel(levels: readonly Level[], indent: number): Level | undefined {
  let best: Level | undefined;
  for (const l of levels) {
    if (
      !best ||
      Math.abs(l.indent - indent) < Math.abs(best.indent - indent) ||
      (Math.abs(l.indent - indent) === Math.abs(best.indent - indent) && l.indent > best.indent)
    )
      best = l;
  }
  return best;
}

/** `namn Familjecentralen Solrosen`: a key of the format and its value, the colon left out. */
function missingColon(content: string, keys: Set<string>): RegExpExecArray | undefined {
  const word = /^([\p{L}_][\p{L}\p{N}_]*)[ \t]+(\S.*)$/u.exec(content);
  return word && keys.has(word[1]!) ? word : undefined;
}

/** A line with its colon left out, read as the `key: value` it was meant to be, so the lines after it are read in place. */
function readAsKey(line: LineInfo, word: RegExpExecArray): void {
  line.key = word[1]!;
  line.valueCol = line.indent + line.content.length - word[2]!.length;
  line.value = stripComment(word[2]!).trimEnd();
}

function textWithoutKey(
  line: LineInfo,
  owner: LineInfo,
  keys: Set<string>,
  say: (code: MessageCode, offset: number, params: Record<string, string | number>) => void,
): void {
  const word = missingColon(line.content, keys);
  if (word) {
    say('yaml.missing-colon', line.offset + line.indent + word[1]!.length, { line: line.n + 1, key: word[1]!, value: word[2]! });
    return;
  }
  const key = owner.key ?? '-';
  say('yaml.pasted-text', line.offset + line.indent, {
    line: line.n + 1,
    key,
    keyLine: owner.n + 1,
    col: (owner.key !== undefined ? owner.bodyIndent : owner.indent) + 3,
  });
}

/**
 * The parser's errors as one message per mistake. The line reading above
 * names the mistakes; a parser error before the first of them (or any, when
 * it names none) gets the general message at its place.
 */
export function explainSyntaxErrors(text: string, problems: readonly ParserProblem[], lang: Lang): SyntaxMistake[] {
  const mistakes = lintLines(text, lang);
  const first = [...problems].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (problems.some((p) => p.code === 'MULTIPLE_DOCS')) {
    const p = problems.find((q) => q.code === 'MULTIPLE_DOCS')!;
    return [{ code: 'yaml.multiple-documents', message: message(lang, 'yaml.multiple-documents'), offset: p.pos[0] }];
  }
  if (mistakes.length === 0 && first) {
    const line = text.slice(0, first.pos[0]).split('\n').length;
    return [{ code: 'yaml.syntax', message: message(lang, 'yaml.syntax', { line }), offset: first.pos[0] }];
  }
  return mistakes;
}
