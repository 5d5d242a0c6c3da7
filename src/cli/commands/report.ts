/** `samverkan report <dir>...`: the regional overview over many agreements. */
import { Option, type Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';
import { dateOption, formatOption, resolveAsOf } from '../shared.js';
import { failUsage } from '../errors.js';

const FORMATS = ['md', 'html', 'csv', 'json', 'docx'] as const;
type ReportFormat = (typeof FORMATS)[number];
const REGIONS = ['skane', 'vg', 'orebro'] as const;

interface ReportOpts {
  format: ReportFormat;
  region?: (typeof REGIONS)[number];
  asOf?: string;
  output?: string;
  force?: boolean;
}

/** Show progress on stderr for batches at least this large, when stderr is a terminal. */
const PROGRESS_FROM = 200;

export function register(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description(tr(ctx, 'regional översikt över många avtal: typ, samlokalisering, organisation, giltighet, kommuner utan avtal', 'regional overview of many agreements: type, co-location, organisation, validity, municipalities without one'))
    .argument('<mappar...>', tr(ctx, 'mappar eller YAML-filer med avtal', 'folders or YAML files of agreements'))
    .addOption(new Option('--region <region>', tr(ctx, 'länet vars kommuner listas (standard: av avtalens ramverk)', 'the county whose municipalities are listed (default: from the frameworks)')).choices([...REGIONS]))
    .addOption(dateOption(ctx))
    .option('-o, --output <mapp>', tr(ctx, 'skriv rapport.<format> i mappen (annars till standard ut)', 'write rapport.<format> into the folder (otherwise to standard output)'))
    .option('--force', tr(ctx, 'skriv över en befintlig rapport', 'overwrite an existing report'))
    .addOption(formatOption(ctx, FORMATS))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan report agreements/\n  samverkan report agreements/ -o ut/ --format html\n  samverkan report avtal/orebro/ --region orebro --as-of 2012-10-01 --format csv -o ut/\n\nFiler som inte kan läsas skrivs på standard fel med fil:rad:kolumn och räknas som "ej läsbara" i rapporten.\nSlutkod: 0 rapporten skriven, 1 rapporten skriven men någon fil var ej läsbar, 2 fel i anropet eller vid skrivning.',
        '\nExamples:\n  samverkan report agreements/\n  samverkan report agreements/ -o out/ --format html\n  samverkan report agreements/orebro/ --region orebro --as-of 2012-10-01 --format csv -o out/\n\nFiles that cannot be read are reported on standard error with file:line:col and counted as "unreadable" in the report.\nExit code: 0 report written, 1 report written but some file was unreadable, 2 usage or write error.',
      ),
    )
    .action(async (inputs: string[], opts: ReportOpts) => {
      await runReport(ctx, inputs, opts);
    });
}

async function runReport(ctx: CliContext, inputs: string[], opts: ReportOpts): Promise<void> {
  const asOf = await resolveAsOf(ctx, opts.asOf);
  if (!asOf) return;
  if (opts.format === 'docx' && opts.output === undefined) {
    return failUsage(ctx, tr(ctx, '--format docx behöver -o <mapp> (ett Word-dokument skrivs inte till terminalen)', '--format docx needs -o <folder> (a Word document is not written to the terminal)'));
  }

  const files = await import('../../node/files.js');
  const { fileErrorMessage } = await import('../errors.js');
  const { listInputs, idRegistry, unreadableResult } = await import('../shared.js');
  const { resolve, join } = await import('node:path');
  const listed = await listInputs(ctx, inputs);
  if (!listed) return;
  const paths = listed.files;

  // Refuse before the work, not after it, when the report would overwrite a file or cannot be written there.
  const outPath = opts.output !== undefined ? join(resolve(ctx.cwd, opts.output), `rapport.${opts.format}`) : undefined;
  const outKind = outPath ? files.outputKind(outPath) : 'none';
  if (outPath && outKind !== 'none' && outKind !== 'file') return failUsage(ctx, fileErrorMessage(ctx, new files.FileError(outPath, 'not-a-file', outKind)));
  if (outPath && !opts.force && outKind === 'file') {
    return failUsage(ctx, tr(ctx, `${files.displayPath(outPath, ctx.cwd)}: filen finns redan; ange --force för att skriva över den`, `${files.displayPath(outPath, ctx.cwd)}: the file exists; give --force to overwrite it`));
  }

  const { validateAgreementBytes } = await import('../../core/validate.js');
  const { DEFAULT_LIMITS } = await import('../../core/source.js');
  const { formatDiagnosticLine } = await import('../../format/diagnostics.js');
  const { buildReport } = await import('../../report/build.js');
  const { checkAgreement } = await import('../../check/index.js');
  const progress = ctx.stderrIsTTY && paths.length >= PROGRESS_FROM;
  const inputsForReport = [];
  const checkId = idRegistry(ctx);
  let unreadable = 0;
  // Folders and links that could not be read are counted as unreadable, named like a file.
  for (const u of listed.unreadable) {
    const file = files.displayPath(u.path, ctx.cwd);
    const validation = unreadableResult(u.message);
    unreadable++;
    for (const d of validation.diagnostics) ctx.stderr(formatDiagnosticLine(file, d) + '\n');
    inputsForReport.push({ file, validation });
  }
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    const file = files.displayPath(path, ctx.cwd);
    if (progress && i % 50 === 0) ctx.rawStderr(`\r${tr(ctx, 'läser', 'reading')} ${i}/${paths.length} …`);
    let validation;
    try {
      validation = checkId(file, validateAgreementBytes(files.readBytes(path, DEFAULT_LIMITS.maxBytes), { lang: ctx.lang }));
    } catch (e) {
      if (!(e instanceof files.FileError)) throw e;
      // An unreadable file is counted in the report, like an invalid one.
      validation = unreadableResult(fileErrorMessage(ctx, e).slice(file.length + 2));
    }
    if (!validation.valid) {
      unreadable++;
      if (progress) ctx.rawStderr('\r\x1b[K');
      for (const d of validation.diagnostics.filter((x) => x.severity === 'fel')) ctx.stderr(formatDiagnosticLine(file, d) + '\n');
    }
    // Each agreement is read, validated and checked once; every indicator counts over these results.
    const check = validation.valid && validation.agreement ? checkAgreement(validation.agreement, { asOf, lang: ctx.lang }) : undefined;
    inputsForReport.push({ file, validation, ...(check ? { check } : {}) });
  }
  if (progress) ctx.rawStderr(`\r\x1b[K`);

  const report = buildReport(inputsForReport, { asOf, lang: ctx.lang, ...(opts.region ? { region: opts.region } : {}) });
  const data = await renderFormat(report, opts.format);

  if (outPath) {
    try {
      const { mkdirSync } = await import('node:fs');
      try {
        mkdirSync(resolve(ctx.cwd, opts.output!), { recursive: true });
      } catch (e) {
        throw new files.FileError(resolve(ctx.cwd, opts.output!), 'no-folder', files.errnoOf(e));
      }
      files.removeStaleTemporaries(resolve(ctx.cwd, opts.output!));
      files.writeFileAtomic(outPath, data, { overwrite: opts.force === true });
    } catch (e) {
      if (e instanceof files.FileError) return failUsage(ctx, fileErrorMessage(ctx, e));
      throw e;
    }
    ctx.stderr(tr(ctx, `skrev ${files.displayPath(outPath, ctx.cwd)}\n`, `wrote ${files.displayPath(outPath, ctx.cwd)}\n`));
  } else {
    ctx.stdout(data as string);
  }
  // The report's own count: an invalid file whose agreement could still be read is counted in it, with its errors.
  if (report.files.unreadable > 0) {
    const total = inputsForReport.length;
    ctx.stderr(tr(ctx, `${report.files.unreadable} av ${total} filer kunde inte läsas och räknas som ej läsbara i rapporten.\n`, `${report.files.unreadable} of ${total} files could not be read and are counted as unreadable in the report.\n`));
  }
  ctx.exitCode = unreadable > 0 ? EXIT.findings : EXIT.ok;
}

async function renderFormat(report: import('../../report/types.js').Report, format: ReportFormat): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return (await import('../../report/json.js')).formatReportJson(report);
    case 'md':
      return (await import('../../report/markdown.js')).formatReportMarkdown(report);
    case 'csv':
      return (await import('../../report/csv.js')).formatReportCsv(report);
    case 'docx': {
      // Word refuses a file with one character XML cannot hold (U+FFFE, a C0 control): every text is made visible first.
      const { mapStrings, visible } = await import('../../format/sanitize.js');
      return (await import('../../report/docx.js')).formatReportDocx(mapStrings(report, visible));
    }
    case 'html':
      return (await import('../../report/html.js')).formatReportHtml(report);
  }
}
