/**
 * The agreement id (`avtal.id`), the one home of its rule: a–z, 0–9 and single
 * hyphens, 1–64 characters, and not a name Windows reserves for a device (a
 * file called con.docx cannot be opened there). The id names the exported
 * document, so the schema's format, the renderer's file name and the skeleton's
 * generated id all follow this rule.
 */

/** The longest id: it names a file, and some file systems limit a path's parts. */
export const SLUG_MAX_LENGTH = 64;

/** Names Windows reserves for devices. */
const RESERVED = String.raw`con|prn|aux|nul|com\d|lpt\d`;

/** The rule as a regular expression (the schema's `slug` format). */
export const SLUG_PATTERN = `^(?!(?:${RESERVED})$)(?=.{1,${SLUG_MAX_LENGTH}}$)[a-z0-9]+(?:-[a-z0-9]+)*$`;

const SLUG = new RegExp(SLUG_PATTERN);

/** A safe id and file-name stem: "eslov-solrosen" is one; "Eslöv", "a--b", "-a", "con" and a 65-character id are not. */
export function isSlug(value: string): boolean {
  return typeof value === 'string' && SLUG.test(value);
}

/**
 * A safe id made from free text: "Eslöv Familjecentralen X" → "eslov-familjecentralen-x".
 * å, ä → a, ö → o, other accents dropped, anything else a hyphen; cut at a
 * hyphen to at most 64 characters; a reserved name or nothing at all gets
 * "-avtal" / "avtal", so the result always meets `isSlug`.
 */
export function slugOf(text: string): string {
  const slug = text
    .toLocaleLowerCase('sv')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // one hyphen at most at each end: the line above joins runs
  const cut = slug.length <= SLUG_MAX_LENGTH ? slug : cutAtHyphen(slug.slice(0, SLUG_MAX_LENGTH));
  if (cut === '') return 'avtal';
  return isSlug(cut) ? cut : `${cut}-avtal`;
}

function cutAtHyphen(s: string): string {
  return s.includes('-') ? s.slice(0, s.lastIndexOf('-')) : s;
}
