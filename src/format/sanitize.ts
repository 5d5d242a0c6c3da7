/**
 * The one place where text from an agreement (values, keys, file names) is
 * made safe for an output: a terminal, Markdown, HTML/XML, CSV, JSON, a URI.
 *
 * The unsafe characters are those that can control a terminal or change how
 * text reads without being seen: C0 and C1 controls (ESC, CSI, OSC, BEL, CR,
 * backspace …), DEL, bidirectional overrides, isolates and marks, zero-width
 * characters, line and paragraph separators, interlinear annotation marks,
 * the non-characters U+FFFE/U+FFFF and lone surrogate halves. Each is shown
 * as `\uXXXX`, so the reader sees that it is there and where; Swedish letters
 * and ordinary punctuation pass untouched.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb\\ufffe\\uffff';
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]|${LONE_SURROGATE}`, 'g');
/** The same without the line feed and tab, for whole blocks of output the program itself laid out in lines. */
const UNSAFE_IN_BLOCK = new RegExp(
  `\\r(?!\\n)|[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${UNSAFE_CLASS.slice('\\u0000-\\u001f'.length)}]|${LONE_SURROGATE}`,
  'g',
);

/** What JSON.stringify leaves raw inside strings (it escapes C0 and lone surrogates itself; structural line feeds stay). */
const UNSAFE_IN_JSON = new RegExp(`[${UNSAFE_CLASS.slice('\\u0000-\\u001f'.length)}]`, 'g');

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text from the data, every unsafe character (line breaks too) shown as `\uXXXX`. */
export function visible(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/**
 * A whole block of output (many lines the program laid out) made safe for a
 * terminal: like `visible`, but line feeds, tabs and CRLF line ends stay.
 * The last line of defence for stdout and stderr; formatters escape the data
 * they print themselves.
 */
export function terminalSafe(block: string): string {
  // A byte-order mark that opens the output (CSV for Excel) is no control; anywhere else it is shown.
  if (block.startsWith('\ufeff')) return '\ufeff' + block.slice(1).replace(UNSAFE_IN_BLOCK, escapeChar);
  return block.replace(UNSAFE_IN_BLOCK, escapeChar);
}

/**
 * JSON text (from JSON.stringify) with the characters JSON leaves raw — DEL,
 * C1, bidi and zero-width characters, separators — written as JSON escapes:
 * the same values to a JSON reader, plain ASCII on a terminal.
 */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escapeChar);
}

/**
 * Text for Markdown prose, a heading, a list item or a table cell: made
 * visible, and every character Markdown (CommonMark/GFM) or its raw HTML
 * could act on is escaped with a backslash, so data never becomes a heading,
 * a link, an emphasis, an HTML tag or a new table column.
 */
export function markdownText(s: string): string {
  return visible(s.replace(/[ \t]*\r?\n[ \t]*/g, ' '))
    .replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`)
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for HTML content and attribute values, made visible first. */
export function htmlText(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text for XML content and attributes (JUnit, .docx), made visible first, so no character XML 1.0 forbids remains. */
export function xmlText(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * One CSV field for Swedish Excel (semicolon-separated): control characters
 * shown (line breaks and tabs stay, inside quotes), a text Excel would run as
 * a formula (=, +, -, @, tab or CR first) gets a leading apostrophe, quoted
 * when it holds a semicolon, a quote, a line break or surrounding spaces.
 */
export function csvField(value: string): string {
  let v = terminalSafe(value);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * A relative file path as a URI reference (SARIF `artifactLocation.uri`):
 * each segment percent-encoded (RFC 3986), so `#`, `?`, `%` and spaces are
 * data, not a fragment, a query or an escape; `/` separates segments.
 */
export function uriPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((seg) =>
      encodeURIComponent(seg.replace(new RegExp(LONE_SURROGATE, 'g'), '\ufffd')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/** A deep copy of a JSON-like value with every string (and key) passed through `f`. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return f(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[f(k)] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
