/**
 * The typed model of a local samverkansavtal, as officers write it in YAML.
 *
 * The property names are the public format (Swedish, snake_case, as in
 * `shared/domain/agreement-example.yaml`). The JSON Schemas in `src/schema/`
 * describe the same shape with Swedish help texts; a value that has passed
 * `validateAgreement` conforms to `Agreement`.
 */

export const FRAMEWORK_IDS = ['skane-2018', 'vg-2024', 'orebro-2010'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

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

export interface Agreement {
  ramverk: FrameworkId;
  avtal: AgreementMeta;
  familjecentral: Centre;
  syfte?: string;
  mål?: string[];
  utveckling?: string;
  parter: Party[];
  basverksamheter: BaseActivity[];
  samtidighet?: Simultaneity;
  gemensamt_ansvar?: SharedResponsibility;
  organisation?: Organisation;
  verksamhetsplan?: YearDocument;
  verksamhetsberättelse?: YearDocument;
  ekonomi?: Economy;
  sekretess?: string;
  tvist?: string;
  översyn?: Review;
  underskrifter?: Signature[];
  avvikelser?: Waiver[];
  /** The agreement's nature and what it regulates ("Avtalets art och omfattning"). */
  avtalets_art?: string;
  /** What happens when a party reorganises (a nämnd's responsibility moves). */
  omorganisation?: string;
  /** When and how a party may terminate the agreement with immediate effect (hävning). */
  hävning?: string;
  /** Dialogue and meetings between the parties about the agreement. */
  dialog?: string;
  /** Compensation and payment between the parties. */
  ersättning?: Compensation;
  /** Annexes (bilagor), listed after the signatures and referred to in the text. */
  bilagor?: Annex[];
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
  version: number;
  beslutat?: IsoDate;
  giltighet: Validity;
}

export interface Validity {
  från: IsoDate;
  till?: IsoDate;
  förlängning?: { år: number; gånger?: number };
  uppsägningstid_månader?: number;
}

export interface Centre {
  namn: string;
  typ: CentreType;
  kommun: string;
  adress?: string;
  upptagningsområde?: string;
  målgrupp?: string;
  lokaler?: Premises;
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
  nämnd?: string;
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
  part: string;
  samlokaliserad: CoLocation;
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
  timmar_per_vecka?: number;
  tillfällen?: (TimeSlot & { innehåll?: string })[];
}

export interface SharedResponsibility {
  barnets_rättigheter?: { beskrivning?: string; barnrättsutbildning?: boolean };
  föräldrastöd?: {
    beskrivning?: string;
    jämställt_föräldraskap?: string;
    aktiviteter?: { namn: string; verksamheter: BaseActivityKind[]; tillfällen_per_år?: number }[];
  };
  delaktighet_och_inflytande?: { beskrivning?: string; brukarråd?: boolean; brukarenkät?: UserSurvey };
  utvärdering?: { beskrivning?: string; metod?: string; intervall_månader?: number };
}

export interface Organisation {
  ledningsgrupp?: {
    medlemmar?: { verksamhet: BaseActivityKind; roll: string; namn?: string }[];
    möten_per_år?: number;
    mandat?: string;
  };
  styrgrupp?: { beskrivning?: string; möten_per_år?: number };
  samordnare?: {
    anställd_av?: string;
    tjänstgöringsgrad?: number;
    kostnadsfördelning?: Record<string, number>;
    uppdrag?: string;
  };
  personalmöten_per_år?: number;
  kompetensutveckling?: string;
  handledning?: string;
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
