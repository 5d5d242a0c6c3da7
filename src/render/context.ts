/**
 * What the templates see: the agreement as the officer wrote it, plus a few
 * values derived for the prose (listed in `shape.ts` so the template check
 * knows them): the parties' defined short names, the name the document
 * gives the centre by its type, and texts set grammatically.
 *
 * A section written as `ingår inte` or `uppgift saknas` (or any value that
 * is not what the format expects there) is absent here: the templates only
 * ever see objects where objects belong.
 */
import { kindOfParty, partyKindName } from '../core/activities.js';
import type { Agreement, BaseActivity, Party } from '../core/model.js';
import { weeklyOverlap, hoursOf } from '../core/time.js';
import { FRAMEWORK_TITLES } from '../schema/agreement.js';
import { activityName, capitalise, centreTypeText, municipalityName, swedishDate, swedishList, swedishNumber } from './format.js';

/** A party as the templates see it: its short name and its nämnder as one text. */
export type PartyView = Party & {
  /** The defined short name ("Regionen", "Kommunen", or `kortnamn`); the organisation when no short name is defined. */
  namn_kort: string;
  /** Whether the parties clause defines the short name ("nedan kallad Regionen"). */
  kallas: boolean;
  /** The party's nämnd or nämnder as one text ("Socialnämnden och Förskolenämnden"). */
  nämnder?: string;
  /** The party's decision as a sentence, when given. */
  beslut_text?: string;
};

export type TemplateContext = Omit<Agreement, 'parter'> & {
  parter: PartyView[];
  ramverk_titel: string;
  parter_namn: string;
  typ_text: string;
  verksamheter_text: string;
  kommun_namn: string;
  samtidighet_schema_timmar?: string;
  /** What the document calls the centre after defining it: "familjecentralen" or "verksamheten". */
  benämning: string;
  benämning_stor: string;
  /** The purpose as a full sentence (a purpose written "Att …" becomes "Familjecentralens syfte är att …"). */
  syfte_mening?: string;
};

const ABSENT = new Set(['ingår inte', 'uppgift saknas']);

/** Whether a section's value says the agreement does not contain it or it is not known. */
function isAbsentMarker(v: unknown): boolean {
  return typeof v === 'string' && ABSENT.has(v.trim().toLowerCase());
}

/** The value with every `ingår inte` / `uppgift saknas` section removed, at any depth. */
function withoutAbsent<T>(v: T): T {
  if (Array.isArray(v)) return v.filter((x) => !isAbsentMarker(x)).map(withoutAbsent) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined && !isAbsentMarker(x)) out[k] = withoutAbsent(x);
    return out as T;
  }
  return v;
}

/** The object a section holds, or undefined when it is absent or not an object. */
export function section<T>(v: T | string | undefined | null): T | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as T) : undefined;
}

/** "Regionen", "Kommunen": the core's names of the party kinds, as the parties clause defines them. */
const DEFAULT_SHORT: Record<string, string> = { region: capitalise(partyKindName('region', 'sv')), kommun: capitalise(partyKindName('kommun', 'sv')) };

/** The short names of the parties: given ones, else "Regionen"/"Kommunen" where that names one party only. */
function shortNames(parter: readonly Party[]): Map<string, string> {
  const defaults = parter.map((p) => (p.kortnamn?.trim() ? undefined : DEFAULT_SHORT[kindOfParty(p) ?? '']));
  const out = new Map<string, string>();
  parter.forEach((p, i) => {
    const given = p.kortnamn?.trim();
    const d = defaults[i];
    const unique = d !== undefined && defaults.filter((x) => x === d).length === 1 && !parter.some((q) => q.kortnamn?.trim() === d);
    out.set(p.id, given || (unique ? d! : p.organisation));
  });
  return out;
}

function nämnder(p: Party): string | undefined {
  const n = (p as { nämnd?: string | string[] }).nämnd;
  if (Array.isArray(n)) return n.length > 0 ? swedishList(n) : undefined;
  return n?.trim() ? n : undefined;
}

function decisionText(p: Party, kort: string): string | undefined {
  const b = section(p.beslut);
  if (!b) return undefined;
  const refs = [b.paragraf, b.diarienummer ? `dnr ${b.diarienummer}` : undefined].filter((x): x is string => !!x?.trim());
  const who = b.organ?.trim() || nämnder(p) || kort;
  return `${capitalise(who)} beslutade${b.datum ? ` den ${swedishDate(b.datum)}` : ''}${refs.length ? ` (${refs.join(', ')})` : ''} att ${who === kort ? '' : `${kort} ska `}ingå avtalet.`;
}

function purposeSentence(s: string | undefined, benämning: string): string | undefined {
  const t = s?.trim();
  if (!t) return undefined;
  const m = /^att\s+(.*)$/is.exec(t);
  const body = m ? `Syftet med ${benämning} är att ${m[1]}` : t;
  return /[.!?]$/.test(body) ? body : `${body}.`;
}

/**
 * The agreement as the renderer reads it: every `ingår inte` / `uppgift
 * saknas` section removed, and the lists of parties and base activities
 * always there (empty when not known).
 */
export type RenderAgreement = Agreement & {
  parter: Party[];
  basverksamheter: BaseActivity[];
  /** The top-level sections written as `ingår inte`: the document leaves them out, default text and all. */
  notIncluded: ReadonlySet<string>;
};

export function normalise(input: Agreement): RenderAgreement {
  const a = withoutAbsent(input) as Agreement;
  const list = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);
  const notIncluded = new Set(Object.entries(input).flatMap(([k, v]) => (typeof v === 'string' && v.trim().toLowerCase() === 'ingår inte' ? [k] : [])));
  return { ...a, parter: list<Party>(a.parter), basverksamheter: list<BaseActivity>(a.basverksamheter), notIncluded };
}

/** The context of every section template. */
export function templateContext(input: Agreement): TemplateContext {
  const a = normalise(input);
  const short = shortNames(a.parter);
  const parter: PartyView[] = a.parter.map((p) => {
    const namn_kort = short.get(p.id) ?? p.organisation;
    const n = nämnder(p);
    const d = decisionText(p, namn_kort);
    return { ...p, namn_kort, kallas: namn_kort !== p.organisation, ...(n ? { nämnder: n } : {}), ...(d ? { beslut_text: d } : {}) };
  });
  const present = a.basverksamheter.filter((b) => (b.närvaro?.length ?? 0) > 0).map((b) => b.närvaro!);
  const overlap = present.length === a.basverksamheter.length && present.length > 1 ? hoursOf(weeklyOverlap(present)) : undefined;
  const benämning = a.familjecentral.typ === 'familjecentral' ? 'familjecentralen' : 'verksamheten';
  const syfte = purposeSentence(a.syfte, benämning);
  return {
    ...a,
    parter,
    ramverk_titel: FRAMEWORK_TITLES[a.ramverk],
    parter_namn: swedishList(a.parter.map((p) => p.organisation)),
    typ_text: a.familjecentral.typ ? centreTypeText(a.familjecentral.typ) : 'verksamhet',
    verksamheter_text: swedishList(a.basverksamheter.map((b) => activityName(b.verksamhet)).filter((x, i, xs) => xs.indexOf(x) === i)),
    // The municipality as its own party names itself ("Malmö stad"), else as Swedish writes it.
    kommun_namn:
      a.parter.find((p) => p.typ === 'kommun' || p.id === 'kommun')?.organisation ?? (a.familjecentral.kommun ? municipalityName(a.familjecentral.kommun) : ''),
    ...(overlap !== undefined ? { samtidighet_schema_timmar: swedishNumber(overlap) } : {}),
    benämning,
    benämning_stor: capitalise(benämning),
    ...(syfte ? { syfte_mening: syfte } : {}),
  };
}

/** The context of `atagande.hbs`, rendered once per party. */
export function partyContext(
  base: TemplateContext,
  party: Party,
  activities: BaseActivity[],
): TemplateContext & { part: PartyView; partens_verksamheter: BaseActivity[] } {
  const view = base.parter.find((p) => p.id === party.id) ?? { ...party, namn_kort: party.organisation, kallas: false };
  return { ...base, part: view, partens_verksamheter: activities };
}
