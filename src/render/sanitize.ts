/**
 * Characters that XML 1.0 (and so a .docx) cannot hold: C0 controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * Word refuses a file that contains one, so they are removed from every text
 * of the agreement before rendering, and each removal is reported.
 */
import { pointerFrom } from '../core/diagnostic.js';

// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

interface StrippedText {
  /** JSON pointer of the value that lost characters. */
  pointer: string;
  /** How many characters were removed. */
  removed: number;
}

/** The text without the characters XML cannot hold. */
function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** A deep copy of `value` with every string cleaned, and where something was removed. */
export function sanitizeValue<T>(value: T): { value: T; stripped: StrippedText[] } {
  const stripped: StrippedText[] = [];
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (typeof v === 'string') {
      const clean = stripIllegalXmlChars(v);
      if (clean.length !== v.length) stripped.push({ pointer: pointerFrom(path), removed: v.length - clean.length });
      return clean;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const key = stripIllegalXmlChars(k);
        if (key.length !== k.length) stripped.push({ pointer: pointerFrom([...path, k]), removed: k.length - key.length });
        out[key] = walk(x, [...path, k]);
      }
      return out;
    }
    return v;
  };
  return { value: walk(value, []) as T, stripped };
}
