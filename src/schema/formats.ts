/**
 * From the published schemas to the validators samverkan runs.
 *
 * The published schemas (`schemas/*.json`) use `format` (date, tid, slug,
 * orgnr) so that editors show the right hints. For validation each format
 * becomes an equivalent `pattern`, so that the validators can be generated
 * ahead of time as plain code (`validators.generated.ts`, by `compile.ts`):
 * no schema compilation at start-up (about 200 ms per command) and no
 * `new Function` at run time, which a browser page with a strict Content
 * Security Policy forbids.
 */
import { DATE_YEARS } from '../core/dates.js';
import { SLUG_PATTERN } from '../core/id.js';
import type { FrameworkId } from '../core/model.js';
import type { JsonSchema } from './agreement.js';

/** The years a date may have (the core's, see src/core/dates.ts); the patterns below spell them out. */
export { DATE_YEARS };

const YEAR = String.raw`(?:19|20|21)\d{2}`;
const LEAP = `(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29`;
const NON_LEAP = String.raw`${YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))`;

/** Each format as a regular expression that accepts exactly what the format means. */
export const FORMAT_PATTERNS = {
  /** A real calendar date in the years 1900–2199, leap years included. */
  date: `^(?:${NON_LEAP}|${LEAP})$`,
  /** 24-hour clock, "8:00" or "08:00"; "24:00" only as the end of a day. */
  tid: String.raw`^(?:(?:[01]?\d|2[0-3]):[0-5]\d|24:00)$`,
  /** a–z, 0–9 and single hyphens, 1–64 characters, not a name Windows reserves for a device. */
  slug: SLUG_PATTERN,
  /** Swedish organisation number, NNNNNN-NNNN. */
  orgnr: String.raw`^\d{6}-\d{4}$`,
} as const;

export type FormatName = keyof typeof FORMAT_PATTERNS;

/** The format a validation pattern stands for, if it is one of ours. */
export function formatOfPattern(pattern: string): FormatName | undefined {
  return (Object.keys(FORMAT_PATTERNS) as FormatName[]).find((f) => FORMAT_PATTERNS[f] === pattern);
}

/** A copy of the schema with every `format` replaced by its pattern. */
export function compilableSchema(schema: JsonSchema): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string' && v in FORMAT_PATTERNS) out.pattern = FORMAT_PATTERNS[v as FormatName];
      else out[k] = walk(v);
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}

/** The validator export name of a framework in the generated module (`skane_2018`). */
export function validatorName(framework: FrameworkId): string {
  return framework.replace(/-/g, '_');
}
