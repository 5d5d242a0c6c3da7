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
function shapeOfSchema(schema: JsonSchema): Shape {
  const type = schemaType(schema);
  if (type === 'object' || schema.properties !== undefined) {
    const props = new Map<string, Shape>();
    for (const [k, v] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) props.set(k, shapeOfSchema(v));
    const extra = schema.additionalProperties;
    if (props.size === 0 && extra && typeof extra === 'object') return { kind: 'map', values: shapeOfSchema(extra as JsonSchema) };
    return { kind: 'object', props, required: new Set((schema.required as string[] | undefined) ?? []) };
  }
  if (type === 'array') return { kind: 'array', items: schema.items ? shapeOfSchema(schema.items as JsonSchema) : SCALAR };
  // A section that may also be written as a text (`ingår inte`): the templates see the object.
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives?.length) {
    const shapes = alternatives.map(shapeOfSchema);
    return shapes.find((x) => x.kind !== 'scalar') ?? shapes[0]!;
  }
  return SCALAR;
}

/** Values the renderer adds to the agreement for the prose (see `context.ts`). */
const DERIVED_KEYS = [
  'ramverk_titel',
  'parter_namn',
  'typ_text',
  'verksamheter_text',
  'kommun_namn',
  'samtidighet_schema_timmar',
  'benämning',
  'benämning_stor',
  'syfte_mening',
] as const;

/** Values the renderer adds to each party (see `PartyView` in `context.ts`). */
const DERIVED_PARTY_KEYS = ['namn_kort', 'kallas', 'nämnder', 'beslut_text'] as const;

/**
 * Keys the format gains this round (FORMAT.md) that a schema may not have
 * yet: templates may name them, and they are simply absent until it does.
 */
const PROMISED: readonly (readonly string[])[] = [
  ['avtal', 'version'],
  ['avtal', 'diarienummer'],
  ['avtal', 'giltighet', 'förlängning', 'typ'],
  ['avtal', 'giltighet', 'förlängning', 'år'],
  ['avtal', 'giltighet', 'förlängning', 'månader'],
  ['avtal', 'giltighet', 'förlängning', 'gånger'],
];

/** The shape with the scalar at `path` added where it is missing (objects created on the way). */
function withKey(shape: Shape, path: readonly string[]): Shape {
  if (path.length === 0 || shape.kind !== 'object') return shape;
  const [head, ...rest] = path as [string, ...string[]];
  const props = new Map(shape.props);
  const existing = props.get(head);
  if (rest.length === 0) {
    if (!existing) props.set(head, SCALAR);
  } else {
    props.set(head, withKey(existing && existing.kind === 'object' ? existing : { kind: 'object', props: new Map(), required: new Set() }, rest));
  }
  return { ...shape, props };
}

const cache = new Map<FrameworkId, Shape>();

/** The root shape templates of a framework see: the agreement plus the derived values. */
export function contextShape(framework: FrameworkId): Shape {
  let s = cache.get(framework);
  if (!s) {
    const base = PROMISED.reduce(withKey, shapeOfSchema(agreementSchema(framework)));
    if (base.kind !== 'object') throw new Error('agreement schema is not an object');
    const props = new Map(base.props);
    for (const k of DERIVED_KEYS) props.set(k, SCALAR);
    // Set only while `atagande.hbs` renders a party's commitments.
    const parter = base.props.get('parter');
    if (parter?.kind === 'array' && parter.items.kind === 'object') {
      const partyProps = new Map(parter.items.props);
      for (const k of DERIVED_PARTY_KEYS) partyProps.set(k, SCALAR);
      const party: Shape = { kind: 'object', props: partyProps, required: new Set([...parter.items.required, 'namn_kort', 'kallas']) };
      props.set('parter', { kind: 'array', items: party });
      props.set('part', party);
    }
    const verksamheter = base.props.get('basverksamheter');
    if (verksamheter) props.set('partens_verksamheter', verksamheter);
    s = {
      kind: 'object',
      props,
      required: new Set([...base.required, 'ramverk_titel', 'parter_namn', 'typ_text', 'verksamheter_text', 'kommun_namn', 'benämning', 'benämning_stor']),
    };
    cache.set(framework, s);
  }
  return s;
}
