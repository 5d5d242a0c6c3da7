/**
 * Swedish typography for the agreement text: dates ("1 januari 2026"),
 * numbers with a decimal comma, lists ("a, b och c") and the words the
 * document uses for the model's enumerations. Pure functions, shared by the
 * handlebars helpers and the section renderers.
 */
import { humanDate } from '../core/dates.js';
import { activityName as coreActivityName, centreTypeName } from '../core/activities.js';
import { capitalise } from '../core/messages.js';
import { formatNumber } from '../core/numbers.js';
import { municipalityName } from '../core/regions.js';
import type { BaseActivityKind, CentreType, CoLocation, IsoDate, UserSurvey, Weekday } from '../core/model.js';

/** "1 januari 2026": the core's `humanDate` in Swedish. */
export function swedishDate(iso: IsoDate): string {
  return humanDate(iso, 'sv');
}

/** "0,5", "1,25", "12", "1 234": the core's `formatNumber` in Swedish. */
export function swedishNumber(n: number): string {
  return formatNumber(n, 'sv');
}

/** "50 %", with a no-break space as Swedish typography wants. */
export function swedishPercent(n: number): string {
  return `${swedishNumber(n)}\u00a0%`;
}

/** "a", "a och b", "a, b och c" (or "eller"). */
export function swedishList(items: readonly string[], conjunction: 'och' | 'eller' = 'och'): string {
  const xs = items.filter((s) => s !== '');
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} ${conjunction} ${xs[xs.length - 1]}`;
}

export { capitalise };

/** The base activity as the agreement names it: "öppen förskola" (the core's Swedish name). */
export function activityName(kind: BaseActivityKind): string {
  return coreActivityName(kind, 'sv');
}

const CO_LOCATION_TEXT: Record<CoLocation, string> = {
  helt: 'helt samlokaliserad',
  delvis: 'delvis samlokaliserad',
  nej: 'inte samlokaliserad',
};

export function coLocationText(c: CoLocation): string {
  return CO_LOCATION_TEXT[c] ?? c;
}

/** "familjecentralsliknande verksamhet": the core's `centreTypeName`. */
export function centreTypeText(t: CentreType): string {
  return centreTypeName(t, 'sv');
}

const SURVEY: Record<UserSurvey, string> = {
  årlig: 'varje år',
  vartannat_år: 'vartannat år',
  ingen: 'inte',
};

export function surveyText(s: UserSurvey): string {
  return SURVEY[s] ?? s;
}

/** "Tisdag" from "tisdag". */
export function weekdayText(d: Weekday): string {
  return capitalise(d);
}

/** "09.00–12.00": Swedish clock times use a full stop; the range an en dash. */
export function timeRange(från: string, till: string): string {
  return `${swedishClock(från)}–${swedishClock(till)}`;
}

function swedishClock(t: string): string {
  const [h, m] = t.split(':');
  return `${h!.padStart(2, '0')}.${m}`;
}

/** "heltid", "halvtid", "0,8 tjänst", "1,5 tjänster". */
export function serviceLevel(fte: number): string {
  if (fte === 1) return 'heltid';
  if (fte === 0.5) return 'halvtid';
  return `${swedishNumber(fte)} ${fte > 1 ? 'tjänster' : 'tjänst'}`;
}

/** The Swedish genitive: "Region Skånes", "Eslövs kommuns", "Höganäs". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** "Eslövs kommun", "Orust kommun": the core's `municipalityName`. */
export { municipalityName };

/** A value as a sentence: trimmed, ending with a full stop unless it ends with . ! ? or :. */
export function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return '';
  return /[.!?:]$/.test(t) ? t : `${t}.`;
}

/** "en gång", "två gånger", "12 gånger": Swedish counts up to twelve in words. */
export function timesText(n: number): string {
  const words = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
  const w = Number.isInteger(n) && n >= 0 && n <= 12 ? words[n]! : swedishNumber(n);
  return `${w} ${n === 1 ? 'gång' : 'gånger'}`;
}

/** "en månad", "sex månader", "ett år": a count with its unit (`gender` of the singular). */
export function countText(n: number, singular: string, plural: string, gender: 'en' | 'ett' = 'en'): string {
  const words = ['noll', gender, 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
  const w = Number.isInteger(n) && n >= 0 && n <= 12 ? words[n]! : swedishNumber(n);
  return `${w} ${n === 1 ? singular : plural}`;
}
