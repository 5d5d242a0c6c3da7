/** `samverkan new --ramverk <id> --kommun <namn> --namn <namn> [--typ <typ>] [-o fil]` */
import type { Command } from 'commander';
import { CENTRE_TYPES, FRAMEWORK_IDS, type CentreType, type FrameworkId } from '../../core/model.js';
import { EXIT, tr, type CliContext } from '../context.js';
import { failUsage } from '../errors.js';

interface NewOptions {
  ramverk: string;
  kommun: string;
  namn: string;
  typ: string;
  output?: string;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

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
    .requiredOption('--namn <namn>', tr(ctx, 'familjecentralens namn, t.ex. "Familjecentralen Solrosen"', 'the name of the centre, e.g. "Familjecentralen Solrosen"'))
    .option('--typ <typ>', tr(ctx, `typ av verksamhet: ${CENTRE_TYPES.join(' eller ')}`, `kind of centre: ${CENTRE_TYPES.join(' or ')}`), 'familjecentral')
    .option('-o, --output <fil>', tr(ctx, 'fil eller mapp att skriva till (standard: <avtals-id>.yaml i aktuell mapp)', 'file or folder to write (default: <agreement-id>.yaml in the current folder)'))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan new --ramverk skane-2018 --kommun Eslöv --namn "Familjecentralen Solrosen"\n  samverkan new --ramverk vg-2024 --kommun Borås --namn "Familjecentralen Regnbågen" --typ familjecentralsliknande -o agreements/\n\nFilen skrivs aldrig över om den redan finns. Fyll i de tomma värdena och kör sedan\nsamverkan validate på filen: den visar rad och kolumn för varje värde som saknas.\n\nSlutkod: 0 filen skrevs, 2 fel i anropet eller filen finns redan.\n',
        '\nExamples:\n  samverkan new --ramverk skane-2018 --kommun Eslöv --namn "Familjecentralen Solrosen"\n  samverkan new --ramverk vg-2024 --kommun Borås --namn "Familjecentralen Regnbågen" --typ familjecentralsliknande -o agreements/\n\nAn existing file is never overwritten. Fill in the empty values, then run\nsamverkan validate on the file: it shows the line and column of each value still missing.\n\nExit code: 0 file written, 2 usage error or the file exists.\n',
      ),
    )
    .action(async (opts: NewOptions) => {
      const { closest } = await import('../../core/suggest.js');
      const suggest = (word: string, candidates: readonly string[]) => {
        const near = closest(word, candidates);
        return near ? tr(ctx, ` (menade du ${near}?)`, ` (did you mean ${near}?)`) : '';
      };
      if (!(FRAMEWORK_IDS as readonly string[]).includes(opts.ramverk)) {
        failUsage(
          ctx,
          tr(ctx, `okänt ramverk "${opts.ramverk}"`, `unknown framework "${opts.ramverk}"`) +
            suggest(opts.ramverk, FRAMEWORK_IDS) +
            tr(ctx, `; välj ett av ${FRAMEWORK_IDS.join(', ')}`, `; choose one of ${FRAMEWORK_IDS.join(', ')}`),
        );
        return;
      }
      if (!(CENTRE_TYPES as readonly string[]).includes(opts.typ)) {
        failUsage(
          ctx,
          tr(ctx, `okänd typ "${opts.typ}"`, `unknown type "${opts.typ}"`) +
            suggest(opts.typ, CENTRE_TYPES) +
            tr(ctx, `; välj ${CENTRE_TYPES.join(' eller ')}`, `; choose ${CENTRE_TYPES.join(' or ')}`),
        );
        return;
      }
      const framework = opts.ramverk as FrameworkId;
      const namn = opts.namn.trim();
      if (namn === '' || namn.length > 200 || CONTROL.test(namn)) {
        failUsage(ctx, tr(ctx, '--namn måste vara en rad text med 1–200 tecken', '--namn must be one line of 1–200 characters'));
        return;
      }
      const { buildSkeleton, frameworkRegion, lookUpMunicipality, skeletonId } = await import('../../schema/skeleton.js');
      const found = lookUpMunicipality(framework, opts.kommun);
      if (found.kind === 'other-region') {
        const fits = FRAMEWORK_IDS.find((f) => lookUpMunicipality(f, found.kommun).kind === 'found');
        failUsage(
          ctx,
          tr(
            ctx,
            `${found.kommun} ligger i ${found.region.name}, inte i ${frameworkRegion(framework).name}${fits ? ` (menade du --ramverk ${fits}?)` : ''}`,
            `${found.kommun} is in ${found.region.name}, not in ${frameworkRegion(framework).name}${fits ? ` (did you mean --ramverk ${fits}?)` : ''}`,
          ),
        );
        return;
      }
      if (found.kind === 'unknown') {
        failUsage(
          ctx,
          tr(ctx, `okänd kommun "${opts.kommun}" i ${found.region.name}`, `unknown municipality "${opts.kommun}" in ${found.region.name}`) +
            (found.suggestion ? tr(ctx, ` (menade du ${found.suggestion}?)`, ` (did you mean ${found.suggestion}?)`) : ''),
        );
        return;
      }
      const id = skeletonId(found.kommun, namn);
      if (id === '') {
        failUsage(ctx, tr(ctx, 'kan inte bilda ett avtals-id av kommun och namn', 'cannot make an agreement id from municipality and name'));
        return;
      }

      const { dirname, join, relative, resolve, sep } = await import('node:path');
      const { fileURLToPath } = await import('node:url');
      const { statSync } = await import('node:fs');
      const { writeFileAtomic, displayPath, FileError } = await import('../../node/files.js');
      const { fileErrorMessage } = await import('../errors.js');
      let target = resolve(ctx.cwd, opts.output ?? `${id}.yaml`);
      const namesFolder = opts.output !== undefined && /[/\\]$/.test(opts.output);
      let isFolder = false;
      try {
        isFolder = statSync(target).isDirectory();
      } catch {
        if (namesFolder) {
          failUsage(ctx, tr(ctx, `${opts.output}: mappen finns inte`, `${opts.output}: no such folder`));
          return;
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
          parentIsFile ? tr(ctx, `${folder}: är en fil, inte en mapp`, `${folder}: is a file, not a folder`) : tr(ctx, `${folder}: mappen finns inte`, `${folder}: no such folder`),
        );
        return;
      }
      // The schemas ship beside the compiled code: <package>/dist/cli/commands/new.js → <package>/schemas/.
      const schemaFile = fileURLToPath(new URL(`../../../schemas/${framework}.schema.json`, import.meta.url));
      const schemaRef = relative(dirname(target), schemaFile).split(sep).join('/');
      const text = buildSkeleton({ framework, kommun: found.kommun, namn, typ: opts.typ as CentreType, schemaRef });
      try {
        writeFileAtomic(target, text, { overwrite: false });
      } catch (e) {
        if (e instanceof FileError) {
          failUsage(
            ctx,
            e.kind === 'exists'
              ? tr(
                  ctx,
                  `${displayPath(target, ctx.cwd)} finns redan och skrivs inte över; välj ett annat namn med -o`,
                  `${displayPath(target, ctx.cwd)} already exists and is not overwritten; choose another name with -o`,
                )
              : fileErrorMessage(ctx, e),
          );
          return;
        }
        throw e;
      }
      const shown = displayPath(target, ctx.cwd);
      ctx.stdout(
        tr(
          ctx,
          `Skrev ${shown}\nFyll i de tomma värdena och kör sedan: samverkan validate ${shown}\n`,
          `Wrote ${shown}\nFill in the empty values, then run: samverkan validate ${shown}\n`,
        ),
      );
      ctx.exitCode = EXIT.ok;
    });
}
