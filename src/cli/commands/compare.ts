/** `samverkan jämför <gammal.yaml> <ny.yaml>` (alias `diff`): what a new version changes and which obligations it moves. */
import { Option, type Command } from 'commander';
import { tr, type CliContext } from '../context.js';
import { failUsage } from '../errors.js';
import { dateOption, formatOption, loadAgreements, resolveAsOf } from '../shared.js';
import type { CompareSide } from '../../compare/compare.js';
import type { CompareFormat as Format } from '../../compare/formatters.js';

/** The registry's formats (src/compare/formatters.ts), listed here so that --help does not load the formatters. */
const FORMATS = Object.keys({ text: 0, json: 0, markdown: 0 } satisfies Record<Format, 0>) as Format[];

interface CompareOpts {
  format: Format;
  asOf?: string;
  docx?: string;
  författare: string;
  force?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('jämför')
    .alias('diff')
    .description(
      tr(
        ctx,
        'jämför två versioner av ett avtal: vad som ändrats, vilka skyldigheter det flyttar, och en Word-fil med spårade ändringar',
        'compare two versions of an agreement: what changed, which obligations it moves, and a Word file with tracked changes',
      ),
    )
    .argument('<gammal>', tr(ctx, 'den tidigare versionen (YAML-fil)', 'the earlier version (YAML file)'))
    .argument('<ny>', tr(ctx, 'den nya versionen (YAML-fil)', 'the new version (YAML file)'))
    .addOption(dateOption(ctx))
    .addOption(formatOption(ctx, FORMATS))
    .option(
      '--docx <fil>',
      tr(
        ctx,
        'skriv också den nya versionens dokument med spårade ändringar mot den gamla (.docx)',
        "also write the new version's document with tracked changes against the old one (.docx)",
      ),
    )
    .addOption(
      new Option(
        '--författare <namn>',
        tr(ctx, 'namnet på ändringarna och kommentarerna i Word-filen', 'the name on the changes and comments in the Word file'),
      ).default('samverkan'),
    )
    .option('--force', tr(ctx, 'skriv över en Word-fil som inte är samverkans oförändrade', "overwrite a Word file that is not samverkan's unchanged output"))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan jämför avtal-v2.yaml avtal-v3.yaml\n  samverkan jämför avtal-v2.yaml avtal-v3.yaml --as-of 2027-01-01 --format markdown\n  samverkan diff avtal-v2.yaml avtal-v3.yaml --docx ändringar.docx --författare "Juridiska enheten"\n\nListor jämförs på identitet (basverksamhet, part, tid), inte på plats: en ändrad ordning är ingen ändring.\nBåda versionerna granskas per samma datum; varje regel vars utfall ändras visas med källa och orsak.\nWord-filens ändringar dateras med --as-of, så samma indata ger samma fil.\n\nSlutkod: 0 den nya versionen uppfyller allt den gamla uppfyllde, 1 den nya versionen uppfyller inte en\nskyldighet som den gamla uppfyllde, 2 fel i anropet, en fil som inte kan läsas eller är ogiltig.',
        '\nExamples:\n  samverkan jämför agreement-v2.yaml agreement-v3.yaml\n  samverkan jämför agreement-v2.yaml agreement-v3.yaml --as-of 2027-01-01 --format markdown\n  samverkan diff agreement-v2.yaml agreement-v3.yaml --docx changes.docx --författare "Legal"\n\nLists are matched by identity (base activity, party, time), not position: a new order is not a change.\nBoth versions are checked as of the same date; each rule whose outcome changes is shown with source and cause.\nThe Word file\'s changes are dated --as-of, so the same input gives the same file.\n\nExit code: 0 the new version meets everything the old one met, 1 the new version fails an obligation\nthe old one met, 2 usage error, or a file that cannot be read or is invalid.',
      ),
    )
    .action(async (oldFile: string, newFile: string, opts: CompareOpts) => {
      await compareCommand(ctx, oldFile, newFile, opts);
    });
}

async function loadOne(ctx: CliContext, input: string): Promise<CompareSide | undefined> {
  const loaded = await loadAgreements(ctx, [input]);
  if (!loaded) return undefined;
  if (loaded.length !== 1 || loaded[0]!.path !== (await import('node:path')).resolve(ctx.cwd, input)) {
    failUsage(ctx, tr(ctx, `${input}: ange en YAML-fil, inte en mapp`, `${input}: give a YAML file, not a folder`));
    return undefined;
  }
  const { comparable } = await import('../../policy/compare.js');
  const c = comparable(loaded[0]!, ctx.lang);
  if (c.ok) return c.side;
  for (const line of c.lines.slice(0, -1)) ctx.stderr(line + '\n');
  failUsage(ctx, c.lines.at(-1)!);
  return undefined;
}

/**
 * Where `--docx` writes, and whether it may replace what lies there (only
 * samverkan's unchanged file, or with --force): undefined without --docx,
 * null (exit 2 set) when refused before any work.
 */
async function redlineTarget(ctx: CliContext, opts: CompareOpts): Promise<{ path: string; overwrite: boolean } | undefined | null> {
  if (opts.docx === undefined) return undefined;
  const files = await import('../../node/files.js');
  const path = (await import('node:path')).resolve(ctx.cwd, opts.docx);
  if (!/\.docx$/i.test(path)) {
    failUsage(ctx, tr(ctx, `${opts.docx}: Word-filen måste sluta på .docx`, `${opts.docx}: the Word file must end in .docx`));
    return null;
  }
  if (!files.exists(path)) return { path, overwrite: false };
  const { inspectSeal } = await import('../../render/package.js');
  // A file that cannot be read or is no zip is not ours: refused like any other.
  const state = await (async () => inspectSeal(files.readBytes(path)))().catch(() => 'unsealed' as const);
  if (state === 'intact' || opts.force) return { path, overwrite: true };
  const shown = files.displayPath(path, ctx.cwd);
  failUsage(
    ctx,
    tr(
      ctx,
      `${shown}: filen finns redan och är inte samverkans oförändrade fil; den skrivs inte över. Ange ett annat namn, eller --force för att ersätta den.`,
      `${shown}: the file exists and is not samverkan's unchanged output; it is not overwritten. Give another name, or --force to replace it.`,
    ),
  );
  return null;
}

async function compareCommand(ctx: CliContext, oldFile: string, newFile: string, opts: CompareOpts): Promise<void> {
  const asOf = await resolveAsOf(ctx, opts.asOf);
  if (!asOf) return;
  const { authorProblem } = await import('../../policy/compare.js');
  const problem = authorProblem(opts.författare, ctx.lang);
  if (problem) return failUsage(ctx, problem);
  // Refuse before the work, not after it, when the redline would overwrite a file that is not ours.
  const target = await redlineTarget(ctx, opts);
  if (target === null) return;
  const oldSide = await loadOne(ctx, oldFile);
  if (!oldSide) return;
  const newSide = await loadOne(ctx, newFile);
  if (!newSide) return;
  const { compareAgreements } = await import('../../compare/compare.js');
  const result = compareAgreements(oldSide, newSide, { asOf, lang: ctx.lang });
  if (target && !(await writeRedline(ctx, oldSide, newSide, result, opts.författare.trim(), target))) return;
  const [{ COMPARE_FORMATTERS }, { compareStatus }] = await Promise.all([import('../../compare/formatters.js'), import('../../policy/exit.js')]);
  ctx.stdout((await COMPARE_FORMATTERS[opts.format](result, { lang: ctx.lang })) as string);
  ctx.exitCode = compareStatus(result);
}

async function writeRedline(
  ctx: CliContext,
  oldSide: CompareSide,
  newSide: CompareSide,
  result: import('../../compare/types.js').ComparisonResult,
  author: string,
  target: { path: string; overwrite: boolean },
): Promise<boolean> {
  const files = await import('../../node/files.js');
  const { defaultTemplatesDir, loadTemplateTexts } = await import('../../node/templates.js');
  const { agreementRedline } = await import('../../compare/document.js');
  const { templateProblemLine } = await import('../../policy/render.js');
  let templates: Readonly<Record<string, string>>;
  try {
    templates = loadTemplateTexts(defaultTemplatesDir());
  } catch (e) {
    failUsage(ctx, tr(ctx, `mallarna kunde inte läsas: ${(e as Error).message}`, `the templates could not be read: ${(e as Error).message}`));
    return false;
  }
  const redline = await agreementRedline(oldSide.agreement, newSide.agreement, result, { templates, author });
  if (!redline.bytes) {
    for (const p of redline.templateProblems) ctx.stderr(templateProblemLine('templates', p) + '\n');
    failUsage(ctx, tr(ctx, 'mallarna har fel; ingen Word-fil skrevs', 'the templates have errors; no Word file was written'));
    return false;
  }
  try {
    files.writeFileAtomic(target.path, redline.bytes, { overwrite: target.overwrite });
  } catch (e) {
    if (e instanceof files.FileError) {
      const { fileErrorMessage } = await import('../errors.js');
      failUsage(ctx, fileErrorMessage(ctx, e));
      return false;
    }
    throw e;
  }
  ctx.stderr(
    tr(
      ctx,
      `Word-fil med spårade ändringar: ${files.displayPath(target.path, ctx.cwd)}\n`,
      `Word file with tracked changes: ${files.displayPath(target.path, ctx.cwd)}\n`,
    ),
  );
  return true;
}
