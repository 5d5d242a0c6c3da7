/** Pieces the comparison's formatters share: values in one line, word diffs with context, places. */
import type { Lang, Position } from '../core/diagnostic.js';
import type { Outcome } from '../check/types.js';
import { formatNumber } from '../core/numbers.js';
import { outcomeLabel } from '../format/check-report.js';
import type { Change, ComparisonResult, ObligationChange, WordPart } from './types.js';

/** An outcome in the words the check's own formatters use (one table, in src/format/check-report.ts). */
export function outcomeText(outcome: Outcome, lang: Lang): string {
  return outcomeLabel(outcome, lang);
}

const KIND: Record<Change['kind'], { sv: string; en: string }> = {
  tillagt: { sv: 'tillagt', en: 'added' },
  borttaget: { sv: 'borttaget', en: 'removed' },
  ändrat: { sv: 'ändrat', en: 'changed' },
};

export function kindText(kind: Change['kind'], lang: Lang): string {
  return KIND[kind][lang];
}

const MOVEMENT: Record<ObligationChange['movement'], { sv: string; en: string }> = {
  försämrad: { sv: 'försämrad', en: 'worse' },
  förbättrad: { sv: 'förbättrad', en: 'better' },
  ändrad: { sv: 'ändrad', en: 'changed' },
};

export function movementText(m: ObligationChange['movement'], lang: Lang): string {
  return MOVEMENT[m][lang];
}

/** A value on one line, YAML-like: `{ dag: tisdag, från: 09:00, till: 12:00 }`, at most `max` characters. */
export function shortValue(v: unknown, lang: Lang, max = 100): string {
  const one = (x: unknown): string => {
    if (x === null || x === undefined) return '';
    // A number as the reader writes it (decimal comma in Swedish), exactly as given and ungrouped (a year is a number too).
    if (typeof x === 'number') return formatNumber(x, lang, { grouping: false, decimals: Infinity });
    if (Array.isArray(x)) return `[${x.map(one).join(', ')}]`;
    if (typeof x === 'object')
      return `{ ${Object.entries(x)
        .map(([k, y]) => `${k}: ${one(y)}`)
        .join(', ')} }`;
    return String(x).replace(/\s+/g, ' ');
  };
  const s = one(v);
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** `file:line:col`, or the file (or "gammal"/"ny") alone when the place is unknown. */
export function placeText(file: string | undefined, fallback: string, p: Position | undefined): string {
  const f = file ?? fallback;
  return p ? `${f}:${p.line}:${p.col}` : f;
}

/**
 * A word diff with the unchanged stretches cut to `context` words on each
 * side of a change, so a long paragraph with one new word stays readable.
 */
export function trimmedParts(parts: readonly WordPart[], context = 6): WordPart[] {
  const out: WordPart[] = [];
  parts.forEach((p, i) => {
    if (p.op !== 'lika') {
      out.push(p);
      return;
    }
    const words = p.text.split(/(\s+)/);
    const first = i === 0;
    const last = i === parts.length - 1;
    const keep = context * 2; // words and the spaces between them
    if (first && words.length > keep) out.push({ op: 'lika', text: '…' + words.slice(-keep).join('') });
    else if (last && words.length > keep) out.push({ op: 'lika', text: words.slice(0, keep).join('') + '…' });
    else if (!first && !last && words.length > keep * 2 + 1)
      out.push({ op: 'lika', text: words.slice(0, keep).join('') + ' … ' + words.slice(-keep).join('') });
    else out.push(p);
  });
  return out;
}

export function tr(lang: Lang, sv: string, en: string): string {
  return lang === 'en' ? en : sv;
}

/** "version 2 (gammal.yaml)"; without a version number, the file (or "den gamla"/"den nya" versionen). */
export function versionText(v: ComparisonResult['old'], lang: Lang, fallback = tr(lang, 'versionen', 'the version')): string {
  if (v.version === undefined) return v.file ?? fallback;
  return `version ${v.version}${v.file ? ` (${v.file})` : ''}`;
}

/** The version number for titles, "?" when the agreement states none. */
export function versionNumber(v: ComparisonResult['old']): string {
  return v.version === undefined ? '?' : String(v.version);
}

/** "3 ändringar: 1 tillagd, 1 borttagen, 1 ändrad". */
export function changeSummary(r: ComparisonResult, lang: Lang): string {
  const s = r.summary;
  const n = r.changes.length;
  if (lang === 'en') return `${n} change${n === 1 ? '' : 's'}: ${s.tillagda} added, ${s.borttagna} removed, ${s.ändrade} changed`;
  return `${n} ${n === 1 ? 'ändring' : 'ändringar'}: ${s.tillagda} ${s.tillagda === 1 ? 'tillagd' : 'tillagda'}, ${s.borttagna} ${s.borttagna === 1 ? 'borttagen' : 'borttagna'}, ${s.ändrade} ${s.ändrade === 1 ? 'ändrad' : 'ändrade'}`;
}

/** A note when the two files are not versions of one agreement (other id or framework), else undefined. */
export function mismatchNote(r: ComparisonResult, lang: Lang): string | undefined {
  const notes: string[] = [];
  if (r.old.id !== r.new.id) notes.push(tr(lang, `olika avtals-id (${r.old.id} och ${r.new.id})`, `different agreement ids (${r.old.id} and ${r.new.id})`));
  if (r.old.ruleset !== r.new.ruleset) {
    notes.push(
      tr(
        lang,
        `olika regeluppsättningar (${r.old.ruleset} och ${r.new.ruleset}); bara regler som finns i båda jämförs`,
        `different rulesets (${r.old.ruleset} and ${r.new.ruleset}); only rules in both are compared`,
      ),
    );
  }
  return notes.length > 0 ? tr(lang, `Obs: versionerna har ${notes.join(' och ')}.`, `Note: the versions have ${notes.join(' and ')}.`) : undefined;
}

/** The closing verdict: does the new version fail an obligation the old one met? */
export function verdictText(r: ComparisonResult, lang: Lang): string {
  const worse = r.summary.försämrade;
  if (worse === 0) {
    return r.obligations.length === 0
      ? tr(lang, 'Resultat: ändringarna flyttar ingen skyldighet.', 'Result: the changes move no obligation.')
      : tr(lang, 'Resultat: den nya versionen uppfyller allt som den gamla uppfyllde.', 'Result: the new version meets everything the old one met.');
  }
  return lang === 'en'
    ? `Result: the new version fails ${worse} obligation${worse === 1 ? '' : 's'} that the old one met.`
    : `Resultat: den nya versionen uppfyller inte ${worse} ${worse === 1 ? 'skyldighet' : 'skyldigheter'} som den gamla uppfyllde.`;
}
