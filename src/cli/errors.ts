/** How I/O and usage problems are told to the user: one line, the path, no stack trace. */
import { FileError } from '../node/files.js';
import { displayPath } from '../node/files.js';
import { EXIT, tr, type CliContext } from './context.js';

export class UsageError extends Error {}

const ERRNO: Record<string, [string, string]> = {
  EACCES: ['åtkomst nekad', 'permission denied'],
  EPERM: ['åtkomst nekad', 'permission denied'],
  EROFS: ['filsystemet är skrivskyddat', 'read-only file system'],
  ENOSPC: ['disken är full', 'no space left on device'],
  EDQUOT: ['diskkvoten är slut', 'disk quota exceeded'],
  ENOENT: ['mappen finns inte', 'the folder does not exist'],
  ENOTDIR: ['en del av sökvägen är inte en mapp', 'part of the path is not a folder'],
  EISDIR: ['är en mapp', 'is a folder'],
  EMFILE: ['för många öppna filer', 'too many open files'],
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
  }
}

/** Report a problem that stops the command, and set exit code 2. */
export function failUsage(ctx: CliContext, text: string): void {
  ctx.stderr(`samverkan: ${text}\n`);
  ctx.exitCode = EXIT.usage;
}
