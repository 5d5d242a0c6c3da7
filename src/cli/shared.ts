/** Pieces every command shares: the --format option, reading and validating input files. */
import { Option } from 'commander';
import type { ValidationResult } from '../core/validate.js';
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
    failUsage(ctx, tr(ctx, `ogiltigt datum för --as-of: "${flag}"; ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-15`, `invalid date for --as-of: "${flag}"; give a date as YYYY-MM-DD, e.g. 2026-01-15`));
  }
  return day;
}

export interface LoadedAgreement {
  /** The path as shown to the user. */
  file: string;
  /** The path on disk. */
  path: string;
  bytes: Uint8Array;
  result: ValidationResult;
}

/** The result for a file or folder that could not be read: counted and named like an invalid file. */
export function unreadableResult(message: string): ValidationResult {
  const start = { line: 1, col: 1 };
  return { valid: false, diagnostics: [{ code: 'io.not-readable', severity: 'fel', message, pointer: '' }], locate: () => start, locateRange: () => ({ start, end: start }) };
}

/**
 * The same `avtal.id` in a second file: the id names the exported document
 * and the agreement in the report, so two files with one id are an error on
 * the later file, naming the earlier one, in every command.
 */
export function duplicateIdResult(ctx: CliContext, result: ValidationResult, id: string, firstFile: string): ValidationResult {
  const range = result.locateRange('/avtal/id', 'value');
  const { agreement: _dropped, ...rest } = result;
  return {
    ...rest,
    valid: false,
    diagnostics: [
      ...result.diagnostics,
      {
        code: 'avtal.id-dubblett',
        severity: 'fel',
        message: tr(ctx, `Samma avtal.id "${id}" som i ${firstFile}.`, `The same avtal.id "${id}" as in ${firstFile}.`),
        hint: tr(ctx, 'varje avtal behöver ett eget id; byt id i den ena filen eller ta bort dubbletten', 'each agreement needs its own id; change the id in one file or remove the duplicate'),
        pointer: '/avtal/id',
        position: range.start,
        range,
      },
    ],
  };
}

/** Tracks `avtal.id` over a run: the first file with an id keeps it, a later one gets the duplicate error. */
export function idRegistry(ctx: CliContext): (file: string, result: ValidationResult) => ValidationResult {
  const seen = new Map<string, string>();
  return (file, result) => {
    const id = result.agreement?.avtal.id;
    if (!result.valid || id === undefined) return result;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, file);
      return result;
    }
    return duplicateIdResult(ctx, result, id, first);
  };
}

/**
 * The inputs as files, and what could not be listed: a folder or link that
 * cannot be read becomes an unreadable entry (counted, named, exit 1); a link
 * loop is reported on stderr and not followed. Undefined (exit 2 already set)
 * when an input does not exist or a folder holds no .yaml file.
 */
export async function listInputs(ctx: CliContext, inputs: readonly string[]): Promise<{ files: string[]; unreadable: { path: string; message: string }[] } | undefined> {
  const { expandInputs, displayPath, FileError } = await import('../node/files.js');
  const { inputProblemMessage } = await import('./errors.js');
  const { resolve } = await import('node:path');
  let listing;
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

/**
 * Expand the inputs, read and validate every file. Returns undefined (exit 2
 * already set) when an input does not exist; a file or folder that cannot be
 * read, like a file that does not validate, is a result (counted and named),
 * never an abort. The same avtal.id in two files is an error on the later one.
 */
export async function loadAgreements(ctx: CliContext, inputs: readonly string[]): Promise<LoadedAgreement[] | undefined> {
  const listed = await listInputs(ctx, inputs);
  if (!listed) return undefined;
  const { readBytes, displayPath, FileError } = await import('../node/files.js');
  const { validateAgreementBytes } = await import('../core/validate.js');
  const { DEFAULT_LIMITS } = await import('../core/source.js');
  const checkId = idRegistry(ctx);
  const out: LoadedAgreement[] = [];
  for (const u of listed.unreadable) {
    out.push({ file: displayPath(u.path, ctx.cwd), path: u.path, bytes: new Uint8Array(0), result: unreadableResult(u.message) });
  }
  for (const path of listed.files) {
    const file = displayPath(path, ctx.cwd);
    let bytes: Uint8Array;
    try {
      bytes = readBytes(path, DEFAULT_LIMITS.maxBytes);
    } catch (e) {
      if (e instanceof FileError) {
        out.push({ file, path, bytes: new Uint8Array(0), result: unreadableResult(fileErrorMessage(ctx, e).slice(displayPath(e.path, ctx.cwd).length + 2)) });
        continue;
      }
      throw e;
    }
    out.push({ file, path, bytes, result: checkId(file, validateAgreementBytes(bytes, { lang: ctx.lang })) });
  }
  return out;
}
