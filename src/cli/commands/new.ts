/** `samverkan new --ramverk <id> --kommun <namn> --namn <namn> [--typ <typ>] [-o fil]` */
import type { Command } from 'commander';
import { CENTRE_TYPES, FRAMEWORK_IDS } from '../../core/model.js';
import { EXIT, tr, type CliContext } from '../context.js';
import { failUsage } from '../errors.js';

interface NewOptions {
  ramverk: string;
  kommun: string;
  namn: string;
  typ: string;
  output?: string;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('new')
    .description(
      tr(
        ctx,
        'skapa ett utkast till ett lokalt samverkansavtal med alla delar som ramverket kräver',
        'create a draft local agreement with every section its framework requires',
      ),
    )
    .requiredOption('--ramverk <ramverk>', tr(ctx, `regionalt ramverk: ${FRAMEWORK_IDS.join(', ')}`, `regional framework: ${FRAMEWORK_IDS.join(', ')}`))
    .requiredOption('--kommun <kommun>', tr(ctx, 'kommunen där familjecentralen ligger, t.ex. Eslöv', 'the municipality of the centre, e.g. Eslöv'))
    .requiredOption(
      '--namn <namn>',
      tr(ctx, 'familjecentralens namn, t.ex. "Familjecentralen Solrosen"', 'the name of the centre, e.g. "Familjecentralen Solrosen"'),
    )
    .option('--typ <typ>', tr(ctx, `typ av verksamhet: ${CENTRE_TYPES.join(' eller ')}`, `kind of centre: ${CENTRE_TYPES.join(' or ')}`), 'familjecentral')
    .option(
      '-o, --output <fil>',
      tr(
        ctx,
        'fil eller mapp att skriva till (standard: <avtals-id>.yaml i aktuell mapp)',
        'file or folder to write (default: <agreement-id>.yaml in the current folder)',
      ),
    )
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan new --ramverk skane-2018 --kommun Eslöv --namn "Familjecentralen Solrosen"\n  samverkan new --ramverk vg-2024 --kommun Borås --namn "Familjecentralen Regnbågen" --typ familjecentralsliknande -o agreements/\n\nFilen skrivs aldrig över om den redan finns. Fyll i de tomma värdena och kör sedan\nsamverkan validate på filen: den visar rad och kolumn för varje värde som saknas.\n\nSlutkod: 0 filen skrevs, 2 fel i anropet eller filen finns redan.\n',
        '\nExamples:\n  samverkan new --ramverk skane-2018 --kommun Eslöv --namn "Familjecentralen Solrosen"\n  samverkan new --ramverk vg-2024 --kommun Borås --namn "Familjecentralen Regnbågen" --typ familjecentralsliknande -o agreements/\n\nAn existing file is never overwritten. Fill in the empty values, then run\nsamverkan validate on the file: it shows the line and column of each value still missing.\n\nExit code: 0 file written, 2 usage error or the file exists.\n',
      ),
    )
    .action(async (opts: NewOptions) => {
      await runNew(ctx, opts);
    });
}

async function runNew(ctx: CliContext, opts: NewOptions): Promise<void> {
  const { planNewAgreement } = await import('../../policy/new.js');
  const plan = planNewAgreement(opts, ctx.lang);
  if (!plan.ok) return failUsage(ctx, plan.message);
  const target = await skeletonTarget(ctx, opts.output, plan.id);
  if (target === undefined) return;
  const { dirname, relative, sep } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { buildSkeleton } = await import('../../schema/skeleton.js');
  const { writeFileAtomic, displayPath, FileError } = await import('../../node/files.js');
  // The schemas ship beside the compiled code: <package>/dist/cli/commands/new.js → <package>/schemas/.
  const schemaFile = fileURLToPath(new URL(`../../../schemas/${plan.skeleton.framework}.schema.json`, import.meta.url));
  const schemaRef = relative(dirname(target), schemaFile).split(sep).join('/');
  const shown = displayPath(target, ctx.cwd);
  try {
    writeFileAtomic(target, buildSkeleton({ ...plan.skeleton, schemaRef }), { overwrite: false });
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    const { fileErrorMessage } = await import('../errors.js');
    const exists = tr(
      ctx,
      `${shown} finns redan och skrivs inte över; välj ett annat namn med -o`,
      `${shown} already exists and is not overwritten; choose another name with -o`,
    );
    return failUsage(ctx, e.kind === 'exists' ? exists : fileErrorMessage(ctx, e));
  }
  ctx.stdout(
    tr(
      ctx,
      `Skrev ${shown}\nFyll i de tomma värdena och kör sedan: samverkan validate ${shown}\n`,
      `Wrote ${shown}\nFill in the empty values, then run: samverkan validate ${shown}\n`,
    ),
  );
  ctx.exitCode = EXIT.ok;
}

/** The file to write: `-o` as a file, or `<id>.yaml` in `-o`'s folder or the current one; undefined (exit 2 set) when its folder is missing. */
async function skeletonTarget(ctx: CliContext, output: string | undefined, id: string): Promise<string | undefined> {
  const { dirname, join, resolve } = await import('node:path');
  const { statSync } = await import('node:fs');
  const { displayPath } = await import('../../node/files.js');
  let target = resolve(ctx.cwd, output ?? `${id}.yaml`);
  const namesFolder = output !== undefined && /[/\\]$/.test(output);
  let isFolder = false;
  try {
    isFolder = statSync(target).isDirectory();
  } catch {
    if (namesFolder) {
      failUsage(ctx, tr(ctx, `${output}: mappen finns inte`, `${output}: no such folder`));
      return undefined;
    }
  }
  if (isFolder) target = join(target, `${id}.yaml`);
  let parentIsFile = false;
  try {
    parentIsFile = !statSync(dirname(target)).isDirectory();
    if (parentIsFile) throw new Error('not a folder');
  } catch {
    const folder = displayPath(dirname(target), ctx.cwd);
    failUsage(
      ctx,
      parentIsFile
        ? tr(ctx, `${folder}: är en fil, inte en mapp`, `${folder}: is a file, not a folder`)
        : tr(ctx, `${folder}: mappen finns inte`, `${folder}: no such folder`),
    );
    return undefined;
  }
  return target;
}
