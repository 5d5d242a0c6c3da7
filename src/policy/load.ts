/**
 * Loading agreements: one error policy for every program. Whatever goes
 * wrong — bytes that could not be read, an encoding, YAML or schema error,
 * the same `avtal.id` in two files — the result is a value with diagnostics,
 * never an exception. The shell reads the bytes (a file, a browser File, a
 * request body) and names the file; everything after that is decided here.
 */
import type { Lang } from '../core/diagnostic.js';
import { validateAgreementBytes, validateAgreementText, type ValidateOptions, type ValidationResult } from '../core/validate.js';

/**
 * What a program hands over for one file: its bytes, its text (an editor
 * buffer), or — when the shell could not read it — why not, in the user's
 * language (e.g. "åtkomst nekad").
 */
export type LoadSource = Uint8Array | string | { readonly unreadable: string };

/** One named input file and its result. */
export interface LoadedFile {
  /** The file as the user should see it (e.g. a relative path). */
  readonly file: string;
  readonly result: ValidationResult;
}

const say = (lang: Lang | undefined, sv: string, en: string): string => (lang === 'en' ? en : sv);

/** The result for a file or folder that could not be read: code `io.not-readable`, counted and named like an invalid file. */
export function unreadableResult(message: string): ValidationResult {
  const start = { line: 1, col: 1 };
  return {
    valid: false,
    diagnostics: [{ code: 'io.not-readable', severity: 'fel', message, pointer: '' }],
    locate: () => start,
    locateRange: () => ({ start, end: start }),
  };
}

/** Read, parse and validate one source. Never throws for bad input: every problem is a diagnostic in the result. */
export function loadAgreement(source: LoadSource, options: ValidateOptions = {}): ValidationResult {
  if (typeof source === 'string') return validateAgreementText(source, options);
  if (source instanceof Uint8Array) return validateAgreementBytes(source, options);
  return unreadableResult(source.unreadable);
}

/**
 * The same `avtal.id` in a second file (code `avtal.id-dubblett`): the id
 * names the exported document and the agreement in the report, so two files
 * with one id are an error on the later file, naming the earlier one.
 */
export function duplicateIdResult(result: ValidationResult, id: string, firstFile: string, lang?: Lang): ValidationResult {
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
        message: say(lang, `Samma avtal.id "${id}" som i ${firstFile}.`, `The same avtal.id "${id}" as in ${firstFile}.`),
        hint: say(
          lang,
          'varje avtal behöver ett eget id; byt id i den ena filen eller ta bort dubbletten',
          'each agreement needs its own id; change the id in one file or remove the duplicate',
        ),
        pointer: '/avtal/id',
        position: range.start,
        range,
      },
    ],
  };
}

/** Tracks `avtal.id` over a run: the first file with an id keeps it, a later one gets the duplicate error. */
export function idRegistry(lang?: Lang): (file: string, result: ValidationResult) => ValidationResult {
  const seen = new Map<string, string>();
  return (file, result) => {
    const id = result.agreement?.avtal.id;
    if (!result.valid || id === undefined) return result;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, file);
      return result;
    }
    return duplicateIdResult(result, id, first, lang);
  };
}

/** Load several files as one run: each validated, the same `avtal.id` twice an error on the later file. */
export function loadAgreements(inputs: readonly { readonly file: string; readonly source: LoadSource }[], options: ValidateOptions = {}): LoadedFile[] {
  const checkId = idRegistry(options.lang);
  return inputs.map((i) => ({ file: i.file, result: checkId(i.file, loadAgreement(i.source, options)) }));
}
