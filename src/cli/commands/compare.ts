/** `samverkan jämför <gammal.yaml> <ny.yaml>` (alias `diff`): what a new version changes and which obligations it moves. */
import type { Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';
import { failUsage } from '../errors.js';
import { dateOption, formatOption, loadAgreements, type LoadedAgreement } from '../shared.js';

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
  const { parseIsoDate, isoDate } = await import('../../check/dates.js');
  const asOf = opts.asOf !== undefined ? parseIsoDate(opts.asOf) : parseIsoDate(isoDate(ctx.today()));
  if (!asOf) {
    failUsage(
      ctx,
      tr(ctx, `ogiltigt datum för --as-of: "${opts.asOf}"; ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15`, `invalid date for --as-of: "${opts.asOf}"; give a date as YYYY-MM-DD, e.g. 2026-01-15`),
    );
    return;
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

  ctx.stdout(await format(result, opts.format, ctx));
  ctx.exitCode = hasRegression(result) ? EXIT.findings : EXIT.ok;
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
