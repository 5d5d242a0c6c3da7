/**
 * The semantic diff of two agreement values: field by field, lists matched
 * by identity (`identity.ts`), texts word by word. Positions are resolved
 * afterwards (`compare.ts`); here each change carries the pointers it
 * concerns in both versions.
 */
import { diffWordsWithSpace } from 'diff';
import { pointerFrom } from '../core/diagnostic.js';
import { fieldLabel } from '../core/validate.js';
import type { JsonSchema } from '../schema/agreement.js';
import { identityFor } from './identity.js';
import { keyOrder, keyTitle, rootSchema, schemaStep } from './labels.js';
import type { ChangeKind, WordPart } from './types.js';

/** A change before positions: the pointers to locate in each version. */
export interface RawChange {
  readonly kind: ChangeKind;
  readonly label: string;
  readonly field: string;
  readonly oldPointer?: string;
  readonly newPointer?: string;
  /** What to locate in the old version (the value, or the container an addition went into). */
  readonly oldAnchor?: string;
  readonly newAnchor?: string;
  readonly old?: unknown;
  readonly new?: unknown;
  readonly words?: readonly WordPart[];
}

const SEPARATOR = ' › ';

type Value = unknown;
interface Place {
  /** Pointer segments in this version. */
  readonly segments: readonly string[];
}

function isObject(v: Value): v is Record<string, Value> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function absent(v: Value): boolean {
  return v === undefined || v === null;
}

function shape(v: Value): 'absent' | 'list' | 'map' | 'scalar' {
  if (absent(v)) return 'absent';
  if (Array.isArray(v)) return 'list';
  return isObject(v) ? 'map' : 'scalar';
}

/** Spaces and punctuation alone (at most three characters) between two changed words. */
const GLUE = /^[\s\p{P}\p{S}]{1,3}$/u;

/**
 * Texts compared word by word (spacing kept, so the parts join back to each
 * text). Changed words separated only by a space or punctuation become one
 * change ("[-Bertil Berg-]{+Cecilia Ek+}", "[-9–12-]{+10–11+}"), and within a
 * change the removed words come before the added ones.
 */
export function wordParts(oldText: string, newText: string): WordPart[] {
  const raw: WordPart[] = diffWordsWithSpace(oldText, newText).map((p) => ({ text: p.value, op: p.added ? 'ny' : p.removed ? 'bort' : 'lika' }));
  const out: WordPart[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i]!.op === 'lika') {
      out.push(raw[i++]!);
      continue;
    }
    // One change: changed parts, and the glue between them when a change follows it.
    let removed = '';
    let added = '';
    while (i < raw.length) {
      const p = raw[i]!;
      if (p.op === 'bort') removed += p.text;
      else if (p.op === 'ny') added += p.text;
      else if (GLUE.test(p.text) && raw[i + 1] !== undefined && raw[i + 1]!.op !== 'lika') {
        removed += p.text;
        added += p.text;
      } else break;
      i++;
    }
    if (removed !== '') out.push({ text: removed, op: 'bort' });
    if (added !== '') out.push({ text: added, op: 'ny' });
  }
  return out;
}

function isProse(v: Value): v is string {
  return typeof v === 'string' && /\s/.test(v.trim());
}

/** How a list entry is named in a label: its identity, or its number. */
function entryName(identity: string | undefined, index: number, item: Value): string {
  if (identity !== undefined) {
    if (typeof item === 'string') return `"${identity.length > 50 ? identity.slice(0, 47) + '…' : identity}"`;
    return identity;
  }
  return `nr ${index + 1}`;
}

interface Walk {
  readonly out: RawChange[];
}

function emit(
  w: Walk,
  kind: ChangeKind,
  labels: readonly string[],
  oldAt: Place | undefined,
  newAt: Place | undefined,
  oldParent: Place | undefined,
  newParent: Place | undefined,
  oldV: Value,
  newV: Value,
): void {
  const oldPointer = oldAt ? pointerFrom(oldAt.segments) : undefined;
  const newPointer = newAt ? pointerFrom(newAt.segments) : undefined;
  const words =
    kind === 'ändrat' && (isProse(oldV) || isProse(newV)) && typeof oldV === 'string' && typeof newV === 'string' ? wordParts(oldV, newV) : undefined;
  w.out.push({
    kind,
    label: labels.join(SEPARATOR),
    field: fieldLabel(newPointer ?? oldPointer ?? ''),
    ...(oldPointer !== undefined ? { oldPointer } : {}),
    ...(newPointer !== undefined ? { newPointer } : {}),
    ...(oldPointer !== undefined ? { oldAnchor: oldPointer } : oldParent ? { oldAnchor: pointerFrom(oldParent.segments) } : {}),
    ...(newPointer !== undefined ? { newAnchor: newPointer } : newParent ? { newAnchor: pointerFrom(newParent.segments) } : {}),
    ...(absent(oldV) ? {} : { old: oldV }),
    ...(absent(newV) ? {} : { new: newV }),
    ...(words ? { words } : {}),
  });
}

function walk(
  w: Walk,
  oldV: Value,
  newV: Value,
  oldAt: Place,
  newAt: Place,
  labels: readonly string[],
  schema: JsonSchema | undefined,
  oldParent: Place,
  newParent: Place,
): void {
  const so = shape(oldV);
  const sn = shape(newV);
  if (so === 'absent' && sn === 'absent') return;
  if (so === 'absent') emit(w, 'tillagt', labels, undefined, newAt, oldParent, undefined, oldV, newV);
  else if (sn === 'absent') emit(w, 'borttaget', labels, oldAt, undefined, undefined, newParent, oldV, newV);
  else if (so !== sn || (so === 'scalar' && oldV !== newV)) emit(w, 'ändrat', labels, oldAt, newAt, undefined, undefined, oldV, newV);
  else if (so === 'map') walkMap(w, oldV as Record<string, Value>, newV as Record<string, Value>, oldAt, newAt, labels, schema);
  else if (so === 'list') walkList(w, oldV as Value[], newV as Value[], oldAt, newAt, labels, schema);
}

function walkMap(
  w: Walk,
  oldV: Record<string, Value>,
  newV: Record<string, Value>,
  oldAt: Place,
  newAt: Place,
  labels: readonly string[],
  schema: JsonSchema | undefined,
): void {
  const order = keyOrder(schema);
  const keys = [...order.filter((k) => k in oldV || k in newV)];
  for (const k of [...Object.keys(newV), ...Object.keys(oldV)]) if (!keys.includes(k)) keys.push(k);
  for (const k of keys) {
    walk(
      w,
      oldV[k],
      newV[k],
      { segments: [...oldAt.segments, k] },
      { segments: [...newAt.segments, k] },
      [...labels, keyTitle(schema, k)],
      schemaStep(schema, k),
      oldAt,
      newAt,
    );
  }
}

interface Entry {
  readonly index: number;
  readonly item: Value;
  readonly identity: string | undefined;
  /** The key entries are matched on: identity with its occurrence number, or the position. */
  readonly key: string;
}

function entries(list: readonly Value[], identityOf: (item: Value) => string | undefined): Entry[] {
  const seen = new Map<string, number>();
  return list.map((item, index) => {
    const identity = identityOf(item);
    if (identity === undefined) return { index, item, identity, key: `#${index}` };
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    return { index, item, identity, key: `${identity}\u0000${n}` };
  });
}

function walkList(
  w: Walk,
  oldV: readonly Value[],
  newV: readonly Value[],
  oldAt: Place,
  newAt: Place,
  labels: readonly string[],
  schema: JsonSchema | undefined,
): void {
  const identityOf = identityFor(newAt.segments);
  const olds = entries(oldV, identityOf);
  const news = entries(newV, identityOf);
  const oldByKey = new Map(olds.map((e) => [e.key, e]));
  const newKeys = new Set(news.map((e) => e.key));
  const itemSchema = schemaStep(schema, '0');
  const at = (p: Place, i: number): Place => ({ segments: [...p.segments, String(i)] });
  const removed = olds.filter((e) => !newKeys.has(e.key));
  const added = news.filter((e) => !oldByKey.has(e.key));
  // Scalar texts (goals) reworded: pair what was removed with what was added, in order, as changes.
  const reworded = new Map<Entry, Entry>();
  if ([...removed, ...added].every((e) => typeof e.item === 'string')) {
    for (let i = 0; i < Math.min(removed.length, added.length); i++) reworded.set(added[i]!, removed[i]!);
  }
  const pairedOld = new Set(reworded.values());
  let nextRemoved = 0;
  const flushRemovedBefore = (oldIndex: number) => {
    while (nextRemoved < removed.length && removed[nextRemoved]!.index < oldIndex) {
      const e = removed[nextRemoved++]!;
      if (pairedOld.has(e)) continue;
      emit(w, 'borttaget', [...labels, entryName(e.identity, e.index, e.item)], at(oldAt, e.index), undefined, undefined, newAt, e.item, undefined);
    }
  };
  // An added entry comes after the removed entries that stood before the next entry both versions share.
  const nextShared: number[] = [];
  let upcoming = Number.POSITIVE_INFINITY;
  for (let i = news.length - 1; i >= 0; i--) {
    const o = oldByKey.get(news[i]!.key);
    if (o) upcoming = o.index;
    nextShared[i] = upcoming;
  }
  for (const n of news) {
    const o = oldByKey.get(n.key);
    if (o) {
      flushRemovedBefore(o.index);
      walk(w, o.item, n.item, at(oldAt, o.index), at(newAt, n.index), [...labels, entryName(n.identity, n.index, n.item)], itemSchema, oldAt, newAt);
      continue;
    }
    const was = reworded.get(n);
    if (was) {
      flushRemovedBefore(was.index);
      emit(w, 'ändrat', [...labels, `nr ${n.index + 1}`], at(oldAt, was.index), at(newAt, n.index), undefined, undefined, was.item, n.item);
      continue;
    }
    flushRemovedBefore(nextShared[n.index]!);
    emit(w, 'tillagt', [...labels, entryName(n.identity, n.index, n.item)], undefined, at(newAt, n.index), oldAt, undefined, undefined, n.item);
  }
  flushRemovedBefore(Number.POSITIVE_INFINITY);
}

/** Every change from the old agreement value to the new one, in the order of the format. */
export function diffValues(oldValue: unknown, newValue: unknown): RawChange[] {
  const w: Walk = { out: [] };
  const top: Place = { segments: [] };
  walk(w, oldValue, newValue, top, top, [], rootSchema(), top, top);
  return w.out;
}
