/**
 * The message catalogue for reading and validating agreements: one entry per
 * documented diagnostic code, in Swedish and English. The checker's rules
 * carry their own titles; everything else a user reads comes from here.
 */
import type { DiagnosticCode, Lang } from './diagnostic.js';

type Params = Record<string, string | number>;
type Entry = { sv: (p: Params) => string; en: (p: Params) => string };

const q = (v: unknown): string => `"${String(v)}"`;

export const MESSAGES = {
  // --- reading the bytes -------------------------------------------------
  'source.too-large': {
    sv: (p) => `Filen är för stor: största tillåtna storlek är ${p.limit} byte (ett avtal är normalt under 20 000 byte).`,
    en: (p) => `The file is too large: the limit is ${p.limit} bytes (an agreement is normally under 20,000 bytes).`,
  },
  'source.empty': {
    sv: () => 'Filen är tom: ett avtal behöver minst ramverk, avtal, familjecentral, parter och basverksamheter.',
    en: () => 'The file is empty: an agreement needs at least ramverk, avtal, familjecentral, parter and basverksamheter.',
  },
  'source.ansi': {
    sv: (p) =>
      `Filen är sparad som ANSI (Windows-1252), så ${q(p.char)} och andra tecken kan inte läsas; spara den som UTF-8 (i Anteckningar: Arkiv > Spara som > Kodning: UTF-8).`,
    en: (p) =>
      `The file is saved as ANSI (Windows-1252), so ${q(p.char)} and other characters cannot be read; save it as UTF-8 (in Notepad: File > Save as > Encoding: UTF-8).`,
  },
  'source.utf16': {
    sv: () => 'Filen är kodad som UTF-16. Spara den som UTF-8.',
    en: () => 'The file is encoded as UTF-16. Save it as UTF-8.',
  },
  'source.invalid-utf8': {
    sv: () => 'Filen är inte sparad som UTF-8 och tecknet här kan inte läsas; spara filen som UTF-8.',
    en: () => 'The file is not saved as UTF-8 and the character here cannot be read; save the file as UTF-8.',
  },
  'source.nul': {
    sv: () => 'Filen innehåller NUL-tecken och är troligen inte en textfil.',
    en: () => 'The file contains NUL characters and is probably not a text file.',
  },
  // --- YAML ------------------------------------------------------------
  'yaml.syntax': {
    sv: (p) =>
      `Filen kan inte läsas från rad ${p.line}: kontrollera att raden är indragen med mellanslag som raderna runt den, att varje nyckel följs av kolon och mellanslag, och att citattecken och hakparenteser stängs.`,
    en: (p) =>
      `The file cannot be read from line ${p.line}: check that the line is indented with spaces like the lines around it, that every key is followed by a colon and a space, and that quotes and brackets are closed.`,
  },
  'yaml.duplicate-key': {
    sv: (p) => `Nyckeln ${q(p.key)} står två gånger i samma avsnitt; ta bort den ena eller slå ihop dem.`,
    en: (p) => `The key ${q(p.key)} occurs twice in the same section; remove one or merge them.`,
  },
  'yaml.tab-indent': {
    sv: (p) => `Rad ${p.line} är indragen med tabbtecken; YAML kräver mellanslag. Ersätt tabbarna med mellanslag (två per nivå).`,
    en: (p) => `Line ${p.line} is indented with tabs; YAML requires spaces. Replace the tabs with spaces (two per level).`,
  },
  'yaml.indent': {
    sv: (p) => `Rad ${p.line} är indragen fel: den ska börja i kolumn ${p.col} (${p.spaces} mellanslag), som rad ${p.prev} i samma avsnitt.`,
    en: (p) => `Line ${p.line} is indented wrongly: it should start in column ${p.col} (${p.spaces} spaces), like line ${p.prev} in the same section.`,
  },
  'yaml.list-item-indent': {
    sv: (p) =>
      `Listposten på rad ${p.line} står inte i linje med listan: börja raden med "-" i kolumn ${p.col}, som på rad ${p.prev}. Annars läses den som en fortsättning av texten ovanför.`,
    en: (p) =>
      `The list item on line ${p.line} is out of line with its list: start the line with "-" in column ${p.col}, as on line ${p.prev}. Otherwise it is read as a continuation of the text above.`,
  },
  'yaml.colon-in-text': {
    sv: (p) =>
      `Texten på rad ${p.line} innehåller ett kolon följt av mellanslag, som YAML läser som en ny nyckel; sätt hela texten efter ${p.key}: inom citattecken, t.ex. ${p.key}: "Öppet: måndag–fredag".`,
    en: (p) =>
      `The text on line ${p.line} contains a colon followed by a space, which YAML reads as a new key; put the whole text after ${p.key}: in quotes, e.g. ${p.key}: "Open: Monday–Friday".`,
  },
  'yaml.quote-start': {
    sv: (p) =>
      `Texten efter ${p.key}: på rad ${p.line} börjar med ett citattecken (${p.quote}), så YAML läser bara fram till nästa ${p.quote}; sätt hela texten inom citattecken av den andra sorten (${p.other}…${p.other}) eller börja inte texten med ${p.quote}.`,
    en: (p) =>
      `The text after ${p.key}: on line ${p.line} starts with a quote (${p.quote}), so YAML reads only up to the next ${p.quote}; put the whole text in the other kind of quotes (${p.other}…${p.other}) or do not start the text with ${p.quote}.`,
  },
  'yaml.unclosed-quote': {
    sv: (p) => `Citattecknet (${p.quote}) på rad ${p.line} stängs aldrig; avsluta texten med ${p.quote}.`,
    en: (p) => `The quote (${p.quote}) on line ${p.line} is never closed; end the text with ${p.quote}.`,
  },
  'yaml.unclosed-bracket': {
    sv: (p) => `${p.open} på rad ${p.line} stängs aldrig; avsluta med ${p.close} på samma rad.`,
    en: (p) => `The ${p.open} on line ${p.line} is never closed; end it with ${p.close} on the same line.`,
  },
  'yaml.missing-colon': {
    sv: (p) => `Kolon saknas efter nyckeln ${p.key} på rad ${p.line}; skriv ${p.key}: ${p.value}`,
    en: (p) => `A colon is missing after the key ${p.key} on line ${p.line}; write ${p.key}: ${p.value}`,
  },
  'yaml.pasted-text': {
    sv: (p) =>
      `Rad ${p.line} är text utan nyckel, troligen ett inklistrat stycke som hör till ${p.key} på rad ${p.keyLine}; skriv ${p.key}: | och dra in varje rad av texten så att den börjar i kolumn ${p.col}.`,
    en: (p) =>
      `Line ${p.line} is text without a key, probably a pasted paragraph that belongs to ${p.key} on line ${p.keyLine}; write ${p.key}: | and indent every line of the text to start in column ${p.col}.`,
  },
  'yaml.tag': {
    sv: (p) => `YAML-taggen ${p.tag} stöds inte; skriv värdet som vanlig text, tal eller lista.`,
    en: (p) => `The YAML tag ${p.tag} is not supported; write the value as plain text, a number or a list.`,
  },
  'yaml.alias-limit': {
    sv: (p) => `För många alias (*) i filen; högst ${p.limit} tillåts.`,
    en: (p) => `Too many aliases (*) in the file; at most ${p.limit} are allowed.`,
  },
  'yaml.too-deep': {
    sv: (p) => `Filen är nästlad djupare än ${p.limit} nivåer.`,
    en: (p) => `The file is nested deeper than ${p.limit} levels.`,
  },
  'yaml.version': {
    sv: (p) => `YAML ${p.version} stöds inte (tider som 08:00 skulle tolkas som tal); ta bort %YAML-raden eller skriv %YAML 1.2.`,
    en: (p) => `YAML ${p.version} is not supported (times such as 08:00 would be read as numbers); remove the %YAML line or write %YAML 1.2.`,
  },
  'yaml.multiple-documents': {
    sv: () => 'Filen innehåller flera YAML-dokument (---); ett avtal per fil.',
    en: () => 'The file holds several YAML documents (---); one agreement per file.',
  },
  'yaml.root-not-mapping': {
    sv: (p) => `Avtalet måste vara en samling nycklar (ramverk:, avtal: …), inte ${p.kind}.`,
    en: (p) => `The agreement must be a mapping of keys (ramverk:, avtal: …), not ${p.kind}.`,
  },
  // --- values YAML would cut or change silently, and Swedish forms -----------
  'value.inline-comment': {
    sv: (p) => `Texten efter # räknas som kommentar och kommer inte med i avtalet (${p.field} slutar vid ${q(p.kept)}); sätt texten inom citattecken.`,
    en: (p) => `The text after # counts as a comment and is left out of the agreement (${p.field} ends at ${q(p.kept)}); put the text in quotes.`,
  },
  'value.bare-hour': {
    sv: (p) => `${q(p.value)} är inte en tid för ${p.field}; ange tid som 08.00 eller 08:00.`,
    en: (p) => `${q(p.value)} is not a time for ${p.field}; write the time as 08.00 or 08:00.`,
  },
  'text.invisible': {
    sv: (p) => `${p.field} innehåller ett osynligt tecken (${p.char}, ${p.name}) som ${p.effect}; ta bort det.`,
    en: (p) => `${p.field} contains an invisible character (${p.char}, ${p.nameEn}) that ${p.effectEn}; remove it.`,
  },
  'schema.date-year': {
    sv: (p) => `Året i ${q(p.value)} för ${p.field} ligger utanför ${p.min}–${p.max}; skriv hela året med fyra siffror, t.ex. 2025-11-14.`,
    en: (p) => `The year in ${q(p.value)} for ${p.field} is outside ${p.min}–${p.max}; write the whole year with four digits, e.g. 2025-11-14.`,
  },
  'semantic.unknown-municipality': {
    sv: (p) => `Okänd kommun ${q(p.value)} i ${p.region}; skriv kommunens namn utan "kommun", t.ex. ${q(p.example)}.`,
    en: (p) => `Unknown municipality ${q(p.value)} in ${p.region}; write the municipality's name without "kommun", e.g. ${q(p.example)}.`,
  },
  // --- framework selection ----------------------------------------------
  'ramverk.missing': {
    sv: (p) => `Nyckeln ramverk saknas; ange ett av ${p.allowed}.`,
    en: (p) => `The key ramverk is missing; give one of ${p.allowed}.`,
  },
  'ramverk.unknown': {
    sv: (p) => `Okänt ramverk ${q(p.value)}; tillåtna är ${p.allowed}.`,
    en: (p) => `Unknown framework ${q(p.value)}; allowed are ${p.allowed}.`,
  },
  // --- schema (translated from ajv's error record) ---------------------------
  'schema.required': {
    sv: (p) => `Obligatoriskt fält saknas: ${p.field}${p.title ? ` (${p.title})` : ''}.`,
    en: (p) => `Required field missing: ${p.field}${p.title ? ` (${p.title})` : ''}.`,
  },
  'schema.missing-value': {
    sv: (p) => `Värde saknas för ${p.field}: fyll i ${p.expected}.`,
    en: (p) => `Value missing for ${p.field}: fill in ${p.expectedEn}.`,
  },
  'schema.unknown-key': {
    sv: (p) => `Okänd nyckel ${q(p.key)}.`,
    en: (p) => `Unknown key ${q(p.key)}.`,
  },
  'schema.type': {
    sv: (p) => `Fel typ: ${p.field} ska vara ${p.expected}, inte ${p.actual}.`,
    en: (p) => `Wrong type: ${p.field} must be ${p.expectedEn}, not ${p.actualEn}.`,
  },
  'schema.enum': {
    sv: (p) => `Ogiltigt värde ${q(p.value)} för ${p.field}; tillåtna är ${p.allowed}.`,
    en: (p) => `Invalid value ${q(p.value)} for ${p.field}; allowed are ${p.allowed}.`,
  },
  'schema.time': {
    sv: (p) => `Ogiltig tid ${q(p.value)} för ${p.field}; ange HH:MM mellan 00:00 och 24:00, t.ex. "08:30".`,
    en: (p) => `Invalid time ${q(p.value)} for ${p.field}; write HH:MM between 00:00 and 24:00, e.g. "08:30".`,
  },
  'schema.date': {
    sv: (p) => `Ogiltigt datum ${q(p.value)} för ${p.field}; ange ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.`,
    en: (p) => `Invalid date ${q(p.value)} for ${p.field}; write YYYY-MM-DD, e.g. 2026-01-01.`,
  },
  'schema.slug': {
    sv: (p) =>
      `Ogiltigt id ${q(p.value)} för ${p.field}; använd små bokstäver a–z, siffror och bindestreck (t.ex. eslov-solrosen), högst 64 tecken och inte ett namn som Windows reserverar (con, prn, aux, nul, com1 …).`,
    en: (p) =>
      `Invalid id ${q(p.value)} for ${p.field}; use lower-case a–z, digits and hyphens (e.g. eslov-solrosen), at most 64 characters, and not a name Windows reserves (con, prn, aux, nul, com1 …).`,
  },
  'schema.orgnr': {
    sv: (p) => `Ogiltigt organisationsnummer ${q(p.value)}; ange det som NNNNNN-NNNN, t.ex. 212000-1132.`,
    en: (p) => `Invalid organisation number ${q(p.value)}; write it as NNNNNN-NNNN, e.g. 212000-1132.`,
  },
  'schema.pattern': {
    sv: (p) => `Värdet ${q(p.value)} för ${p.field} har fel form.`,
    en: (p) => `The value ${q(p.value)} for ${p.field} has the wrong form.`,
  },
  'schema.minimum': {
    sv: (p) => `${p.field} måste vara minst ${p.limit} (är ${p.value}).`,
    en: (p) => `${p.field} must be at least ${p.limit} (is ${p.value}).`,
  },
  'schema.maximum': {
    sv: (p) => `${p.field} får vara högst ${p.limit} (är ${p.value}).`,
    en: (p) => `${p.field} must be at most ${p.limit} (is ${p.value}).`,
  },
  'schema.min-items': {
    sv: (p) => `${p.field} måste ha minst ${p.limit} ${Number(p.limit) === 1 ? 'post' : 'poster'}.`,
    en: (p) => `${p.field} must have at least ${p.limit} item${Number(p.limit) === 1 ? '' : 's'}.`,
  },
  'schema.max-items': {
    sv: (p) => `${p.field} får ha högst ${p.limit} poster.`,
    en: (p) => `${p.field} may have at most ${p.limit} items.`,
  },
  'schema.min-length': {
    sv: (p) => `${p.field} får inte vara tomt.`,
    en: (p) => `${p.field} must not be empty.`,
  },
  'schema.max-length': {
    sv: (p) => `${p.field} är för långt (högst ${p.limit} tecken).`,
    en: (p) => `${p.field} is too long (at most ${p.limit} characters).`,
  },
  'schema.unique-items': {
    sv: (p) => `${p.field} innehåller samma värde två gånger.`,
    en: (p) => `${p.field} contains the same value twice.`,
  },
  'schema.other': {
    sv: (p) => `${p.field}: ${p.detail}`,
    en: (p) => `${p.field}: ${p.detail}`,
  },
  // --- semantic checks the schema cannot express ----------------------------
  'semantic.time-order': {
    sv: (p) => `Sluttiden ${p.till} ligger inte efter starttiden ${p.from}.`,
    en: (p) => `The end time ${p.till} is not after the start time ${p.from}.`,
  },
  'semantic.date-order': {
    sv: (p) => `Slutdatumet ${p.till} ligger före startdatumet ${p.from}.`,
    en: (p) => `The end date ${p.till} is before the start date ${p.from}.`,
  },
  'semantic.unknown-party': {
    sv: (p) => `Parten ${q(p.value)} finns inte under parter; kända parter är ${p.allowed}.`,
    en: (p) => `The party ${q(p.value)} is not listed under parter; known parties are ${p.allowed}.`,
  },
  'semantic.orgnr-check-digit': {
    sv: (p) => `Organisationsnumret ${p.value} har fel kontrollsiffra; kontrollera numret mot Bolagsverket eller organisationens webbplats.`,
    en: (p) => `The organisation number ${p.value} has the wrong check digit; check it against the organisation's records.`,
  },
  'semantic.duplicate-party': {
    sv: (p) => `Part-id ${q(p.value)} används för mer än en part.`,
    en: (p) => `The party id ${q(p.value)} is used for more than one party.`,
  },
  'semantic.duplicate-activity': {
    sv: (p) => `Basverksamheten ${p.value} står med mer än en gång.`,
    en: (p) => `The base activity ${p.value} is listed more than once.`,
  },
  'semantic.unknown-activity': {
    sv: (p) => `${p.value} är inte en av avtalets basverksamheter (${p.allowed}).`,
    en: (p) => `${p.value} is not one of the agreement's base activities (${p.allowed}).`,
  },
} satisfies Partial<Record<DiagnosticCode, Entry>>;

export type MessageCode = keyof typeof MESSAGES;

export function message(lang: Lang, code: MessageCode, params: Params = {}): string {
  const entry: Entry = MESSAGES[code];
  return entry[lang](params);
}

export function didYouMean(lang: Lang, word: string): string {
  return lang === 'sv' ? `menade du "${word}"?` : `did you mean "${word}"?`;
}

/** "a, b och c" / "a, b or c" — for lists of allowed values in messages. */
export function listOf(lang: Lang, items: readonly string[], conj: 'and' | 'or' = 'or'): string {
  const word = lang === 'sv' ? (conj === 'and' ? 'och' : 'eller') : conj;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "Mödrahälsovård" from "mödrahälsovård": the first letter in upper case. */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
}
