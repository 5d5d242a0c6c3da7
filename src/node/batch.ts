/**
 * `render` of many files on all cores. Each worker thread takes a file at a
 * time and does everything the single-file path does for it: reads and
 * validates it, applies the same per-file policy (`decideRender`: invalid,
 * refused as final version, or rendered with the final version's record),
 * renders it and writes its temporary file beside the target, flushed. The
 * main thread only hears back, in input order, what became of each file —
 * the lines to tell, the exit status, the temporary file's name — and moves
 * finished files into place. No file's text or document bytes are kept in
 * the main thread, and none cross threads (unless a worker could not write).
 */
import { join } from 'node:path';
import type { Lang, Position } from '../core/diagnostic.js';
import { formatDiagnosticLine } from '../format/diagnostics.js';
import { duplicateIdResult, loadAgreement, type LoadSource } from '../policy/load.js';
import { decideRender } from '../policy/render.js';
import type { ExitStatus } from '../policy/status.js';
import type { FinalCheck, RenderResult, TemplateProblem } from '../render/index.js';
import { DEFAULT_LIMITS } from '../core/source.js';
import { discardTemporary, FileError, readBytes, writeTemporaryAsync } from './files.js';
import { inOrderFromWorkers } from './render-pool.js';

/** One input file: its path on disk and as shown to the user. */
export interface BatchFile {
  readonly path: string;
  readonly file: string;
}

/** What every file of the run is rendered with. */
export interface BatchOptions {
  readonly outDir: string;
  readonly asOf: string;
  readonly lang: Lang;
  /** `--slutlig`. */
  readonly final: boolean;
}

/** What became of one file, as the main thread hears it (in input order). */
type BatchOutcome =
  /** The worker could not read the file: the main thread reads it and says why, as for one file. */
  | { readonly kind: 'unread' }
  /** Not rendered (invalid, or refused as the final version): the lines to tell and the status. */
  | { readonly kind: 'skipped'; readonly agreementId?: string; readonly status: ExitStatus; readonly lines: readonly string[] }
  /** The templates could not be filled in for this agreement: nothing of it was written. */
  | { readonly kind: 'template'; readonly problems: readonly TemplateProblem[] }
  /**
   * Rendered: its temporary file beside the target (written and flushed), or
   * its bytes when the worker could not write; the lines about what rendering
   * removed or changed.
   */
  | {
      readonly kind: 'rendered';
      readonly agreementId: string;
      readonly fileName: string;
      readonly final?: FinalCheck;
      readonly lines: readonly string[];
      readonly temporary?: string;
      readonly bytes?: Uint8Array;
    };

/** A message to a worker, and its reply. */
export interface BatchMessage {
  readonly id: number;
  readonly batch: BatchFile;
}
type BatchReply = BatchOutcome & { readonly id: number };

/** The files' outcomes in input order, each as soon as it and all before it are done, from `threads` workers. */
async function* renderFilesInOrder(files: readonly BatchFile[], options: BatchOptions, templatesDir: string, threads: number): AsyncGenerator<BatchOutcome> {
  const messages: BatchMessage[] = files.map((batch, id) => ({ id, batch }));
  const replies = inOrderFromWorkers<BatchReply>(messages, threads, { templatesDir, batch: options }, (r) => (r.kind === 'rendered' ? r.temporary : undefined));
  for await (const { id: _id, ...outcome } of replies) yield outcome as BatchOutcome;
}

/** How the main thread reads a file itself (the shell's words for why it cannot). */
type ReadSource = (path: string) => Promise<LoadSource>;

/**
 * The run's outcomes in input order, as the single-file path would have
 * them: the same `avtal.id` in a later file is an error on that file (its
 * document, if a worker wrote one, is discarded), and a file a worker could
 * not read is read, judged and if need be rendered here.
 */
export async function* renderBatch(
  files: readonly BatchFile[],
  options: BatchOptions,
  templatesDir: string,
  threads: number,
  readSource: ReadSource,
): AsyncGenerator<BatchOutcome> {
  const firstFileOf = new Map<string, string>();
  let i = 0;
  for await (const outcome of renderFilesInOrder(files, options, templatesDir, threads)) {
    const f = files[i++]!;
    if (outcome.kind === 'unread') {
      yield await judgeHere(f, options, templatesDir, firstFileOf, readSource);
      continue;
    }
    const id = outcome.kind === 'skipped' || outcome.kind === 'rendered' ? outcome.agreementId : undefined;
    const first = id === undefined ? undefined : firstFileOf.get(id);
    if (id !== undefined && first === undefined) firstFileOf.set(id, f.file);
    if (first === undefined) {
      yield outcome;
      continue;
    }
    if (outcome.kind === 'rendered' && outcome.temporary) discardTemporary(outcome.temporary);
    yield await judgeHere(f, options, templatesDir, firstFileOf, readSource);
  }
}

/** One file on the main thread, as the single-file path does it (rare: a duplicate id, or a file a worker could not read). */
async function judgeHere(
  f: BatchFile,
  options: BatchOptions,
  templatesDir: string,
  firstFileOf: Map<string, string>,
  readSource: ReadSource,
): Promise<BatchOutcome> {
  const { lang } = options;
  let result = loadAgreement(await readSource(f.path), { lang });
  const id = result.valid ? result.agreement?.avtal.id : undefined;
  if (id !== undefined) {
    const first = firstFileOf.get(id);
    if (first === undefined) firstFileOf.set(id, f.file);
    else result = duplicateIdResult(result, id, first, lang);
  }
  const decision = decideRender(f.file, result, { asOf: options.asOf, lang, final: options.final }, new Map());
  if (decision.kind !== 'render') return { kind: 'skipped', status: decision.status, lines: decision.lines };
  const { renderAgreement } = await import('../render/index.js');
  const { loadTemplateTexts } = await import('./templates.js');
  const rendered = await renderAgreement(decision.agreement, {
    templates: loadTemplateTexts(templatesDir),
    asOf: options.asOf,
    lang,
    ...(decision.final ? { final: decision.final } : {}),
  });
  if (rendered.templateProblems.length > 0 || !rendered.bytes) return { kind: 'template', problems: rendered.templateProblems };
  const lines = renderedLines(f.file, rendered, result.locate);
  return {
    kind: 'rendered',
    agreementId: decision.agreement.avtal.id,
    fileName: decision.fileName,
    lines,
    bytes: rendered.bytes,
    ...(decision.final ? { final: decision.final } : {}),
  };
}

/** What rendering removed or changed, each line at its place in the file. */
function renderedLines(file: string, rendered: RenderResult, locate: (pointer: string) => Position | undefined): string[] {
  return rendered.diagnostics.map((d) => {
    const position = locate(d.pointer);
    return formatDiagnosticLine(file, { ...d, ...(position ? { position } : {}) });
  });
}

type Render = (agreement: NonNullable<ReturnType<typeof loadAgreement>['agreement']>, final: FinalCheck | undefined) => Promise<RenderResult>;

/**
 * One file in a worker: read, validate, decide, render, write the temporary
 * file. The same policy as the single-file path (`decideRender`), with a
 * fresh record of written names: a second file with the same `avtal.id` is
 * found by the main thread, which sees the files in order.
 */
export async function renderFileInWorker(f: BatchFile, options: BatchOptions, render: Render): Promise<{ outcome: BatchOutcome; transfer: ArrayBuffer[] }> {
  const { lang } = options;
  let bytes: Uint8Array;
  try {
    bytes = readBytes(f.path, DEFAULT_LIMITS.maxBytes);
  } catch (e) {
    if (e instanceof FileError) return { outcome: { kind: 'unread' }, transfer: [] };
    throw e;
  }
  const result = loadAgreement(bytes, { lang });
  const agreementId = result.valid ? result.agreement?.avtal.id : undefined;
  const decision = decideRender(f.file, result, { asOf: options.asOf, lang, final: options.final }, new Map());
  if (decision.kind !== 'render')
    return {
      outcome: { kind: 'skipped', ...(agreementId !== undefined ? { agreementId } : {}), status: decision.status, lines: decision.lines },
      transfer: [],
    };
  const rendered = await render(decision.agreement, decision.final);
  if (rendered.templateProblems.length > 0 || !rendered.bytes) return { outcome: { kind: 'template', problems: rendered.templateProblems }, transfer: [] };
  const lines = renderedLines(f.file, rendered, result.locate);
  const done = {
    kind: 'rendered' as const,
    agreementId: decision.agreement.avtal.id,
    fileName: decision.fileName,
    lines,
    ...(decision.final ? { final: decision.final } : {}),
  };
  try {
    return { outcome: { ...done, temporary: await writeTemporaryAsync(join(options.outDir, decision.fileName), rendered.bytes) }, transfer: [] };
  } catch (e) {
    // The main thread writes it itself and reports the failure as it always does.
    if (!(e instanceof FileError)) throw e;
    return { outcome: { ...done, bytes: rendered.bytes }, transfer: [rendered.bytes.buffer as ArrayBuffer] };
  }
}
