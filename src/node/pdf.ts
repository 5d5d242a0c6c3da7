/**
 * PDF through LibreOffice headless: every document of a run in one call
 * (one start-up of soffice), with a private profile so that parallel runs and
 * an open LibreOffice do not collide. The PDFs are made in a temporary folder
 * inside the output folder and renamed into place, so a reader never sees a
 * half-written PDF.
 *
 * LibreOffice runs asynchronously in its own process group (`soffice` is a
 * shell script that starts `oosplash`, which starts `soffice.bin`), tracked
 * in files.ts: a stop signal reaches the CLI's handler, which ends the whole
 * group and removes the work folder and the profile (src/cli/main.ts).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { killProcessGroup, outputKind, trackProcessGroup, trackTemporaryFolder, untrackProcessGroup, untrackTemporaryFolder } from './files.js';
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
  /** No LibreOffice: not on PATH, or SAMVERKAN_SOFFICE is empty. */
  notInstalled?: true;
  /** Documents LibreOffice gave no PDF for (file names), out of how many, and why as far as known. */
  failed?: PdfFailure;
}

export interface PdfFailure {
  names: string[];
  total: number;
  /** LibreOffice's first line of output, or the reason it could not be started. */
  detail?: string;
  /** Set when a call ran past its time limit (PDF_TIMEOUT_MS) and was ended. */
  timeLimitMs?: number;
}

/** Documents per LibreOffice call: one start-up serves many, and a batch of any size is converted whole, chunk by chunk. */
const PDF_CHUNK = 40;

/** The time limit of one LibreOffice call (one chunk): five minutes. */
const PDF_TIMEOUT_MS = 300_000;

/**
 * Convert .docx files to PDFs beside them in `outDir`, in chunks of
 * PDF_CHUNK documents (each its own LibreOffice call and time limit), each
 * chunk's PDFs moved into place as soon as it is done. An existing PDF is
 * replaced only with `force`, or when its document was an intact samverkan
 * file replaced in this run (`replaceable`): then the PDF is samverkan's too.
 */
export async function convertToPdf(
  docxFiles: readonly string[],
  outDir: string,
  options: { force: boolean; replaceable: ReadonlySet<string>; onWritten?: (pdf: string) => void },
): Promise<PdfResult> {
  const soffice = findSoffice();
  if (!soffice) return { written: [], refused: [], blocked: [], notInstalled: true };
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
  const failed: PdfFailure = { names: [], total: todo.length };
  for (let i = 0; i < todo.length; i += PDF_CHUNK) {
    const r = await convertChunk(soffice, todo.slice(i, i + PDF_CHUNK), outDir);
    for (const pdf of r.written) {
      written.push(pdf);
      options.onWritten?.(pdf);
    }
    failed.names.push(...r.missing);
    if (r.missing.length > 0 && failed.detail === undefined && r.detail !== undefined) failed.detail = r.detail;
    if (r.timedOut) failed.timeLimitMs = PDF_TIMEOUT_MS;
  }
  return { written, refused, blocked, ...(failed.names.length > 0 ? { failed } : {}) };
}

interface ChunkResult {
  written: string[];
  missing: string[];
  detail?: string;
  timedOut?: true;
}

async function convertChunk(soffice: string, docs: readonly string[], outDir: string): Promise<ChunkResult> {
  const work = mkdtempSync(join(outDir, `.samverkan-pdf-${process.pid}-`));
  trackTemporaryFolder(work);
  const profile = mkdtempSync(join(tmpdir(), 'samverkan-lo-'));
  trackTemporaryFolder(profile);
  try {
    // LibreOffice's own temporary files go inside the profile folder, so that they go with it.
    const ownTmp = join(profile, 'tmp');
    mkdirSync(ownTmp);
    const r = await runSoffice(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...docs],
      { ...process.env, TMPDIR: ownTmp },
    );
    // A call that was ended may have left its last PDF half-written: nothing of it is moved into place.
    const moved = r.ended ? { written: [], missing: docs.map((d) => basename(d)) } : movePdfs(docs, work, outDir);
    return { ...moved, ...(r.detail !== undefined ? { detail: r.detail } : {}), ...(r.timedOut ? { timedOut: true } : {}) };
  } finally {
    rmSync(work, { recursive: true, force: true });
    untrackTemporaryFolder(work);
    rmSync(profile, { recursive: true, force: true });
    untrackTemporaryFolder(profile);
  }
}

/** Rename each document's PDF from the work folder into place; the documents without one are missing. */
function movePdfs(docs: readonly string[], work: string, outDir: string): { written: string[]; missing: string[] } {
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
  return { written, missing };
}

interface SofficeRun {
  /** The reason it could not start, or its first line of output. */
  detail?: string;
  /** Ended by a signal (the time limit, or someone else's kill) rather than by finishing. */
  ended: boolean;
  timedOut: boolean;
}

/**
 * Run soffice and wait for it, without blocking the event loop (a stop
 * signal must reach its handler meanwhile). `detached` makes it lead its own
 * process group, so that the time limit and the signal handler end
 * soffice.bin too and not only the script that started it.
 */
function runSoffice(soffice: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<SofficeRun> {
  return new Promise((resolve) => {
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    const pid = child.pid;
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d: Buffer) => {
      if (out.stdout.length < 8192) out.stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      if (out.stderr.length < 8192) out.stderr += d.toString('utf8');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killProcessGroup(pid);
    }, PDF_TIMEOUT_MS);
    if (pid !== undefined) trackProcessGroup(pid);
    let settled = false;
    const finish = (ended: boolean, error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (pid !== undefined) untrackProcessGroup(pid);
      const detail = error ? error.message : (out.stderr || out.stdout).trim().split('\n')[0] || undefined;
      resolve({ ended, timedOut, ...(detail !== undefined ? { detail } : {}) });
    };
    child.once('error', (e) => finish(true, e));
    child.once('close', (_code, signal) => finish(signal !== null));
  });
}
