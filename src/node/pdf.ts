/**
 * PDF through LibreOffice headless: every document of a run in one call
 * (one start-up of soffice), with a private profile so that parallel runs and
 * an open LibreOffice do not collide. The PDFs are made in a temporary folder
 * inside the output folder and renamed into place, so a reader never sees a
 * half-written PDF.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { outputKind, trackTemporaryFolder, untrackTemporaryFolder } from './files.js';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice executable on PATH, or undefined. */
function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SAMVERKAN_SOFFICE !== undefined) return env.SAMVERKAN_SOFFICE === '' ? undefined : env.SAMVERKAN_SOFFICE;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = join(dir, name);
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
        /* not here */
      }
    }
  }
  return undefined;
}

interface PdfResult {
  written: string[];
  /** PDFs that exist and were not overwritten. */
  refused: string[];
  /** PDF paths where a folder, pipe or device stands: nothing is written there. */
  blocked: { path: string; kind: string }[];
  error?: 'not-installed' | string;
}

/** Documents per LibreOffice call: one start-up serves many, and a batch of any size is converted whole, chunk by chunk. */
const PDF_CHUNK = 40;

/**
 * Convert .docx files to PDFs beside them in `outDir`, in chunks of
 * PDF_CHUNK documents (each its own LibreOffice call and time limit), each
 * chunk's PDFs moved into place as soon as it is done. An existing PDF is
 * replaced only with `force`, or when its document was an intact samverkan
 * file replaced in this run (`replaceable`): then the PDF is samverkan's too.
 */
export function convertToPdf(
  docxFiles: readonly string[],
  outDir: string,
  options: { force: boolean; replaceable: ReadonlySet<string>; onWritten?: (pdf: string) => void },
): PdfResult {
  const soffice = findSoffice();
  if (!soffice) return { written: [], refused: [], blocked: [], error: 'not-installed' };
  const todo: string[] = [];
  const refused: string[] = [];
  const blocked: { path: string; kind: string }[] = [];
  for (const docx of docxFiles) {
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
    const kind = outputKind(pdf);
    if (kind !== 'none' && kind !== 'file') blocked.push({ path: pdf, kind });
    else if (kind === 'file' && !options.force && !options.replaceable.has(docx)) refused.push(pdf);
    else todo.push(docx);
  }
  const written: string[] = [];
  const failed: string[] = [];
  let firstError: string | undefined;
  for (let i = 0; i < todo.length; i += PDF_CHUNK) {
    const chunk = todo.slice(i, i + PDF_CHUNK);
    const r = convertChunk(soffice, chunk, outDir);
    for (const pdf of r.written) {
      written.push(pdf);
      options.onWritten?.(pdf);
    }
    failed.push(...r.missing);
    firstError ??= r.error;
  }
  if (failed.length > 0) {
    return {
      written,
      refused,
      blocked,
      error: `LibreOffice gav ingen PDF för ${failed.length} av ${todo.length} dokument: ${failed.slice(0, 5).join(', ')}${failed.length > 5 ? ' …' : ''}${firstError ? ` (${firstError})` : ''}`,
    };
  }
  return { written, refused, blocked };
}

function convertChunk(soffice: string, docs: readonly string[], outDir: string): { written: string[]; missing: string[]; error?: string } {
  const work = mkdtempSync(join(outDir, `.samverkan-pdf-${process.pid}-`));
  trackTemporaryFolder(work);
  const profile = mkdtempSync(join(tmpdir(), 'samverkan-lo-'));
  trackTemporaryFolder(profile);
  try {
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...docs],
      { encoding: 'utf8', timeout: 300_000 },
    );
    let made: Set<string>;
    try {
      made = new Set(readdirSync(work));
    } catch {
      made = new Set();
    }
    const written: string[] = [];
    const missing: string[] = [];
    for (const docx of docs) {
      const name = basename(docx).replace(/\.docx$/, '.pdf');
      if (!made.has(name)) {
        missing.push(basename(docx));
        continue;
      }
      const target = join(outDir, name);
      try {
        renameSync(join(work, name), target);
        written.push(target);
      } catch {
        // Something other than a file took the PDF's place meanwhile: named as not written, never an internal error.
        missing.push(basename(docx));
      }
    }
    const error = r.error ? r.error.message : (r.stderr || r.stdout || '').trim().split('\n')[0] || undefined;
    return { written, missing, ...(missing.length > 0 && error ? { error } : {}) };
  } finally {
    rmSync(work, { recursive: true, force: true });
    untrackTemporaryFolder(work);
    rmSync(profile, { recursive: true, force: true });
    untrackTemporaryFolder(profile);
  }
}
