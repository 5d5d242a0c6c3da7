/**
 * PDF through LibreOffice headless: every document of a run in one call
 * (one start-up of soffice), with a private profile so that parallel runs and
 * an open LibreOffice do not collide. The PDFs are made in a temporary folder
 * inside the output folder and renamed into place, so a reader never sees a
 * half-written PDF.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice executable on PATH, or undefined. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
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

export interface PdfResult {
  written: string[];
  /** PDFs that exist and were not overwritten. */
  refused: string[];
  error?: 'not-installed' | string;
}

/**
 * Convert .docx files to PDFs beside them in `outDir`. An existing PDF is
 * replaced only with `force`, or when its document was an intact samverkan
 * file replaced in this run (`replaceable`): then the PDF is samverkan's too.
 */
export function convertToPdf(docxFiles: readonly string[], outDir: string, options: { force: boolean; replaceable: ReadonlySet<string> }): PdfResult {
  const soffice = findSoffice();
  if (!soffice) return { written: [], refused: [], error: 'not-installed' };
  const todo: string[] = [];
  const refused: string[] = [];
  for (const docx of docxFiles) {
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
    if (existsSync(pdf) && !options.force && !options.replaceable.has(docx)) refused.push(pdf);
    else todo.push(docx);
  }
  if (todo.length === 0) return { written: [], refused };
  const work = mkdtempSync(join(outDir, '.samverkan-pdf-'));
  const profile = mkdtempSync(join(tmpdir(), 'samverkan-lo-'));
  try {
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...todo],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (r.error) return { written: [], refused, error: r.error.message };
    const made = new Set(readdirSync(work));
    const written: string[] = [];
    const missing: string[] = [];
    for (const docx of todo) {
      const name = basename(docx).replace(/\.docx$/, '.pdf');
      if (!made.has(name)) {
        missing.push(basename(docx));
        continue;
      }
      const target = join(outDir, name);
      renameSync(join(work, name), target);
      written.push(target);
    }
    if (missing.length > 0) return { written, refused, error: `LibreOffice gav ingen PDF för ${missing.join(', ')} (${(r.stderr || r.stdout || '').trim().split('\n')[0] ?? ''})` };
    return { written, refused };
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
