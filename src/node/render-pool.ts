/**
 * Rendering many agreements on all cores: worker threads, each with the
 * templates compiled once, take agreements in turn. The results come back in
 * input order, so what is written and said does not depend on timing. Small
 * batches render in this thread (starting a worker costs more than it saves).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Agreement } from '../core/model.js';
import type { FinalCheck, RenderResult } from '../render/index.js';

export interface RenderJob {
  agreement: Agreement;
  asOf: string;
  final?: FinalCheck;
  lang: 'sv' | 'en';
  /** Where the document goes: a worker then writes its temporary file beside it (see `PooledResult`). */
  target?: string;
}

/**
 * A rendered document: its bytes, or (from a worker, when the job named a
 * target) the name of its temporary file beside the target, written and
 * flushed, for the caller to move into place (`placeTemporary`) or discard.
 */
export type PooledResult = RenderResult & { temporary?: string };

/**
 * Below this many documents a batch runs in one thread: each worker loads
 * `docx`, handlebars and the templates and renders its first document
 * through `docx` (≈ 0.3 s of CPU), which below about 100 documents costs
 * more than the second core saves (measured, docs/performance.md).
 */
const POOL_THRESHOLD = 100;

/**
 * Worker threads for a batch of `count` documents; 0 means this thread.
 * `SAMVERKAN_THREADS=1` keeps everything in this thread; `SAMVERKAN_THREADS=N`
 * (N ≥ 2) uses N workers whatever the count (tests and benchmarks).
 */
export function poolThreads(count: number): number {
  const forced = Number(process.env.SAMVERKAN_THREADS);
  if (forced === 1) return 0;
  if (Number.isInteger(forced) && forced >= 2) return Math.min(forced, count);
  const threads = Math.min(availableParallelism(), Math.ceil(count / 4));
  return count < POOL_THRESHOLD || threads < 2 ? 0 : threads;
}

/**
 * The rendered documents in input order, each as soon as it and all before it
 * are done, so the caller writes while the workers go on rendering and no
 * more results are held in memory than are waiting to be written.
 */
export async function* renderInOrder(jobs: readonly RenderJob[], templatesDir: string): AsyncGenerator<PooledResult> {
  const threads = poolThreads(jobs.length);
  if (threads === 0) yield* renderHere(jobs, templatesDir);
  else yield* renderInWorkers(jobs, templatesDir, threads);
}

async function* renderHere(jobs: readonly RenderJob[], templatesDir: string): AsyncGenerator<RenderResult> {
  const { renderAgreement } = await import('../render/index.js');
  const { loadTemplateTexts } = await import('./templates.js');
  const templates = loadTemplateTexts(templatesDir);
  for (const j of jobs) yield await renderAgreement(j.agreement, { templates, asOf: j.asOf, lang: j.lang, ...(j.final ? { final: j.final } : {}) });
}

/**
 * Jobs each worker holds at once. A worker replies only when its file is
 * flushed to disk, and the flush runs while it renders the next one; with
 * two, a flush slower than a render (a busy disk) left the worker waiting.
 * Four kept it busy: worker idle time 35 % → 24 % of a batch under load.
 */
const IN_FLIGHT = 4;

async function* renderInWorkers(jobs: readonly RenderJob[], templatesDir: string, threads: number): AsyncGenerator<PooledResult> {
  const replies = inOrderFromWorkers<{ id: number; result: PooledResult }>(
    jobs.map((job, id) => ({ id, job })),
    threads,
    { templatesDir },
    (m) => m.result.temporary,
  );
  for await (const m of replies) yield m.result;
}

/**
 * Messages `{ id, … }` handed to `threads` render workers, their replies
 * `{ id, … }` yielded in the order of the messages, each as soon as it and all
 * before it are in. A reply naming a temporary file (`temporaryOf`) is tracked
 * at once, so a stopped run removes it; when the caller stops early, no worker
 * is left running and no temporary file of a reply not yet delivered is left
 * behind.
 */
export async function* inOrderFromWorkers<R extends { id: number }>(
  messages: readonly { id: number }[],
  threads: number,
  workerData: unknown,
  temporaryOf: (reply: R) => string | undefined,
): AsyncGenerator<R> {
  const { trackTemporaryFile, discardTemporary } = await import('./files.js');
  const ready = new Map<number, R>();
  let delivered = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let next = 0;
  const feed = (w: Worker) => {
    if (next < messages.length) w.postMessage(messages[next++]);
  };
  const workers: Worker[] = [];
  for (let t = 0; t < threads; t++) {
    const w = new Worker(new URL('./render-worker.js', import.meta.url), { workerData });
    workers.push(w);
    w.on('message', (m: R) => {
      const tmp = temporaryOf(m);
      if (tmp) trackTemporaryFile(tmp);
      ready.set(m.id, m);
      feed(w);
      signal();
    });
    w.on('error', (e) => {
      failure ??= e;
      signal();
    });
    for (let k = 0; k < IN_FLIGHT; k++) feed(w);
  }
  try {
    for (let i = 0; i < messages.length; i++) {
      while (!ready.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const reply = ready.get(i)!;
      ready.delete(i);
      delivered = i + 1;
      yield reply;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    for (const [id, r] of ready) {
      const tmp = temporaryOf(r);
      if (id >= delivered && tmp) discardTemporary(tmp);
    }
  }
}
