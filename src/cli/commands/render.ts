/** `samverkan render <file|dir>... [-o dir] [--slutlig] [--as-of YYYY-MM-DD] [--pdf] [--force]` */
import { Option, type Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';
import { dateOption, loadAgreements, resolveAsOf } from '../shared.js';
import type { FinalCheck } from '../../render/index.js';
import { findingsBlockingFinal } from '../../render/final.js';
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

  const [{ documentFileName, inspectSeal, templateSet }, { loadTemplateTexts, defaultTemplatesDir }, { renderInOrder }, { formatDiagnosticLine }, files, path, fs] =
    await Promise.all([
      import('../../render/index.js'),
      import('../../node/templates.js'),
      import('../../node/render-pool.js'),
      import('../../format/diagnostics.js'),
      import('../../node/files.js'),
      import('node:path'),
      import('node:fs'),
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
  const targets = new Map<string, string>();
  const jobs: { file: string; target: string; locate: (p: string) => { line: number; col: number } | undefined; job: RenderJob }[] = [];
  for (const l of loaded) {
    if (!l.result.valid || !l.result.agreement) {
      for (const d of l.result.diagnostics) ctx.stderr(formatDiagnosticLine(l.file, d) + '\n');
      ctx.stderr(tr(ctx, `${l.file}: ogiltigt avtal, inget dokument skrevs\n`, `${l.file}: invalid agreement, no document written\n`));
      worst = Math.max(worst, EXIT.findings);
      continue;
    }
    const agreement = l.result.agreement;
    const target = path.join(outDir, documentFileName(agreement));
    const earlier = targets.get(target);
    if (earlier) {
      const shown = files.displayPath(target, ctx.cwd);
      ctx.stderr(
        tr(
          ctx,
          `${l.file}: samma avtals-id "${agreement.avtal.id}" som ${earlier}; ${shown} skrivs bara en gång\n`,
          `${l.file}: the same agreement id "${agreement.avtal.id}" as ${earlier}; ${shown} is written only once\n`,
        ),
      );
      worst = Math.max(worst, EXIT.findings);
      continue;
    }
    targets.set(target, l.file);

    let final: FinalCheck | undefined;
    if (flags.slutlig) {
      const { checkAgreement } = await import('../../check/index.js');
      const check = checkAgreement(agreement, { asOf: day, lang: ctx.lang, locate: l.result.locate, locateRange: l.result.locateRange });
      const s = check.summary;
      // Legal staff must never export as final an agreement whose content fails its framework; waived findings are
      // not failures, and the signatures are what the final version is for (their recorded state is check's business).
      const failing = findingsBlockingFinal(check.findings);
      if (failing.length > 0) {
        for (const f of failing) {
          const where = f.position ? `${l.file}:${f.position.line}:${f.position.col}` : l.file;
          ctx.stderr(`${where}  ${f.message}  (${f.ruleId})\n`);
        }
        ctx.stderr(
          tr(
            ctx,
            `${l.file}: kan inte bli slutlig version – granskningen mot ${check.ruleset} per ${asOf} hittade ${failing.length} fel. Rätta avtalet, eller godkänn en avvikelse under avvikelser:, och försök igen. Ett utkast skrivs utan --slutlig.\n`,
            `${l.file}: cannot be the final version – the check against ${check.ruleset} as of ${asOf} found ${failing.length} error(s). Fix the agreement, or approve a deviation under avvikelser:, and try again. A draft is written without --slutlig.\n`,
          ),
        );
        worst = Math.max(worst, EXIT.findings);
        continue;
      }
      final = {
        ruleset: check.ruleset,
        asOf: check.asOf,
        outcome: `${failing.length} fel i innehållet, ${s.varning} varningar, ${s.undantaget} undantagna, ${s.uppfyllt} uppfyllda av ${s.rules} regler`,
      };
    }
    jobs.push({ file: l.file, target, locate: l.result.locate, job: { agreement, asOf, lang: ctx.lang, target, ...(final ? { final } : {}) } });
  }

  // 2. The templates must fit the model before anything is rendered.
  const set = templateSet(templates);
  const problems = [...new Set(jobs.map((j) => j.job.agreement.ramverk))].flatMap((fw) => set.problems(fw));
  if (problems.length > 0) {
    const shownDir = files.displayPath(templatesDir, ctx.cwd);
    for (const p of problems) ctx.stderr(`${shownDir}/${p.template}:${p.line}:${p.col}  ${p.message}\n`);
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
      for (const p of result.templateProblems) ctx.stderr(`${shownDir}/${p.template}:${p.line}:${p.col}  ${p.message}\n`);
      failUsage(ctx, tr(ctx, `${file}: mallarna kunde inte fyllas i; inget dokument skrevs`, `${file}: the templates could not be filled in; no document was written`));
      return;
    }
    for (const d of result.diagnostics) {
      const position = locate(d.pointer);
      ctx.stderr(formatDiagnosticLine(file, { ...d, ...(position ? { position } : {}) }) + '\n');
    }

    // Never silently overwrite: only a file samverkan wrote and nobody changed, or with --force.
    let replacedIntact = false;
    let overwrite = false;
    const kind = files.outputKind(target);
    if (kind !== 'none' && kind !== 'file') {
      // Reading a named pipe would wait for ever; a folder or device is nothing to overwrite.
      ctx.stderr(`samverkan: ${fileErrorMessage(ctx, new files.FileError(target, 'not-a-file', kind))}\n`);
      worst = Math.max(worst, EXIT.usage);
      discard();
      continue;
    }
    if (kind === 'file') {
      const state = await inspectSeal(files.readBytes(target));
      if (state === 'intact') {
        replacedIntact = true;
        overwrite = true;
      } else if (flags.force) overwrite = true;
      else {
        ctx.stderr(
          state === 'changed'
            ? tr(
                ctx,
                `${shown}: filen har ändrats sedan samverkan skrev den (t.ex. i Word) och skrivs inte över. Spara den under ett annat namn, eller kör igen med --force för att ersätta den.\n`,
                `${shown}: the file has been changed since samverkan wrote it (e.g. in Word) and is not overwritten. Save it under another name, or run again with --force to replace it.\n`,
              )
            : tr(
                ctx,
                `${shown}: filen är inte skriven av samverkan, eller har sparats om i Word eller LibreOffice, och skrivs inte över. Spara den under ett annat namn, eller kör igen med --force för att ersätta den.\n`,
                `${shown}: the file was not written by samverkan, or was saved again in Word or LibreOffice, and is not overwritten. Save it under another name, or run again with --force to replace it.\n`,
              ),
        );
        worst = Math.max(worst, EXIT.findings);
        discard();
        continue;
      }
    }
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
        ctx.stdout(tr(ctx, `${file} → ${shown} (redan skriven, identisk)\n`, `${file} → ${shown} (already written, identical)\n`));
        continue;
      }
      if (e instanceof files.FileError) {
        failUsage(ctx, fileErrorMessage(ctx, e));
        return;
      }
      throw e;
    }
    written.push({ docx: target, replacedIntact });
    const final = job.final;
    ctx.stdout(
      tr(
        ctx,
        `${file} → ${shown} (${final ? `slutlig version, granskad mot ${final.ruleset}` : `utkast ${asOf}`})\n`,
        `${file} → ${shown} (${final ? `final version, checked against ${final.ruleset}` : `draft ${asOf}`})\n`,
      ),
    );
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
