/** `samverkan render <file|dir>... [-o dir] [--slutlig] [--as-of YYYY-MM-DD] [--pdf] [--force]` */
import { Option, type Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';
import { dateOption, loadAgreements, resolveAsOf } from '../shared.js';
import type { RenderJob } from '../../node/render-pool.js';

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

async function runRender(ctx: CliContext, inputs: string[], flags: RenderFlags): Promise<void> {
  const { failUsage, fileErrorMessage } = await import('../errors.js');
  const day = await resolveAsOf(ctx, flags.asOf);
  if (!day) return;
  const { isoDate } = await import('../../core/dates.js');
  const asOf = isoDate(day);
  const loaded = await loadAgreements(ctx, inputs);
  if (!loaded) return;

  const [{ inspectSeal, templateSet }, { loadTemplateTexts, defaultTemplatesDir }, { renderInOrder }, { formatDiagnosticLine }, files, path, fs, { decideRender, overwriteDecision, templateProblemLine, writtenLine }] =
    await Promise.all([
      import('../../render/index.js'),
      import('../../node/templates.js'),
      import('../../node/render-pool.js'),
      import('../../format/diagnostics.js'),
      import('../../node/files.js'),
      import('node:path'),
      import('node:fs'),
      import('../../policy/render.js'),
    ]);

  const templatesDir = defaultTemplatesDir();
  let templates: Readonly<Record<string, string>>;
  try {
    templates = loadTemplateTexts(templatesDir);
  } catch (e) {
    failUsage(ctx, tr(ctx, `mallarna kunde inte läsas: ${(e as Error).message}`, `the templates could not be read: ${(e as Error).message}`));
    return;
  }
  const outDir = path.resolve(ctx.cwd, flags.output ?? flags.utdata ?? 'out');
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (e) {
    failUsage(ctx, fileErrorMessage(ctx, new files.FileError(outDir, 'no-folder', files.errnoOf(e))));
    return;
  }
  // Temporary files an earlier, killed run left behind (samverkan's own naming only).
  files.removeStaleTemporaries(outDir);

  // 1. Validate, and for --slutlig check, every agreement; collect what is to be rendered.
  let worst: number = EXIT.ok;
  const decided = new Map<string, string>();
  const request = { asOf, lang: ctx.lang, final: flags.slutlig === true, show: (name: string) => files.displayPath(path.join(outDir, name), ctx.cwd) };
  const jobs: { file: string; target: string; locate: (p: string) => { line: number; col: number } | undefined; job: RenderJob }[] = [];
  for (const l of loaded) {
    const decision = decideRender(l.file, l.result, request, decided);
    if (decision.kind !== 'render') {
      for (const line of decision.lines) ctx.stderr(line + '\n');
      worst = Math.max(worst, decision.status);
      continue;
    }
    const { agreement, final } = decision;
    const target = path.join(outDir, decision.fileName);
    jobs.push({ file: l.file, target, locate: l.result.locate, job: { agreement, asOf, lang: ctx.lang, target, ...(final ? { final } : {}) } });
  }

  // 2. The templates must fit the model before anything is rendered.
  const set = templateSet(templates);
  const problems = [...new Set(jobs.map((j) => j.job.agreement.ramverk))].flatMap((fw) => set.problems(fw));
  if (problems.length > 0) {
    const shownDir = files.displayPath(templatesDir, ctx.cwd);
    for (const p of problems) ctx.stderr(templateProblemLine(shownDir, p) + '\n');
    failUsage(ctx, tr(ctx, 'mallarna har fel; inget dokument skrevs', 'the templates have errors; no document was written'));
    return;
  }

  // 3. Render (on all cores for a large batch), writing each document in input order as it is done.
  const written: { docx: string; replacedIntact: boolean }[] = [];
  let i = 0;
  for await (const result of renderInOrder(jobs.map((j) => j.job), templatesDir)) {
    const { file, target, locate, job } = jobs[i++]!;
    const shown = files.displayPath(target, ctx.cwd);
    // A worker may have written the document's temporary file already (flushed): then it is only moved into place.
    const temporary = result.temporary;
    const discard = () => temporary && files.discardTemporary(temporary);
    if (result.templateProblems.length > 0 || (!result.bytes && !temporary)) {
      const shownDir = files.displayPath(templatesDir, ctx.cwd);
      for (const p of result.templateProblems) ctx.stderr(templateProblemLine(shownDir, p) + '\n');
      failUsage(ctx, tr(ctx, `${file}: mallarna kunde inte fyllas i; inget dokument skrevs`, `${file}: the templates could not be filled in; no document was written`));
      return;
    }
    for (const d of result.diagnostics) {
      const position = locate(d.pointer);
      ctx.stderr(formatDiagnosticLine(file, { ...d, ...(position ? { position } : {}) }) + '\n');
    }

    // Reading a named pipe would wait for ever; a folder or device is nothing to overwrite.
    const kind = files.outputKind(target);
    if (kind !== 'none' && kind !== 'file') {
      ctx.stderr(`samverkan: ${fileErrorMessage(ctx, new files.FileError(target, 'not-a-file', kind))}\n`);
      worst = Math.max(worst, EXIT.usage);
      discard();
      continue;
    }
    const may = overwriteDecision(kind === 'file' ? await inspectSeal(files.readBytes(target)) : undefined, flags.force === true, shown, ctx.lang);
    if (!may.write) {
      ctx.stderr(may.line + '\n');
      worst = Math.max(worst, may.status);
      discard();
      continue;
    }
    const { overwrite, replacedIntact } = may;
    try {
      if (temporary) files.placeTemporary(temporary, target, { overwrite });
      else files.writeFileAtomic(target, result.bytes!, { overwrite });
    } catch (e) {
      // Another samverkan run wrote the same target between our look and our
      // write: if it holds exactly these bytes, the document is there as asked.
      const mine = e instanceof files.FileError && e.kind === 'exists' ? (result.bytes ?? (temporary ? files.readBytes(temporary) : undefined)) : undefined;
      discard();
      if (mine && sameBytes(files.readBytes(target), mine)) {
        written.push({ docx: target, replacedIntact: false });
        ctx.stdout(writtenLine(file, shown, { asOf, identical: true }, ctx.lang) + '\n');
        continue;
      }
      if (e instanceof files.FileError) {
        failUsage(ctx, fileErrorMessage(ctx, e));
        return;
      }
      throw e;
    }
    written.push({ docx: target, replacedIntact });
    ctx.stdout(writtenLine(file, shown, { asOf, ...(job.final ? { final: job.final } : {}) }, ctx.lang) + '\n');
  }

  if (flags.pdf && written.length > 0) {
    const { convertToPdf } = await import('../../node/pdf.js');
    const r = convertToPdf(
      written.map((w) => w.docx),
      outDir,
      {
        force: Boolean(flags.force),
        replaceable: new Set(written.filter((w) => w.replacedIntact).map((w) => w.docx)),
        onWritten: (p) => ctx.stdout(`${files.displayPath(p, ctx.cwd)}\n`),
      },
    );
    for (const b of r.blocked) {
      ctx.stderr(`samverkan: ${fileErrorMessage(ctx, new files.FileError(b.path, 'not-a-file', b.kind))}\n`);
      worst = Math.max(worst, EXIT.usage);
    }
    for (const p of r.refused) {
      ctx.stderr(
        tr(
          ctx,
          `${files.displayPath(p, ctx.cwd)}: PDF-filen finns redan och skrivs inte över; kör igen med --force för att ersätta den\n`,
          `${files.displayPath(p, ctx.cwd)}: the PDF exists and is not overwritten; run again with --force to replace it\n`,
        ),
      );
      worst = Math.max(worst, EXIT.findings);
    }
    if (r.error === 'not-installed') {
      failUsage(
        ctx,
        tr(
          ctx,
          'PDF kräver LibreOffice (soffice), som inte hittades. Installera det (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) eller exportera PDF från Word. Word-dokumenten är skrivna.',
          'PDF needs LibreOffice (soffice), which was not found. Install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or export the PDF from Word. The Word documents are written.',
        ),
      );
      return;
    }
    if (r.error) {
      failUsage(ctx, tr(ctx, `PDF-konverteringen misslyckades: ${r.error}`, `the PDF conversion failed: ${r.error}`));
      return;
    }
  }
  ctx.exitCode = Math.max(ctx.exitCode, worst);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
