/**
 * What validation says and accepts, one behaviour per test, in process so that
 * mutation testing sees each one (issue 11: the survivors in src/core's
 * validate, forms, parse, time, semantic and the helpers they use). Each case
 * is one small change to the shipped Eslöv example, and each test asserts the
 * exact outcome the officer sees: code, place, message, hint, or the value read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCarefulOnlySyntax } from '../src/core/careful-scan.js';
import { type Agreement, present } from '../src/core/model.js';
import { semanticDiagnostics } from '../src/core/semantic.js';
import { editDistance } from '../src/core/suggest.js';
import { parseAgreementText } from '../src/core/parse.js';
import { fieldLabel, validateAgreementBytes, validateAgreementText, validateParsed } from '../src/core/validate.js';
import { readAt, said } from './core-helpers.js';
import { AGREEMENTS, mutate, place } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const edit = (from: string, to: string) => mutate(EXAMPLE, from, to);

const sv = (text: string) => said(validateAgreementText(text).diagnostics);
const en = (text: string) => said(validateAgreementText(text, { lang: 'en' }).diagnostics);

describe('ramverk', () => {
  it('a number as ramverk is an unknown framework, named as written and with no guess', () => {
    expect(sv(edit('ramverk: skane-2018 ', 'ramverk: 2018 '))).toEqual([
      'ramverk.unknown 9:10-9:14 /ramverk Okänt ramverk "2018"; tillåtna är skane-2014, skane-2018, vg-2024, orebro-2010 eller nationell.',
    ]);
  });
});

describe('ramverk, before anything else', () => {
  const allowed = 'skane-2014, skane-2018, vg-2024, orebro-2010 eller nationell';
  it.each([
    ['missing', '', `ramverk.missing 10:1-10:6 /ramverk Nyckeln ramverk saknas; ange ett av ${allowed}.`],
    ['left empty', 'ramverk:\n', `ramverk.missing 9:1-9:8 /ramverk Nyckeln ramverk saknas; ange ett av ${allowed}.`],
    ['a list', 'ramverk: [a]\n', `ramverk.unknown 9:1-9:8 /ramverk Okänt ramverk "a"; tillåtna är ${allowed}.`],
    ['misspelt', 'ramverk: skane-2108\n', `ramverk.unknown 9:10-9:20 /ramverk Okänt ramverk "skane-2108"; tillåtna är ${allowed}. [menade du "skane-2018"?]`],
  ])('%s: one finding, and no framework', (_, to, only) => {
    const r = validateAgreementText(edit('ramverk: skane-2018            # skane-2018 | vg-2024 | orebro-2010\n', to));
    expect([r.valid, r.framework, r.agreement, said(r.diagnostics)]).toEqual([false, undefined, undefined, [only]]);
  });
  it('a valid agreement names its framework and is given back', () => {
    const r = validateAgreementText(EXAMPLE);
    expect([r.valid, r.framework, r.agreement?.avtal.id]).toEqual([true, 'skane-2018', 'eslov-solrosen']);
  });
});

describe('field labels in messages', () => {
  it('a list index becomes a 1-based [n], also with two digits', () => {
    expect(fieldLabel('/basverksamheter/11/närvaro/0/till')).toBe('basverksamheter[12].närvaro[1].till');
  });
  it('a key with digits in it stays a key', () => {
    expect(fieldLabel('/avtal/k2')).toBe('avtal.k2');
    expect(fieldLabel('/avtal/2a')).toBe('avtal.2a');
  });
  it('the whole agreement is (avtalet)', () => {
    expect(fieldLabel('')).toBe('(avtalet)');
  });
});

describe('sections that may also be a marker (ingår inte, uppgift saknas)', () => {
  it('a wrong word where a section belongs names only the two markers', () => {
    expect(sv(edit('organisation:\n  ledningsgrupp:', 'organisation: kanske\nx:\n  ledningsgrupp:'))).toEqual([
      'schema.enum 123:15-123:21 /organisation Ogiltigt värde "kanske" för organisation; tillåtna är ingår inte eller uppgift saknas.',
      'schema.unknown-key 124:1-124:2 /x Okänd nyckel "x".',
    ]);
  });
  it('a wrong type inside a section is reported at the field, not as a wrong section', () => {
    expect(sv(edit('  personalmöten_per_år: 10', '  personalmöten_per_år: tio'))).toEqual([
      'schema.type 138:25-138:28 /organisation/personalmöten_per_år Fel typ: organisation.personalmöten_per_år ska vara ett heltal, inte text.',
    ]);
  });
});

describe('a misspelt key that must be there', () => {
  it.each([
    [
      'familjecentral.namn',
      '  namn: Familjecentralen Solrosen',
      '  nanm: Familjecentralen Solrosen',
      'schema.unknown-key 24:3-24:7 /familjecentral/nanm Okänd nyckel "nanm". [menade du "namn"?]',
    ],
    ['avtal.id', '  id: eslov-solrosen  ', '  ig: eslov-solrosen  ', 'schema.unknown-key 12:3-12:5 /avtal/ig Okänd nyckel "ig". [menade du "id"?]'],
  ])('%s is named once, as the typo with its guess, not also as missing', (_, from, to, only) => {
    expect(sv(edit(from, to))).toEqual([only]);
  });
  it('a required key that is missing, with no typo for it, is said missing', () => {
    expect(sv(edit('  namn: Familjecentralen Solrosen\n', ''))).toEqual([
      'schema.required 23:1-23:15 /familjecentral/namn Obligatoriskt fält saknas: familjecentral.namn (Namn).',
    ]);
  });
});

describe('many unknown keys', () => {
  const unknown = (n: number) => Array.from({ length: n }, (_, i) => `extra${i}: 1`).join('\n');
  const typo = edit('  adress: Storgatan 1', '  adres: Storgatan 1');
  const adres = (ds: string[]) => ds.filter((d) => d.includes('/familjecentral/adres '));
  it('one misspelt key gets its "menade du"', () => {
    expect(adres(sv(typo))).toEqual(['schema.unknown-key 27:3-27:8 /familjecentral/adres Okänd nyckel "adres". [menade du "adress"?]']);
  });
  it('among exactly 200 unknown keys each still gets its guess', () => {
    expect(adres(sv(`${typo}\n${unknown(199)}\n`))).toEqual(['schema.unknown-key 27:3-27:8 /familjecentral/adres Okänd nyckel "adres". [menade du "adress"?]']);
  });
  it('among more than 200 unknown keys none gets a guess', () => {
    expect(adres(sv(`${typo}\n${unknown(200)}\n`))).toEqual(['schema.unknown-key 27:3-27:8 /familjecentral/adres Okänd nyckel "adres".']);
  });
});

describe('text lost to a comment', () => {
  /** The example with every end-of-line comment taken away: nothing in it needs a careful look. */
  const plain = EXAMPLE.replace(/ +# .*$/gm, '');
  it('the plain example is valid', () => {
    expect(sv(plain)).toEqual([]);
  });
  it('a ` #` in a free-text value is reported where the lost text starts', () => {
    const text = mutate(plain, '  upptagningsområde: Eslövs tätort med omnejd', '  upptagningsområde: Eslövs tätort # med omnejd');
    expect(sv(text)).toEqual([
      'value.inline-comment 28:36-28:48 /familjecentral/upptagningsområde Texten efter # räknas som kommentar och kommer inte med i avtalet (familjecentral.upptagningsområde slutar vid "Eslövs tätort"); sätt texten inom citattecken.',
    ]);
  });
});

describe('Swedish forms accepted where they mean one thing', () => {
  const grad = (to: string) => edit('{ yrke: barnmorska, tjänstgöringsgrad: 0.8 }', `{ yrke: barnmorska, tjänstgöringsgrad: ${to} }`);
  it('a decimal comma in a number field is the number: 0,8 is 0.8', () => {
    expect(readAt(grad('0,8'), 'basverksamheter', 0, 'bemanning', 0, 'tjänstgöringsgrad')).toEqual({ valid: true, value: 0.8 });
  });
  it('an amount grouped by spaces is the number: 1 000 is read as 1000', () => {
    expect(sv(edit('  personalmöten_per_år: 10', '  personalmöten_per_år: 1 000'))).toEqual([
      'schema.maximum 138:25-138:30 /organisation/personalmöten_per_år organisation.personalmöten_per_år får vara högst 365 (är 1000).',
    ]);
  });
  it('a quoted number in a number field stays text and is a type error', () => {
    expect(sv(edit('  version: 2', '  version: "2"'))).toEqual([
      'schema.type 13:12-13:15 /avtal/version Fel typ: avtal.version ska vara ett heltal, inte text.',
    ]);
  });
  it('a time written with a dot, quoted, is the time: "08.00" is 08:00', () => {
    const text = edit('torsdag, från: "08:00", till: "12:00" }', 'torsdag, från: "08.00", till: "12:00" }');
    expect(readAt(text, 'basverksamheter', 0, 'närvaro', 2, 'från')).toEqual({ valid: true, value: '08:00' });
  });
  it('true in a text field is the text "true", as written', () => {
    expect(readAt(edit('  namn: Familjecentralen Solrosen', '  namn: true'), 'familjecentral', 'namn')).toEqual({ valid: true, value: 'true' });
  });
  it('a number in a field of text or a list stays a number and is a type error', () => {
    expect(sv(edit('    nämnd: Socialnämnden', '    nämnd: 5'))).toEqual([
      'schema.type 52:12-52:13 /parter/1/nämnd Fel typ: parter[2].nämnd ska vara text eller en lista, inte ett tal.',
    ]);
  });
  it('a number where one of a few words belongs is not made text: both the type and the allowed words are said', () => {
    expect(sv(edit('    brukarenkät: årlig            # årlig | vartannat_år | ingen', '    brukarenkät: 5'))).toEqual([
      'schema.enum 117:18-117:19 /gemensamt_ansvar/delaktighet_och_inflytande/brukarenkät Ogiltigt värde "5" för gemensamt_ansvar.delaktighet_och_inflytande.brukarenkät; tillåtna är årlig, vartannat_år eller ingen.',
      'schema.type 117:18-117:19 /gemensamt_ansvar/delaktighet_och_inflytande/brukarenkät Fel typ: gemensamt_ansvar.delaktighet_och_inflytande.brukarenkät ska vara text, inte ett tal.',
    ]);
  });
});

describe('a colon in text', () => {
  it('a goal with ": " in it is text YAML read as a key: reported on its line', () => {
    expect(sv(edit('  - Alla förstagångsföräldrar', '  - Mål för 2026: alla förstagångsföräldrar'))).toEqual([
      'yaml.colon-in-text 38:17-38:107 /mål/0 Texten på rad 38 innehåller ett kolon följt av mellanslag, som YAML läser som en ny nyckel; sätt hela texten efter mål: inom citattecken, t.ex. mål: "Öppet: måndag–fredag".',
    ]);
  });
  it('a mapping of two keys in a text field is a wrong type, not a colon in text', () => {
    expect(sv(edit('  namn: Familjecentralen Solrosen', '  namn: { a: b, c: d }'))).toEqual([
      'schema.type 24:3-24:7 /familjecentral/namn Fel typ: familjecentral.namn ska vara text, inte en samling nycklar.',
    ]);
  });
});

describe('what YAML made of a value, in a type error', () => {
  it('.inf is named infinity, in Swedish and in English', () => {
    const text = edit('  version: 2', '  version: .inf');
    expect(sv(text)).toEqual(['schema.type 13:12-13:16 /avtal/version Fel typ: avtal.version ska vara ett heltal, inte oändligt (.inf).']);
    expect(en(text)).toEqual(['schema.type 13:12-13:16 /avtal/version Wrong type: avtal.version must be a whole number, not infinity (.inf).']);
  });
  it('true is named true/false, a list a list', () => {
    expect(sv(edit('  version: 2', '  version: true'))).toEqual([
      'schema.type 13:12-13:16 /avtal/version Fel typ: avtal.version ska vara ett heltal, inte sant/falskt.',
    ]);
    expect(sv(edit('  version: 2', '  version: [2]'))).toEqual([
      'schema.type 13:3-13:10 /avtal/version Fel typ: avtal.version ska vara ett heltal, inte en lista.',
    ]);
  });
});

describe('reading YAML', () => {
  it('a key written twice is named as the key, also when one is quoted', () => {
    expect(sv(edit('syfte: >-', '"syfte": Dubbel.\nsyfte: >-'))).toEqual([
      'yaml.duplicate-key 35:1-35:6  Nyckeln "syfte" står två gånger i samma avsnitt; ta bort den ena eller slå ihop dem.',
    ]);
  });
  it('two different keys written as lists are two keys, not one key twice', () => {
    expect(sv('ramverk: skane-2018\n? [a]\n: 1\n? [b]\n: 2\n').map((d) => d.split(' ')[0])).toEqual([
      'schema.unknown-key',
      'schema.unknown-key',
      'schema.required',
      'schema.required',
    ]);
  });
  it('the !!str tag is plain text and allowed', () => {
    expect(readAt(edit('  namn: Familjecentralen Solrosen', '  namn: !!str Familjecentralen Solrosen'), 'familjecentral', 'namn')).toEqual({
      valid: true,
      value: 'Familjecentralen Solrosen',
    });
  });
  it('a tag YAML cannot resolve (!!binary) is reported beside the %YAML 1.1 finding', () => {
    expect(sv(`%YAML 1.1\n---\n${edit('  namn: Familjecentralen Solrosen', '  namn: !!binary Zm9v')}`)).toEqual([
      'yaml.version 1:1-1:1  YAML 1.1 stöds inte (tider som 08:00 skulle tolkas som tal); ta bort %YAML-raden eller skriv %YAML 1.2.',
      'yaml.tag 26:9-26:17  YAML-taggen !!binary stöds inte; skriv värdet som vanlig text, tal eller lista.',
    ]);
  });
  it('a known tag other than !!str is reported also after another finding (%YAML 1.1)', () => {
    expect(sv(`%YAML 1.1\n---\n${edit('  version: 2', '  version: !!int 2')}`)).toEqual([
      'yaml.version 1:1-1:1  YAML 1.1 stöds inte (tider som 08:00 skulle tolkas som tal); ta bort %YAML-raden eller skriv %YAML 1.2.',
      'yaml.tag 15:18-15:19  YAML-taggen !!int stöds inte; skriv värdet som vanlig text, tal eller lista.',
    ]);
  });
  it('a list item that continues text is told the column of the list, even with " - " in the text', () => {
    const text = edit('  målgrupp: Blivande föräldrar och familjer med barn 0–6 år', '  målgrupp: Blivande föräldrar - och familjer\n    - med barn 0–6 år');
    expect(sv(text)).toEqual([
      'yaml.list-item-indent 30:5-30:22  Listposten på rad 30 står inte i linje med listan: börja raden med "-" i kolumn 3, som på rad 29. Annars läses den som en fortsättning av texten ovanför.',
    ]);
  });
  it('nesting far too deep for the reader is told with the limit', () => {
    expect(sv(`ramverk: skane-2018\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toEqual(['yaml.too-deep 1:1-1:1  Filen är nästlad djupare än 32 nivåer.']);
  });
});

describe('"menade du": letters swapped', () => {
  it('two swapped letters are one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('nanm', 'namn')).toBe(1);
    expect(editDistance('samtidgihet', 'samtidighet')).toBe(1);
  });
  it('a short key with two letters swapped gets its guess', () => {
    const ds = sv(edit('  namn: Familjecentralen Solrosen', '  nanm: Familjecentralen Solrosen'));
    expect(ds.filter((d) => d.includes('/familjecentral/nanm '))).toEqual([
      'schema.unknown-key 24:3-24:7 /familjecentral/nanm Okänd nyckel "nanm". [menade du "namn"?]',
    ]);
  });
});

describe('a section left blank', () => {
  it('blank text is no content, nor is the empty text', () => {
    expect(present('   ')).toBeUndefined();
    expect(present('')).toBeUndefined();
    expect(present(' x ')).toBe(' x ');
  });
});

describe('cross-field checks on a value given in code', () => {
  it('an agreement without a municipality gets no municipality finding (and no crash)', () => {
    const r = validateAgreementText(EXAMPLE);
    const a = structuredClone(r.agreement) as Agreement;
    delete (a.familjecentral as { kommun?: string }).kommun;
    expect(semanticDiagnostics(a, 'sv', r.locateRange, 'skane-2018')).toEqual([]);
  });
});

describe('text only the careful reader may take', () => {
  it('the direction marks and embeddings at the ends of their ranges, and U+FFFF, are hidden characters', () => {
    for (const c of ['\u200b', '\u200f', '\u202a', '\u202e', '\ufeff', '\ufffe', '\uffff']) expect(hasCarefulOnlySyntax(`namn: a${c}b\n`), c).toBe(true);
  });
  it('letters and the characters beside the ranges are not', () => {
    for (const c of ['\u00e5', '\u2010', '\u202f', '\ufffd']) expect(hasCarefulOnlySyntax(`namn: a${c}b\n`), c).toBe(false);
  });
});

describe('a comment after a value: looked at carefully only where text may be lost', () => {
  const plain = EXAMPLE.replace(/ +# .*$/gm, '');
  const at = (from: string, to: string) => mutate(plain, from, to);
  /** Whether validation asked the careful reader for a second look at a text the fast reader took. */
  const looksCarefully = (text: string) => {
    const parsed = parseAgreementText(text);
    expect(parsed.fast).toBe(true);
    let looked = false;
    validateParsed({
      ...parsed,
      careful: () => {
        looked = true;
        return parsed.careful();
      },
    });
    return looked;
  };
  it('the plain example needs no second look', () => {
    expect(looksCarefully(plain)).toBe(false);
  });
  it.each([
    ['an allowed value', 'ramverk: skane-2018', 'ramverk: skane-2018  # skane-2018 | vg-2024'],
    ['an id', '  id: eslov-solrosen', '  id: eslov-solrosen  # stabilt'],
    ['a date', '  beslutat: 2025-11-14', '  beslutat: 2025-11-14  # nämndbeslut'],
    ['a number', '  version: 2', '  version: 2  # andra'],
    ['an allowed value in a list item', '  - verksamhet: mödrahälsovård', '  - verksamhet: mödrahälsovård  # mödrahälsovård | barnhälsovård'],
    ['a key with nothing after it', 'mål:', 'mål:  # gemensamma mål'],
    [
      'a free-text key whose value follows on the next lines',
      '    kostnadsfördelning: { region: 50, kommun: 50 }',
      '    kostnadsfördelning:  # procent\n      region: 50\n      kommun: 50',
    ],
    ['a line that is only a comment', '  version: 2', '  version: 2\n  # en anteckning'],
    ['a second # on the same line', 'ramverk: skane-2018', 'ramverk: skane-2018  # a # b'],
  ])('no second look after %s', (_, from, to) => {
    expect(looksCarefully(at(from, to))).toBe(false);
  });
  it.each([
    ['free text', '  adress: Storgatan 1, 241 30 Eslöv', '  adress: Storgatan 1 # 241 30 Eslöv'],
    ['a name of a nämnd, which may also be a list', '    nämnd: Socialnämnden', '    nämnd: Socialnämnden # och utskott'],
    ['a key written in quotes', '  beslutat: 2025-11-14', '  "beslutat": 2025-11-14  # nämndbeslut'],
  ])('a second look after %s', (_, from, to) => {
    expect(looksCarefully(at(from, to))).toBe(true);
  });
  it('text lost to a comment in a nämnd is reported, as the careful reader does', () => {
    expect(sv(at('    nämnd: Socialnämnden', '    nämnd: Socialnämnden # och utskott'))).toEqual([
      'value.inline-comment 52:26-52:39 /parter/1/nämnd Texten efter # räknas som kommentar och kommer inte med i avtalet (parter[2].nämnd slutar vid "Socialnämnden"); sätt texten inom citattecken.',
    ]);
  });
  const organisation = plain.slice(plain.indexOf('organisation:\n  ledningsgrupp:'), plain.indexOf('\nverksamhetsplan:'));
  it.each([
    [
      'lokaler',
      at(
        '  lokaler:\n    gemensam_entré: true\n    beskrivning: Verksamheterna delar entré, väntrum och lekhall på plan 1.\n',
        '  lokaler: ingår inte  # inga gemensamma lokaler\n',
      ),
    ],
    ['organisation (also the name of a party)', at(organisation, 'organisation: uppgift saknas     # inte känt ännu\n')],
    // The README's own example of the two markers, in a section that is free text when written out.
    [
      'sekretess (free text otherwise)',
      at(plain.slice(plain.indexOf('sekretess:'), plain.indexOf('\ntvist:')), 'sekretess: ingår inte            # avtalet innehåller inte avsnittet\n'),
    ],
    [
      'kompetensutveckling (free text otherwise)',
      at('  kompetensutveckling: Gemensam planeringsdag två gånger per år.', '  kompetensutveckling: Uppgift saknas  # frågar förvaltningen'),
    ],
  ])('a comment after a marker (%s) loses no text, read fast or carefully', (_, text) => {
    expect(sv(text)).toEqual([]);
    expect(said(validateParsed(parseAgreementText(text).careful()).diagnostics)).toEqual([]);
  });
});

describe("what the schema says, at the value, in the officer's words", () => {
  it.each([
    [
      'an id that is no slug',
      '  id: eslov-solrosen  ',
      '  id: Eslöv Solrosen  ',
      'schema.slug 12:7-12:21 /avtal/id Ogiltigt id "Eslöv Solrosen" för avtal.id; använd små bokstäver a–z, siffror och bindestreck (t.ex. eslov-solrosen), högst 64 tecken och inte ett namn som Windows reserverar (con, prn, aux, nul, com1 …).',
    ],
    [
      'a month 13',
      '  beslutat: 2025-11-14',
      '  beslutat: 2025-13-14',
      'schema.date 14:13-14:23 /avtal/beslutat Ogiltigt datum "2025-13-14" för avtal.beslutat; ange ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.',
    ],
    [
      'a one-digit month',
      '  beslutat: 2025-11-14',
      '  beslutat: 2025-1-14',
      'schema.date 14:13-14:22 /avtal/beslutat Ogiltigt datum "2025-1-14" för avtal.beslutat; ange ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.',
    ],
    [
      'a year before 1900',
      '  beslutat: 2025-11-14',
      '  beslutat: 1899-11-14',
      'schema.date-year 14:13-14:23 /avtal/beslutat Året i "1899-11-14" för avtal.beslutat ligger utanför 1900–2199; skriv hela året med fyra siffror, t.ex. 2025-11-14.',
    ],
    [
      'a year after 2199',
      '  beslutat: 2025-11-14',
      '  beslutat: 2200-11-14',
      'schema.date-year 14:13-14:23 /avtal/beslutat Året i "2200-11-14" för avtal.beslutat ligger utanför 1900–2199; skriv hela året med fyra siffror, t.ex. 2025-11-14.',
    ],
    [
      'a bad date in the first and last allowed years',
      '  beslutat: 2025-11-14',
      '  beslutat: 1900-13-01',
      'schema.date 14:13-14:23 /avtal/beslutat Ogiltigt datum "1900-13-01" för avtal.beslutat; ange ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.',
    ],
    [
      'a bad date in the last allowed year',
      '  beslutat: 2025-11-14',
      '  beslutat: 2199-13-01',
      'schema.date 14:13-14:23 /avtal/beslutat Ogiltigt datum "2199-13-01" för avtal.beslutat; ange ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.',
    ],
    [
      'an organisation number',
      '    organisationsnummer: 212000-1132',
      '    organisationsnummer: 2120001132x',
      'schema.orgnr 51:26-51:37 /parter/1/organisationsnummer Ogiltigt organisationsnummer "2120001132x"; ange det som NNNNNN-NNNN, t.ex. 212000-1132.',
    ],
    [
      'a time',
      'torsdag, från: "08:00", till: "12:00" }',
      'torsdag, från: "8:0", till: "12:00" }',
      'schema.time 63:31-63:36 /basverksamheter/0/närvaro/2/från Ogiltig tid "8:0" för basverksamheter[1].närvaro[3].från; ange HH:MM mellan 00:00 och 24:00, t.ex. "08:30".',
    ],
    ['a number below the least', '  version: 2', '  version: 0', 'schema.minimum 13:12-13:13 /avtal/version avtal.version måste vara minst 1 (är 0).'],
    [
      'a number above the most',
      '  personalmöten_per_år: 10',
      '  personalmöten_per_år: 400',
      'schema.maximum 138:25-138:28 /organisation/personalmöten_per_år organisation.personalmöten_per_år får vara högst 365 (är 400).',
    ],
    [
      'an empty text',
      '  namn: Familjecentralen Solrosen',
      '  namn: ""',
      'schema.min-length 24:9-24:11 /familjecentral/namn familjecentral.namn får inte vara tomt.',
    ],
    [
      'a text too long',
      '  namn: Familjecentralen Solrosen',
      `  namn: ${'x'.repeat(201)}`,
      'schema.max-length 24:9-24:210 /familjecentral/namn familjecentral.namn är för långt (högst 200 tecken).',
    ],
    [
      'a value twice in a list',
      '        verksamheter: [barnhälsovård, socialtjänst]',
      '        verksamheter: [barnhälsovård, barnhälsovård]',
      'schema.unique-items 112:9-112:21 /gemensamt_ansvar/föräldrastöd/aktiviteter/1/verksamheter gemensamt_ansvar.föräldrastöd.aktiviteter[2].verksamheter innehåller samma värde två gånger.',
    ],
    [
      'a near miss of an allowed value',
      '  typ: familjecentral ',
      '  typ: familjecentrl ',
      'schema.enum 25:8-25:21 /familjecentral/typ Ogiltigt värde "familjecentrl" för familjecentral.typ; tillåtna är familjecentral eller familjecentralsliknande. [menade du "familjecentral"?]',
    ],
    [
      'a value of 80 characters, shown whole',
      '  typ: familjecentral ',
      `  typ: ${'y'.repeat(80)} `,
      `schema.enum 25:8-25:88 /familjecentral/typ Ogiltigt värde "${'y'.repeat(80)}" för familjecentral.typ; tillåtna är familjecentral eller familjecentralsliknande.`,
    ],
    [
      'a value of 81 characters, cut to 77 and …',
      '  typ: familjecentral ',
      `  typ: ${'y'.repeat(81)} `,
      `schema.enum 25:8-25:89 /familjecentral/typ Ogiltigt värde "${'y'.repeat(77)}…" för familjecentral.typ; tillåtna är familjecentral eller familjecentralsliknande.`,
    ],
  ])('%s', (_, from, to, said) => {
    expect(sv(edit(from, to))).toEqual([said]);
  });
});

describe('a value left empty: fill it in, with what belongs there', () => {
  it.each([
    [
      'one of a few words',
      '  typ: familjecentral ',
      '  typ: ',
      'schema.missing-value 25:3-25:6 /familjecentral/typ',
      'fyll i familjecentral eller familjecentralsliknande.',
      'fill in familjecentral or familjecentralsliknande.',
    ],
    [
      'a date',
      '  beslutat: 2025-11-14',
      '  beslutat:',
      'schema.missing-value 14:3-14:11 /avtal/beslutat',
      'fyll i ett datum, ÅÅÅÅ-MM-DD.',
      'fill in a date, YYYY-MM-DD.',
    ],
    ['a whole number', '  version: 2', '  version:', 'schema.missing-value 13:3-13:10 /avtal/version', 'fyll i ett heltal.', 'fill in a whole number.'],
    [
      'text or a list',
      '    nämnd: Socialnämnden',
      '    nämnd:',
      'schema.missing-value 52:5-52:10 /parter/1/nämnd',
      'fyll i text eller en lista.',
      'fill in text or a list.',
    ],
  ])('%s', (_, from, to, where, svWhat, enWhat) => {
    const text = edit(from, to);
    const field = where.split(' ')[2]!.slice(1).replace(/\//g, '.').replace('parter.1', 'parter[2]');
    expect(sv(text)).toEqual([`${where} Värde saknas för ${field}: ${svWhat}`]);
    expect(en(text)).toEqual([`${where} Value missing for ${field}: ${enWhat}`]);
  });
});

describe('lists of a bounded length', () => {
  it.each([
    ['none', '[]', 'schema.min-items 52:5-52:10 /parter/1/nämnd parter[2].nämnd måste ha minst 1 post.'],
    [
      'eleven',
      `[${Array.from({ length: 11 }, (_, i) => `n${i}`).join(', ')}]`,
      'schema.max-items 52:5-52:10 /parter/1/nämnd parter[2].nämnd får ha högst 10 poster.',
    ],
  ])('a list of %s nämnder', (_, list, only) => {
    expect(sv(edit('    nämnd: Socialnämnden', `    nämnd: ${list}`))).toEqual([only]);
  });
});

describe('a warning alone leaves the agreement valid', () => {
  const warned = edit('    beskrivning: Verksamheterna delar entré', '    beskrivning: Verksamheterna\u200b delar entré');
  it('valid, with the agreement given back and the warning said', () => {
    const r = validateAgreementText(warned);
    expect([r.valid, r.agreement?.avtal.id, r.diagnostics.map((d) => `${d.code} ${d.severity}`)]).toEqual([true, 'eslov-solrosen', ['text.invisible varning']]);
  });
  it('the cross-field checks still run beside a warning, in the order of the lines', () => {
    const r = validateAgreementText(mutate(warned, '    till: 2028-12-31', '    till: 2025-12-31'));
    expect([r.valid, r.agreement, r.diagnostics.map((d) => `${d.code} ${d.severity} ${place(d.range)}`)]).toEqual([
      false,
      undefined,
      ['semantic.date-order fel 17:11-17:21', 'text.invisible varning 32:32-32:33'],
    ]);
  });
});

describe('bytes as read from disk', () => {
  it('the example as UTF-8 bytes is valid, in English too', () => {
    const r = validateAgreementBytes(new TextEncoder().encode(EXAMPLE), { lang: 'en' });
    expect([r.valid, r.framework, r.diagnostics]).toEqual([true, 'skane-2018', []]);
  });
  it('a finding in bytes is said in English when asked', () => {
    const r = validateAgreementBytes(new TextEncoder().encode(edit('  version: 2', '  version: två')), { lang: 'en' });
    expect(said(r.diagnostics)).toEqual(['schema.type 13:12-13:15 /avtal/version Wrong type: avtal.version must be a whole number, not text.']);
  });
});
