/**
 * Reading an agreement's sections for a rule: what is there, what the
 * agreement says it does not contain (`ingår inte` → *ej uppfyllt*), and what
 * is not known (missing or `uppgift saknas` → *ej bedömt*, "uppgift saknas: …").
 */
import type { Lang } from '../../core/diagnostic.js';
import { listOf } from '../../core/messages.js';
import { sectionState, type Section } from '../../core/model.js';
import { escapePointerSegment } from '../../core/diagnostic.js';
import { notAssessed, unmet, withLocations, type Text, type Verdict, type VerdictLocation } from '../rule.js';

/** What a rule needs, named for the reader: Swedish and English words, and the key path as written in the YAML. */
export interface Need {
  what: Text;
  key: string;
}

/** "uppgift saknas: avtalets ledningsgrupp (organisation.ledningsgrupp)" in the asked language. */
export function missingPhrase(needs: readonly Need[], lang: Lang): string {
  const items = needs.map((n) => `${n.what[lang]} (${n.key})`);
  return lang === 'en' ? `information missing: ${listOf('en', items, 'and')}` : `uppgift saknas: ${listOf('sv', items, 'and')}`;
}

/**
 * The verdict for values the rule needs and the agreement does not give; when
 * several are missing, each is a place of its own (at its key, or at `pointer`
 * when the key is not one path, e.g. "ekonomi eller ersättning").
 */
export function missing(needs: readonly Need[], lang: Lang, pointer: string): Verdict {
  const p = missingPhrase(needs, lang);
  const verdict = notAssessed(p.charAt(0).toUpperCase() + p.slice(1) + '.', pointer);
  return needs.length < 2 ? verdict : withLocations(verdict, needPlaces(needs, lang, pointer));
}

/** Each missing value as a place: its key as a JSON pointer (or `fallback`), and "uppgift saknas: …" for it alone. */
export function needPlaces(needs: readonly Need[], lang: Lang, fallback: string): VerdictLocation[] {
  return needs.map((n) => {
    const p = missingPhrase([n], lang);
    return { pointer: pointerOfKey(n.key) ?? fallback, message: p.charAt(0).toUpperCase() + p.slice(1) + '.' };
  });
}

const KEY_PATH = /^[^\s.[\]]+(?:\.[^\s.[\]]+|\[\d+\])*$/u;

/** `basverksamheter[2].närvaro` → `/basverksamheter/2/närvaro`; undefined for a key that is not one path. */
function pointerOfKey(key: string): string | undefined {
  if (!KEY_PATH.test(key)) return undefined;
  return key
    .split(/\.|(?=\[)/)
    .map((seg) => '/' + (seg.startsWith('[') ? seg.slice(1, -1) : escapePointerSegment(seg)))
    .join('');
}

/** The verdict for a section the agreement says it does not contain. */
function notIncluded(need: Need, lang: Lang, pointer: string): Verdict {
  return unmet(
    lang === 'en'
      ? `The agreement does not contain ${need.what.en} (${need.key}: ingår inte).`
      : `Avtalet innehåller inte ${need.what.sv} (${need.key}: ingår inte).`,
    pointer,
  );
}

export type Read<T> = { value: T; verdict?: undefined } | { value?: undefined; verdict: Verdict };

/**
 * A section the rule needs: its content, or the verdict when it is not there
 * (`ingår inte` → ej uppfyllt; missing or `uppgift saknas` → ej bedömt).
 */
export function read<T>(x: Section<T> | undefined | null, need: Need, lang: Lang, pointer: string): Read<T> {
  const s = sectionState(x);
  if (s.state === 'finns') return { value: s.value };
  if (s.state === 'ingår inte') return { verdict: notIncluded(need, lang, pointer) };
  return { verdict: missing([need], lang, pointer) };
}
