/**
 * Reading an agreement's bytes into text: size cap, encoding and byte-order
 * marks. Works on a Uint8Array so the same code runs in Node and a browser.
 */
import type { Diagnostic, Lang } from './diagnostic.js';
import { message } from './messages.js';

export interface SourceLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: SourceLimits = { maxBytes: 1024 * 1024 };

type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Byte offset of the first malformed UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** A problem with the bytes: at one character (`width` 1) or at a point (the start of the file). */
function fail(lang: Lang, code: Parameters<typeof message>[1], params: Record<string, string | number> = {}, line = 1, col = 1, width = 0): DecodeResult {
  const position = { line, col };
  return {
    ok: false,
    diagnostic: {
      code,
      severity: 'fel',
      message: message(lang, code, params),
      pointer: '',
      position,
      range: { start: position, end: { line, col: col + width } },
    },
  };
}

/** Line and column (1-based) of a byte offset, counting characters as UTF-8 lead bytes. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      col = 1;
    } else if (b === 0x0d) {
      // the CR of a CRLF pair
    } else if ((b & 0xc0) !== 0x80) col++;
  }
  return { line, col };
}

/** Bytes 0x80–0x9F that Windows-1252 leaves undefined: a file with them is not ANSI text. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether bytes that are not UTF-8 read as sensible Windows-1252 ("ANSI", what
 * Notepad and Excel on a Swedish Windows save): every byte above 0x7F is a
 * defined character of that code page. Then the officer only needs to save the
 * file as UTF-8, and the message can say so instead of naming a byte.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && CP1252_UNDEFINED.has(b)) return false;
  }
  return true;
}

/**
 * Text as samverkan reads it, whatever editor saved it: no byte-order mark,
 * line ends as LF (Windows CRLF and old-Mac CR alike) and Unicode in NFC, so a
 * key pasted from macOS in decomposed form (`fra\u030An`) is the key `från`.
 * Columns are counted in the normalised text.
 */
export function normaliseText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  // Only non-ASCII text can be in another normal form; skip the work otherwise.
  return /[^\u0000-\u007f]/.test(t) ? t.normalize('NFC') : t;
}

export function decodeSource(bytes: Uint8Array, lang: Lang, limits: SourceLimits = DEFAULT_LIMITS): DecodeResult {
  if (bytes.length > limits.maxBytes) return fail(lang, 'source.too-large', { size: bytes.length, limit: limits.maxBytes });
  // A UTF-8 byte-order mark (Notepad, Excel) carries no meaning: skip it.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail(lang, 'source.utf16');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a BOM shows as ASCII interleaved with NULs.
    const pos = bytePosition(bytes, nul);
    const looksUtf16 = bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && (bytes[2] !== 0) !== (bytes[3] !== 0);
    return looksUtf16 ? fail(lang, 'source.utf16') : fail(lang, 'source.nul', {}, pos.line, pos.col, 1);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const pos = bytePosition(bytes, bad);
    if (looksLikeWindows1252(bytes)) {
      const char = new TextDecoder('windows-1252').decode(bytes.subarray(bad, bad + 1));
      return fail(lang, 'source.ansi', { char }, pos.line, pos.col, 1);
    }
    return fail(lang, 'source.invalid-utf8', { offset: bad }, pos.line, pos.col, 1);
  }
  const text = normaliseText(new TextDecoder('utf-8').decode(bytes));
  if (text.trim() === '') return fail(lang, 'source.empty');
  return { ok: true, text };
}
