/**
 * The regional report as a Word document: a running header and page
 * numbers on every page (portrait and landscape), headings with outline
 * levels under the title, every part valid against ECMA-376, and no
 * pointer to a developer file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS, ROOT, cli, tempDir } from './helpers.js';

describe('report --format docx as a document', () => {
  it('has a header and page numbers on every page, outline headings, valid parts and no developer pointer', () => {
    const dir = tempDir('samverkan-report-docx-');
    const r = cli(['report', AGREEMENTS, '--as-of', '2026-03-01', '--format', 'docx', '-o', dir]);
    expect(r.code).toBe(0);
    const file = join(dir, 'rapport.docx');
    const zip = new PizZip(readFileSync(file));
    const doc = zip.file('word/document.xml')!.asText();
    // Both sections (portrait, landscape) point at a header and a footer.
    expect(doc.match(/<w:headerReference w:type="default"/g)).toHaveLength(2);
    expect(doc.match(/<w:footerReference w:type="default"/g)).toHaveLength(2);
    const footers = zip.file(/word\/footer\d+\.xml/).map((f) => f.asText());
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) expect(f).toMatch(/PAGE.*NUMPAGES/s);
    const headers = zip
      .file(/word\/header\d+\.xml/)
      .map((f) => f.asText())
      .join('');
    expect(headers).toContain('1 mars 2026');
    const styles = zip.file('word/styles.xml')!.asText();
    expect(/w:styleId="Heading1">.*?<\/w:style>/.exec(styles)?.[0]).toContain('<w:outlineLvl w:val="0"/>');
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).not.toContain('<w:pStyle w:val="Heading2"/>'); // no level skipped under the title
    expect(doc).not.toContain('docs/report.md');
    const v = spawnSync('/usr/bin/python3', [join(ROOT, '../shared/ooxml/validate.py'), file], { encoding: 'utf8' });
    expect(v.stdout).toContain('total errors 0');
  });
});
