/**
 * Officer-proof input (issue 12, issue 14 items 2–4), through the real CLI:
 * each mistake an officer makes gets one Swedish message at the right line and
 * column saying what to do (exit 1), and each Swedish habit that can mean only
 * one thing is accepted as what was meant (exit 0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgreementBytes, validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS, cli, lineOf, mutate, tempDir } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);

const BESKRIVNING = 'beskrivning: Verksamheterna delar entré, väntrum och lekhall på plan 1.';
const MONDAY = '{ dag: måndag, från: "08:00", till: "16:30" }\n      - { dag: tisdag, från: "08:00", till: "16:30" }\n      - { dag: torsdag';
const line = (text: string, needle: string) => lineOf(text, needle);
const col = (text: string, needle: string, at = needle) => {
  const l = text.split('\n')[lineOf(text, needle) - 1]!;
  return l.indexOf(at) + 1;
};

interface Case {
  file: string;
  text: string | Uint8Array;
  /** The whole line `validate` prints for the one mistake. */
  expected: string;
}

function cases(): Case[] {
  const t = (file: string, text: string, expected: (text: string) => string): Case => ({ file, text, expected: `${file}:${expected(text)}` });
  return [
    t(
      'kommentar.yaml',
      mutate(EXAMPLE, BESKRIVNING, 'beskrivning: Gemensam entré i hus #2, väntrum och lekhall.'),
      (x) =>
        `${line(x, 'hus #2')}:${col(x, 'hus #2', '#')}  Texten efter # räknas som kommentar och kommer inte med i avtalet (familjecentral.lokaler.beskrivning slutar vid "Gemensam entré i hus"); sätt texten inom citattecken.  (/familjecentral/lokaler/beskrivning)`,
    ),
    t(
      'indrag-mindre.yaml',
      mutate(EXAMPLE, '  beslutat: 2025-11-14', ' beslutat: 2025-11-14'),
      (x) =>
        `${line(x, ' beslutat:')}:2  Rad ${line(x, ' beslutat:')} är indragen fel: den ska börja i kolumn 3 (2 mellanslag), som rad ${line(x, '  id: eslov')} i samma avsnitt.`,
    ),
    t(
      'indrag-mer.yaml',
      mutate(EXAMPLE, '  beslutat: 2025-11-14', '   beslutat: 2025-11-14'),
      (x) =>
        `${line(x, '   beslutat:')}:4  Rad ${line(x, '   beslutat:')} är indragen fel: den ska börja i kolumn 3 (2 mellanslag), som rad ${line(x, '  id: eslov')} i samma avsnitt.`,
    ),
    t(
      'kolon.yaml',
      mutate(EXAMPLE, BESKRIVNING, 'beskrivning: Öppet: måndag–fredag'),
      (x) =>
        `${line(x, 'Öppet:')}:${col(x, 'Öppet:', ': måndag')}  Texten på rad ${line(x, 'Öppet:')} innehåller ett kolon följt av mellanslag, som YAML läser som en ny nyckel; sätt hela texten efter beskrivning: inom citattecken, t.ex. beskrivning: "Öppet: måndag–fredag".`,
    ),
    t(
      'citat.yaml',
      mutate(EXAMPLE, 'kommun: Eslöv', 'kommun: "Eslöv" kommun'),
      (x) =>
        `${line(x, '"Eslöv" kommun')}:11  Texten efter kommun: på rad ${line(x, '"Eslöv" kommun')} börjar med ett citattecken ("), så YAML läser bara fram till nästa "; sätt hela texten inom citattecken av den andra sorten ('…') eller börja inte texten med ".`,
    ),
    t(
      'stycke.yaml',
      mutate(EXAMPLE, BESKRIVNING, 'beskrivning: Verksamheterna delar entré.\nVäntrummet är stort, och lekhallen ligger på plan 1.'),
      (x) =>
        `${line(x, 'Väntrummet')}:1  Rad ${line(x, 'Väntrummet')} är text utan nyckel, troligen ett inklistrat stycke som hör till beskrivning på rad ${line(x, 'beskrivning: Verksamheterna delar entré.')}; skriv beskrivning: | och dra in varje rad av texten så att den börjar i kolumn 7.`,
    ),
    t(
      'tabb.yaml',
      mutate(EXAMPLE, '  kommun: Eslöv', '\tkommun: Eslöv'),
      (x) =>
        `${line(x, '\tkommun')}:1  Rad ${line(x, '\tkommun')} är indragen med tabbtecken; YAML kräver mellanslag. Ersätt tabbarna med mellanslag (två per nivå).`,
    ),
    t(
      'kolon-saknas.yaml',
      mutate(EXAMPLE, 'kommun: Eslöv', 'kommun Eslöv'),
      (x) => `${line(x, 'kommun Eslöv')}:9  Kolon saknas efter nyckeln kommun på rad ${line(x, 'kommun Eslöv')}; skriv kommun: Eslöv`,
    ),
    t(
      'lista.yaml',
      mutate(EXAMPLE, '  - Fler familjer med behov', '   - Fler familjer med behov'),
      (x) =>
        `${line(x, '   - Fler')}:4  Listposten på rad ${line(x, '   - Fler')} står inte i linje med listan: börja raden med "-" i kolumn 3, som på rad ${line(x, '   - Fler') - 1}. Annars läses den som en fortsättning av texten ovanför.`,
    ),
    t(
      'dubbel.yaml',
      mutate(EXAMPLE, '\nsekretess:', '\ntvist: Parterna löser tvister genom dialog.\nsekretess:'),
      (x) =>
        `${
          x.split('\n').lastIndexOf(
            x
              .split('\n')
              .filter((l) => l.startsWith('tvist:'))
              .at(-1)!,
          ) + 1
        }:1  Nyckeln "tvist" står två gånger i samma avsnitt; ta bort den ena eller slå ihop dem.`,
    ),
    t(
      'tid.yaml',
      mutate(EXAMPLE, MONDAY, MONDAY.replace('från: "08:00", till: "16:30" }\n      - { dag: tisdag', 'från: 8, till: "16:30" }\n      - { dag: tisdag')),
      (x) =>
        `${line(x, 'från: 8,')}:${col(x, 'från: 8,', '8,')}  "8" är inte en tid för basverksamheter[1].närvaro[1].från; ange tid som 08.00 eller 08:00.  (/basverksamheter/0/närvaro/0/från)`,
    ),
    // The same override written as a YAML escape must not slip past on the fast reader.
    t(
      'bidi-escape.yaml',
      'ramverk: skane-2018\navtal:\n  id: fyren\nfamiljecentral:\n  namn: "Familjecentralen \\u202eFyren"\n',
      () =>
        `5:9  familjecentral.namn innehåller ett osynligt tecken (U+202E, höger-till-vänster-åsidosättning) som kan vända eller flytta texten runt det så att den visas annorlunda än den lyder; ta bort det.  (/familjecentral/namn)`,
    ),
    t(
      'ar.yaml',
      mutate(EXAMPLE, 'beslutat: 2025-11-14', 'beslutat: 0025-11-14'),
      (x) =>
        `${line(x, '0025-11-14')}:13  Året i "0025-11-14" för avtal.beslutat ligger utanför 1900–2199; skriv hela året med fyra siffror, t.ex. 2025-11-14.  (/avtal/beslutat)`,
    ),
    t(
      'kommun.yaml',
      mutate(EXAMPLE, 'kommun: Eslöv', 'kommun: Hörr'),
      (x) =>
        `${line(x, 'kommun: Hörr')}:11  Okänd kommun "Hörr" i Skåne län; skriv kommunens namn utan "kommun", t.ex. "Höör". — menade du "Höör"?  (/familjecentral/kommun)`,
    ),
    t(
      'bidi.yaml',
      mutate(EXAMPLE, 'namn: Familjecentralen Solrosen', 'namn: Familjecentralen \u202eSolrosen'),
      (x) =>
        `${line(x, '\u202eSolrosen')}:${col(x, '\u202eSolrosen', '\u202e')}  familjecentral.namn innehåller ett osynligt tecken (U+202E, höger-till-vänster-åsidosättning) som kan vända eller flytta texten runt det så att den visas annorlunda än den lyder; ta bort det.  (/familjecentral/namn)`,
    ),
    {
      file: 'ansi.yaml',
      text: new Uint8Array([...enc('ramverk: skane-2018\nfamiljecentral:\n  kommun: Esl'), 0xf6, 0x76, 0x0a]),
      expected:
        'ansi.yaml:3:14  Filen är sparad som ANSI (Windows-1252), så "ö" och andra tecken kan inte läsas; spara den som UTF-8 (i Anteckningar: Arkiv > Spara som > Kodning: UTF-8).',
    },
  ];
}

describe('one Swedish message per mistake, at its line and column (CLI)', () => {
  const all = cases();
  const dir = tempDir();
  for (const c of all) writeFileSync(join(dir, c.file), c.text);
  const r = cli(['validate', ...all.map((c) => c.file)], { cwd: dir });
  const out = r.stdout.split('\n');

  it('exits 1 and prints exactly one line per file, in Swedish, with no parser English', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    for (const c of all)
      expect(
        out.filter((l) => l.startsWith(`${c.file}:`)),
        c.file,
      ).toHaveLength(1);
    expect(r.stdout).not.toMatch(/mapping|implicit|Nested|Unexpected|must|column|YAML syntax/i);
    expect(out.at(-2)).toBe(`${all.length} filer: 0 giltiga, ${all.length} ogiltiga (${all.length} fel).`);
  });

  it.each(all.map((c) => [c.file, c] as const))('%s', (_name, c) => {
    expect(out).toContain(c.expected);
  });

  it('says the same in English with --lang en', () => {
    const en = cli(['validate', '--lang', 'en', 'kommentar.yaml', 'indrag-mindre.yaml', 'tid.yaml'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      'The text after # counts as a comment and is left out of the agreement (familjecentral.lokaler.beskrivning ends at "Gemensam entré i hus"); put the text in quotes.',
    );
    expect(en.stdout).toMatch(/Line \d+ is indented wrongly: it should start in column 3 \(2 spaces\), like line \d+ in the same section\./);
    expect(en.stdout).toContain('is not a time for basverksamheter[1].närvaro[1].från; write the time as 08.00 or 08:00.');
  });
});

describe('Swedish forms and saved files, accepted as meant (CLI, exit 0)', () => {
  it('0,8 in a { … } line and in a block, 08.00, ja/nej, a BOM, CRLF and NFD keys', () => {
    let text = mutate(EXAMPLE, '{ yrke: barnmorska, tjänstgöringsgrad: 0.8 }', '{ yrke: barnmorska, tjänstgöringsgrad: 0,8 }');
    text = mutate(text, MONDAY, MONDAY.replace('från: "08:00", till: "16:30" }\n      - { dag: tisdag', 'från: 08.00, till: 16.30 }\n      - { dag: tisdag'));
    text = mutate(text, 'gemensam_entré: true', 'gemensam_entré: ja');
    text = mutate(text, '    från: 2026-01-01', '    fra\u030an: 2026-01-01');
    const dir = tempDir();
    writeFileSync(join(dir, 'svenska.yaml'), '\ufeff' + text.replace(/\n/g, '\r\n'));
    const r = cli(['validate', 'svenska.yaml'], { cwd: dir });
    expect(r.stdout).toBe('1 fil: 1 giltig, 0 ogiltiga (0 fel).\n');
    expect(r.code).toBe(0);
    // …and each means what the officer meant.
    const v = validateAgreementText(text);
    const a = v.agreement!;
    expect(a.basverksamheter[0]!.bemanning![0]!.tjänstgöringsgrad).toBe(0.8);
    expect(a.basverksamheter[1]!.närvaro![0]).toEqual({ dag: 'måndag', från: '08:00', till: '16:30' });
    expect(a.familjecentral.lokaler!.gemensam_entré).toBe(true);
    expect(a.avtal.giltighet.från).toBe('2026-01-01');
  });

  it('a number where text belongs is the text exactly as written', () => {
    const text = mutate(EXAMPLE, BESKRIVNING, 'beskrivning: 0112');
    const v = validateAgreementText(text);
    expect(v.diagnostics).toEqual([]);
    expect(v.agreement!.familjecentral.lokaler!.beskrivning).toBe('0112');
  });

  it('a decimal comma in a cost share: { region: 50,5, kommun: 49,5 }', () => {
    const text = mutate(EXAMPLE, 'kostnadsfördelning: { region: 50, kommun: 50 }', 'kostnadsfördelning: { region: 50,5, kommun: 49,5 }');
    const v = validateAgreementText(text);
    expect(v.diagnostics).toEqual([]);
    expect(v.agreement!.organisation!.samordnare!.kostnadsfördelning).toEqual({ region: 50.5, kommun: 49.5 });
  });

  it('old-Mac CR line ends are an agreement, not an empty file', () => {
    const v = validateAgreementBytes(enc(EXAMPLE.replace(/\n/g, '\r')));
    expect(v.diagnostics).toEqual([]);
    expect(v.valid).toBe(true);
  });

  it('zero-width space in prose is a warning with its place; the agreement stays valid', () => {
    const text = mutate(EXAMPLE, BESKRIVNING, 'beskrivning: Verksamheterna\u200b delar entré.');
    const v = validateAgreementText(text);
    expect(v.valid).toBe(true);
    expect(v.diagnostics).toHaveLength(1);
    expect(v.diagnostics[0]).toMatchObject({ code: 'text.invisible', severity: 'varning', position: { line: lineOf(text, 'Verksamheterna\u200b'), col: 32 } });
  });

  it('a bidi control in a key or an id is an error', () => {
    const key = validateAgreementText(EXAMPLE + 'x\u2066: 1\n');
    expect(key.diagnostics.map((d) => d.code)).toContain('text.invisible');
    const id = validateAgreementText(mutate(EXAMPLE, 'id: eslov-solrosen', 'id: eslov-\u200bsolrosen'));
    expect(id.diagnostics.find((d) => d.code === 'text.invisible')?.severity).toBe('fel');
  });
});

describe('documented codes', () => {
  it('docs/koder.md names every code the reader and validator can give', async () => {
    const { MESSAGES } = await import('../src/core/messages.js');
    const doc = readFileSync(join(AGREEMENTS, '../docs/koder.md'), 'utf8');
    for (const code of Object.keys(MESSAGES)) expect(doc, code).toContain(`\`${code}\``);
  });
});

describe('text lost to # wherever free text stands', () => {
  it('in a list of goals; and a colon in such text is named as what it is', () => {
    const text = mutate(EXAMPLE, '  - Fler familjer med behov', '  - Mål för 2026: hembesök i hus #2 och fler familjer med behov');
    const v = validateAgreementText(text);
    expect(v.diagnostics.map((d) => [d.code, d.position?.line, d.position?.col])).toEqual([
      ['yaml.colon-in-text', lineOf(text, 'hus #2'), col(text, 'hus #2', ': hembesök')],
    ]);
    const plain = mutate(EXAMPLE, '  - Fler familjer med behov', '  - Hembesök i hus #2 och fler familjer med behov');
    expect(validateAgreementText(plain).diagnostics.map((d) => [d.code, d.position?.line, d.position?.col])).toEqual([
      ['value.inline-comment', lineOf(plain, 'hus #2'), col(plain, 'hus #2', '#')],
    ]);
  });

  it('not after ids, dates and allowed values, where # starts an ordinary comment', () => {
    expect(validateAgreementText(EXAMPLE).diagnostics).toEqual([]);
    expect(EXAMPLE).toMatch(/ramverk: skane-2018 +# /);
  });

  it('amounts grouped by spaces are numbers: kronor_per_år: 100 000', () => {
    const text = EXAMPLE + 'ersättning:\n  belopp:\n    - part: region\n      kronor_per_år: 100 000\n';
    const v = validateAgreementText(text);
    expect(v.diagnostics).toEqual([]);
    expect(v.agreement!.ersättning!.belopp![0]!.kronor_per_år).toBe(100000);
  });
});
