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

export interface LoadedAgreement {
  /** The path as shown to the user. */
  file: string;
  /** The path on disk. */
  path: string;
  bytes: Uint8Array;
  result: ValidationResult;
}

/**
 * Expand the inputs, read and validate every file. Returns undefined (exit 2
 * already set) when an input cannot be found or read; a file that reads but
 * does not validate is a result, not an I/O error.
 */
export async function loadAgreements(ctx: CliContext, inputs: readonly string[]): Promise<LoadedAgreement[] | undefined> {
  const { expandInputs, readBytes, displayPath, FileError } = await import('../node/files.js');
  const { validateAgreementBytes } = await import('../core/validate.js');
  const { DEFAULT_LIMITS } = await import('../core/source.js');
  const { resolve } = await import('node:path');
  let paths: string[];
  try {
    paths = expandInputs(inputs.map((i) => resolve(ctx.cwd, i)));
  } catch (e) {
    if (e instanceof FileError) {
      failUsage(ctx, fileErrorMessage(ctx, e));
      return undefined;
    }
    throw e;
  }
  const out: LoadedAgreement[] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = readBytes(path, DEFAULT_LIMITS.maxBytes);
    } catch (e) {
      if (e instanceof FileError) {
        failUsage(ctx, fileErrorMessage(ctx, e));
        return undefined;
      }
      throw e;
    }
    out.push({ file: displayPath(path, ctx.cwd), path, bytes, result: validateAgreementBytes(bytes, { lang: ctx.lang }) });
  }
  return out;
}
