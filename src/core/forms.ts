/**
 * What the officer wrote, not only what YAML made of it. Walks the value with
 * its schema and the careful reader's source forms, and
 *
 * - accepts Swedish forms where they can mean only one thing: a decimal comma
 *   in a number field (`0,8`, also `{ tjänstgöringsgrad: 0,8 }`), amounts
 *   grouped by spaces (`100 000`), a time
 *   written `08.00`, `ja`/`nej` for true/false, and a number or true/false in
 *   a text field as exactly the characters written (`paragraf: 112`);
 * - reports what YAML would otherwise cut or change silently: text after ` #`
 *   in a free-text value, a bare hour (`8`) where a time belongs;
 * - reports invisible and direction-changing characters (bidi controls,
 *   zero-width characters): an error in ids, names and keys, a warning in prose.
 *
 * Each accepted form is the value the officer meant, character for
 * character; nothing is guessed.
 */
import { type Diagnostic, type Lang, type Severity, escapePointerSegment } from './diagnostic.js';
import { isMarker } from './model.js';
import { message, type MessageCode } from './messages.js';
import { lineEnd, type SourceIndex } from './parse.js';
import type { JsonSchema } from '../schema/agreement.js';

interface FormsResult {
  /** The value with the accepted Swedish forms read as what they mean (a copy where anything changed). */
  value: unknown;
  diagnostics: Diagnostic[];
  /** Pointers where a diagnostic here replaces what the schema would say about the same value. */
  claimed: ReadonlySet<string>;
}

const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;
/** `100 000` or `1 250 000,50`: digits grouped by spaces, as Swedish writes amounts. */
const SPACED_THOUSANDS = /^\d{1,3}(?: \d{3})+(?:,\d+)?$/;
const DOTTED_TIME = /^([01]?\d|2[0-4])\.([0-5]\d)$/;

/** Invisible and direction-changing characters, with what each does to the text around it. */
const INVISIBLE: Record<string, { name: string; nameEn: string; bidi: boolean }> = {
  '\u200b': { name: 'blanksteg med noll bredd', nameEn: 'zero-width space', bidi: false },
  '\u200c': { name: 'icke-sammanfogare med noll bredd', nameEn: 'zero-width non-joiner', bidi: false },
  '\u200d': { name: 'sammanfogare med noll bredd', nameEn: 'zero-width joiner', bidi: false },
  '\u200e': { name: 'vänster-till-höger-markering', nameEn: 'left-to-right mark', bidi: true },
  '\u200f': { name: 'höger-till-vänster-markering', nameEn: 'right-to-left mark', bidi: true },
  '\u202a': { name: 'vänster-till-höger-inbäddning', nameEn: 'left-to-right embedding', bidi: true },
  '\u202b': { name: 'höger-till-vänster-inbäddning', nameEn: 'right-to-left embedding', bidi: true },
  '\u202c': { name: 'avslutad riktningsformatering', nameEn: 'pop directional formatting', bidi: true },
  '\u202d': { name: 'vänster-till-höger-åsidosättning', nameEn: 'left-to-right override', bidi: true },
  '\u202e': { name: 'höger-till-vänster-åsidosättning', nameEn: 'right-to-left override', bidi: true },
  '\u2060': { name: 'ordsammanfogare', nameEn: 'word joiner', bidi: false },
  '\u2061': { name: 'osynlig funktion', nameEn: 'function application', bidi: false },
  '\u2062': { name: 'osynligt gånger', nameEn: 'invisible times', bidi: false },
  '\u2063': { name: 'osynlig avgränsare', nameEn: 'invisible separator', bidi: false },
  '\u2064': { name: 'osynligt plus', nameEn: 'invisible plus', bidi: false },
  '\u2066': { name: 'vänster-till-höger-isolering', nameEn: 'left-to-right isolate', bidi: true },
  '\u2067': { name: 'höger-till-vänster-isolering', nameEn: 'right-to-left isolate', bidi: true },
  '\u2068': { name: 'riktningsneutral isolering', nameEn: 'first strong isolate', bidi: true },
  '\u2069': { name: 'avslutad isolering', nameEn: 'pop directional isolate', bidi: true },
  '\ufeff': { name: 'byte-order mark inne i texten', nameEn: 'byte-order mark inside the text', bidi: false },
};
const INVISIBLE_RE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Whether a text holds an invisible or direction-changing character. */
export function hasInvisible(s: string): boolean {
  return INVISIBLE_RE.test(s);
}

/** `U+200B`: every character in INVISIBLE lies between U+200B and U+FEFF, so four hex digits. */
function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
}

/** The schema that describes the value at the next step, if the schema says. */
function childSchema(schema: JsonSchema | undefined, key: string | number): JsonSchema | undefined {
  if (!schema) return undefined;
  if (typeof key === 'number') return schema.items as JsonSchema | undefined;
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (props && key in props) return props[key];
  const extra = schema.additionalProperties;
  return extra && typeof extra === 'object' ? (extra as JsonSchema) : undefined;
}

function types(schema: JsonSchema | undefined): string[] {
  const t = schema?.type;
  return Array.isArray(t) ? t.map(String) : t === undefined ? [] : [String(t)];
}

/**
 * Free text: a string with no format, pattern or list of allowed values, also none in an
 * alternative (a section that may instead be `ingår inte` or `uppgift saknas` is no free text).
 */
export function isFreeText(schema: JsonSchema | undefined): boolean {
  return (
    types(schema).includes('string') &&
    schema!.enum === undefined &&
    schema!.format === undefined &&
    schema!.pattern === undefined &&
    schema!.anyOf === undefined
  );
}

/** Prose (a paragraph) rather than an id or a name: text fields that allow long values. */
function isProse(schema: JsonSchema | undefined): boolean {
  return isFreeText(schema) && (schema!.maxLength as number) > 1000;
}

function isTime(schema: JsonSchema | undefined): boolean {
  return schema?.format === 'tid';
}

/** `avtal.giltighet.från`, `basverksamheter[2].närvaro[0].till`. */
function label(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg + 1}]` : out === '' ? seg : `.${seg}`;
  return out === '' ? '(avtalet)' : out;
}

export function readForms(root: unknown, schema: JsonSchema, index: SourceIndex, text: string, lang: Lang): FormsResult {
  const diagnostics: Diagnostic[] = [];
  const claimed = new Set<string>();
  /** A finding from `offset` to `end` (exclusive; by default the end of the line). */
  const report = (
    code: MessageCode,
    severity: Severity,
    pointer: string,
    offset: number,
    params: Record<string, string | number>,
    end = lineEnd(text, offset),
  ) => {
    const range = { start: index.position(offset), end: index.position(end) };
    diagnostics.push({ code, severity, message: message(lang, code, params), pointer, position: range.start, range });
  };
  const invisible = (s: string, from: number, pointer: string, field: string, severity: Severity) => {
    const m = INVISIBLE_RE.exec(s);
    if (!m) return;
    const c = m[0];
    const info = INVISIBLE[c]!;
    const found = text.indexOf(c, from);
    const at = found >= 0 ? found : from;
    report(
      'text.invisible',
      severity,
      pointer,
      at,
      {
        field,
        char: codePoint(c),
        name: info.name,
        nameEn: info.nameEn,
        effect: info.bidi
          ? 'kan vända eller flytta texten runt det så att den visas annorlunda än den lyder'
          : 'inte syns men gör texten olik den som ser likadan ut',
        effectEn: info.bidi
          ? 'can reverse or move the text around it so that it shows differently from what it says'
          : 'cannot be seen but makes the text differ from text that looks the same',
      },
      at + c.length,
    );
  };

  const walk = (value: unknown, sch: JsonSchema | undefined, path: (string | number)[], pointer: string): unknown => {
    const field = label(path);
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      value.forEach((item, i) => {
        const next = walk(item, childSchema(sch, i), [...path, i], `${pointer}/${i}`);
        if (next !== item) {
          copy ??= [...value];
          copy[i] = next;
        }
      });
      return copy ?? value;
    }
    if (value !== null && typeof value === 'object' && types(sch).length === 1 && types(sch)[0] === 'string') {
      // `- Mål för 2026: fler hembesök` is text with a colon in it, which YAML read as a key and a value.
      const keys = Object.keys(value);
      const keySource = keys.length === 1 ? index.scalars.get(`${pointer}/${escapePointerSegment(keys[0]!)}#key`) : undefined;
      if (keySource && keySource.type === 'PLAIN') {
        const colon = keySource.offset + keySource.source.length;
        claimed.add(pointer);
        const parent = path.filter((p): p is string => typeof p === 'string').at(-1) ?? '-';
        report('yaml.colon-in-text', 'fel', pointer, colon, { line: index.position(colon).line, key: parent });
        return value;
      }
    }
    if (value !== null && typeof value === 'object') {
      let copy: Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(value)) {
        const p = `${pointer}/${escapePointerSegment(k)}`;
        const keySource = index.scalars.get(`${p}#key`);
        if (hasInvisible(k)) invisible(k, keySource?.offset ?? 0, p, `${field === '(avtalet)' ? '' : field + '.'}${k}`, 'fel');
        const next = walk(v, childSchema(sch, k), [...path, k], p);
        if (next !== v) {
          copy ??= { ...(value as Record<string, unknown>) };
          copy[k] = next;
        }
      }
      return copy ?? value;
    }
    const src = index.scalars.get(pointer);
    if (!src || sch === undefined) {
      if (typeof value === 'string' && src) invisible(value, src.offset, pointer, field, 'fel');
      return value;
    }
    const want = types(sch);
    // Text lost to a comment: `beskrivning: Gemensam entré i hus #2, väntrum` keeps only "Gemensam entré i hus".
    // A marker (`sekretess: ingår inte  # …`) is a state, not prose: a note after it takes nothing from the document.
    if (src.commentOffset !== undefined && isFreeText(sch) && !isMarker(value)) {
      report('value.inline-comment', 'fel', pointer, src.commentOffset, { field, kept: src.source });
    }
    if (typeof value === 'string') {
      invisible(value, src.offset, pointer, field, isProse(sch) ? 'varning' : 'fel');
      if ((want.includes('number') || want.includes('integer')) && (DECIMAL_COMMA.test(value) || SPACED_THOUSANDS.test(value)) && !want.includes('string')) {
        const n = Number(value.replace(/ /g, '').replace(',', '.'));
        if (Number.isFinite(n)) return n;
      }
      if (want.includes('boolean') && !want.includes('string')) {
        if (/^ja$/i.test(value)) return true;
        if (/^nej$/i.test(value)) return false;
      }
      if (isTime(sch)) {
        const m = DOTTED_TIME.exec(value);
        if (m) return `${m[1]}:${m[2]}`;
      }
      return value;
    }
    if (src.type !== 'PLAIN') return value;
    if (isTime(sch) && typeof value === 'number') {
      const m = DOTTED_TIME.exec(src.source);
      if (m) return `${m[1]}:${m[2]}`;
      claimed.add(pointer);
      report('value.bare-hour', 'fel', pointer, src.offset, { field, value: src.source }, src.offset + src.source.length);
      return value;
    }
    // A number or true/false where text belongs: the characters as written are the text.
    if ((typeof value === 'number' || typeof value === 'boolean') && want.length === 1 && want[0] === 'string' && sch.enum === undefined) {
      return src.source;
    }
    return value;
  };

  const value = walk(root, schema, [], '');
  return { value, diagnostics, claimed };
}
