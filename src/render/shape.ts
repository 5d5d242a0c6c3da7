/**
 * The shape of the data a template may name: which keys exist where, taken
 * from the framework's JSON Schema (so it cannot drift from the model) plus
 * the few values the renderer derives for the prose.
 */
import type { FrameworkId } from '../core/model.js';
import { agreementSchema, schemaType, type JsonSchema } from '../schema/agreement.js';

export type Shape =
  | { kind: 'object'; props: Map<string, Shape>; required: Set<string> }
  | { kind: 'array'; items: Shape }
  | { kind: 'map'; values: Shape }
  | { kind: 'scalar' };

export const SCALAR: Shape = { kind: 'scalar' };

/** The shape a JSON Schema describes (the subset our schemas use). */
export function shapeOfSchema(schema: JsonSchema): Shape {
  const type = schemaType(schema);
  if (type === 'object' || schema.properties !== undefined) {
    const props = new Map<string, Shape>();
    for (const [k, v] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) props.set(k, shapeOfSchema(v));
    const extra = schema.additionalProperties;
    if (props.size === 0 && extra && typeof extra === 'object') return { kind: 'map', values: shapeOfSchema(extra as JsonSchema) };
    return { kind: 'object', props, required: new Set((schema.required as string[] | undefined) ?? []) };
  }
  if (type === 'array') return { kind: 'array', items: schema.items ? shapeOfSchema(schema.items as JsonSchema) : SCALAR };
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives?.length) return shapeOfSchema(alternatives[0]!);
  return SCALAR;
}

/** Values the renderer adds to the agreement for the prose (see `context.ts`). */
export const DERIVED_KEYS = ['ramverk_titel', 'parter_namn', 'typ_text', 'verksamheter_text', 'kommun_namn', 'samtidighet_schema_timmar'] as const;

const cache = new Map<FrameworkId, Shape>();

/** The root shape templates of a framework see: the agreement plus the derived values. */
export function contextShape(framework: FrameworkId): Shape {
  let s = cache.get(framework);
  if (!s) {
    const base = shapeOfSchema(agreementSchema(framework));
    if (base.kind !== 'object') throw new Error('agreement schema is not an object');
    const props = new Map(base.props);
    for (const k of DERIVED_KEYS) props.set(k, SCALAR);
    // Set only while `atagande.hbs` renders a party's commitments.
    const parter = base.props.get('parter');
    if (parter?.kind === 'array') props.set('part', parter.items);
    const verksamheter = base.props.get('basverksamheter');
    if (verksamheter) props.set('partens_verksamheter', verksamheter);
    s = { kind: 'object', props, required: new Set([...base.required, 'ramverk_titel', 'parter_namn', 'typ_text', 'verksamheter_text', 'kommun_namn']) };
    cache.set(framework, s);
  }
  return s;
}
