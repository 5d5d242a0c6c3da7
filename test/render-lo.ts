/** LibreOffice headless for the render tests: batch conversions, one profile per worker. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './helpers.js';

const MISSING =
  'LibreOffice or poppler is not installed: the tests open every .docx in a real office suite. ' +
  'Install them once with: apt-get install libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito (as .ci/run does).';

const profile = join(tempDir('samverkan-lo-profile-'), 'profile');

/** Convert .docx files in one soffice call; returns the output folder. Throws when a file gives no output. */
export function convert(files: readonly string[], to: 'pdf' | 'txt:Text' | 'odt'): string {
  const out = tempDir('samverkan-lo-out-');
  mkdirSync(out, { recursive: true });
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, ...files],
    {
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(MISSING);
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const ext = to === 'pdf' ? '.pdf' : to === 'odt' ? '.odt' : '.txt';
  for (const f of files) readFileSync(join(out, basename(f).replace(/\.docx$/, ext))); // throws if LibreOffice could not open it
  return out;
}

/** The text a reader sees on the PDF's pages (headers and footers included), whitespace collapsed. */
export function pdfText(pdf: string): string {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(MISSING);
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/[ \t\u00a0]+/g, ' ');
}

export function pdfPages(pdf: string): number {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
}
