/** `samverkan validate <file|dir>...` */
import type { Command } from 'commander';
import { tr, type CliContext } from '../context.js';
import { formatOption, loadAgreements } from '../shared.js';
import type { ValidateFormat } from '../../format/diagnostics.js';

/** The registry's formats (src/format/diagnostics.ts), listed here so that --help does not load the formatters. */
const FORMATS = Object.keys({ text: 0, json: 0 } satisfies Record<ValidateFormat, 0>) as ValidateFormat[];

export function register(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description(
      tr(
        ctx,
        'kontrollera att avtalsfiler är läsbara och fullständiga i form (JSON Schema)',
        'check that agreement files are readable and complete in form (JSON Schema)',
      ),
    )
    .argument('<filer...>', tr(ctx, 'YAML-filer eller mappar med avtal', 'YAML files or folders of agreements'))
    .addOption(formatOption(ctx, FORMATS))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan validate agreements/\n  samverkan validate avtal.yaml --format json\n\nSlutkod: 0 alla giltiga, 1 något ogiltigt, 2 fel i anropet eller vid läsning.',
        '\nExamples:\n  samverkan validate agreements/\n  samverkan validate agreement.yaml --format json\n\nExit code: 0 all valid, 1 some invalid, 2 usage or I/O error.',
      ),
    )
    .action(async (files: string[], opts: { format: ValidateFormat }) => {
      const loaded = await loadAgreements(ctx, files);
      if (!loaded) return;
      const [{ VALIDATE_FORMATTERS, validationResults }, { validateStatus }] = await Promise.all([
        import('../../format/diagnostics.js'),
        import('../../policy/exit.js'),
      ]);
      const results = validationResults(loaded);
      ctx.stdout((await VALIDATE_FORMATTERS[opts.format](results, { lang: ctx.lang })) as string);
      ctx.exitCode = validateStatus(results);
    });
}
