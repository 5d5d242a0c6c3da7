/**
 * Property tests for check and render: random mutations of the shipped
 * agreements never make the checker throw (in the library or through the real
 * `samverkan check`), and random text in every text field always gives a .docx
 * whose XML parts are well-formed and that LibreOffice opens.
 * Bounded runs with the fixed seed of FUZZ; `npm run fuzz` runs many more.
 */
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkAgreement } from '../src/check/index.js';
import type { Agreement } from '../src/core/model.js';
import { validateAgreementText } from '../src/core/validate.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { renderAgreement } from '../src/render/index.js';
import { EXAMPLES, FUZZ, mutate, mutationArb, type Json } from './fuzz.js';
import { cli, tempDir } from './helpers.js';
import { convert } from './render-lo.js';

const STACK = /\n\s+at .+:\d+:\d+/;

/** One to four mutations of one shipped example, as YAML text. */
const mutatedExample = fc
  .tuple(fc.nat(EXAMPLES.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([i, ms]) => stringify(ms.reduce((a, m) => mutate(a, m), parse(EXAMPLES[i]!) as Json)));

const asOfArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true });

describe('check never throws', () => {
  it('on random mutations of the shipped examples that still validate', () => {
    let checked = 0;
    fc.assert(
      fc.property(mutatedExample, asOfArb, fc.constantFrom('sv', 'en') as fc.Arbitrary<'sv' | 'en'>, (text, asOf, lang) => {
        const v = validateAgreementText(text, { lang });
        if (!v.valid || !v.agreement) return;
        checked++;
        const r = checkAgreement(v.agreement, { asOf, lang, locate: v.locate });
        expect(r.findings.length).toBeGreaterThan(0);
        for (const f of r.findings) {
          expect(typeof f.ruleId).toBe('string');
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/undefined|NaN|\[object Object\]/);
          if (f.position) expect(f.position.line).toBeGreaterThanOrEqual(1);
        }
      }),
      FUZZ,
    );
    // The property is only worth something if a fair share of the mutants reach the checker.
    expect(checked).toBeGreaterThan(FUZZ.numRuns / 10);
  });

  it('through samverkan check: a sample of mutants, valid or not, never prints a stack trace', () => {
    const dir = tempDir('samverkan-fuzz-check-');
    const sample = fc.sample(mutatedExample, { seed: FUZZ.seed, numRuns: Math.min(40, FUZZ.numRuns) });
    for (const [i, text] of sample.entries()) writeFileSync(join(dir, `mutant-${String(i).padStart(3, '0')}.yaml`), text);
    // Some mutants are invalid agreements, and one invalid file in a folder makes check exit 1.
    expect(sample.filter((text) => !validateAgreementText(text).valid).length).toBeGreaterThan(0);
    for (const args of [[], ['--format', 'json'], ['--format', 'sarif'], ['--lang', 'en']]) {
      const r = cli([...(args[0] === '--lang' ? args : []), 'check', ...(args[0] === '--lang' ? [] : args), '.', '--as-of', '2026-03-01'], { cwd: dir });
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toContain('internt fel');
      expect(r.stderr).not.toContain('internal error');
      expect(r.code).toBe(1);
      if (args[1] === 'json' || args[1] === 'sarif') expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });
});

// ---------------------------------------------------------------------------
// render

const TEMPLATES = loadTemplateTexts();

/** XML 1.0 Char: what a .docx part may contain, as characters and as character references. */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * Parse one XML part strictly: xmldom for structure (mismatched tags, bad
 * entities, duplicate attributes), plus the XML 1.0 Char production, which
 * xmldom does not enforce but Word does.
 */
function parseStrict(name: string, xml: string): Document {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) throw new Error(`${name}: character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML (offset ${bad.index})`);
  for (const m of xml.matchAll(CHAR_REF)) {
    const cp = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
    if (!isXmlChar(cp)) throw new Error(`${name}: character reference ${m[0]} is not allowed in XML`);
  }
  return new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`${name}: ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml') as unknown as Document;
}

/** Every XML part of a .docx, parsed; returns the document body's text. */
function wellFormedParts(bytes: Uint8Array): { parts: number; bodyText: string } {
  const zip = new PizZip(bytes);
  let parts = 0;
  let bodyText = '';
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
    const doc = parseStrict(file.name, file.asText());
    parts++;
    if (file.name === 'word/document.xml') {
      const ts = doc.getElementsByTagName('w:t');
      for (let i = 0; i < ts.length; i++) bodyText += ts[i]!.textContent ?? '';
    }
  }
  return { parts, bodyText };
}

type Path = (string | number)[];

function stringLeaves(v: unknown, path: Path = []): Path[] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringLeaves(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringLeaves(x, [...path, k]));
  return [];
}

function setAt(root: unknown, path: Path, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

const PROBE = 'Prov & <x> "{{y}}" ✓';

/**
 * The free-text fields of each example: the string values that stay valid
 * when replaced by text with markup in it (ids, dates, times and enumerations don't).
 */
const BASES = EXAMPLES.map((text) => {
  const agreement = validateAgreementText(text).agreement!;
  const textFields = stringLeaves(agreement).filter((path) => {
    const copy = structuredClone(parse(text)) as unknown;
    setAt(copy, path, PROBE);
    return validateAgreementText(stringify(copy)).valid;
  });
  return { agreement, textFields };
});

/** Characters chosen to hurt: XML-illegal controls, lone surrogates, emoji, markup, template syntax. */
const hostileUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\ufffe', '\uffff', '\ufeff', '\u2028', '\u202e', '\u00ad', '\u0085', '\u007f'),
  fc.constantFrom('😀', '👨‍👩‍👧', '🇸🇪', 'å', 'Ä', 'ö', 'ß', 'ǅ', '\u0301'),
  fc.constantFrom('&', '<', '>', '"', "'", '&amp;', '&#1;', '&#x0;', '<w:t>', '</w:p>', ']]>', '<![CDATA[', '<?xml?>'),
  fc.constantFrom('{{', '}}', '{{{', '}}}', '{{x}}', '{{{x}}}', '{{> x}}', '{{#each this}}', '{{/each}}', '{{constructor.constructor}}', '\\{{'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
);

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: hostileUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'Å', '😀', 'W'), fc.integer({ min: 200, max: 5000 })).map(([c, n]) => c.repeat(n)) },
);

/** An example with random text in every one of its text fields. */
const hostileAgreement = fc.nat(BASES.length - 1).chain((i) =>
  fc.array(hostileText, { minLength: BASES[i]!.textFields.length, maxLength: BASES[i]!.textFields.length }).map((texts) => {
    const { agreement, textFields } = BASES[i]!;
    const copy = structuredClone(agreement);
    for (const [k, path] of textFields.entries()) setAt(copy, path, texts[k]!);
    return { agreement: copy, textFields, texts };
  }),
);

const RENDER_RUNS = { ...FUZZ, numRuns: Math.max(10, Math.ceil(FUZZ.numRuns / 5)) };
const pointerOf = (path: Path) => '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
/** What a reader can see of a text: without what XML cannot hold, whitespace and (invisible) control characters. */
const visible = (s: string) => s.replace(new RegExp(NOT_XML_CHAR.source, 'g'), '').replace(/[\s\p{Cc}]+/gu, '');

describe('render with random text in every text field', () => {
  it('finds text fields to fuzz in every example', () => {
    for (const b of BASES) expect(b.textFields.length).toBeGreaterThan(10);
  });

  it('gives a .docx whose XML parts are all well-formed, and says which texts lost characters', async () => {
    await fc.assert(
      fc.asyncProperty(hostileAgreement, async ({ agreement, textFields, texts }) => {
        const r = await renderAgreement(agreement, { templates: TEMPLATES, asOf: '2026-03-01' });
        expect(r.templateProblems).toEqual([]);
        expect(r.bytes).toBeDefined();
        const { parts, bodyText } = wellFormedParts(r.bytes!);
        expect(parts).toBeGreaterThanOrEqual(8);
        // The centre's name is on the title page, whatever it holds, minus what XML cannot carry.
        const name = (agreement as Agreement).familjecentral.namn;
        expect(visible(bodyText)).toContain(visible(name));
        const warned = new Set(r.diagnostics.filter((d) => d.code === 'render.illegal-characters').map((d) => d.pointer));
        textFields.forEach((path, k) => {
          if (new RegExp(NOT_XML_CHAR.source).test(texts[k]!)) expect(warned).toContain(pointerOf(path));
        });
      }),
      RENDER_RUNS,
    );
  });

  it('a sample of them opens in LibreOffice and reads back', async () => {
    const dir = tempDir('samverkan-fuzz-render-');
    mkdirSync(dir, { recursive: true });
    const sample = fc.sample(hostileAgreement, { seed: FUZZ.seed, numRuns: 3 });
    const files: string[] = [];
    for (const [i, { agreement }] of sample.entries()) {
      const marked = structuredClone(agreement);
      marked.familjecentral.namn = `Markör${i} ${marked.familjecentral.namn}`;
      const r = await renderAgreement(marked, { templates: TEMPLATES, asOf: '2026-03-01' });
      const file = join(dir, `fuzz-${i}.docx`);
      writeFileSync(file, r.bytes!);
      files.push(file);
    }
    const out = convert(files, 'txt:Text');
    files.forEach((_f, i) => {
      const text = readFileSync(join(out, `fuzz-${i}.txt`), 'utf8');
      // The title page sets the heading in capitals; the name follows it.
      expect(text.replace(/\s+/g, ' ')).toMatch(new RegExp(`LOKALT SAMVERKANSAVTAL för Markör${i}`, 'i'));
    });
  }, 240_000);
});
