/**
 * The published schemas as an editor needs them (VS Code with the Red Hat
 * YAML extension, i.e. yaml-language-server). That engine ignores custom
 * formats, inserts `0` for a number it has no example for, shows enum values
 * without explanation and its own messages in English. So each published
 * schema also carries, beside what validation uses:
 *
 * - a `pattern` for every format (`date`, `tid`, `slug`, `orgnr`), the same
 *   regular expression validation runs, with a Swedish `patternErrorMessage`;
 * - `examples` for every number, so an accepted suggestion is a real value;
 * - `enumDescriptions` in Swedish for every list of allowed values;
 * - a `title` on every value, and a Swedish `errorMessage` on every leaf.
 *
 * What the editor still cannot see (cross-field checks, the source forms
 * `0,8`, `08.00`, `ja`, text lost to `#`) is listed in docs/limits.md.
 */
import { activityLabel, RESPONSIBLE_KIND } from '../core/activities.js';
import { capitalise } from '../core/messages.js';
import { BASE_ACTIVITIES } from '../core/model.js';
import { FORMAT_PATTERNS, type FormatName } from './formats.js';
import { FRAMEWORK_TITLES, type JsonSchema } from './agreement.js';

const PATTERN_MESSAGES: Record<FormatName, string> = {
  date: 'Ange ett datum som ÅÅÅÅ-MM-DD mellan 1900 och 2199, t.ex. 2026-01-01.',
  tid: 'Ange en tid som HH:MM mellan 00:00 och 24:00, t.ex. "08:30".',
  slug: 'Använd små bokstäver a–z, siffror och bindestreck, t.ex. eslov-solrosen (högst 64 tecken).',
  orgnr: 'Ange organisationsnumret som NNNNNN-NNNN, t.ex. 212000-1132.',
};

/** A sensible value to suggest for each number, by key (an accepted suggestion must not be a silent 0). */
const NUMBER_EXAMPLES: Record<string, number> = {
  version: 1,
  år: 2026,
  gånger: 1,
  månader: 12,
  uppsägningstid_månader: 12,
  tjänstgöringsgrad: 1,
  timmar_per_vecka: 4,
  tillfällen_per_år: 10,
  intervall_månader: 12,
  möten_per_år: 4,
  personalmöten_per_år: 10,
  kronor_per_år: 100000,
  intervall_år: 3,
  samordning: 7,
  samarbete: 7,
};

/** Swedish descriptions of allowed values, shown by the editor beside each suggestion. */
const VALUE_DESCRIPTIONS: Record<string, string> = {
  familjecentral: 'Alla fyra basverksamheter samlokaliserade.',
  familjecentralsliknande: 'Barnhälsovård och minst en kommunal verksamhet.',
  ...Object.fromEntries(BASE_ACTIVITIES.map((k) => [k, `${capitalise(activityLabel(k))}, ${RESPONSIBLE_KIND[k] === 'region' ? 'regionens' : 'kommunens'}.`])),
  helt: 'Hela den ordinarie verksamheten finns på familjecentralen.',
  delvis: 'En del av verksamheten finns på familjecentralen.',
  nej: 'Verksamheten är inte samlokaliserad.',
  årlig: 'Brukarenkät varje år.',
  vartannat_år: 'Brukarenkät vartannat år.',
  ingen: 'Ingen brukarenkät.',
  region: 'Regionen (hälso- och sjukvården).',
  kommun: 'Kommunen.',
  annan: 'En annan part, t.ex. en församling eller ett privat bolag.',
  automatisk: 'Avtalet förlängs av sig självt om ingen part säger upp det.',
  option: 'Avtalet kan förlängas genom ett beslut.',
  måndag: 'Måndag.',
  tisdag: 'Tisdag.',
  onsdag: 'Onsdag.',
  torsdag: 'Torsdag.',
  fredag: 'Fredag.',
  lördag: 'Lördag.',
  söndag: 'Söndag.',
};

function describeValue(value: unknown): string {
  const v = String(value);
  return VALUE_DESCRIPTIONS[v] ?? (FRAMEWORK_TITLES as Record<string, string>)[v] ?? v;
}

function titleOf(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function typesOf(node: JsonSchema): string[] {
  const t = node.type;
  return Array.isArray(t) ? t.map(String) : t === undefined ? [] : [String(t)];
}

/** The Swedish message an editor shows for any problem with a leaf value. */
function leafMessage(node: JsonSchema, title: string): string | undefined {
  const types = typesOf(node);
  const format = node.format as string | undefined;
  if (format && format in PATTERN_MESSAGES) return `${title}: ${PATTERN_MESSAGES[format as FormatName]}`;
  if (node.enum) return `${title}: välj ett av ${(node.enum as unknown[]).map(String).join(', ')}.`;
  if (types.includes('boolean')) return `${title}: skriv true eller false.`;
  if (types.includes('integer') || types.includes('number')) {
    const range =
      node.minimum !== undefined && node.maximum !== undefined
        ? ` mellan ${node.minimum} och ${node.maximum}`
        : node.minimum !== undefined
          ? ` från ${node.minimum}`
          : '';
    const kind = types.includes('integer') ? 'ett heltal' : 'ett tal (decimalpunkt, t.ex. 0.5)';
    return `${title}: ange ${kind}${range}.`;
  }
  return undefined;
}

/** A copy of a published schema with everything an editor needs (see the module comment). */
export function editorSchema(schema: JsonSchema): JsonSchema {
  const walk = (node: unknown, key: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, key));
    if (node === null || typeof node !== 'object') return node;
    const src = node as JsonSchema;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(src)) {
      if (k === 'properties' && v && typeof v === 'object') {
        out.properties = Object.fromEntries(Object.entries(v as JsonSchema).map(([pk, pv]) => [pk, walk(pv, pk)]));
      } else if (k === 'items' || k === 'additionalProperties') {
        out[k] = typeof v === 'object' ? walk(v, k === 'items' ? key : `${key ?? ''}.*`) : v;
      } else if (k === 'enum' || k === 'required' || k === 'examples' || k === 'default' || k === 'const') {
        out[k] = v;
      } else out[k] = walk(v, key);
    }
    const isSchemaNode = typesOf(out).length > 0 || out.enum !== undefined || out.properties !== undefined;
    if (!isSchemaNode) return out;
    if (out.title === undefined && key !== undefined) out.title = key.endsWith('.*') ? `${titleOf(key.slice(0, -2))} (värde)` : titleOf(key);
    const format = out.format as string | undefined;
    if (format && format in FORMAT_PATTERNS) {
      out.pattern = FORMAT_PATTERNS[format as FormatName];
      out.patternErrorMessage = `${out.title as string}: ${PATTERN_MESSAGES[format as FormatName]}`;
    }
    const types = typesOf(out);
    if ((types.includes('number') || types.includes('integer')) && out.examples === undefined && out.default === undefined) {
      const base = (key ?? '').replace(/\.\*$/, '');
      const example = NUMBER_EXAMPLES[base] ?? (base === 'kostnadsfördelning' ? 50 : Math.max(1, Number(out.minimum ?? 1)));
      out.examples = [example];
    }
    if (Array.isArray(out.enum) && out.enumDescriptions === undefined) out.enumDescriptions = (out.enum as unknown[]).map(describeValue);
    const message = leafMessage(out, String(out.title ?? key ?? ''));
    if (message && out.errorMessage === undefined) out.errorMessage = message;
    return out;
  };
  return walk(schema, undefined) as JsonSchema;
}
