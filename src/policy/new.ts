/**
 * What `new` decides before a skeleton is written: a known framework and
 * centre type, a name that is one line, a municipality of the framework's
 * region (in its reference spelling), and the agreement id made of them.
 * Each refusal is a message that says what to give instead.
 */
import type { Lang } from '../core/diagnostic.js';
import { CENTRE_TYPES, FRAMEWORK_IDS, type CentreType, type FrameworkId } from '../core/model.js';
import { closest } from '../core/suggest.js';
import { frameworkRegion, lookUpMunicipality, skeletonId, type SkeletonOptions } from '../schema/skeleton.js';

/** What the user asked for, as typed. */
export interface NewRequest {
  readonly ramverk: string;
  readonly kommun: string;
  readonly namn: string;
  /** Default `familjecentral`. */
  readonly typ?: string;
}

/** A skeleton to write (pass it to `buildSkeleton` with a `schemaRef`), or why not. */
export type NewPlan =
  | { readonly ok: true; readonly id: string; readonly skeleton: Omit<SkeletonOptions, 'schemaRef'> }
  | { readonly ok: false; readonly message: string };

/** A control character or line separator: the name must be one line of plain text. */
function isControl(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

const say = (lang: Lang, sv: string, en: string): string => (lang === 'en' ? en : sv);

function didYouMean(lang: Lang, word: string, candidates: readonly string[]): string {
  const near = closest(word, candidates);
  return near ? say(lang, ` (menade du ${near}?)`, ` (did you mean ${near}?)`) : '';
}

/** Why the framework or type is not one samverkan knows, with the nearest and the choices; undefined when both are known. */
function choiceProblem(request: NewRequest, lang: Lang): string | undefined {
  const { ramverk, typ = 'familjecentral' } = request;
  if (!(FRAMEWORK_IDS as readonly string[]).includes(ramverk)) {
    const choices = FRAMEWORK_IDS.join(', ');
    return (
      say(lang, `okänt ramverk "${ramverk}"`, `unknown framework "${ramverk}"`) +
      didYouMean(lang, ramverk, FRAMEWORK_IDS) +
      say(lang, `; välj ett av ${choices}`, `; choose one of ${choices}`)
    );
  }
  if (!(CENTRE_TYPES as readonly string[]).includes(typ)) {
    return (
      say(lang, `okänd typ "${typ}"`, `unknown type "${typ}"`) +
      didYouMean(lang, typ, CENTRE_TYPES) +
      say(lang, `; välj ${CENTRE_TYPES.join(' eller ')}`, `; choose ${CENTRE_TYPES.join(' or ')}`)
    );
  }
  return undefined;
}

/** The municipality in its reference spelling, or why it does not belong to the framework's region. */
function municipality(framework: FrameworkId, kommun: string, lang: Lang): { ok: true; kommun: string } | { ok: false; message: string } {
  const found = lookUpMunicipality(framework, kommun);
  if (found.kind === 'found') return { ok: true, kommun: found.kommun };
  if (found.kind === 'other-region') {
    const fits = FRAMEWORK_IDS.find((f) => lookUpMunicipality(f, found.kommun).kind === 'found');
    const here = frameworkRegion(framework).name;
    return {
      ok: false,
      message: say(
        lang,
        `${found.kommun} ligger i ${found.region.name}, inte i ${here}${fits ? ` (menade du --ramverk ${fits}?)` : ''}`,
        `${found.kommun} is in ${found.region.name}, not in ${here}${fits ? ` (did you mean --ramverk ${fits}?)` : ''}`,
      ),
    };
  }
  const hint = found.suggestion ? say(lang, ` (menade du ${found.suggestion}?)`, ` (did you mean ${found.suggestion}?)`) : '';
  return {
    ok: false,
    message: say(lang, `okänd kommun "${kommun}" i ${found.region.name}`, `unknown municipality "${kommun}" in ${found.region.name}`) + hint,
  };
}

/** Decide a new agreement's skeleton from what the user typed. */
export function planNewAgreement(request: NewRequest, lang: Lang = 'sv'): NewPlan {
  const problem = choiceProblem(request, lang);
  if (problem) return { ok: false, message: problem };
  const framework = request.ramverk as FrameworkId;
  const namn = request.namn.trim();
  if (namn === '' || namn.length > 200 || [...namn].some(isControl))
    return { ok: false, message: say(lang, '--namn måste vara en rad text med 1–200 tecken', '--namn must be one line of 1–200 characters') };
  const place = municipality(framework, request.kommun, lang);
  if (!place.ok) return place;
  const id = skeletonId(place.kommun, namn);
  if (id === '')
    return { ok: false, message: say(lang, 'kan inte bilda ett avtals-id av kommun och namn', 'cannot make an agreement id from municipality and name') };
  return { ok: true, id, skeleton: { framework, kommun: place.kommun, namn, typ: (request.typ ?? 'familjecentral') as CentreType } };
}
