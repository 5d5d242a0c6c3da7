/** `samverkan jämför <gammal.yaml> <ny.yaml>` (alias `diff`): what a new version changes and which obligations it moves. */
import { Option, type Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';
import { failUsage } from '../errors.js';
import { dateOption, formatOption, loadAgreements, resolveAsOf, type LoadedAgreement } from '../shared.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

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
    .option('--docx <fil>', tr(ctx, 'skriv också den nya versionens dokument med spårade ändringar mot den gamla (.docx)', "also write the new version's document with tracked changes against the old one (.docx)"))
    .addOption(new Option('--författare <namn>', tr(ctx, 'namnet på ändringarna och kommentarerna i Word-filen', 'the name on the changes and comments in the Word file')).default('samverkan'))
    .option('--force', tr(ctx, 'skriv över en Word-fil som inte är samverkans oförändrade', 'overwrite a Word file that is not samverkan\'s unchanged output'))
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

async function loadOne(ctx: CliContext, input: string): Promise<LoadedAgreement | undefined> {
  const loaded = await loadAgreements(ctx, [input]);
  if (!loaded) return undefined;
  if (loaded.length !== 1 || loaded[0]!.path !== (await import('node:path')).resolve(ctx.cwd, input)) {
    failUsage(ctx, tr(ctx, `${input}: ange en YAML-fil, inte en mapp`, `${input}: give a YAML file, not a folder`));
    return undefined;
  }
  const l = loaded[0]!;
  if (!l.result.valid || !l.result.agreement) {
    const { formatDiagnosticLine } = await import('../../format/diagnostics.js');
    for (const d of l.result.diagnostics.filter((x) => x.severity === 'fel')) ctx.stderr(formatDiagnosticLine(l.file, d) + '\n');
    failUsage(ctx, tr(ctx, `${l.file}: ogiltigt avtal – kan inte jämföras förrän valideringsfelen är rättade`, `${l.file}: invalid agreement – cannot be compared until the validation errors are fixed`));
    return undefined;
  }
  return l;
}

async function compareCommand(ctx: CliContext, oldFile: string, newFile: string, opts: CompareOpts): Promise<void> {
  const asOf = await resolveAsOf(ctx, opts.asOf);
  if (!asOf) return;
  const author = opts.författare.trim();
  if (author === '' || author.length > 200 || [...author].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) {
    failUsage(ctx, tr(ctx, '--författare måste vara ett namn på 1–200 tecken utan styrtecken', '--författare must be a name of 1–200 characters without control characters'));
    return;
  }
  const files = await import('../../node/files.js');
  const { resolve } = await import('node:path');
  // Refuse before the work, not after it, when the redline would overwrite a file that is not ours.
  const target = opts.docx !== undefined ? resolve(ctx.cwd, opts.docx) : undefined;
  let overwrite = false;
  if (target !== undefined) {
    if (!/\.docx$/i.test(target)) {
      failUsage(ctx, tr(ctx, `${opts.docx}: Word-filen måste sluta på .docx`, `${opts.docx}: the Word file must end in .docx`));
      return;
    }
    if (files.exists(target)) {
      const { inspectSeal } = await import('../../render/package.js');
      let state: string;
      try {
        state = await inspectSeal(files.readBytes(target));
      } catch {
        state = 'unsealed';
      }
      if (state !== 'intact' && !opts.force) {
        failUsage(
          ctx,
          tr(
            ctx,
            `${files.displayPath(target, ctx.cwd)}: filen finns redan och är inte samverkans oförändrade fil; den skrivs inte över. Ange ett annat namn, eller --force för att ersätta den.`,
            `${files.displayPath(target, ctx.cwd)}: the file exists and is not samverkan's unchanged output; it is not overwritten. Give another name, or --force to replace it.`,
          ),
        );
        return;
      }
      overwrite = true;
    }
  }

  const oldLoaded = await loadOne(ctx, oldFile);
  if (!oldLoaded) return;
  const newLoaded = await loadOne(ctx, newFile);
  if (!newLoaded) return;

  const { compareAgreements, hasRegression } = await import('../../compare/compare.js');
  const result = compareAgreements(
    { agreement: oldLoaded.result.agreement!, locate: oldLoaded.result.locate, file: oldLoaded.file },
    { agreement: newLoaded.result.agreement!, locate: newLoaded.result.locate, file: newLoaded.file },
    { asOf, lang: ctx.lang },
  );

  if (target !== undefined) {
    const written = await writeRedline(ctx, oldLoaded, newLoaded, result, author, target, overwrite);
    if (!written) return;
  }
  ctx.stdout(await format(result, opts.format, ctx));
  ctx.exitCode = hasRegression(result) ? EXIT.findings : EXIT.ok;
}

async function writeRedline(
  ctx: CliContext,
  oldLoaded: LoadedAgreement,
  newLoaded: LoadedAgreement,
  result: import('../../compare/types.js').ComparisonResult,
  author: string,
  target: string,
  overwrite: boolean,
): Promise<boolean> {
  const files = await import('../../node/files.js');
  const { defaultTemplatesDir, loadTemplateTexts } = await import('../../node/templates.js');
  const { agreementRedline } = await import('../../compare/document.js');
  let templates: Readonly<Record<string, string>>;
  try {
    templates = loadTemplateTexts(defaultTemplatesDir());
  } catch (e) {
    failUsage(ctx, tr(ctx, `mallarna kunde inte läsas: ${(e as Error).message}`, `the templates could not be read: ${(e as Error).message}`));
    return false;
  }
  const redline = await agreementRedline(oldLoaded.result.agreement!, newLoaded.result.agreement!, result, { templates, author });
  if (!redline.bytes) {
    for (const p of redline.templateProblems) ctx.stderr(`templates/${p.template}:${p.line}:${p.col}  ${p.message}\n`);
    failUsage(ctx, tr(ctx, 'mallarna har fel; ingen Word-fil skrevs', 'the templates have errors; no Word file was written'));
    return false;
  }
  try {
    files.writeFileAtomic(target, redline.bytes, { overwrite });
  } catch (e) {
    if (e instanceof files.FileError) {
      const { fileErrorMessage } = await import('../errors.js');
      failUsage(ctx, fileErrorMessage(ctx, e));
      return false;
    }
    throw e;
  }
  ctx.stderr(tr(ctx, `Word-fil med spårade ändringar: ${files.displayPath(target, ctx.cwd)}\n`, `Word file with tracked changes: ${files.displayPath(target, ctx.cwd)}\n`));
  return true;
}

async function format(result: import('../../compare/types.js').ComparisonResult, f: Format, ctx: CliContext): Promise<string> {
  const options = { lang: ctx.lang };
  switch (f) {
    case 'json':
      return (await import('../../compare/format-json.js')).formatComparisonJson(result, options);
    case 'markdown':
      return (await import('../../compare/format-markdown.js')).formatComparisonMarkdown(result, options);
    default:
      return (await import('../../compare/format-text.js')).formatComparisonText(result, options);
  }
}
