/**
 * Which YAML reader may read a text: one linear pass over its characters.
 *
 * The language is the one of the regular expression kept as the reference in
 * `test/careful-scan.test.ts` (one alternative per YAML feature where js-yaml
 * and the careful reader could disagree); a property test holds the two to the
 * same answer on generated text. The expression tried fifteen alternatives at
 * every character (≈ 100 µs of ≈ 760 µs per agreement); this pass looks at
 * each character once and at its neighbours only when it is one of the few
 * that can start a match.
 */

/** JavaScript's `\s`, but for tab, CR and BOM: a text with one is careful-only at that character, so the scan never asks. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x0a && c <= 0x0c);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A line terminator of a multiline `^`: LF, U+2028, U+2029 (and CR, which never gets here: it is careful-only itself). */
function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x2028 || c === 0x2029;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `\w` without the `u` flag. */
function isWord(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** C1 controls, invisible and bidirectional controls, BOM and the two non-characters (`c` from 0x80 up). */
function isHiddenCharacter(c: number): boolean {
  if (c <= 0x9f) return true;
  if (c < 0x200b) return false;
  return (
    c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0xfffe || c === 0xffff
  );
}

/** Before a number form, only a line start, whitespace or `[ { , :` counts (YAML's token boundaries). */
function boundaryBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return isSpace(p) || p === 0x5b || p === 0x7b || p === 0x2c || p === 0x3a;
}

const ESCAPES = new Set('uUxNLP_'.split('').map((s) => s.charCodeAt(0)));
const RADIX = new Set('bBxXoO'.split('').map((s) => s.charCodeAt(0)));
const NOT_AFTER_INDICATOR = new Set(' ,[]{}'.split('').map((s) => s.charCodeAt(0)));
const SPECIAL_FLOATS = new Set(['inf', 'Inf', 'INF', 'nan', 'NaN', 'NAN']);

/** `\d[eE][-+]?\d` at i. */
function exponentAt(text: string, i: number): boolean {
  const e = text.charCodeAt(i + 1);
  if (e !== 0x65 && e !== 0x45) return false;
  let j = i + 2;
  const s = text.charCodeAt(j);
  if (s === 0x2b || s === 0x2d) j++;
  return isDigit(text.charCodeAt(j));
}

/** At a `.`: `.inf`/`.nan` ending a word, or `[-+]?.5` after a boundary. */
function dotAt(text: string, i: number): boolean {
  const n = text.charCodeAt(i + 1);
  if (!isDigit(n)) return SPECIAL_FLOATS.has(text.slice(i + 1, i + 4)) && !isWord(text.charCodeAt(i + 4));
  if (boundaryBefore(text, i)) return true;
  // A `+` after a boundary has matched already, when the scan passed it.
  return text.charCodeAt(i - 1) === 0x2d && boundaryBefore(text, i - 1);
}

/** How the scan treats an ASCII character: most are ORDINARY and cost one table look-up. */
// ORDINARY is 0, the table's default.
const BLANK = 1;
const LINE_END = 2;
const SPECIAL = 3;
const KIND = new Uint8Array(0x80);
for (const c of ' \v\f') KIND[c.charCodeAt(0)] = BLANK;
KIND[0x0a] = LINE_END;
for (const c of '\t\r\\&*!%?[{_.+-0123456789') KIND[c.charCodeAt(0)] = SPECIAL;

/** The alternatives a SPECIAL character can start, given whether only whitespace since a line start precedes it. */
function matchesAt(text: string, i: number, c: number, lineStartBefore: boolean): boolean {
  switch (c) {
    case 0x09: // \t
    case 0x0d: // \r
      return true;
    case 0x5c: // \
      return ESCAPES.has(text.charCodeAt(i + 1));
    case 0x26: // &
    case 0x2a: // *
    case 0x21: {
      // !
      const n = text.charCodeAt(i + 1);
      return i + 1 < text.length && !isSpace(n) && !NOT_AFTER_INDICATOR.has(n);
    }
    case 0x25: // %
    case 0x3f: // ?
      return lineStartBefore;
    case 0x5b: // [
    case 0x7b: // {
      return i === 0 || isLineEnd(text.charCodeAt(i - 1));
    case 0x5f: // _
      return isDigit(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i + 1));
    case 0x2e: // .
      return dotAt(text, i);
    case 0x2b: // +
      return boundaryBefore(text, i);
    case 0x2d: // -
      return text.charCodeAt(i + 1) === 0x30 && boundaryBefore(text, i);
    default:
      // a digit
      if (c === 0x30 && RADIX.has(text.charCodeAt(i + 1)) && !isWord(text.charCodeAt(i - 1))) return true; // at 0, charCodeAt(-1) is NaN: no word
      return exponentAt(text, i);
  }
}

/** Every alternative that looks at characters and their neighbours (all but the folded list line). */
function hasRiskyCharacter(text: string): boolean {
  // Whether only whitespace stands between a line start (or the text's start) and this character.
  let lineStartBefore = true;
  for (let i = 0; i !== text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const kind = KIND[c];
      if (kind === BLANK) continue;
      if (kind === LINE_END) {
        lineStartBefore = true;
        continue;
      }
      if (kind === SPECIAL && matchesAt(text, i, c, lineStartBefore)) return true;
      lineStartBefore = false;
    } else if (c >= 0xa0 && c < 0x1680)
      lineStartBefore = c === 0xa0 && lineStartBefore; // Latin letters (å, ä, ö …) and no-break space
    else if (isHiddenCharacter(c)) return true;
    else if (isLineEnd(c)) lineStartBefore = true;
    else if (!isSpace(c)) lineStartBefore = false;
  }
  return false;
}

/** The reference's last alternative, used as is when U+2028/U+2029 make lines that `\n` does not end. */
const FOLDED_LIST_ITEM = /^( *)(?=\S)(?:- )?[^\n#]*[^:\s\n#][ \t]*(?:#[^\n]*)?\n\1 +- /m;

/** Spaces at the start of the line at `start` (a line ends in `\n` or the text's end, neither a space). */
function leadingSpaces(text: string, start: number): number {
  let i = start;
  while (text.charCodeAt(i) === 0x20) i++;
  return i - start;
}

/**
 * Whether the line [start, end) can carry text that a more indented `- `
 * line below folds into: it starts (after its indent) with a non-space and,
 * before any `#`, ends in something other than `:` or whitespace.
 */
function canFoldInto(text: string, start: number, end: number, indent: number): boolean {
  const first = start + indent;
  // An empty line stops at its `\n`, a space.
  if (isSpace(text.charCodeAt(first))) return false;
  const hash = text.indexOf('#', first);
  let stop = hash < 0 ? end : Math.min(hash, end);
  // Only spaces to trim: a text with a tab is careful-only already.
  while (stop > first && text.charCodeAt(stop - 1) === 0x20) stop--;
  if (stop === first) return false;
  const last = text.charCodeAt(stop - 1);
  return last !== 0x3a && !isSpace(last);
}

/** A `- ` line more indented than the line above it, which YAML folds into that line's text. */
function hasFoldedListItem(text: string): boolean {
  if (text.includes('\u2028') || text.includes('\u2029')) return FOLDED_LIST_ITEM.test(text);
  let start = 0;
  let end = text.indexOf('\n');
  while (end >= 0) {
    const next = end + 1;
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd < 0) nextEnd = text.length;
    const m = leadingSpaces(text, next);
    if (text.charCodeAt(next + m) === 0x2d && text.charCodeAt(next + m + 1) === 0x20) {
      const indent = leadingSpaces(text, start);
      if (m > indent && canFoldInto(text, start, end, indent)) return true;
    }
    start = next;
    end = nextEnd < text.length ? nextEnd : -1;
  }
  return false;
}

/**
 * Text that only the careful reader may take. Anchors, aliases, tags,
 * directives, explicit keys; number forms where js-yaml and YAML 1.2 core
 * differ (`+.5`, `1_000`, `0x1`, `-0x1`, `1e309`, `.inf`, `-0`); C1 control
 * characters; a flow collection at column 0; invisible or bidirectional
 * control characters, also written as escapes (`"\u202e"`); and a `- ` line
 * more indented than the line before it, which YAML silently folds into the
 * text above. Anything else reads the same either way, only faster.
 */
export function hasCarefulOnlySyntax(text: string): boolean {
  return hasRiskyCharacter(text) || hasFoldedListItem(text);
}
