/**
 * The Swedish reference page of the agreement format, generated from the
 * schemas so that it cannot drift from what `validate` accepts.
 */
import { FRAMEWORK_IDS, type FrameworkId } from '../core/model.js';
import { agreementSchema, FRAMEWORK_REQUIREMENTS, FRAMEWORK_TITLES, schemaType, type JsonSchema } from './agreement.js';

const TYPE_SV: Record<string, string> = {
  string: 'text',
  number: 'tal',
  integer: 'heltal',
  boolean: 'true/false',
  object: 'avsnitt',
  array: 'lista',
};

function typeLabel(s: JsonSchema): string {
  if (Array.isArray(s.enum)) return (s.enum as string[]).map((v) => `\`${v}\``).join(' \\| ');
  if (s.format === 'date') return 'datum (ÅÅÅÅ-MM-DD)';
  if (s.format === 'tid') return 'tid (HH:MM)';
  if (s.format === 'slug') return 'id (a–z, 0–9, -)';
  if (s.format === 'orgnr') return 'organisationsnummer (NNNNNN-NNNN)';
  if (schemaType(s) === 'array') {
    const items = s.items as JsonSchema;
    return schemaType(items) === 'object' ? 'lista av avsnitt' : `lista av ${typeLabel(items)}`;
  }
  const t = schemaType(s);
  const label = TYPE_SV[String(t)] ?? String(t);
  // A section may also be written `ingår inte` or `uppgift saknas`.
  return Array.isArray(s.type) && t !== 'string' ? `${label} (eller ingår inte / uppgift saknas)` : label;
}

function limits(s: JsonSchema): string {
  const parts: string[] = [];
  if (typeof s.minimum === 'number' && typeof s.maximum === 'number') parts.push(`${s.minimum}–${s.maximum}`);
  else if (typeof s.minimum === 'number' && s.minimum > 0) parts.push(`minst ${s.minimum}`);
  if (typeof s.minItems === 'number') parts.push(`minst ${s.minItems} st`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

interface Row {
  path: string;
  schema: JsonSchema;
  required: boolean;
}

function rows(schema: JsonSchema, prefix: string, out: Row[]): void {
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  for (const [key, child] of Object.entries(props)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    out.push({ path, schema: child, required: required.includes(key) });
    if (schemaType(child) === 'object' && child.properties) rows(child, path, out);
    if (schemaType(child) === 'array' && schemaType(child.items as JsonSchema) === 'object') rows(child.items as JsonSchema, `${path}[]`, out);
  }
}

/** Which frameworks require the key at this dotted path. */
function requiredBy(path: string): FrameworkId[] {
  return FRAMEWORK_IDS.filter((fw) =>
    FRAMEWORK_REQUIREMENTS[fw].some((req) => {
      const base = req.at
        .map((s) => (s === '*' ? '[]' : s))
        .join('.')
        .replace(/\.\[\]/g, '[]');
      return req.required.some((k) => (base === '' ? k : `${base}.${k}`) === path);
    }),
  );
}

export function schemaReferenceMarkdown(): string {
  const base = agreementSchema();
  const all: Row[] = [];
  rows(base, '', all);
  const lines: string[] = [
    '# Avtalsformatet: referens',
    '',
    '<!-- Genererad av `npm run generate` från src/schema/agreement.ts. Ändra inte för hand. -->',
    '',
    'Ett lokalt samverkansavtal skrivs som en YAML-fil. Den här sidan listar varje nyckel som',
    'samverkan känner till, vad den betyder och vilka ramverk som kräver den. Datum skrivs',
    'ÅÅÅÅ-MM-DD, tider HH:MM (24 timmar), med eller utan citattecken.',
    '',
    '## Ramverk',
    '',
    '| ramverk | dokument | schema |',
    '|---|---|---|',
    ...FRAMEWORK_IDS.map((fw) => `| \`${fw}\` | ${FRAMEWORK_TITLES[fw]} | [schemas/${fw}.schema.json](../schemas/${fw}.schema.json) |`),
    '',
    '## Nycklar',
    '',
    '"Krävs" betyder att alla avtal måste ha nyckeln (när avsnittet ovanför finns); ett',
    'ramverks-id betyder att just det ramverket kräver den.',
    '',
    '| nyckel | typ | krävs | beskrivning |',
    '|---|---|---|---|',
  ];
  for (const r of all) {
    const req = r.required
      ? 'ja'
      : requiredBy(r.path)
          .map((f) => `\`${f}\``)
          .join(', ');
    const desc = `**${String(r.schema.title ?? '')}.** ${String(r.schema.description ?? '')}`.replace(/\|/g, '\\|');
    lines.push(`| \`${r.path}\` | ${typeLabel(r.schema)}${limits(r.schema)} | ${req} | ${desc} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Every dotted key path the reference documents (for the test that it lists every key). */
export function documentedPaths(): string[] {
  const all: Row[] = [];
  rows(agreementSchema(), '', all);
  return all.map((r) => r.path);
}
