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
import type { Position, Range } from '../core/diagnostic.js';

class Placed {
  readonly #locate: (pointer: string) => Position;
  readonly #locateRange: ((pointer: string) => Range) | undefined;
  #position: Position | undefined;
  #range: Range | undefined;

  constructor(x: object, locate: (pointer: string) => Position, locateRange?: (pointer: string) => Range) {
    this.#locate = locate;
    this.#locateRange = locateRange;
    Object.assign(this, x);
  }

  get position(): Position {
    if (this.#position === undefined) this.#position = this.#locate((this as unknown as { pointer: string }).pointer);
    return this.#position;
  }

  set position(p: Position) {
    this.#position = p;
  }

  /** The stretch of text at `pointer`, when ranges can be resolved (undefined otherwise). */
  get range(): Range | undefined {
    if (this.#range === undefined && this.#locateRange) this.#range = this.#locateRange((this as unknown as { pointer: string }).pointer);
    return this.#range;
  }

  set range(r: Range | undefined) {
    this.#range = r;
  }

  toJSON(): object {
    const range = this.range;
    return range ? { ...this, position: this.position, range } : { ...this, position: this.position };
  }
}

/** `x` with a `position` (and, given `locateRange`, a `range`) resolved from its `pointer` on first read. */
function lazilyPlaced<T extends { pointer: string }>(
  x: T,
  locate: (pointer: string) => Position,
  locateRange?: (pointer: string) => Range,
): T & { position: Position; range?: Range } {
  return new Placed(x, locate, locateRange) as unknown as T & { position: Position; range?: Range };
}

/** A finding placed lazily, and each of its places (a rule that found several failures) too. */
export function lazilyPlacedFinding<T extends { pointer: string; locations?: { pointer: string }[] }>(
  f: T,
  locate: (pointer: string) => Position,
  locateRange?: (pointer: string) => Range,
): T & { position: Position; range?: Range } {
  const placed = lazilyPlaced(f, locate, locateRange);
  if (f.locations) placed.locations = f.locations.map((l) => lazilyPlaced(l, locate, locateRange));
  return placed;
}
