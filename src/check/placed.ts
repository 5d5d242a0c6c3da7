/**
 * Findings whose place in the file is resolved only when someone reads it (a
 * report line, a formatter): on the fast path that re-reads the YAML with
 * positions, so it happens on first read, once.
 *
 * A class rather than an accessor in each object: an object literal with its
 * own getter gets a hidden class of its own, so 29 findings per agreement
 * were 29 shapes, and every function reading them went megamorphic (≈ 18 %
 * of a check's CPU). Here every finding shares one shape; the getter lives on
 * the prototype and `toJSON` puts `position` in JSON output, last, as before.
 * A spread copy (`{ ...f }`) does not carry it: read `f.position` instead.
 */
import type { Position } from '../core/diagnostic.js';

class Placed {
  readonly #locate: (pointer: string) => Position;
  #position: Position | undefined;

  constructor(x: object, locate: (pointer: string) => Position) {
    this.#locate = locate;
    Object.assign(this, x);
  }

  get position(): Position {
    if (this.#position === undefined) this.#position = this.#locate((this as unknown as { pointer: string }).pointer);
    return this.#position;
  }

  set position(p: Position) {
    this.#position = p;
  }

  toJSON(): object {
    return { ...this, position: this.position };
  }
}

/** `x` with a `position` resolved from its `pointer` on first read. */
export function lazilyPlaced<T extends { pointer: string }>(x: T, locate: (pointer: string) => Position): T & { position: Position } {
  return new Placed(x, locate) as unknown as T & { position: Position };
}
