/**
 * Swedish names of the agreement's fields, taken from the schema's titles
 * (`agreementSchema`), so a field is named in one place only.
 */
import { agreementSchema, type JsonSchema } from '../schema/agreement.js';

let root: JsonSchema | undefined;

/** The part of a schema node that describes an object or list, looking into oneOf/anyOf branches. */
function shapeOf(node: JsonSchema | undefined): JsonSchema | undefined {
  if (!node) return undefined;
  if (node.properties || node.items || node.additionalProperties) return node;
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = node[key] as JsonSchema[] | undefined;
    const found = branches?.map(shapeOf).find((b) => b !== undefined);
    if (found) return found;
  }
  return node;
}

function titleOf(node: JsonSchema | undefined, fallback: string): string {
  if (!node) return fallback;
  if (typeof node.title === 'string') return node.title;
  const shape = shapeOf(node);
  return typeof shape?.title === 'string' ? shape.title : fallback;
}

/**
 * The schema node at a path of property names and list indices (undefined
 * when the schema does not describe it), and the Swedish title of each step.
 */
export function schemaStep(parent: JsonSchema | undefined, segment: string): JsonSchema | undefined {
  const shape = shapeOf(parent);
  if (!shape) return undefined;
  if (/^\d+$/.test(segment) && shape.items) return shape.items as JsonSchema;
  const props = shape.properties as Record<string, JsonSchema> | undefined;
  if (props?.[segment]) return props[segment];
  if (shape.additionalProperties && typeof shape.additionalProperties === 'object') return shape.additionalProperties as JsonSchema;
  return undefined;
}

export function rootSchema(): JsonSchema {
  root ??= agreementSchema();
  return root;
}

/** The title of the field reached by one more key (the key itself when the schema has no title). */
export function keyTitle(parent: JsonSchema | undefined, key: string): string {
  return titleOf(schemaStep(parent, key), key);
}

/** The order of an object's keys in the schema, so changes come in the order the format lists them. */
export function keyOrder(node: JsonSchema | undefined): readonly string[] {
  const props = shapeOf(node)?.properties as Record<string, JsonSchema> | undefined;
  return props ? Object.keys(props) : [];
}
