/**
 * What the consistency checks that a schema cannot express say (src/core/semantic.ts), in process
 * (issue 11): each case is one small change to the shipped Eslöv example, and each test asserts
 * the exact diagnostics an officer sees — code, place, pointer, message and hint — and that the
 * unchanged neighbours of the change say nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/core/validate.js';
import { said } from './core-helpers.js';
import { AGREEMENTS, mutate } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const edits = (...pairs: [string, string][]) => pairs.reduce((t, [from, to]) => mutate(t, from, to), EXAMPLE);
const sv = (...pairs: [string, string][]) => said(validateAgreementText(edits(...pairs)).diagnostics);
const en = (...pairs: [string, string][]) => said(validateAgreementText(edits(...pairs), { lang: 'en' }).diagnostics);

it('the example itself says nothing', () => {
  expect(sv()).toEqual([]);
});

describe('the municipality', () => {
  it('a misspelt one in the framework’s region is named, with the nearest as hint and example', () => {
    expect(sv(['kommun: Eslöv', 'kommun: Eslöf'])).toEqual([
      'semantic.unknown-municipality 26:11-26:16 /familjecentral/kommun Okänd kommun "Eslöf" i Skåne län; skriv kommunens namn utan "kommun", t.ex. "Eslöv". [menade du "Eslöv"?]',
    ]);
  });
  it('" kommun" after it, after any spaces, is left out before the nearest is looked for', () => {
    expect(sv(['kommun: Eslöv', 'kommun: Eslöf  kommun'])).toEqual([
      'semantic.unknown-municipality 26:11-26:24 /familjecentral/kommun Okänd kommun "Eslöf  kommun" i Skåne län; skriv kommunens namn utan "kommun", t.ex. "Eslöv". [menade du "Eslöv"?]',
    ]);
  });
  it('nothing near: no hint, and the region’s first municipality as the example', () => {
    expect(sv(['kommun: Eslöv', 'kommun: Xyzzyqq'])).toEqual([
      'semantic.unknown-municipality 26:11-26:18 /familjecentral/kommun Okänd kommun "Xyzzyqq" i Skåne län; skriv kommunens namn utan "kommun", t.ex. "Bjuv".',
    ]);
  });
  it('in English', () => {
    expect(en(['kommun: Eslöv', 'kommun: Eslöf'])[0]).toMatch(
      /^semantic\.unknown-municipality 26:11-26:16 \/familjecentral\/kommun .*"Eslöf".*\[did you mean "Eslöv"\?\]$/,
    );
  });
  it('a municipality of another region is no typo (which framework applies is the checker’s question)', () => {
    expect(sv(['kommun: Eslöv', 'kommun: Göteborg'])).toEqual([]);
  });
  it('under another regional framework, its own region is the one searched', () => {
    expect(sv(['kommun: Eslöv', 'kommun: Eslöf'], ['ramverk: skane-2018 ', 'ramverk: vg-2024   '])).toEqual([
      'semantic.unknown-municipality 26:11-26:16 /familjecentral/kommun Okänd kommun "Eslöf" i Västra Götalands län; skriv kommunens namn utan "kommun", t.ex. "Ale".',
    ]);
  });
  it('under the national definitions there is no region to search, and nothing is said', () => {
    expect(sv(['kommun: Eslöv', 'kommun: Eslöf'], ['ramverk: skane-2018 ', 'ramverk: nationell '])).toEqual([]);
  });
});

describe('times in order', () => {
  const MHV =
    '      - { dag: måndag, från: "08:00", till: "16:30" }\n      - { dag: tisdag, från: "08:00", till: "16:30" }\n      - { dag: torsdag, från: "08:00", till: "12:00" }';
  it('an end before its start, and an end at its start, are both named at the end; a minute later is fine', () => {
    expect(
      sv([
        MHV,
        '      - { dag: måndag, från: "16:30", till: "08:00" }\n      - { dag: tisdag, från: "08:00", till: "08:00" }\n      - { dag: torsdag, från: "08:00", till: "08:01" }',
      ]),
    ).toEqual([
      'semantic.time-order 61:45-61:52 /basverksamheter/0/närvaro/0/till Sluttiden 08:00 ligger inte efter starttiden 16:30.',
      'semantic.time-order 62:45-62:52 /basverksamheter/0/närvaro/1/till Sluttiden 08:00 ligger inte efter starttiden 08:00.',
    ]);
  });
  it('the sessions of samtidighet are held to the same order', () => {
    expect(sv(['{ dag: torsdag, från: "09:00", till: "12:00", innehåll: Drop', '{ dag: torsdag, från: "12:00", till: "09:00", innehåll: Drop'])).toEqual([
      'semantic.time-order 97:44-97:51 /samtidighet/tillfällen/1/till Sluttiden 09:00 ligger inte efter starttiden 12:00.',
    ]);
  });
  it('an end written the Swedish way (8.00) is read as 08:00 and judged as such', () => {
    expect(
      sv([
        MHV,
        '      - { dag: måndag, från: "16:30", till: "8.00" }\n      - { dag: tisdag, från: "08:00", till: "16:30" }\n      - { dag: torsdag, från: "08:00", till: "12:00" }',
      ]),
    ).toEqual(['semantic.time-order 61:45-61:51 /basverksamheter/0/närvaro/0/till Sluttiden 8:00 ligger inte efter starttiden 16:30.']);
  });
  it('an end that is no clock time at all is the schema’s to name, not an order to judge', () => {
    expect(
      sv([
        MHV,
        '      - { dag: måndag, från: "16:30", till: "åtta" }\n      - { dag: tisdag, från: "08:00", till: "16:30" }\n      - { dag: torsdag, från: "08:00", till: "12:00" }',
      ]),
    ).toEqual([
      'schema.time 61:45-61:51 /basverksamheter/0/närvaro/0/till Ogiltig tid "åtta" för basverksamheter[1].närvaro[1].till; ange HH:MM mellan 00:00 och 24:00, t.ex. "08:30".',
    ]);
  });
});

describe('parties', () => {
  it('a wrong check digit in an organisation number', () => {
    expect(sv(['232100-0255', '232100-0256'])).toEqual([
      'semantic.orgnr-check-digit 47:26-47:37 /parter/0/organisationsnummer Organisationsnumret 232100-0256 har fel kontrollsiffra; kontrollera numret mot Bolagsverket eller organisationens webbplats.',
    ]);
  });
  it('an id used twice is named at its second use, and each reference to the lost id is named, listing each id once', () => {
    expect(sv(['  - id: kommun\n', '  - id: region\n'])).toEqual([
      'semantic.duplicate-party 49:9-49:15 /parter/1/id Part-id "region" används för mer än en part.',
      'semantic.unknown-party 77:11-77:17 /basverksamheter/2/part Parten "kommun" finns inte under parter; kända parter är region.',
      'semantic.unknown-party 85:11-85:17 /basverksamheter/3/part Parten "kommun" finns inte under parter; kända parter är region.',
      'semantic.unknown-party 135:18-135:24 /organisation/samordnare/anställd_av Parten "kommun" finns inte under parter; kända parter är region.',
      'semantic.unknown-party 137:47-137:49 /organisation/samordnare/kostnadsfördelning/kommun Parten "kommun" finns inte under parter; kända parter är region.',
      'semantic.unknown-party 157:13-157:19 /underskrifter/1/part Parten "kommun" finns inte under parter; kända parter är region.',
    ]);
  });
  it.each([
    [
      ['  - verksamhet: barnhälsovård\n    part: region', '  - verksamhet: barnhälsovård\n    part: regoin'],
      'semantic.unknown-party 65:11-65:17 /basverksamheter/1/part Parten "regoin" finns inte under parter; kända parter är region eller kommun. [menade du "region"?]',
    ],
    [
      ['{ part: kommun, namn: Bertil', '{ part: kommunen, namn: Bertil'],
      'semantic.unknown-party 157:13-157:21 /underskrifter/1/part Parten "kommunen" finns inte under parter; kända parter är region eller kommun. [menade du "kommun"?]',
    ],
    [
      ['anställd_av: kommun', 'anställd_av: xyz'],
      'semantic.unknown-party 135:18-135:21 /organisation/samordnare/anställd_av Parten "xyz" finns inte under parter; kända parter är region eller kommun.',
    ],
    [
      ['{ region: 50, kommun: 50 }', '{ region: 50, komun: 50 }'],
      'semantic.unknown-party 137:46-137:48 /organisation/samordnare/kostnadsfördelning/komun Parten "komun" finns inte under parter; kända parter är region eller kommun. [menade du "kommun"?]',
    ],
  ] as [[string, string], string][])('a reference to no party: %j', (pair, expected) => {
    expect(sv(pair)).toEqual([expected]);
  });
  it('the members of a styrgrupp name parties too', () => {
    expect(
      sv([
        '  styrgrupp:\n    beskrivning: Förvaltningschef och områdeschef möts två gånger per år.\n    möten_per_år: 2\n',
        '  styrgrupper:\n    - namn: Styrgrupp\n      möten_per_år: 2\n      ledamöter:\n        - { part: region, roll: Chef }\n        - { part: regon, roll: Chef }\n',
      ]).filter((d) => d.startsWith('semantic.')),
    ).toEqual([
      'semantic.unknown-party 136:19-136:24 /organisation/styrgrupper/0/ledamöter/1/part Parten "regon" finns inte under parter; kända parter är region eller kommun. [menade du "region"?]',
    ]);
  });
  it('in English', () => {
    expect(en(['anställd_av: kommun', 'anställd_av: xyz'])).toEqual([
      'semantic.unknown-party 135:18-135:21 /organisation/samordnare/anställd_av The party "xyz" is not listed under parter; known parties are region or kommun.',
    ]);
  });
});

describe('base activities', () => {
  it('an activity twice is named at its second place, and references to the one lost are named, listing each once', () => {
    expect(sv(['  - verksamhet: socialtjänst\n', '  - verksamhet: barnhälsovård\n'])).toEqual([
      'semantic.duplicate-activity 84:17-84:30 /basverksamheter/3/verksamhet Basverksamheten barnhälsovård står med mer än en gång.',
      'semantic.unknown-activity 112:39-112:51 /gemensamt_ansvar/föräldrastöd/aktiviteter/1/verksamheter/1 socialtjänst är inte en av avtalets basverksamheter (mödrahälsovård, barnhälsovård och öppen_förskola).',
      'semantic.unknown-activity 129:23-129:35 /organisation/ledningsgrupp/medlemmar/3/verksamhet socialtjänst är inte en av avtalets basverksamheter (mödrahälsovård, barnhälsovård och öppen_förskola).',
    ]);
  });
});
