/** `samverkan render <file|dir>... [-o dir] [--slutlig] [--as-of YYYY-MM-DD] [--pdf] [--force]` */
import { Option, type Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';
import { dateOption, listInputs, loadListed, readSource, resolveAsOf } from '../shared.js';
import type { PooledResult, RenderJob } from '../../node/render-pool.js';
import type { PdfFailure } from '../../node/pdf.js';
import type { FinalCheck, TemplateProblem } from '../../render/index.js';
import { worstStatus, type ExitStatus } from '../../policy/status.js';
import type { LoadedAgreement } from '../shared.js';

interface RenderFlags {
  output?: string;
  /** The older name of --output, still accepted (hidden from help). */
  utdata?: string;
  slutlig?: boolean;
  asOf?: string;
  pdf?: boolean;
  force?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('render')
    .description(
      tr(
        ctx,
        'gör avtal till Word-dokument (.docx) för underskrift: utkast som standard, slutlig version med --slutlig',
        'turn agreements into Word documents (.docx) for signature: drafts by default, the final version with --slutlig',
      ),
    )
    .argument('<filer...>', tr(ctx, 'YAML-filer eller mappar med avtal', 'YAML files or folders of agreements'))
    .addOption(new Option('-o, --output <mapp>', tr(ctx, 'mapp att skriva dokumenten i (standard: out)', 'folder to write the documents to (default: out)')))
    .addOption(new Option('--utdata <mapp>').hideHelp())
    .option('--slutlig', tr(ctx, 'slutlig version: bara om granskningen inte hittar något fel', 'final version: only when the check finds no error'))
    .addOption(dateOption(ctx))
    .option('--pdf', tr(ctx, 'skriv också en PDF (kräver LibreOffice)', 'also write a PDF (needs LibreOffice)'))
    .option('--force', tr(ctx, 'skriv över filer som ändrats efter att samverkan skrev dem', 'overwrite files changed since samverkan wrote them'))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan render agreements/ -o out/\n  samverkan render agreements/eslov-solrosen.yaml --slutlig --as-of 2026-03-01 --pdf\n\nFilnamnet är avtalets id (avtal.id), t.ex. out/eslov-solrosen.docx. En fil som ändrats\nefter att samverkan skrev den (t.ex. i Word) skrivs inte över utan --force.\n\nSlutkod: 0 alla skrivna, 1 något avtal ogiltigt, med fel vid --slutlig eller en fil som\ninte fick skrivas över, 2 fel i anropet, i mallarna eller vid läsning/skrivning.',
        '\nExamples:\n  samverkan render agreements/ -o out/\n  samverkan render agreements/eslov-solrosen.yaml --slutlig --as-of 2026-03-01 --pdf\n\nThe file name is the agreement id (avtal.id), e.g. out/eslov-solrosen.docx. A file changed\nsince samverkan wrote it (e.g. in Word) is not overwritten without --force.\n\nExit code: 0 all written, 1 some agreement invalid, failing --slutlig or a file that may\nnot be overwritten, 2 usage, template or I/O error.',
      ),
    )
    .action(async (files: string[], flags: RenderFlags) => {
      await runRender(ctx, files, flags);
    });
}

/** Where the documents go and what they are made from; checked before any agreement is looked at. */
interface Output {
  readonly outDir: string;
  readonly templatesDir: string;
  readonly templates: Readonly<Record<string, string>>;
}

/** An agreement to render: the library's decision with where it goes. */
interface Job {
  readonly file: string;
  readonly target: string;
  readonly locate: (p: string) => { line: number; col: number } | undefined;
  readonly job: RenderJob;
}

/** A rendered document to put in place: its file, its target, where its warnings point, and its final version's record. */
interface Placing {
  readonly file: string;
  readonly target: string;
  readonly locate: (p: string) => { line: number; col: number } | undefined;
  readonly final?: FinalCheck;
}

/** A document placed: for --pdf, which may replace a PDF beside it (only one samverkan wrote unchanged). */
interface Written {
  readonly docx: string;
  readonly replacedIntact: boolean;
}

async function runRender(ctx: CliContext, inputs: string[], flags: RenderFlags): Promise<void> {
  const day = await resolveAsOf(ctx, flags.asOf);
  if (!day) return;
  const { isoDate } = await import('../../core/dates.js');
  const asOf = isoDate(day);
  const listed = await listInputs(ctx, inputs);
  if (!listed) return;
  const output = await prepareOutput(ctx, flags);
  if (!output) return;
  const { poolThreads } = await import('../../node/render-pool.js');
  const threads = poolThreads(listed.files.length);
  // A large batch on all cores (src/node/batch.ts), when the templates fit every framework: a template
  // problem must stop the run before anything is written, which only the steps below know in time.
  const done =
    threads > 0 && (await templatesFitAll(output))
      ? await renderBatched(ctx, listed, output, asOf, flags, threads)
      : await renderInSteps(ctx, listed, output, asOf, flags);
  if (!done) return;
  let worst = done.worst;
  if (flags.pdf && done.written.length > 0) {
    const pdf = await writePdfs(ctx, done.written, output.outDir, flags);
    if (pdf === undefined) return;
    worst = worstStatus(worst, pdf);
  }
  ctx.exitCode = Math.max(ctx.exitCode, worst);
}

type Listed = NonNullable<Awaited<ReturnType<typeof listInputs>>>;

/** Read and validate every file, decide each, check the templates, then render and write in order. */
async function renderInSteps(
  ctx: CliContext,
  listed: Listed,
  output: Output,
  asOf: string,
  flags: RenderFlags,
): Promise<{ written: Written[]; worst: ExitStatus } | undefined> {
  const loaded = await loadListed(ctx, listed);
  // 1. Validate, and for --slutlig check, every agreement (the library decides); collect what is to be rendered.
  const planned = await planJobs(ctx, loaded, output.outDir, asOf, flags);
  // 2. The templates must fit the model before anything is rendered.
  if (!(await templatesFit(ctx, output, planned.jobs))) return undefined;
  // 3. Render (on all cores for a large batch), writing each document in input order as it is done.
  const done = await writeDocuments(ctx, planned.jobs, output, asOf, flags);
  return done && { written: done.written, worst: worstStatus(planned.worst, done.worst) };
}

/** Whether the templates can render every framework (then no agreement of the run can meet a template problem before rendering). */
async function templatesFitAll(output: Output): Promise<boolean> {
  const [{ templateSet }, { FRAMEWORK_IDS }] = await Promise.all([import('../../render/index.js'), import('../../core/model.js')]);
  const set = templateSet(output.templates);
  return FRAMEWORK_IDS.every((fw) => set.problems(fw).length === 0);
}

/**
 * Many files on all cores: workers read, validate, decide (the library's
 * per-file policy), render and write each file's temporary file; here each
 * outcome is told and each finished file moved into place, in input order.
 * What placing says on stderr waits until every file has had its own say, so
 * stderr reads as in the steps above: first the files, then the writing.
 */
async function renderBatched(
  ctx: CliContext,
  listed: Listed,
  output: Output,
  asOf: string,
  flags: RenderFlags,
  threads: number,
): Promise<{ written: Written[]; worst: ExitStatus } | undefined> {
  const [{ renderBatch }, { decideRender }, { loadAgreement }, { displayPath }, { join }] = await Promise.all([
    import('../../node/batch.js'),
    import('../../policy/render.js'),
    import('../../policy/load.js'),
    import('../../node/files.js'),
    import('node:path'),
  ]);
  const request = { asOf, lang: ctx.lang, final: flags.slutlig === true };
  let worst: ExitStatus = EXIT.ok;
  const tell = (lines: readonly string[], status: ExitStatus) => {
    for (const line of lines) ctx.stderr(`${line}\n`);
    worst = worstStatus(worst, status);
  };
  for (const u of listed.unreadable) {
    const decision = decideRender(displayPath(u.path, ctx.cwd), loadAgreement({ unreadable: u.message }), request, new Map());
    if (decision.kind !== 'render') tell(decision.lines, decision.status);
  }
  const inputs = listed.files.map((path) => ({ path, file: displayPath(path, ctx.cwd) }));
  const later = deferredStderr(ctx);
  const written: Written[] = [];
  let i = 0;
  for await (const o of renderBatch(inputs, { ...request, outDir: output.outDir }, output.templatesDir, threads, (path) => readSource(ctx, path))) {
    const { file } = inputs[i++]!;
    if (o.kind === 'skipped') tell(o.lines, o.status);
    if (o.kind !== 'rendered' && o.kind !== 'template') continue;
    for (const line of o.kind === 'rendered' ? o.lines : []) later.ctx.stderr(`${line}\n`);
    const result: PooledResult =
      o.kind === 'template'
        ? { diagnostics: [], templateProblems: [...o.problems] }
        : { diagnostics: [], templateProblems: [], ...(o.temporary ? { temporary: o.temporary } : {}), ...(o.bytes ? { bytes: o.bytes } : {}) };
    const target = join(output.outDir, o.kind === 'rendered' ? o.fileName : '');
    const placed = await placeDocument(
      later.ctx,
      { file, target, locate: () => undefined, ...(o.kind === 'rendered' && o.final ? { final: o.final } : {}) },
      result,
      output,
      asOf,
      flags,
    );
    if (placed === 'abort') {
      later.flush();
      return undefined;
    }
    worst = worstStatus(worst, placed.status);
    if (placed.written) written.push(placed.written);
  }
  later.flush();
  return { written, worst };
}

/** A context whose stderr waits; `flush` tells what waited and carries its exit code over. */
function deferredStderr(ctx: CliContext): { ctx: CliContext; flush(): void } {
  const lines: string[] = [];
  const inner: CliContext = Object.create(ctx, {
    stderr: { value: (text: string) => void lines.push(text) },
    exitCode: { value: ctx.exitCode, writable: true },
  });
  return {
    ctx: inner,
    flush() {
      for (const text of lines.splice(0)) ctx.stderr(text);
      ctx.exitCode = Math.max(ctx.exitCode, inner.exitCode);
    },
  };
}

/** The templates and the output folder (made if missing, cleared of an earlier run's temporary files); undefined (exit 2 set) when either fails. */
async function prepareOutput(ctx: CliContext, flags: RenderFlags): Promise<Output | undefined> {
  const { failUsage, fileErrorMessage } = await import('../errors.js');
  const { loadTemplateTexts, defaultTemplatesDir } = await import('../../node/templates.js');
  const files = await import('../../node/files.js');
  const path = await import('node:path');
  const fs = await import('node:fs');
  const templatesDir = defaultTemplatesDir();
  let templates: Readonly<Record<string, string>>;
  try {
    templates = loadTemplateTexts(templatesDir);
  } catch (e) {
    failUsage(ctx, tr(ctx, `mallarna kunde inte läsas: ${(e as Error).message}`, `the templates could not be read: ${(e as Error).message}`));
    return undefined;
  }
  const outDir = path.resolve(ctx.cwd, flags.output ?? flags.utdata ?? 'out');
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (e) {
    failUsage(ctx, fileErrorMessage(ctx, new files.FileError(outDir, 'no-folder', files.errnoOf(e))));
    return undefined;
  }
  // Temporary files an earlier, killed run left behind (samverkan's own naming only).
  files.removeStaleTemporaries(outDir);
  return { outDir, templatesDir, templates };
}

/** The library's decision per agreement (src/policy/render.ts): what is not rendered is told on stderr with its status. */
async function planJobs(
  ctx: CliContext,
  loaded: readonly LoadedAgreement[],
  outDir: string,
  asOf: string,
  flags: RenderFlags,
): Promise<{ jobs: Job[]; worst: ExitStatus }> {
  const { decideRender } = await import('../../policy/render.js');
  const { displayPath } = await import('../../node/files.js');
  const { join } = await import('node:path');
  const request = { asOf, lang: ctx.lang, final: flags.slutlig === true, show: (name: string) => displayPath(join(outDir, name), ctx.cwd) };
  const decided = new Map<string, string>();
  const jobs: Job[] = [];
  let worst: ExitStatus = EXIT.ok;
  for (const l of loaded) {
    const decision = decideRender(l.file, l.result, request, decided);
    if (decision.kind !== 'render') {
      for (const line of decision.lines) ctx.stderr(`${line}\n`);
      worst = worstStatus(worst, decision.status);
      continue;
    }
    const { agreement, final } = decision;
    const target = join(outDir, decision.fileName);
    jobs.push({ file: l.file, target, locate: l.result.locate, job: { agreement, asOf, lang: ctx.lang, target, ...(final ? { final } : {}) } });
  }
  return { jobs, worst };
}

/** Whether the templates can render every framework among the jobs; false (exit 2 set, problems told) when not. */
async function templatesFit(ctx: CliContext, output: Output, jobs: readonly Job[]): Promise<boolean> {
  const { templateSet } = await import('../../render/index.js');
  const set = templateSet(output.templates);
  const problems = [...new Set(jobs.map((j) => j.job.agreement.ramverk))].flatMap((fw) => set.problems(fw));
  if (problems.length === 0) return true;
  await tellTemplateProblems(ctx, output.templatesDir, problems);
  const { failUsage } = await import('../errors.js');
  failUsage(ctx, tr(ctx, 'mallarna har fel; inget dokument skrevs', 'the templates have errors; no document was written'));
  return false;
}

async function tellTemplateProblems(ctx: CliContext, templatesDir: string, problems: readonly TemplateProblem[]): Promise<void> {
  const { templateProblemLine } = await import('../../policy/render.js');
  const { displayPath } = await import('../../node/files.js');
  const shownDir = displayPath(templatesDir, ctx.cwd);
  for (const p of problems) ctx.stderr(`${templateProblemLine(shownDir, p)}\n`);
}

/** Render the jobs and place each document as it comes; undefined (exit 2 set) when the templates fail or a write fails. */
async function writeDocuments(
  ctx: CliContext,
  jobs: readonly Job[],
  output: Output,
  asOf: string,
  flags: RenderFlags,
): Promise<{ written: Written[]; worst: ExitStatus } | undefined> {
  const { renderInOrder } = await import('../../node/render-pool.js');
  const written: Written[] = [];
  let worst: ExitStatus = EXIT.ok;
  let i = 0;
  for await (const result of renderInOrder(
    jobs.map((j) => j.job),
    output.templatesDir,
  )) {
    const { file, target, locate, job } = jobs[i++]!;
    const placed = await placeDocument(ctx, { file, target, locate, ...(job.final ? { final: job.final } : {}) }, result, output, asOf, flags);
    if (placed === 'abort') return undefined;
    worst = worstStatus(worst, placed.status);
    if (placed.written) written.push(placed.written);
  }
  return { written, worst };
}

/**
 * One rendered document: its warnings told, then moved into place unless a
 * file is there that may not be replaced (the library's overwrite rule).
 * A worker may have written the document's temporary file already (flushed):
 * then it is only moved into place.
 */
async function placeDocument(
  ctx: CliContext,
  j: Placing,
  result: PooledResult,
  output: Output,
  asOf: string,
  flags: RenderFlags,
): Promise<{ status: ExitStatus; written?: Written } | 'abort'> {
  const { failUsage, fileErrorMessage } = await import('../errors.js');
  const { overwriteDecision, writtenLine } = await import('../../policy/render.js');
  const { inspectSeal } = await import('../../render/index.js');
  const { formatDiagnosticLine } = await import('../../format/diagnostics.js');
  const files = await import('../../node/files.js');
  const { file, target, locate, final } = j;
  const shown = files.displayPath(target, ctx.cwd);
  const temporary = result.temporary;
  const discard = () => temporary && files.discardTemporary(temporary);
  if (result.templateProblems.length > 0 || (!result.bytes && !temporary)) {
    await tellTemplateProblems(ctx, output.templatesDir, result.templateProblems);
    failUsage(
      ctx,
      tr(ctx, `${file}: mallarna kunde inte fyllas i; inget dokument skrevs`, `${file}: the templates could not be filled in; no document was written`),
    );
    return 'abort';
  }
  for (const d of result.diagnostics) {
    const position = locate(d.pointer);
    ctx.stderr(`${formatDiagnosticLine(file, { ...d, ...(position ? { position } : {}) })}\n`);
  }
  // Reading a named pipe would wait for ever; a folder or device is nothing to overwrite.
  const kind = files.outputKind(target);
  if (kind !== 'none' && kind !== 'file') {
    ctx.stderr(`samverkan: ${fileErrorMessage(ctx, new files.FileError(target, 'not-a-file', kind))}\n`);
    discard();
    return { status: EXIT.usage };
  }
  const may = overwriteDecision(kind === 'file' ? await inspectSeal(files.readBytes(target)) : undefined, flags.force === true, shown, ctx.lang);
  if (!may.write) {
    ctx.stderr(`${may.line}\n`);
    discard();
    return { status: may.status };
  }
  try {
    if (temporary) files.placeTemporary(temporary, target, { overwrite: may.overwrite });
    else files.writeFileAtomic(target, result.bytes!, { overwrite: may.overwrite });
  } catch (e) {
    return placedAlready(ctx, j, result, e, shown, asOf);
  }
  ctx.stdout(`${writtenLine(file, shown, { asOf, ...(final ? { final } : {}) }, ctx.lang)}\n`);
  return { status: EXIT.ok, written: { docx: target, replacedIntact: may.replacedIntact } };
}

/**
 * The write failed. Another samverkan run wrote the same target between our
 * look and our write: if it holds exactly these bytes, the document is there
 * as asked; any other file error ends the run (exit 2).
 */
async function placedAlready(
  ctx: CliContext,
  j: Placing,
  result: PooledResult,
  e: unknown,
  shown: string,
  asOf: string,
): Promise<{ status: ExitStatus; written?: Written } | 'abort'> {
  const { failUsage, fileErrorMessage } = await import('../errors.js');
  const { writtenLine } = await import('../../policy/render.js');
  const files = await import('../../node/files.js');
  const temporary = result.temporary;
  const mine = e instanceof files.FileError && e.kind === 'exists' ? (result.bytes ?? (temporary ? files.readBytes(temporary) : undefined)) : undefined;
  if (temporary) files.discardTemporary(temporary);
  if (mine && sameBytes(files.readBytes(j.target), mine)) {
    ctx.stdout(`${writtenLine(j.file, shown, { asOf, identical: true }, ctx.lang)}\n`);
    return { status: EXIT.ok, written: { docx: j.target, replacedIntact: false } };
  }
  if (e instanceof files.FileError) {
    failUsage(ctx, fileErrorMessage(ctx, e));
    return 'abort';
  }
  throw e;
}

/** PDFs beside the documents (LibreOffice); the worst status, or undefined (exit 2 set) when the conversion could not run. */
async function writePdfs(ctx: CliContext, written: readonly Written[], outDir: string, flags: RenderFlags): Promise<ExitStatus | undefined> {
  const { failUsage, fileErrorMessage } = await import('../errors.js');
  const { convertToPdf } = await import('../../node/pdf.js');
  const files = await import('../../node/files.js');
  const r = await convertToPdf(
    written.map((w) => w.docx),
    outDir,
    {
      force: Boolean(flags.force),
      replaceable: new Set(written.filter((w) => w.replacedIntact).map((w) => w.docx)),
      onWritten: (p) => ctx.stdout(`${files.displayPath(p, ctx.cwd)}\n`),
    },
  );
  let worst: ExitStatus = EXIT.ok;
  for (const b of r.blocked) {
    ctx.stderr(`samverkan: ${fileErrorMessage(ctx, new files.FileError(b.path, 'not-a-file', b.kind))}\n`);
    worst = worstStatus(worst, EXIT.usage);
  }
  for (const p of r.refused) {
    const shown = files.displayPath(p, ctx.cwd);
    ctx.stderr(
      tr(
        ctx,
        `${shown}: PDF-filen finns redan och skrivs inte över; kör igen med --force för att ersätta den\n`,
        `${shown}: the PDF exists and is not overwritten; run again with --force to replace it\n`,
      ),
    );
    worst = worstStatus(worst, EXIT.findings);
  }
  if (r.notInstalled) {
    failUsage(
      ctx,
      tr(
        ctx,
        'PDF kräver LibreOffice (soffice), som inte hittades. Installera det (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) eller exportera PDF från Word. Word-dokumenten är skrivna.',
        'PDF needs LibreOffice (soffice), which was not found. Install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or export the PDF from Word. The Word documents are written.',
      ),
    );
    return undefined;
  }
  if (r.failed) {
    failUsage(ctx, pdfFailureMessage(ctx, r.failed));
    return undefined;
  }
  return worst;
}

/** Which documents got no PDF (the first five), of how many, and why as far as known. */
function pdfFailureMessage(ctx: CliContext, f: PdfFailure): string {
  const names = f.names.slice(0, 5).join(', ') + (f.names.length > 5 ? ' …' : '');
  const minutes = f.timeLimitMs === undefined ? undefined : f.timeLimitMs / 60_000;
  const why =
    minutes === undefined ? f.detail : tr(ctx, `LibreOffice blev inte klart inom ${minutes} minuter`, `LibreOffice did not finish within ${minutes} minutes`);
  return tr(
    ctx,
    `PDF-konverteringen misslyckades: LibreOffice gav ingen PDF för ${f.names.length} av ${f.total} dokument: ${names}${why ? ` (${why})` : ''}`,
    `the PDF conversion failed: LibreOffice gave no PDF for ${f.names.length} of ${f.total} documents: ${names}${why ? ` (${why})` : ''}`,
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
