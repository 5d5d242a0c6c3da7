/**
 * The agreement document as legal staff use it: every part valid against
 * the ECMA-376 schemas; headings Word and LibreOffice see as an outline
 * (ODT `text:h` with outline levels, PDF bookmarks) numbered by their
 * styles; a table of contents field; a cover without header or footer; no
 * sentence said twice; the centre called what it is; waivers shown; and the
 * document to be signed made from an agreement nobody has signed yet.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/core/validate.js';
import type { Agreement } from '../src/core/model.js';
import { agreementBlocks, blockText, renderAgreement, type DocBlock } from '../src/render/index.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { AGREEMENTS, FIXTURES, ROOT, cli, mutate, tempDir } from './helpers.js';
import { convert } from './render-lo.js';

const TEMPLATES = loadTemplateTexts();
const EXAMPLES = readdirSync(AGREEMENTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const REAL = readdirSync(join(FIXTURES, 'real'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const AS_OF = '2026-03-01';
const FINAL = { ruleset: 'test', asOf: AS_OF, outcome: '0 fel' };

function agreementOf(text: string): Agreement {
  const r = validateAgreementText(text);
  if (!r.agreement) throw new Error(`fixture invalid: ${JSON.stringify(r.diagnostics)}`);
  return r.agreement;
}
const example = (f: string) => agreementOf(readFileSync(join(AGREEMENTS, f), 'utf8'));

/** Eslöv with every optional clause the format has: short names, decisions, nature, compensation, annexes, waivers … */
function everyClause(): Agreement {
  const a = example('eslov-solrosen.yaml');
  return {
    ...a,
    parter: a.parter.map((p, i) =>
      i === 0
        ? {
            ...p,
            kortnamn: 'Region Skåne',
            beslut: { organ: 'Hälso- och sjukvårdsnämnden', datum: '2025-11-14', paragraf: '§ 112', diarienummer: 'RS 2025/118' },
          }
        : { ...p, beslut: { organ: 'Socialnämnden', datum: '2025-11-12', paragraf: '§ 87' } },
    ),
    avtalets_art: 'Avtalet är ett samverkansavtal mellan två huvudmän och reglerar inte anställningar eller upphandling.',
    omorganisation: 'Om en parts ansvar flyttas till en annan nämnd övertar den nämnden partens åtaganden enligt avtalet.',
    hävning: 'En part får häva avtalet om den andra parten väsentligt bryter mot det och inte rättar sig inom 30 dagar.',
    dialog: 'Parternas kontaktpersoner möts två gånger per år för att följa upp avtalet.',
    ersättning: {
      beskrivning: 'Kommunen ersätter Region Skåne för samordnarens lokal.',
      belopp: [{ part: 'kommun', kronor_per_år: 120000, avser: 'Lokalhyra för samordnaren' }],
      indexering: 'Beloppet räknas upp årligen med prisindex för kommunal verksamhet (PKV).',
      betalning: 'Betalning sker kvartalsvis mot faktura.',
    },
    bilagor: [{ titel: 'Verksamhetsplan 2026', beskrivning: 'fastställd av ledningsgruppen' }, { titel: 'Lokalförteckning' }],
    avvikelser: [
      { regel: 'skane.samtidighet', skäl: 'Mödrahälsovården flyttar in först i augusti 2026.', godkänd_av: 'Styrgruppen 2026-01-15', till: '2026-12-31' },
      { regel: 'gemensam.mal', skäl: 'Ett gammalt undantag.', godkänd_av: 'Styrgruppen', till: '2025-12-31' },
    ],
  } as Agreement;
}

const sentencesOf = (blocks: readonly DocBlock[]) =>
  blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'heading')
    .flatMap((b) => blockText(b).split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 12);

describe('the rendered documents in Word structure', () => {
  const dir = tempDir('samverkan-word-');
  const docs: { name: string; file: string; blocks: readonly DocBlock[]; agreement: Agreement }[] = [];

  beforeAll(async () => {
    const cases: [string, Agreement, boolean][] = [
      ...EXAMPLES.map((f): [string, Agreement, boolean] => [f.replace(/\.yaml$/, ''), example(f), false]),
      ['alla-klausuler', everyClause(), true],
      // Transcriptions of real agreements: three parties, steering groups, options to extend, much unknown.
      ...REAL.map((f): [string, Agreement, boolean] => [
        `real-${f.replace(/\.yaml$/, '')}`,
        agreementOf(readFileSync(join(FIXTURES, 'real', f), 'utf8')),
        false,
      ]),
    ];
    for (const [name, a, final] of cases) {
      const options = { templates: TEMPLATES, asOf: AS_OF, ...(final ? { final: FINAL } : {}) };
      const r = await renderAgreement(a, options);
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, r.bytes!);
      docs.push({ name, file, blocks: agreementBlocks(a, options), agreement: a });
    }
  });

  it('validates every XML part of every document against the ECMA-376 transitional schemas', () => {
    const r = spawnSync('/usr/bin/python3', [join(ROOT, '../shared/ooxml/validate.py'), ...docs.map((d) => d.file)], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('total errors 0');
    expect(r.status).toBe(0);
  });

  it('numbers headings by their styles, with outline levels LibreOffice reads (ODT text:h, PDF bookmarks)', () => {
    const odt = convert(
      docs.map((d) => d.file),
      'odt',
    );
    for (const d of docs) {
      const content = new PizZip(readFileSync(join(odt, `${d.name}.odt`))).file('content.xml')!.asText();
      const headings = d.blocks.filter((b) => b.kind === 'heading');
      const level = (n: number) => (content.match(new RegExp(`<text:h [^>]*text:outline-level="${n}"`, 'g')) ?? []).length;
      expect(level(1), d.name).toBe(headings.filter((h) => h.level === 1).length);
      expect(level(2), d.name).toBe(headings.filter((h) => h.level === 2).length);
      expect(content, d.name).toContain('>Underskrifter<');
    }
    const styles = new PizZip(readFileSync(docs[0]!.file)).file('word/styles.xml')!.asText();
    for (const id of ['Heading1', 'Heading2']) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toMatch(/<w:numPr><w:ilvl w:val="\d"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
      expect(style, id).toContain(`<w:outlineLvl w:val="${id === 'Heading1' ? 0 : 1}"/>`);
    }
    const numId = /styleId="Heading1">.*?<w:numId w:val="(\d+)"/.exec(styles)![1];
    expect(new PizZip(readFileSync(docs[0]!.file)).file('word/numbering.xml')!.asText()).toContain(`<w:num w:numId="${numId}">`);
  });

  it('writes a table of contents field listing the numbered headings in long documents', () => {
    const long = docs.filter((d) => d.blocks.some((b) => b.kind === 'toc'));
    expect(long.length).toBeGreaterThanOrEqual(6); // every example of five pages or more
    for (const d of docs.filter((x) => !long.includes(x))) expect(new PizZip(readFileSync(d.file)).file('word/document.xml')!.asText()).not.toContain(' TOC ');
    for (const d of long) {
      const xml = new PizZip(readFileSync(d.file)).file('word/document.xml')!.asText();
      expect(xml, d.name).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/>');
      expect(xml, d.name).toContain('TOC \\o &quot;1-2&quot;');
      const toc = d.blocks.find((b) => b.kind === 'toc');
      expect(toc?.kind === 'toc' && toc.entries.some((e) => e.level === 2 && /^\d+\.1$/.test(e.number)), d.name).toBe(true);
    }
  });

  it('puts no header or footer on the cover and names the centre and version in the header, never the id', () => {
    for (const d of docs) {
      const zip = new PizZip(readFileSync(d.file));
      const xml = zip.file('word/document.xml')!.asText();
      expect(xml, d.name).toContain('<w:titlePg/>');
      expect(xml).toMatch(/<w:headerReference w:type="first" r:id="rId\d+"\/>/);
      const headers = zip.file(/word\/header\d\.xml/).map((f) => f.asText());
      const text = headers.join(' ');
      expect(text, d.name).toContain('lokalt samverkansavtal');
      const a = d.agreement;
      expect(text, d.name).toContain(a.familjecentral.namn);
      expect(text, d.name).not.toContain(`>${a.avtal.id}`);
    }
  });

  it('states no sentence twice', () => {
    for (const d of docs) {
      const seen = new Map<string, number>();
      for (const s of sentencesOf(d.blocks)) seen.set(s, (seen.get(s) ?? 0) + 1);
      expect(
        [...seen].filter(([, n]) => n > 1).map(([s]) => s),
        d.name,
      ).toEqual([]);
    }
  });

  it('sizes table columns to their content and leaves out empty columns', () => {
    for (const d of docs) {
      for (const t of d.blocks.filter((b) => b.kind === 'table')) {
        if (t.kind !== 'table') continue;
        t.header.forEach((h, i) => {
          expect(
            t.rows.some((r) => r.cells[i]!.some((l) => l.trim() !== '')),
            `${d.name} ${t.key} ${h}`,
          ).toBe(true);
        });
        expect(t.widths.reduce((x, y) => x + y, 0)).toBe(9070);
      }
    }
    const gbg = docs.find((d) => d.name === 'goteborg-kastanjen')!.blocks.find((b) => b.key === 'ledningsgrupp/tabell');
    expect(gbg?.kind === 'table' && gbg.header).toEqual(['Verksamhet', 'Roll']);
  });
});

describe('the words of the agreement', () => {
  const text = (a: Agreement, final = false) =>
    agreementBlocks(a, { templates: TEMPLATES, asOf: AS_OF, ...(final ? { final: FINAL } : {}) })
      .map(blockText)
      .join('\n');

  it('calls a familjecentralsliknande verksamhet "verksamheten", never "familjecentralen"', () => {
    for (const f of ['boras-regnbagen.yaml', 'karlskoga-tallen.yaml', 'trelleborg-anderslov.yaml']) {
      const t = text(example(f));
      expect(t, f).toContain('nedan kallad verksamheten.');
      expect(t, f).not.toMatch(/\bfamiljecentralen(s)?\b/);
    }
    expect(text(example('eslov-solrosen.yaml'))).toContain('nedan kallad familjecentralen.');
  });

  it('defines short names for the parties and uses them after the parties clause', () => {
    const t = text(example('eslov-solrosen.yaml'));
    expect(t).toContain('Region Skåne, organisationsnummer 232100-0255, genom Hälso- och sjukvårdsnämnden, nedan kallad Regionen');
    expect(t).toContain('nedan kallad Kommunen');
    expect(t).toContain('Regionens åtaganden');
    expect(t).toContain('Kostnaden för samordnaren fördelas med 50\u00a0% för Regionen och 50\u00a0% för Kommunen.');
    const given = text(everyClause());
    expect(given).not.toContain('nedan kallad Regionen');
    expect(given).toContain('Region Skånes åtaganden');
  });

  it("merges the drafter's text with the structured facts instead of printing both", () => {
    const t = text(example('goteborg-kastanjen.yaml'));
    expect(t).toContain('Samverkan utvärderas vart tredje år med självreflektionsinstrumentet.');
    expect(t).not.toContain('Utvärderingen görs med');
    expect(t).not.toContain('Verksamheterna har gemensam entré.');
    expect(t).not.toContain('Familjecentralen har ett brukarråd.');
    expect(t).toContain('minst nio timmar per vecka');
  });

  it('renders the optional clauses when present, the annexes after the signatures, and the applying waivers', () => {
    const blocks = agreementBlocks(everyClause(), { templates: TEMPLATES, asOf: AS_OF, final: FINAL });
    const t = blocks.map(blockText).join('\n');
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    for (const h of ['Avtalets art och omfattning', 'Ersättning och betalning', 'Omorganisation', 'Hävning', 'Dialog mellan parterna', 'Godkända avvikelser'])
      expect(headings).toContain(h);
    expect(t).toContain('Hälso- och sjukvårdsnämnden beslutade den 14 november 2025 (§ 112, dnr RS 2025/118) att Region Skåne ska ingå avtalet.');
    expect(t).toContain('Kommunen betalar 120\u00a0000 kronor per år för lokalhyra för samordnaren.');
    expect(t).toContain('Till avtalet hör två bilagor, som förtecknas efter underskrifterna.');
    const signatures = blocks.findIndex((b) => b.kind === 'signatures');
    const annex = blocks.findIndex((b) => blockText(b).startsWith('Bilaga 1'));
    expect(annex).toBeGreaterThan(signatures);
    expect(blockText(blocks[annex]!)).toBe('Bilaga 1\u2003Verksamhetsplan 2026 – fastställd av ledningsgruppen');
    const waivers = blocks.find((b) => b.key === 'avvikelser/tabell');
    expect(waivers?.kind).toBe('table');
    if (waivers?.kind !== 'table') return;
    expect(waivers.header).toEqual(['Åtagande', 'Skäl', 'Godkänd av', 'Gäller till']);
    expect(waivers.rows).toHaveLength(1); // the one that ran out is not listed
    expect(waivers.rows[0]!.cells.flat()).toEqual([
      'Samtidighet varje vecka',
      'Mödrahälsovården flyttar in först i augusti 2026.',
      'Styrgruppen 2026-01-15',
      '31 december 2026',
    ]);
    expect(text(example('eslov-solrosen.yaml'))).not.toContain('Godkända avvikelser');
  });

  it('treats a section written as text ("ingår inte", "uppgift saknas") as absent', () => {
    const a = { ...example('eslov-solrosen.yaml'), organisation: 'uppgift saknas', samtidighet: 'ingår inte', sekretess: 'ingår inte' } as unknown as Agreement;
    const t = text(a);
    expect(t).not.toContain('Samtidighet');
    expect(t).not.toContain('Ledningsgrupp');
    expect(t).not.toContain('Sekretess och personuppgifter');
    expect(t).not.toMatch(/ingår inte|uppgift saknas/);
  });

  it('renders an agreement of which only the name is known, without inventing facts', async () => {
    const bare = { ramverk: 'vg-2024', avtal: { id: 'okand' }, familjecentral: { namn: 'Familjecentralen X' } } as unknown as Agreement;
    const r = await renderAgreement(bare, { templates: TEMPLATES, asOf: AS_OF });
    expect(r.templateProblems).toEqual([]);
    expect(r.bytes).toBeDefined();
    const t = text(bare);
    expect(t).toContain('Avtalet gäller Familjecentralen X, nedan kallad verksamheten.');
    expect(t).not.toContain('är en verksamhet');
    expect(t).not.toContain('Tabellen visar');
    expect(t).not.toMatch(/ i ,|den \.|ingår \./);
  });

  it('gives signature blocks with name and title and empty lines for place, date and signature, draft or final', () => {
    for (const final of [false, true]) {
      const t = text(example('eslov-solrosen.yaml'), final);
      expect(t).toContain('För Region Skåne\nOrt: ____');
      expect(t).toContain('Datum: ____');
      expect(t).toContain('Anna Andersson\nOmrådeschef');
      expect(t).not.toContain('Lund den 1 december 2025');
      expect(t).not.toContain('Detta avtal har ingåtts');
    }
    expect(text(example('eslov-solrosen.yaml'), true)).toContain('För underskrift');
  });
});

describe('render --slutlig', () => {
  it('makes the document to be signed from an agreement nobody has signed yet', () => {
    const dir = tempDir('samverkan-final-');
    const yaml = mutate(
      readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8'),
      '  - { part: region, namn: Anna Andersson, titel: Områdeschef, ort: Lund, datum: 2025-12-01 }\n  - { part: kommun, namn: Bertil Berg, titel: Förvaltningschef, ort: Eslöv, datum: 2025-12-03 }',
      '  - { part: region, namn: Anna Andersson, titel: Områdeschef }\n  - { part: kommun, namn: Bertil Berg, titel: Förvaltningschef }',
    );
    writeFileSync(join(dir, 'osignerat.yaml'), yaml);
    const r = cli(['render', join(dir, 'osignerat.yaml'), '-o', join(dir, 'ut'), '--slutlig', '--as-of', '2026-03-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('slutlig version');
    const xml = new PizZip(readFileSync(join(dir, 'ut', 'eslov-solrosen.docx'))).file('word/document.xml')!.asText();
    expect(xml).toContain('För underskrift');
    expect(xml).toContain('Ort: ____');
  });
});
