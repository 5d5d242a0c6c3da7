/**
 * One sanitiser for every output, through the real CLI: text from an
 * agreement never becomes Markdown structure or HTML (check --format
 * markdown, report md), never a control or bidi character in any format,
 * never an unencoded `#` or `?` in a SARIF URI, and never a character that
 * breaks the report's Word document. Plus the sanitiser's own contract.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { csvField, jsonSafe, markdownText, terminalSafe, uriPath, visible } from '../src/format/sanitize.js';
import { AGREEMENTS, cli, cliInProcess, tempDir } from './helpers.js';

const ESLOV = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const AS_OF = ['--as-of', '2026-03-01'];
const HOSTILE_NAME = '# Rubrik <img src=x onerror=alert(1)> [länk](http://evil.example) | ny kolumn *fet* `kod`';

function folder(name: string, file = 'avtal.yaml'): string {
  const dir = tempDir('samverkan-sanitize-');
  writeFileSync(join(dir, file), ESLOV.replace('  namn: Familjecentralen Solrosen\n', `  namn: ${JSON.stringify(name)}\n`));
  return dir;
}

/** The unescaped pipes of a Markdown table row: the cell borders. */
const borders = (row: string) => row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;

describe('Markdown: data never becomes structure', () => {
  it('check --format markdown: the name is text in the heading, no raw HTML, no link, no extra column', () => {
    const r = cli(['check', 'avtal.yaml', '--format', 'markdown', ...AS_OF], { cwd: folder(HOSTILE_NAME) });
    expect(r.stdout).not.toMatch(/(?<!\\)<img/);
    expect(r.stdout).not.toMatch(/(?<!\\)\]\(http:\/\/evil/);
    expect(r.stdout).toContain('## avtal.yaml – \\# Rubrik \\<img src=x onerror=alert(1)\\> \\[länk\\](http://evil.example) \\| ny kolumn \\*fet\\* \\`kod\\`');
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| '));
    expect(new Set(rows.map(borders))).toEqual(new Set([7]));
  });

  it('report md: the name in the centre table stays one cell, with no HTML and no link', async () => {
    const r = await cliInProcess(['report', 'avtal.yaml', '--format', 'md', ...AS_OF], { cwd: folder(HOSTILE_NAME) });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/(?<!\\)<img/);
    expect(r.stdout).not.toMatch(/(?<!\\)\]\(http:\/\/evil/);
    const header = r.stdout.split('\n').find((l) => l.startsWith('| Familjecentral |'))!;
    const row = r.stdout.split('\n').find((l) => l.includes('Rubrik'))!;
    expect(borders(row)).toBe(borders(header));
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .every((l) => !l.includes('Rubrik')),
    ).toBe(true);
  });
});

describe('bidi and control characters: visible in every format', () => {
  const name = 'Regionen betalar \u202e%09\u202c \u200bSolrosen';
  // In Markdown the backslash of \u202e is itself escaped, so that it renders as written.
  it.each([
    ['check', 'text', '\\u202e%09\\u202c'],
    ['check', 'markdown', '\\\\u202e%09\\\\u202c'],
    ['report', 'md', '\\\\u202e%09\\\\u202c'],
    ['report', 'csv', '\\u202e%09\\u202c'],
    ['report', 'html', '\\u202e%09\\u202c'],
  ])('%s --format %s shows \\u202e, not a reordered text', async (command, format, shown) => {
    const r = await cliInProcess([command, 'avtal.yaml', '--format', format, ...AS_OF], { cwd: folder(name) });
    const out = r.stdout + r.stderr;
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
    // Shown as \u202e where the name is printed; where validation refuses the name, its message names U+202E instead.
    expect(out.includes(shown) || out.includes('U+202E')).toBe(true);
  });

  it('check --format json and sarif keep the value exactly, as JSON escapes', async () => {
    for (const format of ['json', 'sarif']) {
      const r = await cliInProcess(['check', 'avtal.yaml', '--format', format, ...AS_OF], { cwd: folder(name) });
      expect(r.stdout).not.toMatch(/[\u202a-\u202e\u200b]/);
      const file = JSON.parse(r.stdout).files?.[0];
      if (format === 'json' && file.valid) expect(file.name).toBe(name);
    }
  });
});

describe('SARIF URIs', () => {
  it('percent-encode #, ?, % and spaces in a file name', async () => {
    const dir = folder('Familjecentralen Solrosen', 'a #1?50%.yaml');
    const r = await cliInProcess(['check', '.', '--format', 'sarif', '--fail-on', 'varning', ...AS_OF], { cwd: dir });
    const uris = JSON.parse(r.stdout).runs[0].results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris.length).toBeGreaterThan(0);
    expect(new Set(uris)).toEqual(new Set(['a%20%231%3F50%25.yaml']));
  });
});

describe('the report as a Word document', () => {
  it('a U+FFFE or a control character in a name leaves a document Word can open', async () => {
    const dir = tempDir('samverkan-fffe-');
    writeFileSync(join(dir, 'avtal.yaml'), ESLOV.replace('  namn: Familjecentralen Solrosen\n', '  namn: "Sol\\uFFFErosen\\u0007"\n'));
    const r = await cliInProcess(['report', 'avtal.yaml', '--format', 'docx', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(r.stderr).toContain('skrev ut/rapport.docx');
    const zip = new PizZip(readFileSync(join(dir, 'ut', 'rapport.docx')));
    const xml = zip.file('word/document.xml')!.asText();
    const errors: string[] = [];
    new DOMParser({ onError: (level: string, msg: string) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    expect(xml).not.toMatch(/[\ufffe\u0007]/);
  });
});

describe('the sanitiser', () => {
  it('shows C0, C1, DEL, bidi, zero-width and non-characters as \\uXXXX and leaves Swedish text alone', () => {
    expect(visible('\x1b]52;c;x\x07')).toBe('\\u001b]52;c;x\\u0007');
    expect(visible('a\u009bb\x7fc\u202ed\u2066e\u200bf\ufeffg\ufffeh\u2028i')).toBe('a\\u009bb\\u007fc\\u202ed\\u2066e\\u200bf\\ufeffg\\ufffeh\\u2028i');
    expect(visible('rad\nrad\r\t')).toBe('rad\\u000arad\\u000d\\u0009');
    expect(visible('\ud800x')).toBe('\\ud800x');
    const swedish = 'Åsa Öberg, Håby – "Familjecentralen Ängen" 50 % (§ 3); 😀 café\u00a0nbsp';
    expect(visible(swedish)).toBe(swedish);
  });

  it('terminalSafe keeps line feeds, tabs and CRLF, and a leading BOM; a lone CR is shown', () => {
    expect(terminalSafe('a\r\nb\tc\n')).toBe('a\r\nb\tc\n');
    expect(terminalSafe('a\rb')).toBe('a\\u000db');
    expect(terminalSafe('\ufeffa;b\ufeff')).toBe('\ufeffa;b\\ufeff');
  });

  it('jsonSafe gives the same values to a JSON reader', () => {
    const value = { a: '\x1b\u009b\u202e\u2028\ufffe', b: ['ö'] };
    const text = jsonSafe(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(/[\u0080-\u009f\u202e\u2028\ufffe]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('markdownText escapes what Markdown or HTML would act on', () => {
    expect(markdownText('# a <b> [c](d) *e* _f_ `g` | h ~i~ &amp;')).toBe('\\# a \\<b\\> \\[c\\](d) \\*e\\* \\_f\\_ \\`g\\` \\| h \\~i\\~ \\&amp;');
    expect(markdownText('- punkt')).toBe('\\- punkt');
    expect(markdownText('1. punkt')).toBe('1\\. punkt');
    expect(markdownText('rad 1\nrad 2')).toBe('rad 1 rad 2');
  });

  it('csvField defuses formulas and keeps Swedish Excel quoting', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('\x1b[31m')).toBe('\\u001b[31m');
  });

  it('uriPath encodes each segment', () => {
    expect(uriPath('mapp med mellanslag/a#b?c%d.yaml')).toBe('mapp%20med%20mellanslag/a%23b%3Fc%25d.yaml');
    expect(uriPath('avtal\\skåne.yaml')).toBe('avtal/sk%C3%A5ne.yaml');
  });
});
