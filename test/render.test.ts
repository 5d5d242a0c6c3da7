/**
 * render: every shipped example becomes a .docx that LibreOffice opens and
 * that reads as the agreement; re-rendering gives the same bytes; hostile
 * text survives; an edited output is never overwritten without --force.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/core/validate.js';
import type { Agreement } from '../src/core/model.js';
import { clearFastWriter, renderAgreement, templateSet } from '../src/render/index.js';
import { swedishDate, swedishList, swedishNumber } from '../src/render/format.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { AGREEMENTS, cli, cliInProcess, tempDir } from './helpers.js';
import { convert, pdfPages, pdfText } from './render-lo.js';

const EXAMPLES = readdirSync(AGREEMENTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const ESLOV = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const TEMPLATES = loadTemplateTexts();

function agreementOf(text: string): Agreement {
  const r = validateAgreementText(text);
  if (!r.agreement) throw new Error(`fixture invalid: ${JSON.stringify(r.diagnostics)}`);
  return r.agreement;
}

function mutate(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`fixture: "${from}" must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('Swedish typography', () => {
  it('writes dates, numbers and lists the Swedish way', () => {
    expect(swedishDate('2026-01-01')).toBe('1 januari 2026');
    expect(swedishDate('2025-12-31')).toBe('31 december 2025');
    expect(swedishNumber(0.5)).toBe('0,5');
    expect(swedishNumber(1.25)).toBe('1,25');
    expect(swedishList(['a', 'b', 'c'])).toBe('a, b och c');
    expect(swedishList(['a', 'b'], 'eller')).toBe('a eller b');
  });
});

describe('render: every shipped example, opened in LibreOffice', () => {
  const out = tempDir('samverkan-render-');
  let run: ReturnType<typeof cli>;
  let pdfDir: string;

  beforeAll(() => {
    run = cli(['render', AGREEMENTS, '-o', out, '--as-of', '2026-03-01']);
    pdfDir = convert(
      EXAMPLES.map((f) => join(out, `${agreementOf(readFileSync(join(AGREEMENTS, f), 'utf8')).avtal.id}.docx`)),
      'pdf',
    );
  }, 180_000);

  it('renders them all as drafts', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const f of EXAMPLES) expect(run.stdout).toContain(`${f} → `);
  });

  it.each(EXAMPLES)('%s reads as the agreement', (file) => {
    const a = agreementOf(readFileSync(join(AGREEMENTS, file), 'utf8'));
    const pdf = join(pdfDir, `${a.avtal.id}.pdf`);
    const text = pdfText(pdf);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(2);
    // The cover has no header or footer; the pages after it do.
    expect(text).not.toContain(`Sida 1 av ${pages}`);
    expect(text).toContain(`Sida 2 av ${pages}`);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    expect(text).toContain(`${a.familjecentral.namn} – lokalt samverkansavtal, version ${a.avtal.version}`);
    expect(text).not.toContain(a.avtal.id);
    expect(text).toContain('UTKAST 1 mars 2026');
    expect(text).toContain(a.familjecentral.namn);
    for (const p of a.parter) {
      expect(text).toContain(p.organisation);
      expect(text).toContain(`För ${p.organisation}`); // a signature block per party
    }
    for (const s of a.underskrifter ?? []) expect(text).toContain(s.namn);
    // Numbered headings in reading order.
    const headings = ['1 Parter', '2 Bakgrund och regional ram', '3 Syfte och mål', '4 Definitioner och verksamhetstyp'];
    let at = -1;
    for (const h of headings) {
      const i = text.indexOf(`${h}\n`);
      expect(i, h).toBeGreaterThan(at);
      at = i;
    }
    expect(text).toMatch(/\n\d+ Underskrifter\n/);
    expect(text).toMatch(/\n\d+\.1 /); // a numbered subsection
  });

  it('shows the Eslöv samtidighet schedule, commitments and signatures as a reader sees them', () => {
    // Prose wraps at the line's end: read it as one run of words.
    const text = pdfText(join(pdfDir, 'eslov-solrosen.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('7.1 Samtidighet');
    expect(text).toContain('Tisdag 09.00–12.00 Öppen verksamhet med föräldracafé');
    expect(text).toContain('Torsdag 09.00–12.00 Drop-in och tematräffar');
    expect(text).toContain('minst sex timmar per vecka');
    expect(text).toContain('6.1 Regionens åtaganden');
    expect(text).toContain('6.2 Kommunens åtaganden');
    expect(text).toContain('Regionen ansvarar för mödrahälsovård och barnhälsovård vid familjecentralen.');
    expect(text).toContain('Barnhälsovård Regionen Helt BVC-sjuksköterska 1,5');
    expect(text).toContain('Giltigt från 1 januari 2026 till 31 december 2028');
    expect(text).toContain('Ort: ____');
    expect(text).not.toContain('Lund den 1 december 2025');
    expect(text).toContain('Anna Andersson');
    expect(text).toContain('Kostnaden för samordnaren fördelas med 50 % för Regionen och 50 % för Kommunen');
    expect(text).toContain('uppsägningstid om sex månader');
    // The subsection numbering restarts under each section.
    expect(text).toContain('8.1 Ledningsgrupp');
  });

  it('gives byte-identical files on a second CLI run', () => {
    const again = tempDir('samverkan-render-again-');
    const r = cli(['render', AGREEMENTS, '-o', again, '--as-of', '2026-03-01']);
    expect(r.code).toBe(0);
    for (const f of readdirSync(out).filter((x) => x.endsWith('.docx'))) {
      expect(Buffer.compare(readFileSync(join(out, f)), readFileSync(join(again, f))), f).toBe(0);
    }
  });

  it('re-renders over its own unchanged files', () => {
    const r = cli(['render', AGREEMENTS, '-o', out, '--as-of', '2026-03-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('render: a large batch on all cores', () => {
  it('writes the same bytes with worker threads as in one thread, in input order', () => {
    const dir = tempDir('samverkan-batch-');
    const ids: string[] = [];
    for (let i = 1; i <= 14; i++) {
      ids.push(`eslov-solrosen-${String(i).padStart(2, '0')}`);
      writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.yaml`), mutate(ESLOV, 'id: eslov-solrosen', `id: ${ids[ids.length - 1]}`));
    }
    const pooled = cli(['render', '.', '-o', 'pool', '--as-of', '2026-03-01'], { cwd: dir });
    const single = cli(['render', '.', '-o', 'single', '--as-of', '2026-03-01'], { cwd: dir, env: { SAMVERKAN_THREADS: '1' } });
    expect(pooled.code).toBe(0);
    expect(single.code).toBe(0);
    expect(
      pooled.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' → ')[0]),
    ).toEqual(ids.map((_, i) => `a${String(i + 1).padStart(2, '0')}.yaml`));
    for (const id of ids) expect(Buffer.compare(readFileSync(join(dir, 'pool', `${id}.docx`)), readFileSync(join(dir, 'single', `${id}.docx`))), id).toBe(0);
  });
});

describe('render (library)', () => {
  it('is byte-identical across renders in one process', async () => {
    const a = agreementOf(ESLOV);
    const one = await renderAgreement(a, { templates: TEMPLATES, asOf: '2026-03-01' });
    const two = await renderAgreement(a, { templates: TEMPLATES, asOf: '2026-03-01' });
    expect(one.bytes).toBeDefined();
    expect(Buffer.compare(Buffer.from(one.bytes!), Buffer.from(two.bytes!))).toBe(0);
  });

  it("gives the same bytes for the process's first document (built by docx) and a later one (the fast writer)", async () => {
    const a = agreementOf(ESLOV);
    clearFastWriter();
    const fresh = await renderAgreement(a, { templates: TEMPLATES, asOf: '2026-03-01' });
    const cached = await renderAgreement(a, { templates: TEMPLATES, asOf: '2026-03-01' });
    expect(Buffer.compare(Buffer.from(fresh.bytes!), Buffer.from(cached.bytes!))).toBe(0);
    expect(new PizZip(Buffer.from(cached.bytes!)).file('word/styles.xml')!.asText()).toContain('w:styleId="Heading1"');
  });

  it('names the municipality as Swedish writes it', async () => {
    const karlskoga = agreementOf(readFileSync(join(AGREEMENTS, 'karlskoga-ekan.yaml'), 'utf8'));
    expect(await docxText((await renderAgreement(karlskoga, { templates: TEMPLATES, asOf: '2026-03-01' })).bytes!)).toContain(
      'en familjecentral i Karlskoga kommun,',
    );
  });

  it('sets the document properties: title, subject, language sv-SE, dates from the agreement', async () => {
    const r = await renderAgreement(agreementOf(ESLOV), { templates: TEMPLATES, asOf: '2026-03-01' });
    const core = new PizZip(Buffer.from(r.bytes!)).file('docProps/core.xml')!.asText();
    expect(core).toContain('<dc:title>Lokalt samverkansavtal för Familjecentralen Solrosen</dc:title>');
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-14T00:00:00Z</dcterms:created>');
    expect(core).toMatch(/<dc:subject>Samverkan mellan Region Skåne och Eslövs kommun/);
  });

  it('leaves out optional parts without empty headings, and numbers close up', async () => {
    let text = ESLOV;
    text = text.replace(/\nekonomi:\n( {2}.*\n)+/, '\n');
    text = mutate(text, '    beskrivning: Verksamheterna delar entré, väntrum och lekhall på plan 1.\n', '');
    text = mutate(text, '    gemensam_entré: true\n', '    gemensam_entré: false\n');
    const r = await renderAgreement(agreementOf(text), { templates: TEMPLATES, asOf: '2026-03-01' });
    const t = await docxText(r.bytes!);
    expect(t).not.toContain('Lokaler och kostnader');
    expect(t).toContain('Sekretess och personuppgifter');
    // No empty paragraph in the running text (tables aside).
    const body = new PizZip(Buffer.from(r.bytes!))
      .file('word/document.xml')!
      .asText()
      .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const empty = (body.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((p) => !/<w:t[ >]/.test(p));
    expect(empty).toEqual([]);
  });

  it('prints template-like values as text', async () => {
    const text = mutate(ESLOV, 'tvist: Tvister löses', 'tvist: "{{constructor.constructor}} {{> parter}} Tvister löses"\n#');
    const r = await renderAgreement(agreementOf(text), { templates: TEMPLATES, asOf: '2026-03-01' });
    expect(await docxText(r.bytes!)).toContain('{{constructor.constructor}} {{> parter}} Tvister löses');
  });

  it('refuses a template that names a key the model lacks, with its file and line', async () => {
    const broken = { ...TEMPLATES, 'skane-2018/bakgrund.hbs': 'Första raden.\n\n{{#if familjecentral.namnn}}x{{/if}}\n' };
    const problems = templateSet(broken).problems('skane-2018');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ template: 'skane-2018/bakgrund.hbs', line: 3, code: 'template.unknown-key' });
    expect(problems[0]!.message).toContain('"namnn"');
    expect(problems[0]!.message).toContain('menade du "namn"?');
    const r = await renderAgreement(agreementOf(ESLOV), { templates: broken, asOf: '2026-03-01' });
    expect(r.bytes).toBeUndefined();
    expect(r.templateProblems[0]!.line).toBe(3);
  });

  it('names the template line when an optional value is used without {{#if}} and is absent', async () => {
    const text = mutate(ESLOV, '  adress: Storgatan 1, 241 30 Eslöv\n', '');
    const broken = { ...TEMPLATES, 'partials/malgrupp.hbs': 'Rad ett.\n\nAdress: {{familjecentral.adress}}\n' };
    const r = await renderAgreement(agreementOf(text), { templates: broken, asOf: '2026-03-01' });
    expect(r.bytes).toBeUndefined();
    expect(r.templateProblems).toEqual([
      expect.objectContaining({
        code: 'template.runtime',
        template: 'partials/malgrupp.hbs',
        line: 3,
        message: expect.stringContaining('"adress" saknas i avtalet'),
      }),
    ]);
  });

  it('checks keys inside #each and partials against the item shape', () => {
    const broken = { ...TEMPLATES, 'partials/parter.hbs': '{{#each parter}}\n- {{organisation}} {{orgnr}}\n{{/each}}\n' };
    const problems = templateSet(broken).problems('vg-2024');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ template: 'partials/parter.hbs', line: 2 });
    expect(problems[0]!.message).toContain('"orgnr"');
  });
});

describe('render: hostile text', () => {
  it('survives & < > ", emoji, a 3,000-character word, control characters and template syntax', () => {
    const word = 'Å'.repeat(3000);
    let text = mutate(ESLOV, '  namn: Familjecentralen Solrosen\n', '  namn: "Familjecentralen <Solrosen> & \\"Co\\" 🌻\\x01\\x07"\n');
    text = mutate(text, 'tvist: Tvister löses', `tvist: "{{constructor.constructor}} ${word} Tvister\\u000b löses"\n#`);
    const dir = tempDir('samverkan-hostile-');
    writeFileSync(join(dir, 'hostile.yaml'), text);
    const r = cli(['render', 'hostile.yaml', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir });
    expect(r.code).toBe(0);
    const nameLine = text.split('\n').findIndex((l) => l.startsWith('  namn: "Familjecentralen')) + 1;
    expect(r.stderr).toContain(
      `hostile.yaml:${nameLine}:9  2 styrtecken som ett Word-dokument inte kan innehålla togs bort ur texten.  (/familjecentral/namn)`,
    );
    expect(r.stderr).toContain('1 styrtecken som ett Word-dokument inte kan innehålla togs bort ur texten.  (/tvist)');
    const txt = readFileSync(join(convert([join(dir, 'ut', 'eslov-solrosen.docx')], 'txt:Text'), 'eslov-solrosen.txt'), 'utf8');
    expect(txt).toContain('Familjecentralen <Solrosen> & "Co" 🌻');
    expect(txt).toContain(`{{constructor.constructor}} ${word} Tvister löses`);
  });
});

describe('render: nothing lost', () => {
  function renderInto(dir: string, extra: string[] = []) {
    return cliInProcess(['render', join(AGREEMENTS, 'eslov-solrosen.yaml'), '-o', 'ut', '--as-of', '2026-03-01', ...extra], { cwd: dir });
  }

  it('refuses to overwrite a file edited since, unless --force', async () => {
    const dir = tempDir('samverkan-edited-');
    expect((await renderInto(dir)).code).toBe(0);
    const target = join(dir, 'ut', 'eslov-solrosen.docx');
    const original = readFileSync(target);
    const seal = original.subarray(-81).toString('latin1');
    expect(seal).toMatch(/^samverkan:sha256:[0-9a-f]{64}$/);
    const zip = new PizZip(original);
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('Parter', 'Avtalsparter'));
    const edited = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE', comment: seal }); // edited, seal kept
    writeFileSync(target, edited);
    const refused = await renderInto(dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ut/eslov-solrosen.docx: filen har ändrats sedan samverkan skrev den (t.ex. i Word) och skrivs inte över');
    expect(Buffer.compare(readFileSync(target), edited)).toBe(0);
    const forced = await renderInto(dir, ['--force']);
    expect(forced.code).toBe(0);
    expect(Buffer.compare(readFileSync(target), edited)).not.toBe(0);
  });

  it('refuses to overwrite a file samverkan did not write', async () => {
    const dir = tempDir('samverkan-foreign-');
    expect((await renderInto(dir)).code).toBe(0);
    const target = join(dir, 'ut', 'eslov-solrosen.docx');
    const other = new PizZip();
    other.file('word/document.xml', '<w:document/>');
    writeFileSync(target, other.generate({ type: 'nodebuffer' })); // a .docx without samverkan's seal
    const r = await renderInto(dir, ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'ut/eslov-solrosen.docx: the file was not written by samverkan, or was saved again in Word or LibreOffice, and is not overwritten',
    );
  });

  it('names outputs by avtal.id only and reports invalid files with their place', async () => {
    const dir = tempDir('samverkan-invalid-');
    writeFileSync(join(dir, 'trasig.yaml'), mutate(ESLOV, 'samtidighet:', 'samtidhet:'));
    writeFileSync(join(dir, 'hel.yaml'), ESLOV);
    const r = await cliInProcess(['render', '.', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = ESLOV.split('\n').findIndex((l) => l.startsWith('samtidighet:')) + 1;
    expect(r.stderr).toContain(`trasig.yaml:${line}:1  Okänd nyckel "samtidhet".`);
    expect(r.stderr).toContain('trasig.yaml: ogiltigt avtal, inget dokument skrevs');
    expect(readdirSync(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);
  });

  it('gives a clear error for --pdf where LibreOffice is missing', () => {
    const dir = tempDir('samverkan-nopdf-');
    const r = cli(['render', join(AGREEMENTS, 'eslov-solrosen.yaml'), '-o', 'ut', '--pdf'], { cwd: dir, env: { SAMVERKAN_SOFFICE: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PDF kräver LibreOffice (soffice), som inte hittades');
    expect(readdirSync(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);
  });

  it('writes a PDF beside the document with --pdf', () => {
    const dir = tempDir('samverkan-pdf-');
    const r = cli(['render', join(AGREEMENTS, 'eslov-solrosen.yaml'), '-o', 'ut', '--pdf', '--as-of', '2026-03-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual(['eslov-solrosen.docx', 'eslov-solrosen.pdf']);
    expect(pdfText(join(dir, 'ut', 'eslov-solrosen.pdf'))).toContain('UTKAST 1 mars 2026');
    // The headings are PDF bookmarks ("1 Parter", UTF-16 in the outline's /Title).
    const pdf = readFileSync(join(dir, 'ut', 'eslov-solrosen.pdf')).toString('latin1');
    expect(pdf).toContain('/Outlines');
    const utf16 = (s: string) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('')}>`;
    expect(pdf).toContain(`/Title${utf16('1 Parter')}`);
  });
});

describe('render --slutlig', () => {
  it('renders the final version of an agreement that checks clean, recording the ruleset', async () => {
    const dir = tempDir('samverkan-final-');
    const r = await cliInProcess(['render', join(AGREEMENTS, 'eslov-solrosen.yaml'), '-o', 'ut', '--slutlig', '--as-of', '2026-03-01'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/slutlig version, granskad mot skane-2018@\d+/);
    const bytes = readFileSync(join(dir, 'ut', 'eslov-solrosen.docx'));
    const custom = new PizZip(bytes).file('docProps/custom.xml')!.asText();
    expect(custom).toContain('samverkan.regelverk');
    expect(custom).toMatch(/skane-2018@\d+/);
    expect(custom).toMatch(/0 fel/);
    const text = await docxText(bytes);
    expect(text).toContain('För underskrift');
    expect(text).not.toContain('UTKAST');
  });

  it('renders every shipped example that checks clean as final, and refuses the others by name', async () => {
    const dir = tempDir('samverkan-final-all-');
    const r = await cliInProcess(['render', AGREEMENTS, '-o', dir, '--slutlig', '--as-of', '2026-03-01']);
    const finals = EXAMPLES.filter((f) => r.stdout.includes(`${f} → `));
    const refused = EXAMPLES.filter((f) => r.stderr.includes(`${f}: kan inte bli slutlig version`));
    expect([...finals, ...refused].sort()).toEqual(EXAMPLES);
    expect(finals).toContain('eslov-solrosen.yaml');
    expect(r.code).toBe(refused.length > 0 ? 1 : 0);
    for (const f of finals) {
      const id = agreementOf(readFileSync(join(AGREEMENTS, f), 'utf8')).avtal.id;
      const custom = new PizZip(readFileSync(join(dir, `${id}.docx`))).file('docProps/custom.xml')!.asText();
      expect(custom, f).toContain('<vt:lpwstr>slutlig</vt:lpwstr>');
    }
  });

  it('refuses the final version of an agreement that fails its framework, listing the findings', async () => {
    const dir = tempDir('samverkan-final-bad-');
    const bad = mutate(ESLOV, '  timmar_per_vecka: 6\n', '  timmar_per_vecka: 20\n');
    writeFileSync(join(dir, 'avtal.yaml'), bad);
    const r = await cliInProcess(['render', 'avtal.yaml', '-o', 'ut', '--slutlig', '--as-of', '2026-03-01'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = bad.split('\n').findIndex((l) => l.startsWith('  timmar_per_vecka:')) + 1;
    expect(r.stderr).toMatch(new RegExp(`avtal\\.yaml:${line}:\\d+  .*20 timmar.*\\(gemensam\\.samtidighet\\)`));
    expect(r.stderr).toContain('avtal.yaml: kan inte bli slutlig version');
    expect(() => readdirSync(join(dir, 'ut'))).not.toThrow();
    expect(readdirSync(join(dir, 'ut'))).toEqual([]);
  });
});
