/** `samverkan check <file|dir>...`: judge agreements against their framework's rules. */
import { Option, type Command } from 'commander';
import type { Severity } from '../../core/diagnostic.js';
import { tr, type CliContext } from '../context.js';
import type { CheckFormat as Format } from '../../format/check-formatters.js';
import { dateOption, formatOption, loadAgreements, resolveAsOf } from '../shared.js';

/** The registry's formats (src/format/check-formatters.ts), listed here so that --help does not load the formatters. */
const FORMATS = Object.keys({ text: 0, json: 0, junit: 0, sarif: 0, markdown: 0 } satisfies Record<Format, 0>) as Format[];

export function register(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description(
      tr(
        ctx,
        'granska avtal mot ramverkets regler (med källhänvisning för varje regel)',
        "check agreements against their framework's rules (each rule cites its source)",
      ),
    )
    .argument('<filer...>', tr(ctx, 'YAML-filer eller mappar med avtal', 'YAML files or folders of agreements'))
    .addOption(dateOption(ctx))
    .addOption(formatOption(ctx, FORMATS))
    .addOption(
      new Option('--fail-on <nivå>', tr(ctx, 'lägsta nivå som ger slutkod 1', 'lowest severity that gives exit code 1'))
        .choices(['fel', 'varning'])
        .default('fel'),
    )
    .option(
      '--alla',
      tr(ctx, 'visa varje regels utfall, även uppfyllda och ej tillämpliga (text)', "show every rule's outcome, met and not applicable too (text)"),
    )
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan check agreements/\n  samverkan check avtal.yaml --as-of 2027-01-15\n  samverkan check agreements/ --format junit > granskning.xml\n  samverkan check agreements/ --format sarif --fail-on varning\n\nUtfall per regel: uppfyllt, ej uppfyllt, undantaget (godkänd avvikelse) eller ej tillämpligt.\nTextutdata listar det som behöver åtgärdas och räknar resten; --alla visar varje utfall.\nSlutkod: 0 inga brister på nivån --fail-on eller högre, 1 brister eller ogiltiga filer, 2 fel i anropet eller vid läsning.',
        '\nExamples:\n  samverkan check agreements/\n  samverkan check agreement.yaml --as-of 2027-01-15\n  samverkan check agreements/ --format junit > review.xml\n  samverkan check agreements/ --format sarif --fail-on varning\n\nOutcome per rule: met, not met, waived (approved deviation) or not applicable.\nText output lists what needs action and counts the rest; --alla shows every outcome.\nExit code: 0 no findings at --fail-on or above, 1 findings or invalid files, 2 usage or I/O error.',
      ),
    )
    .action(async (files: string[], opts: { format: Format; asOf?: string; failOn: Severity; alla?: boolean }) => {
      const asOf = await resolveAsOf(ctx, opts.asOf);
      if (!asOf) return;
      const loaded = await loadAgreements(ctx, files);
      if (!loaded) return;
      const [{ checkFiles }, { checkStatus }, { CHECK_FORMATTERS }] = await Promise.all([
        import('../../policy/check.js'),
        import('../../policy/exit.js'),
        import('../../format/check-formatters.js'),
      ]);
      const report = checkFiles(loaded, { asOf, lang: ctx.lang, failOn: opts.failOn });
      ctx.stdout((await CHECK_FORMATTERS[opts.format](report, { lang: ctx.lang, all: opts.alla === true })) as string);
      ctx.exitCode = checkStatus(report);
    });
}
