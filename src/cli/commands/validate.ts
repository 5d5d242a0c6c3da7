/** `samverkan validate <file|dir>...` */
import type { Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';
import { formatOption, loadAgreements } from '../shared.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description(tr(ctx, 'kontrollera att avtalsfiler är läsbara och fullständiga i form (JSON Schema)', 'check that agreement files are readable and complete in form (JSON Schema)'))
    .argument('<filer...>', tr(ctx, 'YAML-filer eller mappar med avtal', 'YAML files or folders of agreements'))
    .addOption(formatOption(ctx, ['text', 'json']))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan validate agreements/\n  samverkan validate avtal.yaml --format json\n\nSlutkod: 0 alla giltiga, 1 något ogiltigt, 2 fel i anropet eller vid läsning.',
        '\nExamples:\n  samverkan validate agreements/\n  samverkan validate agreement.yaml --format json\n\nExit code: 0 all valid, 1 some invalid, 2 usage or I/O error.',
      ),
    )
    .action(async (files: string[], opts: { format: 'text' | 'json' }) => {
      const loaded = await loadAgreements(ctx, files);
      if (!loaded) return;
      const { formatValidationJson, formatValidationText } = await import('../../format/diagnostics.js');
      const results = loaded.map((l) => ({
        file: l.file,
        valid: l.result.valid,
        ...(l.result.framework ? { ramverk: l.result.framework } : {}),
        diagnostics: l.result.diagnostics,
      }));
      ctx.stdout(opts.format === 'json' ? formatValidationJson(results) : formatValidationText(ctx.lang, results));
      ctx.exitCode = results.every((r) => r.valid) ? EXIT.ok : EXIT.findings;
    });
}
