/** `samverkan report <dir>...`: the regional overview over many agreements. */
import { Option, type Command } from 'commander';
import { tr, type CliContext } from '../context.js';
import { dateOption, formatOption, resolveAsOf } from '../shared.js';
import { failUsage } from '../errors.js';
import type { LoadSource } from '../../policy/load.js';
import type { ReportInput } from '../../report/build.js';

import type { ReportFormat } from '../../report/formatters.js';

/** The registry's formats (src/report/formatters.ts), listed here so that --help does not load the formatters. */
const FORMATS = Object.keys({ md: 0, html: 0, csv: 0, json: 0, docx: 0 } satisfies Record<ReportFormat, 0>) as ReportFormat[];
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
    .description(
      tr(
        ctx,
        'regional översikt över många avtal: typ, samlokalisering, organisation, giltighet, kommuner utan avtal',
        'regional overview of many agreements: type, co-location, organisation, validity, municipalities without one',
      ),
    )
    .argument('<mappar...>', tr(ctx, 'mappar eller YAML-filer med avtal', 'folders or YAML files of agreements'))
    .addOption(
      new Option(
        '--region <region>',
        tr(ctx, 'länet vars kommuner listas (standard: av avtalens ramverk)', 'the county whose municipalities are listed (default: from the frameworks)'),
      ).choices([...REGIONS]),
    )
    .addOption(dateOption(ctx))
    .option(
      '-o, --output <mapp>',
      tr(ctx, 'skriv rapport.<format> i mappen (annars till standard ut)', 'write rapport.<format> into the folder (otherwise to standard output)'),
    )
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
    return failUsage(
      ctx,
      tr(
        ctx,
        '--format docx behöver -o <mapp> (ett Word-dokument skrivs inte till terminalen)',
        '--format docx needs -o <folder> (a Word document is not written to the terminal)',
      ),
    );
  }
  const { listInputs } = await import('../shared.js');
  const listed = await listInputs(ctx, inputs);
  if (!listed) return;
  // Refuse before the work, not after it, when the report would overwrite a file or cannot be written there.
  const outPath = await reportTarget(ctx, opts);
  if (outPath === null) return;

  const { buildReport } = await import('../../report/build.js');
  const { REPORT_FORMATTERS } = await import('../../report/formatters.js');
  const { reportStatus } = await import('../../policy/exit.js');
  const { unreadableNote } = await import('../../policy/report.js');
  const inputsForReport = await readForReport(ctx, listed, asOf);
  const report = buildReport(inputsForReport, { asOf, lang: ctx.lang, ...(opts.region ? { region: opts.region } : {}) });
  const data = await REPORT_FORMATTERS[opts.format](report, { lang: ctx.lang });
  if (outPath) {
    if (!(await writeReport(ctx, opts, outPath, data))) return;
  } else {
    ctx.stdout(data as string);
  }
  // The report's own count: an invalid file whose agreement could still be read is counted in it, with its errors.
  const note = unreadableNote(report, ctx.lang);
  if (note) ctx.stderr(note + '\n');
  ctx.exitCode = reportStatus(inputsForReport);
}

/** Where `-o` puts the report: undefined for standard output, null (exit 2 set) when it may not be written there. */
async function reportTarget(ctx: CliContext, opts: ReportOpts): Promise<string | undefined | null> {
  if (opts.output === undefined) return undefined;
  const files = await import('../../node/files.js');
  const { fileErrorMessage } = await import('../errors.js');
  const { resolve, join } = await import('node:path');
  const outPath = join(resolve(ctx.cwd, opts.output), `rapport.${opts.format}`);
  const outKind = files.outputKind(outPath);
  if (outKind !== 'none' && outKind !== 'file') {
    failUsage(ctx, fileErrorMessage(ctx, new files.FileError(outPath, 'not-a-file', outKind)));
    return null;
  }
  if (!opts.force && outKind === 'file') {
    const shown = files.displayPath(outPath, ctx.cwd);
    failUsage(ctx, tr(ctx, `${shown}: filen finns redan; ange --force för att skriva över den`, `${shown}: the file exists; give --force to overwrite it`));
    return null;
  }
  return outPath;
}

/**
 * Read, validate and check every file once (every indicator counts over
 * these results), telling each invalid file's errors on stderr, with a
 * progress line for a large batch on a terminal.
 */
async function readForReport(
  ctx: CliContext,
  listed: { files: string[]; unreadable: { path: string; message: string }[] },
  asOf: Date,
): Promise<ReportInput[]> {
  const { displayPath } = await import('../../node/files.js');
  const { readSource } = await import('../shared.js');
  const { idRegistry, loadAgreement } = await import('../../policy/load.js');
  const { reportInput } = await import('../../policy/report.js');
  const { formatDiagnosticLine } = await import('../../format/diagnostics.js');
  const paths = listed.files;
  const progress = ctx.stderrIsTTY && paths.length >= PROGRESS_FROM;
  const checkId = idRegistry(ctx.lang);
  const input = (path: string, source: LoadSource): ReportInput => {
    const file = displayPath(path, ctx.cwd);
    const result = checkId(file, loadAgreement(source, { lang: ctx.lang }));
    if (!result.valid) {
      if (progress) ctx.rawStderr('\r\x1b[K');
      for (const d of result.diagnostics.filter((x) => x.severity === 'fel')) ctx.stderr(formatDiagnosticLine(file, d) + '\n');
    }
    return reportInput({ file, result }, { asOf, lang: ctx.lang });
  };
  // Folders and links that could not be read are counted as unreadable, named like a file.
  const out = listed.unreadable.map((u) => input(u.path, { unreadable: u.message }));
  for (let i = 0; i < paths.length; i++) {
    if (progress && i % 50 === 0) ctx.rawStderr(`\r${tr(ctx, 'läser', 'reading')} ${i}/${paths.length} …`);
    out.push(input(paths[i]!, await readSource(ctx, paths[i]!)));
  }
  if (progress) ctx.rawStderr(`\r\x1b[K`);
  return out;
}

/** Write the report atomically into the `-o` folder; false (exit 2 set) when it could not be written. */
async function writeReport(ctx: CliContext, opts: ReportOpts, outPath: string, data: string | Uint8Array): Promise<boolean> {
  const files = await import('../../node/files.js');
  const { fileErrorMessage } = await import('../errors.js');
  const { resolve } = await import('node:path');
  const { mkdirSync } = await import('node:fs');
  const dir = resolve(ctx.cwd, opts.output!);
  try {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new files.FileError(dir, 'no-folder', files.errnoOf(e));
    }
    files.removeStaleTemporaries(dir);
    files.writeFileAtomic(outPath, data, { overwrite: opts.force === true });
  } catch (e) {
    if (e instanceof files.FileError) {
      failUsage(ctx, fileErrorMessage(ctx, e));
      return false;
    }
    throw e;
  }
  ctx.stderr(tr(ctx, `skrev ${files.displayPath(outPath, ctx.cwd)}\n`, `wrote ${files.displayPath(outPath, ctx.cwd)}\n`));
  return true;
}
