/** `samverkan check <file|dir>...`: judge agreements against their framework's rules. */
import { Option, type Command } from 'commander';
import type { Severity } from '../../core/diagnostic.js';
import { EXIT, tr, type CliContext } from '../context.js';
import { failUsage } from '../errors.js';
import { dateOption, formatOption, loadAgreements, resolveAsOf } from '../shared.js';
import { VERSION as TOOL_VERSION } from '../../version.js';

const FORMATS = ['text', 'json', 'junit', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];


export function register(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description(tr(ctx, 'granska avtal mot ramverkets regler (med källhänvisning för varje regel)', "check agreements against their framework's rules (each rule cites its source)"))
    .argument('<filer...>', tr(ctx, 'YAML-filer eller mappar med avtal', 'YAML files or folders of agreements'))
    .addOption(dateOption(ctx))
    .addOption(formatOption(ctx, FORMATS))
    .addOption(
      new Option('--fail-on <nivå>', tr(ctx, 'lägsta nivå som ger slutkod 1', 'lowest severity that gives exit code 1')).choices(['fel', 'varning']).default('fel'),
    )
    .option('--alla', tr(ctx, 'visa varje regels utfall, även uppfyllda och ej tillämpliga (text)', 'show every rule\'s outcome, met and not applicable too (text)'))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan check agreements/\n  samverkan check avtal.yaml --as-of 2027-01-15\n  samverkan check agreements/ --format junit > granskning.xml\n  samverkan check agreements/ --format sarif --fail-on varning\n\nUtfall per regel: uppfyllt, ej uppfyllt, undantaget (godkänd avvikelse) eller ej tillämpligt.\nTextutdata listar det som behöver åtgärdas och räknar resten; --alla visar varje utfall.\nSlutkod: 0 inga brister på nivån --fail-on eller högre, 1 brister eller ogiltiga filer, 2 fel i anropet eller vid läsning.',
        '\nExamples:\n  samverkan check agreements/\n  samverkan check agreement.yaml --as-of 2027-01-15\n  samverkan check agreements/ --format junit > review.xml\n  samverkan check agreements/ --format sarif --fail-on varning\n\nOutcome per rule: met, not met, waived (approved deviation) or not applicable.\nText output lists what needs action and counts the rest; --alla shows every outcome.\nExit code: 0 no findings at --fail-on or above, 1 findings or invalid files, 2 usage or I/O error.',
      ),
    )
    .action(async (files: string[], opts: { format: Format; asOf?: string; failOn: Severity; alla?: boolean }) => {
      const { isoDate } = await import('../../core/dates.js');
      const asOf = await resolveAsOf(ctx, opts.asOf);
      if (!asOf) return;
      const loaded = await loadAgreements(ctx, files);
      if (!loaded) return;
      const { checkAgreement } = await import('../../check/check.js');
      const { reportPasses } = await import('../../format/check-report.js');
      const report = {
        asOf: isoDate(asOf),
        failOn: opts.failOn,
        files: loaded.map((l) => {
          const value = l.result.value as { familjecentral?: { namn?: unknown } } | undefined;
          const name = typeof value?.familjecentral?.namn === 'string' ? value.familjecentral.namn : undefined;
          const result = l.result.valid && l.result.agreement ? checkAgreement(l.result.agreement, { asOf, lang: ctx.lang, locate: l.result.locate, locateRange: l.result.locateRange }) : undefined;
          return {
            file: l.file,
            valid: l.result.valid,
            ...(l.result.framework ? { ramverk: l.result.framework } : {}),
            ...(name ? { name } : {}),
            diagnostics: l.result.diagnostics,
            ...(result ? { result } : {}),
          };
        }),
      };
      ctx.stdout(await render(report, opts.format, ctx, opts.alla === true));
      ctx.exitCode = reportPasses(report) ? EXIT.ok : EXIT.findings;
    });
}

async function render(report: import('../../format/check-report.js').CheckReport, format: Format, ctx: CliContext, all: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../format/sanitize.js')).jsonSafe((await import('../../format/check-json.js')).formatCheckJson(report));
    case 'junit':
      return (await import('../../format/check-junit.js')).formatCheckJunit(report, ctx.lang);
    case 'sarif':
      return (await import('../../format/check-sarif.js')).formatCheckSarif(report, ctx.lang, { toolVersion: TOOL_VERSION });
    case 'markdown':
      return (await import('../../format/check-markdown.js')).formatCheckMarkdown(report, ctx.lang);
    default:
      return (await import('../../format/check-text.js')).formatCheckText(report, ctx.lang, { all });
  }
}
