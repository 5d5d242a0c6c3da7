/** How I/O and usage problems are told to the user: one line, the path, no stack trace. */
import { FileError } from '../node/files.js';
import { displayPath } from '../node/files.js';
import { EXIT, tr, type CliContext } from './context.js';

export class UsageError extends Error {}

export function fileErrorMessage(ctx: CliContext, e: FileError): string {
  const p = displayPath(e.path, ctx.cwd);
  switch (e.kind) {
    case 'not-found':
      return tr(ctx, `${p}: filen eller mappen finns inte`, `${p}: no such file or folder`);
    case 'no-files':
      return tr(ctx, `${p}: mappen innehåller inga .yaml-filer`, `${p}: the folder holds no .yaml files`);
    case 'not-readable':
      return tr(ctx, `${p}: kan inte läsas (${e.detail ?? ''})`, `${p}: cannot be read (${e.detail ?? ''})`);
    case 'not-yaml':
      return tr(ctx, `${p}: är inte en .yaml-fil`, `${p}: is not a .yaml file`);
    case 'exists':
      return tr(ctx, `${p}: filen finns redan och skrivs inte över`, `${p}: the file exists and is not overwritten`);
    case 'not-writable':
      return tr(ctx, `${p}: kan inte skrivas (${e.detail ?? ''})`, `${p}: cannot be written (${e.detail ?? ''})`);
  }
}

/** Report a problem that stops the command, and set exit code 2. */
export function failUsage(ctx: CliContext, text: string): void {
  ctx.stderr(`samverkan: ${text}\n`);
  ctx.exitCode = EXIT.usage;
}
