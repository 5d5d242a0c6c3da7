/**
 * validate: is an agreement readable and complete in form?
 *
 * Three layers, each reporting positioned diagnostics: reading (bytes and
 * YAML, `parse.ts`), the framework's JSON Schema (ajv, translated into our own
 * Swedish/English messages), and the cross-field consistency that a schema
 * cannot express (`semantic.ts`).
 */
import type { ErrorObject } from 'ajv';
import { FRAMEWORK_IDS, type Agreement, type FrameworkId } from './model.js';
import { compareDiagnostics, placed, pointerFrom, pointerSegments, type Diagnostic, type Lang } from './diagnostic.js';
import { didYouMean, listOf, message, type MessageCode } from './messages.js';
import { kindOf, parseAgreementBytes, parseAgreementText, type ParsedSource, type ParseOptions } from './parse.js';
import { closest } from './suggest.js';
import { semanticDiagnostics } from './semantic.js';
import { hasInvisible, isFreeText, readForms } from './forms.js';
import { agreementSchema, type JsonSchema } from '../schema/agreement.js';
import { DATE_YEARS, formatOfPattern, validatorName } from '../schema/formats.js';
import * as precompiled from '../schema/validators.generated.js';

export interface ValidationResult {
  valid: boolean;
  /** The framework named by `ramverk`, when it is a known one. */
  framework?: FrameworkId;
  /** The agreement, when it is valid. */
  agreement?: Agreement;
  /** The raw parsed value, when the YAML could be read (valid or not). */
  value?: unknown;
  diagnostics: Diagnostic[];
  /** Resolve a JSON pointer to its line and column in the source. */
  locate: ParsedSource['locate'];
  /** Resolve a JSON pointer to the stretch of source text it names (start and end). */
  locateRange: ParsedSource['locateRange'];
}

/** A framework's validator, compiled ahead of time from its schema (see src/schema/formats.ts). */
type FrameworkValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

function frameworkValidator(framework: FrameworkId): FrameworkValidator {
  return (precompiled as unknown as Record<string, FrameworkValidator>)[validatorName(framework)]!;
}

/** The schema a framework's errors point into (by their schemaPath), built once. */
const schemas = new Map<FrameworkId, JsonSchema>();
function frameworkSchema(framework: FrameworkId): JsonSchema {
  let s = schemas.get(framework);
  if (!s) {
    s = agreementSchema(framework);
    schemas.set(framework, s);
  }
  return s;
}

/** The schema node an error's keyword belongs to: its `schemaPath` without the keyword. */
function parentSchemaOf(schema: JsonSchema, err: ErrorObject): JsonSchema | undefined {
  let node: unknown = schema;
  for (const seg of pointerSegments(err.schemaPath.replace(/^#/, '')).slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

export interface ValidateOptions extends ParseOptions {}

export function validateAgreementBytes(bytes: Uint8Array, options: ValidateOptions = {}): ValidationResult {
  return validateParsed(parseAgreementBytes(bytes, options), options);
}

export function validateAgreementText(text: string, options: ValidateOptions = {}): ValidationResult {
  return validateParsed(parseAgreementText(text, options), options);
}

/** Keys whose value is never free text (ids, dates, numbers, allowed values): a `#` after them is an ordinary comment. */
let notTextKeys: Set<string> | undefined;
function keysNeverText(): Set<string> {
  if (notTextKeys) return notTextKeys;
  const text = new Set<string>();
  const other = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const props = (node as JsonSchema).properties as Record<string, JsonSchema> | undefined;
    for (const [k, v] of Object.entries(props ?? {})) {
      (isFreeText(v) ? text : other).add(k);
    }
    for (const v of Object.values(node)) walk(v);
  };
  walk(agreementSchema());
  notTextKeys = new Set([...other].filter((k) => !text.has(k)));
  return notTextKeys;
}

/**
 * Whether a text that read cleanly may still hide text lost to a comment
 * (` #` after a value that may be free text) or invisible characters: then the
 * careful reader looks at how each value was written. `ramverk: skane-2018  # …`
 * and `mål:  # …` are ordinary comments and cost nothing.
 */
function needsSourceLook(text: string | undefined): boolean {
  if (text === undefined) return false;
  if (hasInvisible(text)) return true;
  // Only the lines with a ` #` (usually none or a few): find them rather than split the whole text.
  const hashes = /[ \t]#/g;
  let lineEnd = -1;
  for (let m = hashes.exec(text); m !== null; m = hashes.exec(text)) {
    if (m.index < lineEnd) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const body = line.replace(/^\s*(?:-\s+)*/, '');
    if (body.startsWith('#')) continue;
    const key = /^([^\s:#"'][^:#]*?):(?:[ \t]|$)(.*)$/.exec(body);
    if (key) {
      const value = key[2]!.replace(/(^|[ \t])#.*$/, '').trim();
      if (value === '' || keysNeverText().has(key[1]!)) continue;
    }
    return true;
  }
  return false;
}

export function validateParsed(input: ParsedSource, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? 'sv';
  if (input.value === undefined) return { valid: false, diagnostics: input.diagnostics, locate: input.locate, locateRange: input.locateRange };
  // The fast reader's value is final only when nothing is wrong with it; otherwise
  // read the source forms (Swedish decimal commas, times, ja/nej) and look again.
  if (input.fast) {
    const quick = validateValue(input, input.value as Record<string, unknown>, lang, undefined);
    if (quick.diagnostics.length === 0 && !needsSourceLook(input.text)) return quick;
    const careful = input.careful();
    if (careful.value === undefined) return { valid: false, diagnostics: careful.diagnostics, locate: careful.locate, locateRange: careful.locateRange };
    return validateValue(careful, careful.value as Record<string, unknown>, lang, careful.index);
  }
  return validateValue(input, input.value as Record<string, unknown>, lang, input.index);
}

function validateValue(parsed: ParsedSource, raw: Record<string, unknown>, lang: Lang, index: ParsedSource['index']): ValidationResult {
  const { locate, locateRange } = parsed;
  const at = (pointer: string, prefer?: 'key' | 'value') => placed(locateRange, pointer, prefer);
  let value = raw;

  const ramverk = value.ramverk;
  const allowed = () => listOf(lang, [...FRAMEWORK_IDS]);
  if (ramverk === undefined || ramverk === null) {
    const d: Diagnostic = {
      code: 'ramverk.missing',
      severity: 'fel',
      message: message(lang, 'ramverk.missing', { allowed: allowed() }),
      pointer: '/ramverk',
      ...at(''),
    };
    return { valid: false, value, diagnostics: [d], locate, locateRange };
  }
  if (typeof ramverk !== 'string' || !(FRAMEWORK_IDS as readonly string[]).includes(ramverk)) {
    const guess = typeof ramverk === 'string' ? closest(ramverk, FRAMEWORK_IDS) : undefined;
    const d: Diagnostic = {
      code: 'ramverk.unknown',
      severity: 'fel',
      message: message(lang, 'ramverk.unknown', { value: String(ramverk), allowed: allowed() }),
      pointer: '/ramverk',
      ...at('/ramverk'),
      ...(guess ? { hint: didYouMean(lang, guess) } : {}),
    };
    return { valid: false, value, diagnostics: [d], locate, locateRange };
  }
  const framework = ramverk as FrameworkId;
  const validate = frameworkValidator(framework);
  const diagnostics: Diagnostic[] = [];
  let claimed: ReadonlySet<string> = new Set();
  if (index && parsed.text !== undefined) {
    const forms = readForms(value, frameworkSchema(framework), index, parsed.text, lang);
    value = forms.value as Record<string, unknown>;
    diagnostics.push(...forms.diagnostics);
    claimed = forms.claimed;
  }
  if (!validate(value)) {
    const schemaErrors = translateAjvErrors(validate.errors ?? [], frameworkSchema(framework), value, lang, locateRange);
    diagnostics.push(...schemaErrors.filter((d) => !claimed.has(d.pointer)));
  }
  // Cross-field checks assume the shape is right; run them only on a well-formed agreement.
  if (diagnostics.every((d) => d.severity !== 'fel')) diagnostics.push(...semanticDiagnostics(value as unknown as Agreement, lang, locateRange, framework));
  diagnostics.sort(compareDiagnostics);
  const valid = diagnostics.every((d) => d.severity !== 'fel');
  return {
    valid,
    framework,
    value,
    ...(valid ? { agreement: value as unknown as Agreement } : {}),
    diagnostics,
    locate,
    locateRange,
  };
}

/** `avtal.giltighet.från`, `basverksamheter[2].närvaro[0].till`: a path officers can read. */
export function fieldLabel(pointer: string): string {
  let out = '';
  for (const seg of pointerSegments(pointer)) {
    if (/^\d+$/.test(seg)) out += `[${Number(seg) + 1}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out === '' ? '(avtalet)' : out;
}

const DATE_EXPECTED: Readonly<Record<Lang, string>> = { sv: 'ett datum, ÅÅÅÅ-MM-DD', en: 'a date, YYYY-MM-DD' };
const TYPE_SV: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  integer: 'ett heltal',
  boolean: 'true eller false',
  object: 'en samling nycklar',
  array: 'en lista',
  null: 'tomt',
};
const TYPE_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'empty',
};

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const seg of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

function branchOf(err: ErrorObject, parentSchemaPath: string): number | undefined {
  if (!err.schemaPath.startsWith(parentSchemaPath + '/')) return undefined;
  const n = Number(err.schemaPath.slice(parentSchemaPath.length + 1).split('/')[0]);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * Collapse ajv's `oneOf`/`anyOf` cascades: for each such failure keep only the
 * errors of the branch the author most likely meant (the one whose errors go
 * deepest into the value, else the first whose type matched), and drop the
 * combinator's own error.
 */
function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  let result = [...errors];
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  for (const combo of combinators) {
    const children = result.filter((e) => e !== combo && branchOf(e, combo.schemaPath) !== undefined);
    if (children.length === 0) continue;
    const byBranch = new Map<number, ErrorObject[]>();
    for (const c of children) {
      const b = branchOf(c, combo.schemaPath)!;
      byBranch.set(b, [...(byBranch.get(b) ?? []), c]);
    }
    const score = (errs: ErrorObject[]): number => {
      const depth = Math.max(...errs.map((e) => pointerSegments(e.instancePath).length));
      const typeOnly = errs.every((e) => e.keyword === 'type' && e.instancePath === combo.instancePath);
      return typeOnly ? -1 : depth * 10 - errs.length / 1000;
    };
    const ranked = [...byBranch.entries()].sort((a, b) => score(b[1]) - score(a[1]) || a[0] - b[0]);
    const [, bestErrors] = ranked[0]!;
    let keep: ErrorObject[] = bestErrors;
    if (score(bestErrors) < 0) {
      // Every branch failed on type alone: one error naming every accepted type.
      const types = [...new Set(children.filter((c) => c.keyword === 'type').flatMap((c) => String(c.params.type).split(',')))];
      keep = [{ ...bestErrors[0]!, params: { type: types.join(',') } }];
    }
    result = result.filter((e) => e !== combo && !children.includes(e)).concat(keep);
  }
  return result;
}

/** Most unknown keys in one file that get a "menade du" suggestion. */
const MAX_SUGGESTIONS = 200;

function translateAjvErrors(errors: readonly ErrorObject[], schema: JsonSchema, root: unknown, lang: Lang, locate: ParsedSource['locateRange']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const collapsed = collapseAlternatives(errors);
  // A misspelt key shows up twice in ajv: as unknown and as the required key it
  // was meant to be. Say it once, as the typo with its "menade du".
  const misspelt = new Set<string>();
  // Hundreds of unknown keys are not typos: no "menade du" for them (and no cost).
  const suggest = collapsed.filter((e) => e.keyword === 'additionalProperties').length <= MAX_SUGGESTIONS;
  for (const err of collapsed) {
    if (err.keyword !== 'additionalProperties' || !suggest) continue;
    const props = Object.keys((parentSchemaOf(schema, err)?.properties as object | undefined) ?? {});
    const guess = closest(String(err.params.additionalProperty), props);
    if (guess) misspelt.add(err.instancePath + pointerFrom([guess]));
  }
  // A key left empty (`samlokaliserad:`) fails type and enum at once: say "fill it in" once.
  const emptied = new Set<string>();
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of collapsed) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  for (const err of collapsed) {
    // `required` and `additionalProperties` apply only to a mapping, never to a value left empty.
    if (err.instancePath === '' || valueAt(root, err.instancePath) !== null || emptied.has(err.instancePath)) continue;
    emptied.add(err.instancePath);
    const related = byPath.get(err.instancePath) ?? [];
    const allowed = related.find((e) => e.keyword === 'enum')?.params.allowedValues as unknown[] | undefined;
    const typeError = related.find((e) => e.keyword === 'type');
    const types = String(typeError?.params.type ?? '')
      .split(',')
      .filter(Boolean);
    // A date is text to the schema, but the officer is asked for a date in the form it takes.
    const isDate = typeError !== undefined && parentSchemaOf(schema, typeError)?.format === 'date';
    const expected = (l: Lang) =>
      allowed
        ? listOf(l, allowed.map(String))
        : isDate
          ? DATE_EXPECTED[l]
          : listOf(
              l,
              types.map((t) => (l === 'sv' ? TYPE_SV : TYPE_EN)[t] ?? t),
            );
    const pointer = err.instancePath;
    out.push({
      code: 'schema.missing-value',
      severity: 'fel',
      message: message(lang, 'schema.missing-value', { field: fieldLabel(pointer), expected: expected('sv'), expectedEn: expected('en') }),
      pointer,
      ...placed(locate, pointer, 'key'),
    });
  }
  for (const err of collapsed) {
    if (emptied.has(err.instancePath)) continue;
    if (err.keyword === 'required' && misspelt.has(err.instancePath + pointerFrom([String(err.params.missingProperty)]))) continue;
    const d = translateOne(err, parentSchemaOf(schema, err), root, lang, locate, suggest);
    if (!d) continue;
    const key = `${d.code}|${d.pointer}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function translateOne(
  err: ErrorObject,
  parent: JsonSchema | undefined,
  root: unknown,
  lang: Lang,
  locate: ParsedSource['locateRange'],
  suggest = true,
): Diagnostic | undefined {
  const base = err.instancePath;
  const field = fieldLabel(base);
  const make = (code: MessageCode, params: Record<string, string | number>, pointer = base, prefer: 'key' | 'value' = 'value', hint?: string): Diagnostic => ({
    code,
    severity: 'fel',
    message: message(lang, code, { field, ...params }),
    pointer,
    ...placed(locate, pointer, prefer),
    ...(hint ? { hint } : {}),
  });
  const value = valueAt(root, base);
  const shown = typeof value === 'string' && value.length > 80 ? value.slice(0, 77) + '…' : String(value);
  switch (err.keyword) {
    case 'required': {
      const missing = String(err.params.missingProperty);
      const props = parent?.properties as Record<string, JsonSchema> | undefined;
      const title = (props?.[missing]?.title as string | undefined) ?? '';
      const pointer = base + pointerFrom([missing]);
      return {
        code: 'schema.required',
        severity: 'fel',
        message: message(lang, 'schema.required', { field: fieldLabel(pointer), title }),
        pointer,
        ...placed(locate, base, 'key'),
      };
    }
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty);
      const props = Object.keys((parent?.properties as object | undefined) ?? {});
      // `in`, not a list of the present keys: a file may have 100,000 unknown keys.
      const present = (p: string) => value !== null && typeof value === 'object' && Object.hasOwn(value, p);
      const guess = suggest
        ? closest(
            key,
            props.filter((p) => !present(p)),
          )
        : undefined;
      const pointer = base + pointerFrom([key]);
      return make('schema.unknown-key', { key }, pointer, 'key', guess ? didYouMean(lang, guess) : undefined);
    }
    case 'type': {
      const types = String(err.params.type).split(',');
      return make('schema.type', {
        expected: listOf(
          'sv',
          types.map((t) => TYPE_SV[t] ?? t),
        ),
        expectedEn: listOf(
          'en',
          types.map((t) => TYPE_EN[t] ?? t),
        ),
        actual: kindOf(value, 'sv'),
        actualEn: kindOf(value, 'en'),
      });
    }
    case 'enum': {
      const allowedValues = (err.params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? closest(value, allowedValues) : undefined;
      return make('schema.enum', { value: shown, allowed: listOf(lang, allowedValues) }, base, 'value', guess ? didYouMean(lang, guess) : undefined);
    }
    case 'pattern': {
      const format = formatOfPattern(String(err.params.pattern));
      const year = typeof value === 'string' ? /^(\d{4})-\d{2}-\d{2}$/.exec(value)?.[1] : undefined;
      if (format === 'date' && year !== undefined && (Number(year) < DATE_YEARS.min || Number(year) > DATE_YEARS.max)) {
        return make('schema.date-year', { value: shown, min: DATE_YEARS.min, max: DATE_YEARS.max });
      }
      const code: MessageCode =
        format === 'tid'
          ? 'schema.time'
          : format === 'date'
            ? 'schema.date'
            : format === 'slug'
              ? 'schema.slug'
              : format === 'orgnr'
                ? 'schema.orgnr'
                : 'schema.pattern';
      return make(code, { value: shown });
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return make('schema.minimum', { limit: String(err.params.limit), value: shown });
    case 'maximum':
    case 'exclusiveMaximum':
      return make('schema.maximum', { limit: String(err.params.limit), value: shown });
    case 'minItems':
      return make('schema.min-items', { limit: Number(err.params.limit) });
    case 'maxItems':
    case 'maxProperties':
      return make('schema.max-items', { limit: Number(err.params.limit) });
    case 'minLength':
      return make('schema.min-length', {});
    case 'maxLength':
      return make('schema.max-length', { limit: Number(err.params.limit) });
    case 'uniqueItems':
      return make('schema.unique-items', {});
    default:
      return make('schema.other', { detail: err.message ?? err.keyword });
  }
}
