/**
 * The skeleton of a new agreement (`samverkan new`): a YAML text that names
 * every section its framework asks for, with a Swedish guidance comment for
 * each, the values the officer gave filled in and every other value left
 * empty.
 *
 * The sections come from the framework's JSON Schema, walked in its property
 * order: a property is in the skeleton when the framework requires it, or when
 * it is part of a complete agreement (everything but the few optional extras in
 * `LEFT_OUT`). The guidance comment of a section is its schema `description`,
 * plus what the framework itself says about it (`FRAMEWORK_GUIDANCE`). So a
 * requirement added to `FRAMEWORK_REQUIREMENTS` appears in the skeleton without
 * a change here.
 *
 * Empty values are deliberate: YAML reads them as null, which no schema
 * accepts, so `samverkan validate` names each value still to fill in with its
 * file:line:col. A skeleton can never pass for a finished agreement.
 */
import { slugOf } from '../core/id.js';
import { RESPONSIBLE_KIND } from '../core/activities.js';
import { stringify } from 'yaml';
import { closest } from '../core/suggest.js';
import { BASE_ACTIVITIES, type BaseActivityKind, type CentreType, type FrameworkId } from '../core/model.js';
import { REGIONS, REGION_IDS, findMunicipality, municipalityName, regionOfFramework, regionOfMunicipality, type Region } from '../core/regions.js';
import { agreementSchema, FRAMEWORK_TITLES, schemaType, type JsonSchema } from './agreement.js';

/** Organisation numbers of the three regions (public registers; each passes the Luhn check). */
export const REGION_ORGANISATION_NUMBERS: Partial<Record<FrameworkId, string>> = {
  // Region Skåne: given in the project brief; https://www.skane.se (kontakt).
  'skane-2014': '232100-0255',
  'skane-2018': '232100-0255',
  // Västra Götalandsregionen: https://www.vgregion.se (kontaktuppgifter, "Org nr: 232100-0131").
  'vg-2024': '232100-0131',
  // Region Örebro län: https://www.regionorebrolan.se (arbetsgivaruppgifter).
  'orebro-2010': '232100-0164',
};

/** The profession a base activity usually staffs first, as a starting point the officer corrects. */
const TYPICAL_PROFESSION: Record<BaseActivityKind, string> = {
  mödrahälsovård: 'barnmorska',
  barnhälsovård: 'BVC-sjuksköterska',
  öppen_förskola: 'förskollärare',
  socialtjänst: 'socialsekreterare',
};

/**
 * The base activities a skeleton starts with. A familjecentral has all four; a
 * familjecentralsliknande verksamhet has barnhälsovård and at least one
 * municipal activity, so it starts with BHV and öppen förskola.
 */
export function skeletonActivities(typ: CentreType): BaseActivityKind[] {
  return typ === 'familjecentral' ? [...BASE_ACTIVITIES] : ['barnhälsovård', 'öppen_förskola'];
}

/** Optional properties left out of a skeleton (dotted paths, `*` for list items). Required ones are never left out. */
const LEFT_OUT = new Set([
  'avvikelser',
  'översyn',
  'avtal.giltighet.förlängning',
  'familjecentral.lokaler.samma_plan',
  'familjecentral.lokaler.samma_byggnad',
  'parter.*.typ',
  'organisation.ledningsgrupp.medlemmar.*.namn',
]);

/** What each framework says about a section, added to the schema's description in the skeleton. */
const SKANE_GUIDANCE: Record<string, string> = {
  basverksamheter: 'Skåne: de deltagande verksamheterna redovisas i Region Skånes årliga uppföljning.',
  samtidighet: 'Skåne: basverksamheterna ska vara på plats samtidigt varje vecka. samverkan check räknar samtidigheten ur närvaroschemana ovan.',
  gemensamt_ansvar: 'Skåne: beskriv kort hur familjecentralen arbetar med vart och ett av de gemensamma ansvarsområdena.',
  verksamhetsplan: 'Skåne: en gemensam verksamhetsplan för innevarande år är ett villkor för Region Skånes ersättning.',
  verksamhetsberättelse: 'Skåne: en gemensam verksamhetsberättelse för föregående år är ett villkor för Region Skånes ersättning.',
  underskrifter: 'Skåne: alla parter ska ha undertecknat avtalet; en kopia skickas till Region Skåne.',
};

const FRAMEWORK_GUIDANCE: Record<FrameworkId, Record<string, string>> = {
  'skane-2014': SKANE_GUIDANCE,
  'skane-2018': SKANE_GUIDANCE,
  'vg-2024': {
    'familjecentral.upptagningsområde': 'VG, beskrivningsområde 1: verksamhetsområde och målgrupp.',
    'familjecentral.målgrupp': 'VG, beskrivningsområde 1: verksamhetsområde och målgrupp.',
    'familjecentral.lokaler': 'VG, beskrivningsområde 2: samverkande parter och samlokalisation.',
    parter: 'VG, beskrivningsområde 2: samverkande parter och samlokalisation.',
    basverksamheter: 'VG, beskrivningsområde 3: insatser, åtagande och kompetens – fyll i åtagande och bemanning för varje basverksamhet.',
    organisation: 'VG, beskrivningsområde 4: organisation, ledning och styrning.',
    mål: 'VG, beskrivningsområde 5: mål och uppföljning.',
    'gemensamt_ansvar.utvärdering': 'VG, beskrivningsområde 5: mål och uppföljning.',
    utveckling: 'VG, beskrivningsområde 6: inriktning för fortsatt utveckling.',
    ekonomi: 'VG, beskrivningsområde 7: avtalets delar, inklusive ekonomi.',
  },
  'orebro-2010': {
    syfte:
      'Örebro län: en mötesplats med samlat stöd av god kvalitet, ett barnperspektiv med barnets och familjens bästa i centrum, trygga och jämlika villkor.',
    översyn: 'Örebro län: avtalet ses över vart tredje år med KAFO (samordning och samarbete).',
  },
  nationell: {},
};

export interface SkeletonOptions {
  framework: FrameworkId;
  /** The municipality in its reference spelling, e.g. "Eslöv". */
  kommun: string;
  /** The centre's name, e.g. "Familjecentralen Solrosen". */
  namn: string;
  typ: CentreType;
  /** The value of the `# yaml-language-server: $schema=` line, e.g. "../schemas/skane-2018.schema.json". */
  schemaRef: string;
}

/** "Eslöv" + "Familjecentralen X" → "eslov-familjecentralen-x": a safe id by the core's id rule (`slugOf`). */
export function skeletonId(kommun: string, namn: string): string {
  return slugOf(`${kommun} ${namn}`);
}

/** "Eslöv" → "Eslövs kommun", "Orust" → "Orust kommun": the core's `municipalityName`. */
export const municipalityOrganisation = municipalityName;

/** Where a municipality given on the command line belongs, for the framework chosen. */
export type MunicipalityLookup =
  | { kind: 'found'; kommun: string; region: Region }
  | { kind: 'other-region'; kommun: string; region: Region }
  | { kind: 'unknown'; region: Region; suggestion?: string };

/** The region whose agreements follow the framework. */
export function frameworkRegion(framework: FrameworkId, kommun = ''): Region {
  const id = regionOfFramework(framework);
  // `nationell` belongs to no one region: the municipality says which.
  return id ? REGIONS[id] : (regionOfMunicipality(kommun) ?? REGIONS.stockholm);
}

export function lookUpMunicipality(framework: FrameworkId, name: string): MunicipalityLookup {
  const region = frameworkRegion(framework, name);
  const found = findMunicipality(region, name);
  if (found) return { kind: 'found', kommun: found, region };
  for (const id of REGION_IDS) {
    const other = REGIONS[id];
    const elsewhere = other !== region ? findMunicipality(other, name) : undefined;
    if (elsewhere) return { kind: 'other-region', kommun: elsewhere, region: other };
  }
  const suggestion = closest(name.trim().replace(/\s+(kommun|stad)$/i, ''), region.municipalities);
  return suggestion ? { kind: 'unknown', region, suggestion } : { kind: 'unknown', region };
}

/** The values the skeleton fills in; everything else the schema walk leaves empty. */
function prefill(o: SkeletonOptions, id: string): Record<string, unknown> {
  const region = frameworkRegion(o.framework, o.kommun);
  const activities = skeletonActivities(o.typ);
  return {
    ramverk: o.framework,
    avtal: { id, version: 1 },
    familjecentral: { namn: o.namn, typ: o.typ, kommun: o.kommun },
    parter: [
      { id: 'region', organisation: region.regionName, organisationsnummer: REGION_ORGANISATION_NUMBERS[o.framework] },
      { id: 'kommun', organisation: municipalityOrganisation(o.kommun) },
    ],
    basverksamheter: activities.map((verksamhet) => ({
      verksamhet,
      part: RESPONSIBLE_KIND[verksamhet],
      bemanning: [{ yrke: TYPICAL_PROFESSION[verksamhet] }],
    })),
    gemensamt_ansvar: { föräldrastöd: { aktiviteter: [{ verksamheter: [null, null] }] } },
    organisation: {
      ledningsgrupp: { medlemmar: activities.map((verksamhet) => ({ verksamhet })) },
      samordnare: { kostnadsfördelning: { region: null, kommun: null } },
    },
    ...(o.framework === 'orebro-2010' ? { översyn: { intervall_år: 3, metod: 'KAFO' } } : {}),
    underskrifter: [{ part: 'region' }, { part: 'kommun' }],
  };
}

/** A line of the skeleton before indentation is applied. */
interface Line {
  indent: number;
  text: string;
}

type Path = readonly string[];

function included(schema: JsonSchema, key: string, path: Path, given: unknown): boolean {
  if (given !== undefined) return true;
  if (((schema.required as string[] | undefined) ?? []).includes(key)) return true;
  return !LEFT_OUT.has([...path, key].join('.'));
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** What the centre's type asks of its base activities, said where they are listed. */
const TYPE_GUIDANCE: Record<CentreType, string> = {
  familjecentral: 'En familjecentral har alla fyra basverksamheterna samlokaliserade.',
  familjecentralsliknande:
    'En familjecentralsliknande verksamhet har barnhälsovård och minst en kommunal verksamhet (öppen förskola eller socialtjänst); mödrahälsovård får ingå. Lägg till eller ta bort poster så att listan stämmer.',
};

function guidance(options: SkeletonOptions, path: Path, schema: JsonSchema): string | undefined {
  const key = path.join('.');
  const parts = [
    schema.description as string | undefined,
    key === 'basverksamheter' ? TYPE_GUIDANCE[options.typ] : undefined,
    FRAMEWORK_GUIDANCE[options.framework][key],
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** A comment of its own line(s), wrapped at word boundaries so that no line grows past `width`. */
function commentLines(text: string, indent: number, width = 100): Line[] {
  const lines: Line[] = [];
  let line = '#';
  for (const word of text.split(/\s+/)) {
    if (line !== '#' && indent + line.length + 1 + word.length > width) {
      lines.push({ indent, text: line });
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push({ indent, text: line });
  return lines;
}

/** Emits the YAML lines of one schema node, prefilled with `given`. */
class Emitter {
  readonly lines: Line[] = [];
  /** Paths (with `*` for items) already explained once, so repeated list items stay short. */
  private readonly explained = new Set<string>();

  constructor(private readonly options: SkeletonOptions) {}

  private explainOnce(path: Path, schema: JsonSchema): string | undefined {
    const key = path.join('.');
    if (this.explained.has(key)) return undefined;
    this.explained.add(key);
    return guidance(this.options, path, schema);
  }

  /** `key: value` pairs of an object schema; `first` is the text before the first key (a list dash). */
  mapping(schema: JsonSchema, path: Path, given: unknown, indent: number, first = ''): void {
    const props = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    const values = (given ?? {}) as Record<string, unknown>;
    const keys = Object.keys(props).length > 0 ? Object.keys(props).filter((k) => included(schema, k, path, values[k])) : Object.keys(values);
    let lead = first;
    for (const key of keys) {
      const sub = props[key] ?? (schema.additionalProperties as JsonSchema | undefined) ?? {};
      this.entry(key, sub, [...path, key], values[key], indent, lead);
      lead = '';
    }
  }

  /**
   * One key. Its guidance goes on the lines above it, never after the colon:
   * a value typed after `key:` must not end up in front of a `#` (which would
   * make the rest of the line a comment), and the editor's completion works
   * only on a line with nothing after the colon.
   */
  private entry(key: string, schema: JsonSchema, path: Path, given: unknown, indent: number, lead: string): void {
    const pad = lead === '' ? indent : indent - lead.length;
    const note = this.explainOnce(path, schema);
    if (note) this.lines.push(...commentLines(note, pad));
    const isMap = schemaType(schema) === 'object' && (schema.properties !== undefined || (given !== undefined && given !== null));
    if (isMap) {
      this.lines.push({ indent: pad, text: `${lead}${key}:` });
      this.mapping(schema, path, given, indent + 2);
    } else if (schemaType(schema) === 'array') {
      this.lines.push({ indent: pad, text: `${lead}${key}:` });
      this.sequence(schema, [...path, '*'], given, indent + 2);
    } else {
      const value = scalarText(given);
      this.lines.push({ indent: pad, text: `${lead}${key}:${value === '' ? '' : ` ${value}`}` });
    }
  }

  private sequence(schema: JsonSchema, path: Path, given: unknown, indent: number): void {
    const items = (schema.items as JsonSchema | undefined) ?? {};
    const list = Array.isArray(given) ? given : [undefined];
    for (const item of list) {
      if (schemaType(items) === 'object') this.mapping(items, path, item, indent + 2, '- ');
      else this.lines.push({ indent, text: `-${item === undefined || item === null ? '' : ` ${scalarText(item)}`}` });
    }
  }
}

/**
 * A path as the `$schema=` modeline needs it: editors read the modeline only up
 * to the first space, so spaces (and `%`, `#`, `?`, which would end or change a
 * URI) are percent-encoded.
 */
export function modelineRef(path: string): string {
  return path.replace(/[ %#?]/g, (c) => encodeURIComponent(c));
}

/** The YAML text of a new agreement's skeleton. Pure: same options, same bytes. */
export function buildSkeleton(options: SkeletonOptions): string {
  const id = skeletonId(options.kommun, options.namn);
  const schema = agreementSchema(options.framework);
  const emitter = new Emitter(options);
  const given = prefill(options, id);
  const props = schema.properties as Record<string, JsonSchema>;
  const out: string[] = [
    `# yaml-language-server: $schema=${modelineRef(options.schemaRef)}`,
    `# Lokalt samverkansavtal för ${options.namn}, ${options.kommun}: utkast enligt`,
    `# ${FRAMEWORK_TITLES[options.framework]}.`,
    '# Fyll i varje tomt värde, eller ta bort en valfri del som inte gäller. Kör sedan',
    '# "samverkan validate" på filen: den visar rad och kolumn för varje värde som saknas.',
  ];
  for (const key of Object.keys(props).filter((k) => included(schema, k, [], given[k]))) {
    emitter.lines.length = 0;
    emitter.mapping({ ...schema, properties: { [key]: props[key]! } }, [], { [key]: given[key] }, 0);
    out.push('', ...emitter.lines.map((l) => ' '.repeat(Math.max(0, l.indent)) + l.text));
  }
  return out.join('\n') + '\n';
}
