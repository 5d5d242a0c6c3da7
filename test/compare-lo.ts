/**
 * What LibreOffice makes of a redline: the tracked changes it reads, and the
 * text after accepting or rejecting all of them. LibreOffice here has no
 * macro or Python scripting (Debian's nogui packages), so one headless
 * conversion to flat ODT gives LibreOffice's own model of the document — its
 * changed regions (insertions, deletions) and the text with each region's
 * start and end — and accepting or rejecting is applied to that model:
 * accept drops the deleted regions' text (and paragraph marks), reject the
 * inserted ones'.
 */
import { DOMParser } from '@xmldom/xmldom';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './helpers.js';

const profile = join(tempDir('samverkan-lo-compare-'), 'profile');

export function convertTo(files: readonly string[], to: string): string {
  const out = tempDir('samverkan-lo-compare-out-');
  mkdirSync(out, { recursive: true });
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, ...files],
    {
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error('LibreOffice is not installed: apt-get install libreoffice-writer-nogui');
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  return out;
}

export interface LibreOfficeRedline {
  insertions: number;
  deletions: number;
  /** Paragraph texts after accepting every change (empty paragraphs left out). */
  accepted: string[];
  /** Paragraph texts after rejecting every change (empty paragraphs left out). */
  rejected: string[];
}

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

type Token = { kind: 'char'; text: string; changes: readonly string[] } | { kind: 'break'; changes: readonly string[] };

function tokens(body: Element): Token[] {
  const out: Token[] = [];
  const active: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push({ kind: 'char', text: node.nodeValue ?? '', changes: [...active] });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const ns = el.namespaceURI;
    const name = el.localName;
    if (ns === TEXT && name === 'tracked-changes') return;
    if (ns === OFFICE && (name === 'annotation' || name === 'annotation-end')) return;
    if (ns === TEXT && (name === 'sequence-decls' || name === 'number')) return;
    if (ns === TEXT && name === 'change-start') return void active.push(el.getAttributeNS(TEXT, 'change-id') ?? '');
    if (ns === TEXT && name === 'change-end') {
      const id = el.getAttributeNS(TEXT, 'change-id') ?? '';
      const i = active.indexOf(id);
      if (i >= 0) active.splice(i, 1);
      return;
    }
    if (ns === TEXT && name === 's')
      return void out.push({ kind: 'char', text: ' '.repeat(Number(el.getAttributeNS(TEXT, 'c') ?? '1')), changes: [...active] });
    if (ns === TEXT && name === 'tab') return void out.push({ kind: 'char', text: '\t', changes: [...active] });
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (ns === TEXT && (name === 'p' || name === 'h')) out.push({ kind: 'break', changes: [...active] });
    // A table cell's end always ends a paragraph, whatever is tracked.
    if (name === 'table-cell') out.push({ kind: 'break', changes: [] });
  };
  walk(body);
  return out;
}

function resolve(ts: readonly Token[], drop: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  let current = '';
  for (const t of ts) {
    if (t.changes.some((c) => drop.has(c))) continue;
    if (t.kind === 'char') current += t.text;
    else {
      lines.push(current);
      current = '';
    }
  }
  if (current !== '') lines.push(current);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

/** Open each .docx in LibreOffice (one conversion for all) and read its tracked changes. */
export function libreOfficeRedlines(files: readonly string[]): LibreOfficeRedline[] {
  const out = convertTo(files, 'fodt');
  return files.map((f) => {
    const xml = readFileSync(join(out, basename(f).replace(/\.docx$/, '.fodt')), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const body = doc.getElementsByTagNameNS(OFFICE, 'text')[0]!;
    const inserted = new Set<string>();
    const deleted = new Set<string>();
    const regions = doc.getElementsByTagNameNS(TEXT, 'changed-region');
    for (let i = 0; i < regions.length; i++) {
      const r = regions[i]!;
      const id = r.getAttributeNS(TEXT, 'id') ?? r.getAttribute('xml:id') ?? '';
      if (r.getElementsByTagNameNS(TEXT, 'insertion').length > 0) inserted.add(id);
      if (r.getElementsByTagNameNS(TEXT, 'deletion').length > 0) deleted.add(id);
    }
    const ts = tokens(body as unknown as Element);
    return { insertions: inserted.size, deletions: deleted.size, accepted: resolve(ts, deleted), rejected: resolve(ts, inserted) };
  });
}
