/**
 * The one shape of every formatter, in the spirit of spectral's: a function
 * from a command's results and options to what is written — text, or bytes
 * for a binary format. A formatter that needs an asynchronous packer (the
 * report's .docx) returns a promise of the same; callers `await` every one.
 * Each command has a registry (format name → formatter) that the CLI's
 * `--format` choices and the browser editor both read.
 */
import type { Lang } from '../core/diagnostic.js';

/** What a formatter produces: text, or the bytes of a file. */
export type Formatted = string | Uint8Array;

/** Options every formatter takes; a command's formatters may take more. */
export interface FormatterOptions {
  /** The language of the words around the data (default `sv`). */
  readonly lang?: Lang;
}

export type Formatter<R, O extends FormatterOptions = FormatterOptions> = (results: R, options: O) => Formatted | Promise<Formatted>;

/** A command's formatters by name, e.g. `CHECK_FORMATTERS.sarif`. */
export type FormatterRegistry<R, O extends FormatterOptions, K extends string> = { readonly [F in K]: Formatter<R, O> };

/** The names of a registry's formats, in the order they were declared (the CLI's `--format` choices). */
export function formatNames<K extends string>(registry: { readonly [F in K]: unknown }): K[] {
  return Object.keys(registry) as K[];
}
