/**
 * What the officer wrote, read as it was meant (src/core/forms.ts), seen through
 * validation as the officer sees it: the value read, or the finding with its
 * code, severity, place and message. Each case is one small change to the
 * shipped Eslöv example without its end-of-line comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/core/validate.js';
import { readAt, said } from './core-helpers.js';
import { AGREEMENTS, mutate } from './helpers.js';

const PLAIN = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8').replace(/ +# .*$/gm, '');
const edit = (from: string, to: string) => mutate(PLAIN, from, to);
const sv = (text: string) => said(validateAgreementText(text).diagnostics, { severity: true });
const en = (text: string) => said(validateAgreementText(text, { lang: 'en' }).diagnostics, { severity: true });

describe('ja and nej where true or false belongs', () => {
  const entré = (to: string) => edit('    gemensam_entré: true', `    gemensam_entré: ${to}`);
  it.each([
    ['ja', true],
    ['JA', true],
    ['Ja', true],
    ['nej', false],
    ['NEJ', false],
    ['Nej', false],
  ])('%s is read as %s', (word, meant) => {
    expect(readAt(entré(word), 'familjecentral', 'lokaler', 'gemensam_entré')).toEqual({ valid: true, value: meant });
  });
  it.each(['jaa', 'nja', 'nej tack', 'inte nej', 'ja!'])('%s is text, and a wrong type', (word) => {
    const end = 21 + word.length;
    expect(sv(entré(word))).toEqual([
      `schema.type fel 31:21-31:${end} /familjecentral/lokaler/gemensam_entré Fel typ: familjecentral.lokaler.gemensam_entré ska vara true eller false, inte text.`,
    ]);
  });
  it('ja in a text field stays the text "ja"', () => {
    expect(readAt(edit('    metod: KAFO', '    metod: ja'), 'gemensamt_ansvar', 'utvärdering', 'metod')).toEqual({ valid: true, value: 'ja' });
  });
});

describe('an invisible character: an error in a name or an id, a warning in prose', () => {
  it('in a paragraph (a field of up to 20,000 characters) it is a warning', () => {
    expect(sv(edit('    beskrivning: Verksamheterna delar', '    beskrivning: Verksamheterna\u200b delar'))).toEqual([
      'text.invisible varning 32:32-32:33 /familjecentral/lokaler/beskrivning familjecentral.lokaler.beskrivning innehåller ett osynligt tecken (U+200B, blanksteg med noll bredd) som inte syns men gör texten olik den som ser likadan ut; ta bort det.',
    ]);
  });
  it.each([
    ['a name (up to 200)', '    metod: KAFO', '    metod: KA\u200bFO', '120:14-120:15 /gemensamt_ansvar/utvärdering/metod gemensamt_ansvar.utvärdering.metod'],
    [
      'a short text (up to 500)',
      'innehåll: Drop-in och',
      'innehåll: Drop\u200b-in och',
      '97:67-97:68 /samtidighet/tillfällen/1/innehåll samtidighet.tillfällen[2].innehåll',
    ],
    [
      'a text with no stated length',
      '    anställd_av: kommun',
      '    anställd_av: kom\u200bmun',
      '135:21-135:22 /organisation/samordnare/anställd_av organisation.samordnare.anställd_av',
    ],
  ])('in %s it is an error', (_, from, to, where) => {
    expect(sv(edit(from, to))).toEqual([
      `text.invisible fel ${where} innehåller ett osynligt tecken (U+200B, blanksteg med noll bredd) som inte syns men gör texten olik den som ser likadan ut; ta bort det.`,
    ]);
  });
  it('a direction-changing character is said to move the text, in Swedish and in English', () => {
    const text = edit('  namn: Familjecentralen Solrosen', '  namn: Familjecentralen\u202e Solrosen');
    expect(sv(text)).toEqual([
      'text.invisible fel 24:25-24:26 /familjecentral/namn familjecentral.namn innehåller ett osynligt tecken (U+202E, höger-till-vänster-åsidosättning) som kan vända eller flytta texten runt det så att den visas annorlunda än den lyder; ta bort det.',
    ]);
    expect(en(text).map((d) => d.split(' /familjecentral/namn ')[1])).toEqual([
      'familjecentral.namn contains an invisible character (U+202E, right-to-left override) that can reverse or move the text around it so that it shows differently from what it says; remove it.',
    ]);
  });
});

describe('a time written with a dot, or a bare hour', () => {
  const från = (to: string) => edit('torsdag, från: "08:00", till: "12:00" }', `torsdag, från: ${to}, till: "12:00" }`);
  const at = ['basverksamheter', 0, 'närvaro', 2, 'från'] as const;
  it.each([
    ['08.00', '08:00'],
    ['8.30', '8:30'],
    ['"24.00"', '24:00'],
  ])('%s is the time %s', (written, meant) => {
    expect(readAt(från(written), ...at).value).toBe(meant);
  });
  it.each([
    ['8', '63:31-63:32'],
    ['25.00', '63:31-63:36'],
  ])('%s is no time, told where it stands', (written, where) => {
    expect(sv(från(written))).toEqual([
      `value.bare-hour fel ${where} /basverksamheter/0/närvaro/2/från "${written}" är inte en tid för basverksamheter[1].närvaro[3].från; ange tid som 08.00 eller 08:00.`,
    ]);
  });
});

describe('numbers written the Swedish way', () => {
  const grad = (to: string) => edit('tjänstgöringsgrad: 0.8 }', `tjänstgöringsgrad: ${to} }`);
  const at = ['basverksamheter', 0, 'bemanning', 0, 'tjänstgöringsgrad'] as const;
  it.each([
    ['-0,5', -0.5, false],
    ['"0,8"', 0.8, true],
  ])('%s in a number field is %s', (written, meant, valid) => {
    expect(readAt(grad(written), ...at)).toEqual({ valid, value: meant });
  });
  it.each([
    ['2,0', true, 2],
    ['1000 000', false, '1000 000'],
  ])('version %s: valid %s, read as %j', (written, valid, meant) => {
    expect(readAt(edit('  version: 2', `  version: ${written}`), 'avtal', 'version')).toEqual({ valid, value: meant });
  });
  it('a decimal comma in a mapping of shares (any key) is read as the number', () => {
    const text = edit('    kostnadsfördelning: { region: 50, kommun: 50 }', '    kostnadsfördelning:\n      region: 49,5\n      kommun: 50,5');
    expect(readAt(text, 'organisation', 'samordnare', 'kostnadsfördelning')).toEqual({ valid: true, value: { region: 49.5, kommun: 50.5 } });
  });
  it.each([
    ['12', '12'],
    ['0,5', '0,5'],
  ])('%s in a text field is the text as written', (written, meant) => {
    expect(readAt(edit('    metod: KAFO', `    metod: ${written}`), 'gemensamt_ansvar', 'utvärdering', 'metod')).toEqual({ valid: true, value: meant });
  });
});

describe('an invisible character in a key', () => {
  it.each([
    ['at the top', 'ramverk: skane-2018\n', 'ramverk: skane-2018\nx\u200by: 1\n', '10:2-10:3 /x\u200by x\u200by'],
    ['in a section', '  adress: Storgatan 1', '  adr\u200bess: Storgatan 1', '27:6-27:7 /familjecentral/adr\u200bess familjecentral.adr\u200bess'],
  ])('%s is an error at the character, named by its path', (_, from, to, where) => {
    expect(sv(edit(from, to)).filter((d) => d.startsWith('text.invisible'))).toEqual([
      `text.invisible fel ${where} innehåller ett osynligt tecken (U+200B, blanksteg med noll bredd) som inte syns men gör texten olik den som ser likadan ut; ta bort det.`,
    ]);
  });
});
