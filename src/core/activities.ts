/**
 * The base activities (basverksamheter), the one home of what they are
 * called, who runs them and what they make a centre: names in Swedish and
 * English, the abbreviations the domain uses (frameworks.md: the activities
 * are MHV, BHV, ÖF and preventive social services; BMM and BVC are the
 * clinics that run MHV and BHV), the party kind that runs each (§1.1) and
 * the centre's type by definition (Socialstyrelsen 2008, FFFF, Folkhälsomyndigheten 2023).
 */
import type { Lang } from './diagnostic.js';
import { BASE_ACTIVITIES, type Agreement, type BaseActivityKind, type CentreType, type Party, type PartyKind } from './model.js';

/** A word in Swedish and English. */
interface Words {
  readonly sv: string;
  readonly en: string;
}

interface ActivityWords {
  /** The activity as a running text names it: "mödrahälsovård". */
  readonly name: Words;
  /** The abbreviation, where the domain has one: "MHV". */
  readonly short: Words;
  /** Whether a label spells the abbreviation out beside the name ("mödrahälsovård (MHV)"). */
  readonly labelled: boolean;
}

const ACTIVITIES: Readonly<Record<BaseActivityKind, ActivityWords>> = {
  mödrahälsovård: { name: { sv: 'mödrahälsovård', en: 'maternity care' }, short: { sv: 'MHV', en: 'MHV' }, labelled: true },
  barnhälsovård: { name: { sv: 'barnhälsovård', en: 'child health care' }, short: { sv: 'BHV', en: 'BHV' }, labelled: true },
  öppen_förskola: { name: { sv: 'öppen förskola', en: 'open preschool' }, short: { sv: 'ÖF', en: 'ÖF' }, labelled: false },
  socialtjänst: { name: { sv: 'förebyggande socialtjänst', en: 'preventive social services' }, short: { sv: 'Soc', en: 'Soc' }, labelled: false },
};

/** "förebyggande socialtjänst" / "preventive social services": the activity in running text. */
export function activityName(kind: BaseActivityKind, lang: Lang = 'sv'): string {
  return ACTIVITIES[kind]?.name[lang] ?? String(kind).replace(/_/g, ' ');
}

/** "MHV", "BHV", "ÖF", "Soc": the activity in a narrow column. */
export function activityShort(kind: BaseActivityKind, lang: Lang = 'sv'): string {
  return ACTIVITIES[kind].short[lang];
}

/** "mödrahälsovård (MHV)", "öppen förskola": the name, with the abbreviation the health activities are known by. */
export function activityLabel(kind: BaseActivityKind, lang: Lang = 'sv'): string {
  const a = ACTIVITIES[kind];
  return a.labelled ? `${a.name[lang]} (${a.short[lang]})` : a.name[lang];
}

/**
 * Which party kind runs which base activity: the region MHV and BHV, the
 * kommun ÖF and social services (frameworks.md §1.1). Öppen förskola may also
 * be run by a third party (a parish in a three-party agreement).
 */
export const RESPONSIBLE_KIND: Readonly<Record<BaseActivityKind, 'region' | 'kommun'>> = {
  mödrahälsovård: 'region',
  barnhälsovård: 'region',
  öppen_förskola: 'kommun',
  socialtjänst: 'kommun',
};

/** The municipal base activities: öppen förskola and social services. */
export const MUNICIPAL_ACTIVITIES: readonly BaseActivityKind[] = BASE_ACTIVITIES.filter((k) => RESPONSIBLE_KIND[k] === 'kommun');

/** The kind of a party: its `typ`, or its id when the id is `region` or `kommun`. */
export function kindOfParty(p: Pick<Party, 'id' | 'typ'>): PartyKind | undefined {
  if (p.typ) return p.typ;
  return p.id === 'region' || p.id === 'kommun' ? p.id : undefined;
}

const PARTY_KIND_NAME: Readonly<Record<'region' | 'kommun', Words>> = {
  region: { sv: 'regionen', en: 'the region' },
  kommun: { sv: 'kommunen', en: 'the kommun' },
};

/** "regionen" / "the region", "kommunen" / "the kommun": the party kind in running text. */
export function partyKindName(kind: 'region' | 'kommun', lang: Lang = 'sv'): string {
  return PARTY_KIND_NAME[kind][lang];
}

/**
 * The base activities at the centre: those the agreement lists as co-located
 * wholly or partly, or without saying. One listed as not co-located
 * (`samlokaliserad: nej`) does not count towards the type.
 */
export function presentActivities(a: Pick<Agreement, 'basverksamheter'>): Set<BaseActivityKind> {
  return new Set((a.basverksamheter ?? []).filter((b) => b.samlokaliserad !== 'nej').map((b) => b.verksamhet));
}

/** The type by definition, or `ingen` when the activities make neither. */
export type DefinitionType = CentreType | 'ingen';

/**
 * The type by definition: all four base activities → familjecentral;
 * barnhälsovård with at least one municipal activity → familjecentralsliknande;
 * anything else is neither.
 */
export function typeByDefinition(present: ReadonlySet<BaseActivityKind>): DefinitionType {
  if (BASE_ACTIVITIES.every((k) => present.has(k))) return 'familjecentral';
  if (present.has('barnhälsovård') && MUNICIPAL_ACTIVITIES.some((k) => present.has(k))) return 'familjecentralsliknande';
  return 'ingen';
}

const CENTRE_TYPE: Readonly<Record<DefinitionType, { readonly name: Words; readonly short: Words }>> = {
  familjecentral: { name: { sv: 'familjecentral', en: 'family centre' }, short: { sv: 'familjecentral', en: 'family centre' } },
  familjecentralsliknande: {
    name: { sv: 'familjecentralsliknande verksamhet', en: 'family-centre-like unit' },
    short: { sv: 'familjecentralsliknande', en: 'family-centre-like' },
  },
  ingen: { name: { sv: 'ingen av dem', en: 'neither' }, short: { sv: 'ingen av dem', en: 'neither' } },
};

/** "familjecentralsliknande verksamhet" (running text) or "familjecentralsliknande" (`short`, a table cell). */
export function centreTypeName(type: DefinitionType, lang: Lang = 'sv', form: 'name' | 'short' = 'name'): string {
  return CENTRE_TYPE[type]?.[form][lang] ?? String(type);
}
