/** How I/O and usage problems are told to the user: one line, the path, no stack trace. */
import type { FileError, InputProblem } from '../node/files.js';
import { displayPath } from '../node/files.js';
import { EXIT, tr, type CliContext } from './context.js';

const ERRNO: Record<string, [string, string]> = {
  EACCES: ['åtkomst nekad', 'permission denied'],
  EPERM: ['åtkomst nekad', 'permission denied'],
  EROFS: ['filsystemet är skrivskyddat', 'read-only file system'],
  ENOSPC: ['disken är full', 'no space left on device'],
  EDQUOT: ['diskkvoten är slut', 'disk quota exceeded'],
  ENOENT: ['mappen finns inte', 'the folder does not exist'],
  ENOTDIR: ['en del av sökvägen är inte en mapp', 'part of the path is not a folder'],
  EISDIR: ['är en mapp', 'is a folder'],
  EMFILE: [
    'för många öppna filer; höj gränsen (t.ex. ulimit -n 4096) och kör igen',
    'too many open files; raise the limit (e.g. ulimit -n 4096) and run again',
  ],
  ENFILE: [
    'systemet har för många öppna filer; stäng program eller vänta och kör igen',
    'the system has too many open files; close programs or wait and run again',
  ],
  ELOOP: ['länkarna bildar en slinga', 'the links form a loop'],
  ENAMETOOLONG: ['namnet är för långt', 'the name is too long'],
  EIO: ['in- eller utmatningsfel', 'input/output error'],
  EFBIG: ['filen blir större än systemet tillåter', 'the file would be larger than the system allows'],
  EEXIST: ['det finns redan en fil med det namnet', 'a file of that name exists'],
};

/** A system error code in the user's language (the code itself when unknown). */
function reason(ctx: CliContext, detail: string | undefined): string {
  if (!detail) return '';
  const known = ERRNO[detail];
  return known ? tr(ctx, known[0], known[1]) : detail;
}

export function fileErrorMessage(ctx: CliContext, e: FileError): string {
  const p = displayPath(e.path, ctx.cwd);
  switch (e.kind) {
    case 'not-found':
      return tr(ctx, `${p}: filen eller mappen finns inte`, `${p}: no such file or folder`);
    case 'no-files':
      return tr(ctx, `${p}: mappen innehåller inga .yaml-filer`, `${p}: the folder holds no .yaml files`);
    case 'not-readable':
      return tr(ctx, `${p}: kan inte läsas (${reason(ctx, e.detail)})`, `${p}: cannot be read (${reason(ctx, e.detail)})`);
    case 'not-yaml':
      return tr(ctx, `${p}: är inte en .yaml-fil`, `${p}: is not a .yaml file`);
    case 'exists':
      return tr(ctx, `${p}: filen finns redan och skrivs inte över`, `${p}: the file exists and is not overwritten`);
    case 'no-folder':
      return tr(ctx, `${p}: mappen kan inte skapas (${reason(ctx, e.detail)})`, `${p}: the folder cannot be created (${reason(ctx, e.detail)})`);
    case 'not-writable':
      return tr(ctx, `${p}: kan inte skrivas (${reason(ctx, e.detail)})`, `${p}: cannot be written (${reason(ctx, e.detail)})`);
    case 'not-a-file': {
      const [sv, en] = OUTPUT_KIND[e.detail ?? 'other'] ?? OUTPUT_KIND.other!;
      return tr(
        ctx,
        `${p}: här finns ${sv}, inte en vanlig fil, och inget skrivs dit; ta bort eller byt namn på den, eller välj en annan utdatamapp med -o`,
        `${p}: there is ${en} here, not a regular file, and nothing is written to it; remove or rename it, or choose another output folder with -o`,
      );
    }
  }
}

const OUTPUT_KIND: Record<string, [string, string]> = {
  folder: ['en mapp', 'a folder'],
  fifo: ['en namngiven pipe (FIFO)', 'a named pipe (FIFO)'],
  device: ['en enhet', 'a device'],
  socket: ['en socket', 'a socket'],
  other: ['något annat än en fil', 'something other than a file'],
};

/** A file or folder that could not be taken in while listing the inputs. */
export function inputProblemMessage(ctx: CliContext, problem: InputProblem): string {
  switch (problem.kind) {
    case 'loop':
      return tr(
        ctx,
        'länken leder tillbaka till en mapp som redan läses (en slinga) och följs inte',
        'the link leads back to a folder already being read (a loop) and is not followed',
      );
    case 'dangling':
      return tr(ctx, 'länken pekar på något som inte finns', 'the link points to nothing that exists');
    case 'not-readable':
      return tr(ctx, `kan inte läsas (${reason(ctx, problem.detail)})`, `cannot be read (${reason(ctx, problem.detail)})`);
  }
}

/** Report a problem that stops the command, and set exit code 2. */
export function failUsage(ctx: CliContext, text: string): void {
  ctx.stderr(`samverkan: ${text}\n`);
  ctx.exitCode = EXIT.usage;
}
