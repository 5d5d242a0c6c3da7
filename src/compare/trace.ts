/**
 * What each rule reads of an agreement, found by running the rule on a
 * recording view of it. The map from rules to fields is derived from the
 * rules themselves, so it cannot go stale when a rule changes or a new one
 * is added; a change is a cause of a rule's move when it touches what the
 * rule read in either version.
 */
import type { Lang } from '../core/diagnostic.js';
import { pointerFrom } from '../core/diagnostic.js';
import type { Agreement } from '../core/model.js';
import { makeContext } from '../check/rule.js';
import { RULESETS, entryParameters } from '../check/rulesets.js';

export interface Reads {
  /** Pointers whose value the rule read (a scalar, or an object it looked at or into). */
  readonly values: ReadonlySet<string>;
  /** Pointers of lists and objects whose entries the rule enumerated or counted. */
  readonly members: ReadonlySet<string>;
}

function recorder(root: object): { view: Agreement; values: Set<string>; members: Set<string> } {
  const values = new Set<string>();
  const members = new Set<string>();
  const proxies = new WeakMap<object, object>();
  const wrap = (target: object, segments: readonly string[]): object => {
    const known = proxies.get(target);
    if (known) return known;
    const here = pointerFrom(segments);
    const isList = Array.isArray(target);
    const proxy = new Proxy(target, {
      get(t, prop, receiver) {
        const v = Reflect.get(t, prop, receiver);
        if (typeof prop === 'symbol') return v;
        if (isList && !/^\d+$/.test(prop)) {
          if (prop === 'length') members.add(here);
          return v;
        }
        if (!isList && !Object.hasOwn(t, prop) && prop in Object.prototype) return v;
        const at = [...segments, prop];
        values.add(pointerFrom(at));
        return v !== null && typeof v === 'object' ? wrap(v as object, at) : v;
      },
      has(t, prop) {
        if (typeof prop === 'string') values.add(pointerFrom([...segments, prop]));
        return Reflect.has(t, prop);
      },
      ownKeys(t) {
        members.add(here);
        return Reflect.ownKeys(t);
      },
    });
    proxies.set(target, proxy);
    return proxy;
  };
  return { view: wrap(root, []) as Agreement, values, members };
}

/** Run every rule of the agreement's ruleset on a recording view; a rule that fails to run reads nothing. */
export function ruleReads(agreement: Agreement, asOf: Date, lang: Lang, parameters?: Record<string, Record<string, number>>): Map<string, Reads> {
  const out = new Map<string, Reads>();
  const ruleset = RULESETS[agreement.ramverk];
  if (!ruleset) return out;
  for (const entry of ruleset.entries) {
    const { values: params, fromCaller } = entryParameters(entry, parameters?.[entry.rule.id]);
    const r = recorder(agreement);
    try {
      entry.rule.check(makeContext(r.view, agreement.ramverk, ruleset.id, asOf, lang, entry.rule, params, fromCaller));
    } catch {
      /* judged by checkAgreement itself; no reads known */
    }
    out.set(entry.rule.id, { values: r.values, members: r.members });
  }
  return out;
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** Does a change at `pointer` (an entry added or removed when `membership`) touch what was read? */
export function touches(reads: Reads | undefined, pointer: string | undefined, membership: boolean): boolean {
  if (!reads || pointer === undefined) return false;
  if (reads.values.has(pointer)) return true;
  if (membership && reads.members.has(parentOf(pointer))) return true;
  const prefix = pointer + '/';
  for (const r of reads.values) if (r.startsWith(prefix)) return true;
  return false;
}
