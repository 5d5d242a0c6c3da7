/** Pieces every command shares: the --format option, reading and validating input files. */
import { Option } from 'commander';
import type { LoadedFile, LoadSource } from '../policy/load.js';
import { tr, type CliContext } from './context.js';
import { failUsage, fileErrorMessage } from './errors.js';

export function formatOption(ctx: CliContext, formats: readonly string[], fallback = formats[0]!): Option {
  return new Option('-f, --format <format>', tr(ctx, 'utdataformat', 'output format')).choices([...formats]).default(fallback);
}

export function dateOption(ctx: CliContext): Option {
  return new Option('--as-of <ÅÅÅÅ-MM-DD>', tr(ctx, 'granska som om det vore detta datum (standard: i dag)', 'check as of this date (default: today)'));
}

/**
 * The day the command judges at: `--as-of` or the start of today (the core's
 * `asOfDate`, the same for every command). Undefined, with the usage error
 * written and exit 2 set, when `--as-of` is not a real date.
 */
export async function resolveAsOf(ctx: CliContext, flag: string | undefined): Promise<Date | undefined> {
  const { asOfDate } = await import('../core/dates.js');
  const day = asOfDate(flag, ctx.today());
  if (!day) {
    failUsage(
      ctx,
      tr(
        ctx,
        `ogiltigt datum för --as-of: "${flag}"; ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15`,
        `invalid date for --as-of: "${flag}"; give a date as YYYY-MM-DD, e.g. 2026-01-15`,
      ),
    );
  }
  return day;
}

export interface LoadedAgreement extends LoadedFile {
  /** The path on disk. */
  path: string;
}

/**
 * The inputs as files, and what could not be listed: a folder or link that
 * cannot be read becomes an unreadable entry (counted, named, exit 1); a link
 * loop is reported on stderr and not followed. Undefined (exit 2 already set)
 * when an input does not exist or a folder holds no .yaml file.
 */
export async function listInputs(
  ctx: CliContext,
  inputs: readonly string[],
): Promise<{ files: string[]; unreadable: { path: string; message: string }[] } | undefined> {
  const { expandInputs, displayPath, FileError } = await import('../node/files.js');
  const { inputProblemMessage } = await import('./errors.js');
  const { resolve } = await import('node:path');
  let listing: ReturnType<typeof expandInputs>;
  try {
    listing = expandInputs(inputs.map((i) => resolve(ctx.cwd, i)));
  } catch (e) {
    if (e instanceof FileError) {
      failUsage(ctx, fileErrorMessage(ctx, e));
      return undefined;
    }
    throw e;
  }
  const unreadable: { path: string; message: string }[] = [];
  for (const p of listing.problems) {
    const message = inputProblemMessage(ctx, p);
    if (p.kind === 'loop') ctx.stderr(`samverkan: ${displayPath(p.path, ctx.cwd)}: ${message}\n`);
    else unreadable.push({ path: p.path, message });
  }
  return { files: listing.files, unreadable };
}

/** A file's bytes, or why it could not be read (in the user's language): the library's load source. */
export async function readSource(ctx: CliContext, path: string): Promise<LoadSource> {
  const { readBytes, displayPath, FileError } = await import('../node/files.js');
  const { DEFAULT_LIMITS } = await import('../core/source.js');
  try {
    return readBytes(path, DEFAULT_LIMITS.maxBytes);
  } catch (e) {
    if (e instanceof FileError) return { unreadable: fileErrorMessage(ctx, e).slice(displayPath(e.path, ctx.cwd).length + 2) };
    throw e;
  }
}

/**
 * Expand the inputs, read every file and load it with the library's one
 * error policy (src/policy/load.ts). Returns undefined (exit 2 already set)
 * when an input does not exist; a file or folder that cannot be read, like a
 * file that does not validate, is a result (counted and named), never an
 * abort. The same avtal.id in two files is an error on the later one.
 */
export async function loadAgreements(ctx: CliContext, inputs: readonly string[]): Promise<LoadedAgreement[] | undefined> {
  const listed = await listInputs(ctx, inputs);
  return listed ? loadListed(ctx, listed) : undefined;
}

/** `loadAgreements` for inputs already listed (`listInputs`). */
export async function loadListed(
  ctx: CliContext,
  listed: { files: readonly string[]; unreadable: readonly { path: string; message: string }[] },
): Promise<LoadedAgreement[]> {
  const { displayPath } = await import('../node/files.js');
  const { loadAgreements: load } = await import('../policy/load.js');
  const sources: { file: string; path: string; source: LoadSource }[] = listed.unreadable.map((u) => ({
    file: displayPath(u.path, ctx.cwd),
    path: u.path,
    source: { unreadable: u.message },
  }));
  for (const path of listed.files) sources.push({ file: displayPath(path, ctx.cwd), path, source: await readSource(ctx, path) });
  const results = load(sources, { lang: ctx.lang });
  return sources.map((s, i) => ({ file: s.file, path: s.path, result: results[i]!.result }));
}
