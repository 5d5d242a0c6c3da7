/**
 * Every diagnostic code samverkan can emit, as one closed catalogue: the
 * code, its level, what it means (Swedish and English) and an input that
 * produces it. `DiagnosticCode` is the union of its keys, so a diagnostic
 * with a code that is not here does not compile. `docs/koder.md` is
 * generated from this table, and a test runs every example through the
 * library to hold each one to its code.
 */
import type { Severity } from './diagnostic.js';

interface Text {
  readonly sv: string;
  readonly en: string;
}

/** A small valid agreement; most examples are a change to it. */
export const EXAMPLE_AGREEMENT = `ramverk: skane-2018
avtal:
  id: exempel
familjecentral:
  namn: Familjecentralen Exempel
  typ: familjecentral
  kommun: Eslöv
basverksamheter:
  - { verksamhet: mödrahälsovård, samlokaliserad: helt }
  - { verksamhet: barnhälsovård, samlokaliserad: helt }
  - { verksamhet: socialtjänst, samlokaliserad: helt }
  - { verksamhet: öppen_förskola, samlokaliserad: helt }
`;

/**
 * An input that produces a code:
 * - `text`: a whole file (UTF-8 unless `encoding` says otherwise);
 * - `change`: `EXAMPLE_AGREEMENT` with the text `from` replaced by `to`;
 * - `bytes`: raw bytes (described in `text`), for encodings;
 * - `large`: a file of that many bytes (comment lines after the example agreement);
 * - `template`: template files (path under `templates/` → text), checked for
 *   `framework`, or rendered by name when `render` is given (with an empty context);
 * - `files`: `samverkan validate` on a folder with these files, and `links`
 *   (name → target) as symbolic links.
 * Agreement inputs are validated, then checked (as of `EXAMPLE_AS_OF`) when valid,
 * and rendered when `render` is set.
 */
export type CodeExample =
  | { readonly kind: 'text'; readonly text: string; readonly encoding?: 'windows-1252' | 'utf-16le'; readonly render?: boolean }
  | { readonly kind: 'change'; readonly from: string; readonly to: string; readonly render?: boolean }
  | { readonly kind: 'bytes'; readonly bytes: readonly number[]; readonly text: string }
  | { readonly kind: 'large'; readonly size: number }
  | { readonly kind: 'template'; readonly framework: 'skane-2018'; readonly templates: Readonly<Record<string, string>>; readonly render?: string }
  | { readonly kind: 'files'; readonly files: Readonly<Record<string, string>>; readonly links?: Readonly<Record<string, string>> };

/** The date examples are checked as of. */
export const EXAMPLE_AS_OF = '2026-06-01';

export interface CodeInfo {
  /** The level(s) the code is reported at. */
  readonly severity: Severity | readonly Severity[];
  /** What the code means and what to do about it. */
  readonly meaning: Text;
  /** An input that produces it; absent only for a defensive code no input can reach today (`reason` says why). */
  readonly example?: CodeExample;
  readonly reason?: Text;
}

interface CodeGroup {
  readonly title: Text;
  /** What the group covers, in a sentence or two (for docs/koder.md). */
  readonly intro?: Text;
}

const change = (from: string, to: string, render?: boolean): CodeExample => ({ kind: 'change', from, to, ...(render ? { render } : {}) });
const text = (t: string): CodeExample => ({ kind: 'text', text: t });
const m = (sv: string, en: string): Text => ({ sv, en });
const PARTIES = `parter:
  - { id: region, organisation: Region Skåne, typ: region }
  - { id: kommun, organisation: Eslövs kommun, typ: kommun }
basverksamheter:`;

export const CODES = {
  // --- the file and its encoding ------------------------------------------
  'source.too-large': {
    severity: 'fel',
    meaning: m(
      'Filen är större än 1 MiB; ett avtal är 5–20 kB. Kontrollera att det är rätt fil.',
      'The file is larger than 1 MiB; an agreement is 5–20 kB. Check that it is the right file.',
    ),
    example: { kind: 'large', size: 1024 * 1024 + 1 },
  },
  'source.empty': {
    severity: 'fel',
    meaning: m(
      'Filen är tom eller har bara kommentarer. Skapa ett utkast med `samverkan new`.',
      'The file is empty or holds only comments. Create a draft with `samverkan new`.',
    ),
    example: text('# bara en kommentar\n'),
  },
  'source.ansi': {
    severity: 'fel',
    meaning: m(
      'Filen är sparad som ANSI (Windows-1252), t.ex. av Anteckningar eller Excel. Spara som UTF-8; meddelandet visar det första tecknet som inte kan läsas.',
      'The file is saved as ANSI (Windows-1252), e.g. by Notepad or Excel. Save it as UTF-8; the message shows the first character that cannot be read.',
    ),
    example: { kind: 'text', text: 'ramverk: skane-2018\nfamiljecentral:\n  kommun: Eslöv\n', encoding: 'windows-1252' },
  },
  'source.utf16': {
    severity: 'fel',
    meaning: m('Filen är kodad som UTF-16. Spara som UTF-8.', 'The file is encoded as UTF-16. Save it as UTF-8.'),
    example: { kind: 'text', text: 'ramverk: skane-2018\n', encoding: 'utf-16le' },
  },
  'source.invalid-utf8': {
    severity: 'fel',
    meaning: m('Byte som varken är UTF-8 eller ANSI. Spara som UTF-8.', 'Bytes that are neither UTF-8 nor ANSI. Save the file as UTF-8.'),
    example: { kind: 'bytes', bytes: [...'ramverk: '].map((c) => c.charCodeAt(0)).concat([0x81, 0x0a]), text: 'ramverk: följt av byten 0x81' },
  },
  'source.nul': {
    severity: 'fel',
    meaning: m('NUL-tecken: troligen inte en textfil. Kontrollera filen.', 'NUL characters: probably not a text file. Check the file.'),
    example: text('ramverk: skane-2018\n\u0000\n'),
  },
  // --- YAML syntax ---------------------------------------------------------
  'yaml.syntax': {
    severity: 'fel',
    meaning: m(
      'Ett syntaxfel som inte är något av de mer bestämda nedan; meddelandet anger raden och vad som brukar vara fel.',
      'A syntax error that is none of the more specific ones below; the message gives the line and what is usually wrong.',
    ),
    example: text('ramverk: skane-2018\navtal: { id: exempel }}\n'),
  },
  'yaml.duplicate-key': {
    severity: 'fel',
    meaning: m(
      'Samma nyckel två gånger i ett avsnitt; meddelandet visar hela nyckeln. Ta bort den ena eller slå ihop dem.',
      'The same key twice in one section; the message shows the whole key. Remove one or merge them.',
    ),
    example: change('  kommun: Eslöv\n', '  kommun: Eslöv\n  kommun: Lund\n'),
  },
  'yaml.tab-indent': {
    severity: 'fel',
    meaning: m('Tabbtecken som indrag. Ersätt med mellanslag (två per nivå).', 'Tabs used for indentation. Replace them with spaces (two per level).'),
    example: change('  kommun: Eslöv', '\tkommun: Eslöv'),
  },
  'yaml.indent': {
    severity: 'fel',
    meaning: m(
      'En rad är indragen fel; meddelandet säger i vilken kolumn raden ska börja och vilken rad den ska stå i linje med.',
      'A line is indented wrongly; the message says which column it should start in and which line it should line up with.',
    ),
    example: change('  kommun: Eslöv', '   kommun: Eslöv'),
  },
  'yaml.list-item-indent': {
    severity: 'fel',
    meaning: m(
      'En listpost (`- …`) står inte i linje med listan; YAML skulle annars tyst läsa den som en fortsättning av texten ovanför. Börja raden med `-` i den kolumn meddelandet anger.',
      'A list item (`- …`) is out of line with its list; YAML would otherwise silently read it as a continuation of the text above. Start the line with `-` in the column the message gives.',
    ),
    example: change('  kommun: Eslöv\n', '  kommun: Eslöv\nmål:\n  - Fler hembesök\n    - Fler föräldragrupper\n'),
  },
  'yaml.colon-in-text': {
    severity: 'fel',
    meaning: m(
      'En text innehåller kolon följt av mellanslag (`Öppet: mån–fre`). Sätt texten inom citattecken.',
      'A text contains a colon followed by a space (`Open: Mon–Fri`). Put the text in quotes.',
    ),
    example: change('  kommun: Eslöv\n', '  kommun: Eslöv\n  lokaler:\n    beskrivning: Öppet: måndag–fredag\n'),
  },
  'yaml.quote-start': {
    severity: 'fel',
    meaning: m(
      'En text börjar med ett citattecken men fortsätter efter det avslutande (`"Eslöv" kommun`). Citera hela texten med den andra sortens citattecken.',
      'A text starts with a quote but goes on after the closing one (`"Eslöv" kommun`). Quote the whole text with the other kind of quotes.',
    ),
    example: change('namn: Familjecentralen Exempel', 'namn: "Solrosen" i Eslöv'),
  },
  'yaml.unclosed-quote': {
    severity: 'fel',
    meaning: m('Ett citattecken stängs aldrig. Avsluta texten med samma citattecken.', 'A quote is never closed. End the text with the same quote.'),
    example: change('namn: Familjecentralen Exempel', 'namn: "Familjecentralen Exempel'),
  },
  'yaml.unclosed-bracket': {
    severity: 'fel',
    meaning: m('En `[` eller `{` stängs aldrig. Avsluta med `]` eller `}`.', 'A `[` or `{` is never closed. End it with `]` or `}`.'),
    example: change('  - { verksamhet: barnhälsovård, samlokaliserad: helt }', '  - { verksamhet: barnhälsovård, samlokaliserad: helt'),
  },
  'yaml.missing-colon': {
    severity: 'fel',
    meaning: m('En nyckel saknar kolon (`kommun Eslöv`). Skriv `kommun: Eslöv`.', 'A key lacks its colon (`kommun Eslöv`). Write `kommun: Eslöv`.'),
    example: change('kommun: Eslöv', 'kommun Eslöv'),
  },
  'yaml.pasted-text': {
    severity: 'fel',
    meaning: m(
      'Text utan nyckel, oftast ett inklistrat stycke. Skriv `nyckel: |` och dra in varje rad.',
      'Text without a key, usually a pasted paragraph. Write `key: |` and indent every line.',
    ),
    example: change(
      '  kommun: Eslöv\n',
      '  kommun: Eslöv\n  lokaler:\n    beskrivning: Verksamheterna delar entré.\nVäntrummet är gemensamt och ligger på plan 1.\n',
    ),
  },
  'yaml.tag': {
    severity: 'fel',
    meaning: m(
      'En YAML-tagg (`!!binary`, `!!js/function` …). Skriv värdet som vanlig text, tal eller lista.',
      'A YAML tag (`!!binary`, `!!js/function` …). Write the value as plain text, a number or a list.',
    ),
    example: change('namn: Familjecentralen Exempel', 'namn: !!binary RXhlbXBlbA=='),
  },
  'yaml.alias-limit': {
    severity: 'fel',
    meaning: m(
      'Fler än 100 aliasupplösningar (`*namn`). Skriv ut värdena i stället för alias.',
      'More than 100 alias resolutions (`*name`). Write the values out instead of aliases.',
    ),
    example: text(`a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`),
  },
  'yaml.too-deep': {
    severity: 'fel',
    meaning: m('Nästlat djupare än 32 nivåer; inget avtal är så djupt.', 'Nested deeper than 32 levels; no agreement is that deep.'),
    example: text(`mål: ${'['.repeat(40)}${']'.repeat(40)}\n`),
  },
  'yaml.version': {
    severity: 'fel',
    meaning: m(
      '`%YAML 1.1`, som läser `08:00` som ett tal. Ta bort raden eller skriv `%YAML 1.2`.',
      '`%YAML 1.1`, which reads `08:00` as a number. Remove the line or write `%YAML 1.2`.',
    ),
    example: text('%YAML 1.1\n---\nramverk: skane-2018\n'),
  },
  'yaml.multiple-documents': {
    severity: 'fel',
    meaning: m('Flera dokument (`---`) i en fil. Ett avtal per fil.', 'Several documents (`---`) in one file. One agreement per file.'),
    example: text('ramverk: skane-2018\n---\nramverk: vg-2024\n'),
  },
  'yaml.root-not-mapping': {
    severity: 'fel',
    meaning: m('Filen är en lista eller en text, inte nycklar. Börja med `ramverk:`.', 'The file is a list or a text, not keys. Start with `ramverk:`.'),
    example: text('- ramverk: skane-2018\n'),
  },
  // --- values YAML would change or cut silently -----------------------------
  'value.inline-comment': {
    severity: 'fel',
    meaning: m(
      'Text efter ` #` i ett fritextfält räknas som kommentar och skulle falla bort ur avtalet (`hus #2`). Sätt texten inom citattecken.',
      'Text after ` #` in a free-text field counts as a comment and would drop out of the agreement (`house #2`). Put the text in quotes.',
    ),
    example: change('namn: Familjecentralen Exempel', 'namn: Familjecentralen hus #2'),
  },
  'value.bare-hour': {
    severity: 'fel',
    meaning: m('En tid skriven som bara timmen (`8`). Skriv `08.00` eller `08:00`.', 'A time written as the hour alone (`8`). Write `08.00` or `08:00`.'),
    example: change(
      '{ verksamhet: mödrahälsovård, samlokaliserad: helt }',
      '{ verksamhet: mödrahälsovård, samlokaliserad: helt, närvaro: [{ dag: tisdag, från: 8, till: "12:00" }] }',
    ),
  },
  'text.invisible': {
    severity: ['fel', 'varning'],
    meaning: m(
      'Osynliga eller riktningsändrande tecken (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+FEFF) som kan få texten att visas annorlunda än den lyder: fel i id, namn och nycklar, varning i löptext. Ta bort tecknet; platsen anges.',
      'Invisible or direction-changing characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+FEFF) that can make text show differently from what it says: an error in ids, names and keys, a warning in running text. Remove the character; its place is given.',
    ),
    example: change('Familjecentralen Exempel', 'Familjecentralen \u202eExempel'),
  },
  // --- framework and schema ------------------------------------------------
  'ramverk.missing': {
    severity: 'fel',
    meaning: m(
      'Nyckeln `ramverk` saknas; utan den vet samverkan inte vilket schema avtalet följer.',
      'The key `ramverk` is missing; without it samverkan does not know which schema the agreement follows.',
    ),
    example: change('ramverk: skane-2018\n', ''),
  },
  'ramverk.unknown': {
    severity: 'fel',
    meaning: m('Okänt ramverk (med "menade du").', 'Unknown framework (with "did you mean").'),
    example: change('ramverk: skane-2018', 'ramverk: skane-2019'),
  },
  'schema.required': {
    severity: 'fel',
    meaning: m('Ett obligatoriskt fält saknas.', 'A required field is missing.'),
    example: change('  namn: Familjecentralen Exempel\n', ''),
  },
  'schema.missing-value': {
    severity: 'fel',
    meaning: m('En nyckel står utan värde; meddelandet säger vad som ska fyllas i.', 'A key has no value; the message says what to fill in.'),
    example: change('typ: familjecentral', 'typ:'),
  },
  'schema.unknown-key': {
    severity: 'fel',
    meaning: m(
      'Okänd nyckel (med "menade du" för upp till 200 okända nycklar per fil).',
      'Unknown key (with "did you mean" for up to 200 unknown keys per file).',
    ),
    example: change('  kommun: Eslöv', '  kommun: Eslöv\n  komun: Eslöv'),
  },
  'schema.type': {
    severity: 'fel',
    meaning: m('Fel sorts värde, t.ex. en lista där en text ska stå.', 'The wrong kind of value, e.g. a list where a text belongs.'),
    example: change('namn: Familjecentralen Exempel', 'namn: [Familjecentralen, Exempel]'),
  },
  'schema.enum': {
    severity: 'fel',
    meaning: m(
      'Ett värde som inte är tillåtet; meddelandet räknar upp de tillåtna (med "menade du").',
      'A value that is not allowed; the message lists the allowed ones (with "did you mean").',
    ),
    example: change('typ: familjecentral', 'typ: familjecenter'),
  },
  'schema.time': {
    severity: 'fel',
    meaning: m('Ogiltig tid; ange HH:MM mellan 00:00 och 24:00.', 'Invalid time; write HH:MM between 00:00 and 24:00.'),
    example: change(
      '{ verksamhet: mödrahälsovård, samlokaliserad: helt }',
      '{ verksamhet: mödrahälsovård, samlokaliserad: helt, närvaro: [{ dag: tisdag, från: "25:00", till: "26:00" }] }',
    ),
  },
  'schema.date': {
    severity: 'fel',
    meaning: m('Ogiltigt datum (t.ex. 2026-02-30); ange ÅÅÅÅ-MM-DD.', 'Invalid date (e.g. 2026-02-30); write YYYY-MM-DD.'),
    example: change('  id: exempel', '  id: exempel\n  beslutat: 2026-02-30'),
  },
  'schema.date-year': {
    severity: 'fel',
    meaning: m(
      'Året ligger utanför 1900–2199 (t.ex. `0025-11-14`); inget år flyttas någonsin till 19xx.',
      'The year is outside 1900–2199 (e.g. `0025-11-14`); no year is ever moved to 19xx.',
    ),
    example: change('  id: exempel', '  id: exempel\n  beslutat: 0025-11-14'),
  },
  'schema.slug': {
    severity: 'fel',
    meaning: m(
      'Ogiltigt id: små bokstäver a–z, siffror och bindestreck, högst 64 tecken, inte ett namn som Windows reserverar.',
      'Invalid id: lower-case a–z, digits and hyphens, at most 64 characters, not a name Windows reserves.',
    ),
    example: change('id: exempel', 'id: Exempel Avtal'),
  },
  'schema.orgnr': {
    severity: 'fel',
    meaning: m('Organisationsnummer i fel form; ange NNNNNN-NNNN.', 'Organisation number in the wrong form; write NNNNNN-NNNN.'),
    example: change('basverksamheter:', PARTIES.replace('typ: region }', 'typ: region, organisationsnummer: 2321000255 }')),
  },
  'schema.pattern': {
    severity: 'fel',
    meaning: m(
      'Annat värde i fel form, t.ex. ett regel-id med versaler eller mellanslag.',
      'Another value in the wrong form, e.g. a rule id with capitals or spaces.',
    ),
    example: change('basverksamheter:', 'avvikelser:\n  - { regel: Gemensam Typ, skäl: Prövas, godkänd_av: Styrgruppen }\nbasverksamheter:'),
  },
  'schema.minimum': {
    severity: 'fel',
    meaning: m('Talet är för litet.', 'The number is too small.'),
    example: change('  id: exempel', '  id: exempel\n  version: 0'),
  },
  'schema.maximum': {
    severity: 'fel',
    meaning: m('Talet är för stort.', 'The number is too large.'),
    example: change('  id: exempel', '  id: exempel\n  version: 1000'),
  },
  'schema.min-items': {
    severity: 'fel',
    meaning: m('För få poster i en lista (t.ex. en tom lista med mål).', 'Too few items in a list (e.g. an empty list of goals).'),
    example: change('basverksamheter:', 'mål: []\nbasverksamheter:'),
  },
  'schema.max-items': {
    severity: 'fel',
    meaning: m('För många poster i en lista eller samling.', 'Too many items in a list or mapping.'),
    example: change(
      'basverksamheter:',
      `${PARTIES.replace('\nbasverksamheter:', '')}\norganisation:\n  samordnare:\n    kostnadsfördelning: { ${Array.from({ length: 11 }, (_, i) => `p${i}: 1`).join(', ')} }\nbasverksamheter:`,
    ),
  },
  'schema.min-length': {
    severity: 'fel',
    meaning: m('Tom text där en text behövs.', 'An empty text where a text is needed.'),
    example: change('namn: Familjecentralen Exempel', 'namn: ""'),
  },
  'schema.max-length': {
    severity: 'fel',
    meaning: m('För lång text (gränsen står i meddelandet).', 'A text that is too long (the limit is in the message).'),
    example: change('namn: Familjecentralen Exempel', `namn: ${'Familjecentralen Exempel '.repeat(9).trim()}`),
  },
  'schema.unique-items': {
    severity: 'fel',
    meaning: m('Samma värde två gånger i en lista.', 'The same value twice in a list.'),
    example: change(
      'basverksamheter:',
      'gemensamt_ansvar:\n  föräldrastöd:\n    aktiviteter:\n      - { namn: Föräldragrupp, verksamheter: [barnhälsovård, barnhälsovård] }\nbasverksamheter:',
    ),
  },
  'schema.other': {
    severity: 'fel',
    meaning: m('Annat schemafel, med schemats egen text.', "Another schema error, with the schema's own text."),
    reason: m(
      'Ges bara för ett schemanyckelord som samverkans scheman inte använder i dag; ingen fil kan ge koden nu.',
      "Given only for a schema keyword samverkan's schemas do not use today; no file can produce it now.",
    ),
  },
  // --- consistency a schema cannot express ------------------------------------
  'semantic.unknown-municipality': {
    severity: 'fel',
    meaning: m(
      'Kommunen finns inte i ramverkets län (med "menade du", t.ex. `Hörr` → Höör).',
      'The municipality is not in the framework\'s region (with "did you mean", e.g. `Hörr` → Höör).',
    ),
    example: change('kommun: Eslöv', 'kommun: Hörr'),
  },
  'semantic.time-order': {
    severity: 'fel',
    meaning: m('Sluttiden ligger inte efter starttiden.', 'The end time is not after the start time.'),
    example: change(
      '{ verksamhet: mödrahälsovård, samlokaliserad: helt }',
      '{ verksamhet: mödrahälsovård, samlokaliserad: helt, närvaro: [{ dag: tisdag, från: "12:00", till: "09:00" }] }',
    ),
  },
  'semantic.date-order': {
    severity: 'fel',
    meaning: m('Slutdatumet ligger före startdatumet.', 'The end date is before the start date.'),
    example: change('  id: exempel', '  id: exempel\n  giltighet: { från: 2026-01-01, till: 2025-12-31 }'),
  },
  'semantic.unknown-party': {
    severity: 'fel',
    meaning: m('En hänvisning till en part som inte finns under `parter`.', 'A reference to a party that is not listed under `parter`.'),
    example: change('basverksamheter:\n  - { verksamhet: mödrahälsovård,', `${PARTIES}\n  - { verksamhet: mödrahälsovård, part: regionen,`),
  },
  'semantic.orgnr-check-digit': {
    severity: 'fel',
    meaning: m(
      'Organisationsnumret har fel kontrollsiffra, så det finns inte; kontrollera det.',
      'The organisation number has the wrong check digit, so it does not exist; check it.',
    ),
    example: change('basverksamheter:', PARTIES.replace('typ: region }', 'typ: region, organisationsnummer: 232100-0256 }')),
  },
  'semantic.duplicate-party': {
    severity: 'fel',
    meaning: m('Samma part-id två gånger.', 'The same party id twice.'),
    example: change('basverksamheter:', PARTIES.replace('id: kommun,', 'id: region,')),
  },
  'semantic.duplicate-activity': {
    severity: 'fel',
    meaning: m('Samma basverksamhet två gånger.', 'The same base activity twice.'),
    example: change('verksamhet: öppen_förskola', 'verksamhet: socialtjänst'),
  },
  'semantic.unknown-activity': {
    severity: 'fel',
    meaning: m('En hänvisning till en basverksamhet som avtalet inte har.', 'A reference to a base activity the agreement does not have.'),
    example: change(
      '  - { verksamhet: öppen_förskola, samlokaliserad: helt }\n',
      'organisation:\n  ledningsgrupp:\n    medlemmar:\n      - { verksamhet: öppen_förskola, roll: Enhetschef }\n',
    ),
  },
  // --- checking, rendering and the command line -----------------------------------
  'check.waiver-unknown-rule': {
    severity: 'varning',
    meaning: m(
      'En avvikelse (`avvikelser:`) gäller en regel som inte finns eller inte ingår i ramverkets regeluppsättning (med "menade du"); avvikelsen gäller ingenting.',
      'A deviation (`avvikelser:`) names a rule that does not exist or is not in the framework\'s ruleset (with "did you mean"); the deviation covers nothing.',
    ),
    example: change('basverksamheter:', 'avvikelser:\n  - { regel: gemensam.samordnar, skäl: Prövas under 2026, godkänd_av: Styrgruppen }\nbasverksamheter:'),
  },
  'render.illegal-characters': {
    severity: 'varning',
    meaning: m(
      'Styrtecken som ett Word-dokument inte kan innehålla togs bort ur texten när dokumentet skrevs.',
      'Control characters a Word document cannot hold were removed from the text when the document was written.',
    ),
    example: { kind: 'change', from: 'namn: Familjecentralen Exempel', to: 'namn: "Familjecentralen\\aExempel"', render: true },
  },
  'io.not-readable': {
    severity: 'fel',
    meaning: m(
      'En fil eller mapp som inte finns eller inte kan läsas; den räknas som ogiltig.',
      'A file or folder that does not exist or cannot be read; it counts as invalid.',
    ),
    example: { kind: 'files', files: { 'a.yaml': EXAMPLE_AGREEMENT }, links: { 'b.yaml': 'borttagen.yaml' } },
  },
  'avtal.id-dubblett': {
    severity: 'fel',
    meaning: m(
      'Samma `avtal.id` i två filer: id:t namnger dokumentet och avtalet i rapporten, så den senare filen är fel och meddelandet namnger den första.',
      'The same `avtal.id` in two files: the id names the document and the agreement in the report, so the later file is in error and the message names the first.',
    ),
    example: { kind: 'files', files: { 'a.yaml': EXAMPLE_AGREEMENT, 'b.yaml': EXAMPLE_AGREEMENT } },
  },
  // --- templates (for whoever edits templates/) --------------------------------------
  'template.syntax': {
    severity: 'fel',
    meaning: m('En mall som Handlebars inte kan läsa.', 'A template Handlebars cannot read.'),
    example: { kind: 'template', framework: 'skane-2018', templates: { 'skane-2018/exempel.hbs': '{{#if avtal.id}}utan slut' } },
  },
  'template.unknown-key': {
    severity: 'fel',
    meaning: m('En mall använder en nyckel som avtalsformatet inte har.', 'A template uses a key the agreement format does not have.'),
    example: { kind: 'template', framework: 'skane-2018', templates: { 'skane-2018/exempel.hbs': '{{familjecentral.telefon}}' } },
  },
  'template.unknown-helper': {
    severity: 'fel',
    meaning: m(
      'En mall använder en hjälpfunktion, ett delmallsblock eller en dekorator som samverkans mallar inte har (en okänd hjälpfunktion i ett uttryck ger `template.syntax`).',
      "A template uses a helper, partial block or decorator samverkan's templates do not have (an unknown helper in an expression gives `template.syntax`).",
    ),
    example: { kind: 'template', framework: 'skane-2018', templates: { 'skane-2018/exempel.hbs': '{{#> delmall}}text{{/delmall}}' } },
  },
  'template.unknown-partial': {
    severity: 'fel',
    meaning: m('En mall tar in en delmall som inte finns under `partials/`.', 'A template includes a partial that does not exist under `partials/`.'),
    example: { kind: 'template', framework: 'skane-2018', templates: { 'skane-2018/exempel.hbs': '{{> finns_inte}}' } },
  },
  'template.missing': {
    severity: 'fel',
    meaning: m(
      'En mall som dokumentet behöver finns varken för ramverket eller under `partials/`.',
      'A template the document needs exists neither for the framework nor under `partials/`.',
    ),
    example: { kind: 'template', framework: 'skane-2018', templates: {}, render: 'exempel' },
  },
  'template.runtime': {
    severity: 'fel',
    meaning: m(
      'En mall kunde inte fyllas i, oftast för att ett värde saknas (lägg det inom `{{#if …}}`).',
      'A template could not be filled in, usually because a value is missing (put it inside `{{#if …}}`).',
    ),
    example: { kind: 'template', framework: 'skane-2018', templates: { 'skane-2018/exempel.hbs': '{{avtal.id}}' }, render: 'exempel' },
  },
} as const satisfies Record<string, CodeInfo>;

/** Every code samverkan can emit. A diagnostic's `code` has this type, so an unknown code does not compile. */
export type DiagnosticCode = keyof typeof CODES;

/** The codes in catalogue order. */
export const DIAGNOSTIC_CODES = Object.keys(CODES) as DiagnosticCode[];

/** The groups of codes by their prefix, in the order docs/koder.md lists them. */
export const CODE_GROUPS: Readonly<Record<string, CodeGroup>> = {
  source: {
    title: m('Filen och teckenkodningen', 'The file and its encoding'),
    intro: m(
      'En byte-order mark (BOM) i början läses och hoppas över; radslut som CRLF (Windows) och CR (äldre Mac) läses som vanliga radslut; texten normaliseras till Unicode NFC.',
      'A byte-order mark is skipped; CRLF and CR line ends read as ordinary line ends; text is normalised to Unicode NFC.',
    ),
  },
  yaml: {
    title: m('YAML-syntax: ett meddelande per misstag', 'YAML syntax: one message per mistake'),
    intro: m('Ingen engelsk text från YAML-biblioteket når användaren.', 'No English text from the YAML library reaches the user.'),
  },
  value: {
    title: m('Värden som YAML annars skulle ändra eller korta tyst', 'Values YAML would otherwise change or cut silently'),
    intro: m(
      'Svenska skrivsätt som bara kan betyda en sak godtas som det som menades: decimalkomma i talfält (`0,8`, även inne i `{ … }`), tider som `08.00`, `ja`/`nej` för sant/falskt, och ett tal eller `true` i ett textfält som exakt de tecken som står.',
      'Swedish forms that can only mean one thing are read as meant: a decimal comma, times like `08.00`, `ja`/`nej`, and a number in a text field as the characters written.',
    ),
  },
  text: { title: m('Osynliga tecken', 'Invisible characters') },
  ramverk: { title: m('Ramverk', 'Framework') },
  schema: { title: m('Schema', 'Schema') },
  semantic: {
    title: m('Samband som schemat inte kan uttrycka', 'Consistency the schema cannot express'),
    intro: m('Prövas bara när schemat inte har hittat något fel.', 'Checked only when the schema has found no error.'),
  },
  check: {
    title: m('Granskning (`samverkan check`)', 'Checking (`samverkan check`)'),
    intro: m('Regelutfallen själva har regel-id, inte koder: se [rules.md](rules.md).', 'Rule outcomes carry rule ids, not codes: see [rules.md](rules.md).'),
  },
  render: { title: m('Dokument (`samverkan render`)', 'Documents (`samverkan render`)') },
  io: { title: m('Filer och mappar', 'Files and folders') },
  avtal: { title: m('Flera avtal i en körning', 'Several agreements in one run') },
  template: {
    title: m('Mallar (`templates/`)', 'Templates (`templates/`)'),
    intro: m(
      'För den som ändrar mallarna: `samverkan render` skriver inget dokument när en mall har fel.',
      'For whoever edits the templates: `samverkan render` writes no document while a template has an error.',
    ),
  },
};

/** The group a code belongs to: its prefix before the first dot. */
export function groupOf(code: DiagnosticCode): string {
  return code.slice(0, code.indexOf('.'));
}

/** The levels a code is reported at, as a list. */
export function severitiesOf(code: DiagnosticCode): readonly Severity[] {
  const s: CodeInfo['severity'] = CODES[code].severity;
  return typeof s === 'string' ? [s] : s;
}

/** The text of a `change` example applied to the example agreement. */
export function exampleText(example: CodeExample): string | undefined {
  if (example.kind === 'change') {
    if (!EXAMPLE_AGREEMENT.includes(example.from)) throw new Error(`example text not in EXAMPLE_AGREEMENT: ${example.from}`);
    return EXAMPLE_AGREEMENT.replace(example.from, example.to);
  }
  if (example.kind === 'text') return example.text;
  return undefined;
}
