/**
 * Which list entries are "the same entry" in two versions: each list of the
 * agreement is matched by what identifies an entry, not by its position, so
 * moving an entry is not a change and removing the first one is one removal.
 */

type Item = Record<string, unknown>;
/** The identity of one list entry, or undefined when it has none (then position decides). */
type IdentityOf = (item: unknown) => string | undefined;

const field =
  (...names: string[]): IdentityOf =>
  (item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const parts = names.map((n) => (item as Item)[n]);
    if (parts.some((p) => p === undefined || p === null || typeof p === 'object')) return undefined;
    return parts.map(String).join(' ');
  };

/** A weekly time slot: "tisdag 09:00–12:00". */
const slot: IdentityOf = (item) => {
  if (item === null || typeof item !== 'object') return undefined;
  const { dag, från, till } = item as Item;
  if (typeof dag !== 'string' || typeof från !== 'string' || typeof till !== 'string') return undefined;
  return `${dag} ${från}–${till}`;
};

/** A scalar entry (a goal, an activity kind) is its own identity. */
const itself: IdentityOf = (item) => (item === null || typeof item === 'object' ? undefined : String(item));

/**
 * List identities by the list's path, with `*` for a list index. A list not
 * named here is matched by value when its entries are scalars, else by position.
 */
const IDENTITIES: Readonly<Record<string, IdentityOf>> = {
  '/parter': field('id'),
  '/basverksamheter': field('verksamhet'),
  '/basverksamheter/*/närvaro': slot,
  '/basverksamheter/*/bemanning': field('yrke'),
  '/samtidighet/tillfällen': slot,
  '/underskrifter': field('part'),
  '/avvikelser': field('regel'),
  '/gemensamt_ansvar/föräldrastöd/aktiviteter': field('namn'),
  '/organisation/ledningsgrupp/medlemmar': field('verksamhet', 'roll'),
  '/organisation/styrgrupper': field('namn'),
  '/ersättning/belopp': field('part'),
  '/bilagor': field('titel'),
};

/** `/basverksamheter/2/närvaro` → `/basverksamheter/*∕närvaro`. */
function listPattern(segments: readonly string[]): string {
  return segments.map((s) => '/' + (/^\d+$/.test(s) ? '*' : s)).join('');
}

export function identityFor(segments: readonly string[]): IdentityOf {
  return IDENTITIES[listPattern(segments)] ?? itself;
}
