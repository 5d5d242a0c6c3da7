/**
 * The typed model of a local samverkansavtal, as officers write it in YAML.
 *
 * The property names are the public format (Swedish, snake_case, as in
 * `shared/domain/agreement-example.yaml`). The JSON Schemas in `src/schema/`
 * describe the same shape with Swedish help texts; a value that has passed
 * `validateAgreement` conforms to `Agreement`.
 */

/**
 * The framework *version in force* an agreement follows: Skåne's vägledning of
 * 2014 and its 2018 revision, Västra Götaland's agreement of 2024, Örebro län's
 * principöverenskommelse of 2010, or the national definitions (`nationell`)
 * for the regions without a regional framework in the project.
 */
export const FRAMEWORK_IDS = ['skane-2014', 'skane-2018', 'vg-2024', 'orebro-2010', 'nationell'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/**
 * "Not in the agreement" versus "not known". Any optional section may be
 * written as one of these two texts instead of its content:
 * - `ingår inte`: the agreement does not contain it (an obligation on it is *ej uppfyllt*);
 * - `uppgift saknas`: not known or not yet filled in (*ej bedömt*).
 * A missing key means `uppgift saknas`.
 */
export const NOT_INCLUDED = 'ingår inte';
export const NOT_KNOWN = 'uppgift saknas';
export const SECTION_MARKERS = [NOT_INCLUDED, NOT_KNOWN] as const;
export type SectionMarker = (typeof SECTION_MARKERS)[number];
/** An optional section: its content, or one of the two markers. */
export type Section<T> = T | SectionMarker;

/** What is known of a section: present (with its content), not in the agreement, or not known. */
export type SectionState<T> = { state: 'finns'; value: T } | { state: 'ingår inte' } | { state: 'uppgift saknas' };

/** The longest text whose lower case can be a marker: lower case is at least half as long (in UTF-16 units) as the text. */
const MARKER_MAX_LENGTH = 2 * Math.max(NOT_INCLUDED.length, NOT_KNOWN.length);

function markerOf(x: unknown): SectionMarker | undefined {
  if (typeof x !== 'string') return undefined;
  const trimmed = x.trim();
  // Runs for nearly every value the rules read: skip the locale-aware lower case
  // for what cannot be a marker. Only I, i, U, u and İ lower-case to a text that
  // starts with "i" or "u" (test/markers.test.ts checks every code point).
  const first = trimmed.charCodeAt(0);
  if (trimmed.length > MARKER_MAX_LENGTH || ((first | 0x20) !== 0x69 && (first | 0x20) !== 0x75 && first !== 0x130)) return undefined;
  const t = trimmed.toLocaleLowerCase('sv');
  return t === NOT_INCLUDED ? NOT_INCLUDED : t === NOT_KNOWN ? NOT_KNOWN : undefined;
}

/** True when the value is one of the two markers (`ingår inte`, `uppgift saknas`). */
export function isMarker(x: unknown): x is SectionMarker {
  return markerOf(x) !== undefined;
}

/**
 * The section's content, or undefined when it is missing, `ingår inte` or
 * `uppgift saknas`. A text section's content is its (non-blank) text.
 */
export function present<T>(x: Section<T> | undefined | null): T | undefined {
  if (x === undefined || x === null) return undefined;
  if (markerOf(x) !== undefined) return undefined;
  if (typeof x === 'string' && x.trim() === '') return undefined;
  return x as T;
}

/** The state of a section: `finns` with its content, `ingår inte`, or `uppgift saknas` (also when the key is missing or blank). */
export function sectionState<T>(x: Section<T> | undefined | null): SectionState<T> {
  const m = markerOf(x);
  if (m === NOT_INCLUDED) return { state: 'ingår inte' };
  const v = present(x);
  return v === undefined ? { state: 'uppgift saknas' } : { state: 'finns', value: v };
}

export const CENTRE_TYPES = ['familjecentral', 'familjecentralsliknande'] as const;
export type CentreType = (typeof CENTRE_TYPES)[number];

/** The four base activities ("ben") of a family centre. */
export const BASE_ACTIVITIES = ['mödrahälsovård', 'barnhälsovård', 'öppen_förskola', 'socialtjänst'] as const;
export type BaseActivityKind = (typeof BASE_ACTIVITIES)[number];

export const CO_LOCATION = ['helt', 'delvis', 'nej'] as const;
export type CoLocation = (typeof CO_LOCATION)[number];

export const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const USER_SURVEY = ['årlig', 'vartannat_år', 'ingen'] as const;
export type UserSurvey = (typeof USER_SURVEY)[number];

export const PARTY_KINDS = ['region', 'kommun', 'annan'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** 24-hour clock time, `HH:MM`. */
export type ClockTime = string;

/**
 * An agreement as written. Only `ramverk`, `avtal.id` and `familjecentral.namn`
 * are always there; everything else may be missing (= `uppgift saknas`), and
 * every optional section may also be written as `ingår inte` or `uppgift
 * saknas` (see `Section`). Read a section with `present()`.
 */
export interface Agreement {
  ramverk: FrameworkId;
  avtal: AgreementMeta;
  familjecentral: Centre;
  syfte?: Section<string>;
  mål?: Section<string[]>;
  utveckling?: Section<string>;
  parter?: Party[];
  basverksamheter?: BaseActivity[];
  samtidighet?: Section<Simultaneity>;
  gemensamt_ansvar?: Section<SharedResponsibility>;
  organisation?: Section<Organisation>;
  /** The joint plan of the year: a yearly follow-up fact, not a clause. */
  verksamhetsplan?: Section<YearDocument>;
  /** The joint report of a year: a yearly follow-up fact, not a clause. */
  verksamhetsberättelse?: Section<YearDocument>;
  ekonomi?: Section<Economy>;
  sekretess?: Section<string>;
  tvist?: Section<string>;
  översyn?: Section<Review>;
  underskrifter?: Section<Signature[]>;
  avvikelser?: Waiver[];
  /** The agreement's nature and what it regulates ("Avtalets art och omfattning"). */
  avtalets_art?: Section<string>;
  /** What happens when a party reorganises (a nämnd's responsibility moves). */
  omorganisation?: Section<string>;
  /** When and how a party may terminate the agreement with immediate effect (hävning). */
  hävning?: Section<string>;
  /** Dialogue and meetings between the parties about the agreement. */
  dialog?: Section<string>;
  /** Compensation and payment between the parties. */
  ersättning?: Section<Compensation>;
  /** Annexes (bilagor), listed after the signatures and referred to in the text. */
  bilagor?: Section<Annex[]>;
}

export interface Compensation {
  beskrivning?: string;
  belopp?: { part: string; kronor_per_år: number; avser?: string }[];
  indexering?: string;
  betalning?: string;
}

export interface Annex {
  titel: string;
  beskrivning?: string;
}

export interface AgreementMeta {
  id: string;
  /** Real agreements are often identified by date or diarienummer rather than a version number. */
  version?: number;
  diarienummer?: string;
  beslutat?: IsoDate;
  giltighet?: Section<Validity>;
}

export const EXTENSION_KINDS = ['automatisk', 'option'] as const;
/** `automatisk`: the agreement runs on unless a party gives notice; `option`: it may be extended by a decision. */
export type ExtensionKind = (typeof EXTENSION_KINDS)[number];

export interface Extension {
  /** Default `automatisk`. */
  typ?: ExtensionKind;
  /** Length of each extension in years … */
  år?: number;
  /** … or in months ("förlängning med högst 12 månader"). */
  månader?: number;
  /** How many times; omitted when unlimited. */
  gånger?: number;
}

export interface Validity {
  /** First day in force; missing when not known. */
  från?: IsoDate;
  /** Last day of the term; missing means until further notice. */
  till?: IsoDate;
  /** Missing means no extension clause. */
  förlängning?: Extension;
  uppsägningstid_månader?: number;
}

export interface Centre {
  namn: string;
  typ?: CentreType;
  kommun?: string;
  adress?: string;
  upptagningsområde?: Section<string>;
  målgrupp?: Section<string>;
  lokaler?: Section<Premises>;
}

export interface Premises {
  gemensam_entré?: boolean;
  samma_plan?: boolean;
  /** In the same building, even without a common entrance (asked by the Örebro mapping). */
  samma_byggnad?: boolean;
  beskrivning?: string;
}

export interface Party {
  id: string;
  typ?: PartyKind;
  organisation: string;
  organisationsnummer?: string;
  /** The responsible nämnd, or several (e.g. socialnämnd and bildningsnämnd). */
  nämnd?: string | string[];
  /** The short name the agreement uses for the party after the parties clause ("Regionen", "Kommunen", "Församlingen"). */
  kortnamn?: string;
  /** The party's decision to enter the agreement. */
  beslut?: PartyDecision;
}

export interface PartyDecision {
  /** The body that decided, e.g. "Socialnämnden". */
  organ?: string;
  datum?: IsoDate;
  /** Paragraph of the minutes, e.g. "§ 112". */
  paragraf?: string;
  diarienummer?: string;
}

export interface BaseActivity {
  verksamhet: BaseActivityKind;
  /** The party that runs it; missing when not known. */
  part?: string;
  samlokaliserad?: CoLocation;
  åtagande?: string;
  bemanning?: Staffing[];
  närvaro?: TimeSlot[];
}

export interface Staffing {
  yrke: string;
  tjänstgöringsgrad: number;
}

export interface TimeSlot {
  dag: Weekday;
  från: ClockTime;
  till: ClockTime;
}

export interface Simultaneity {
  /** Agreed hours per week with every base activity present; judged as stated when there is no timetable. */
  timmar_per_vecka?: number;
  tillfällen?: (TimeSlot & { innehåll?: string })[];
}

export interface SharedResponsibility {
  barnets_rättigheter?: Section<{ beskrivning?: string; barnrättsutbildning?: boolean }>;
  föräldrastöd?: Section<{
    beskrivning?: string;
    jämställt_föräldraskap?: string;
    aktiviteter?: { namn: string; verksamheter: BaseActivityKind[]; tillfällen_per_år?: number }[];
  }>;
  delaktighet_och_inflytande?: Section<{ beskrivning?: string; brukarråd?: boolean; brukarenkät?: UserSurvey }>;
  utvärdering?: Section<{ beskrivning?: string; metod?: string; intervall_månader?: number }>;
}

export interface ManagementGroup {
  medlemmar?: { verksamhet: BaseActivityKind; roll: string; namn?: string }[];
  möten_per_år?: number;
  mandat?: string;
}

/** A steering group as real agreements have them (one for the way of working, one per centre, …). */
export interface SteeringGroup {
  namn?: string;
  beskrivning?: string;
  ledamöter?: { roll: string; part?: string }[];
  möten_per_år?: number;
}

export interface Coordinator {
  anställd_av?: string;
  tjänstgöringsgrad?: number;
  kostnadsfördelning?: Record<string, number>;
  uppdrag?: string;
}

export interface Organisation {
  ledningsgrupp?: Section<ManagementGroup>;
  styrgrupp?: Section<{ beskrivning?: string; möten_per_år?: number }>;
  /** One or more steering groups, where the agreement governs by styrgrupper. */
  styrgrupper?: Section<SteeringGroup[]>;
  samordnare?: Section<Coordinator>;
  personalmöten_per_år?: number;
  kompetensutveckling?: Section<string>;
  handledning?: Section<string>;
}

export interface YearDocument {
  år: number;
  fastställd?: IsoDate;
}

export interface Economy {
  kostnadsfördelning?: string;
  uppräkning?: string;
  lokalkostnader?: string;
}

/** Örebro: the three-yearly review of the agreement with the KAFO model. */
export interface Review {
  intervall_år?: number;
  senast?: IsoDate;
  nästa?: IsoDate;
  metod?: string;
  kafo?: { samordning?: number; samarbete?: number };
}

export interface Signature {
  part: string;
  namn: string;
  titel: string;
  ort?: string;
  datum?: IsoDate;
}

/** An approved deviation from one rule of the checker. */
export interface Waiver {
  regel: string;
  skäl: string;
  godkänd_av: string;
  till?: IsoDate;
}
