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

/** Below this many documents a batch renders in one thread. */
export const POOL_THRESHOLD = 12;

/**
 * The rendered documents in input order, each as soon as it and all before it
 * are done, so the caller writes while the workers go on rendering and no
 * more results are held in memory than are waiting to be written.
 */
export async function* renderInOrder(jobs: readonly RenderJob[], templatesDir: string): AsyncGenerator<PooledResult> {
  const threads = Math.min(availableParallelism(), Math.ceil(jobs.length / 4));
  if (jobs.length < POOL_THRESHOLD || threads < 2 || process.env.SAMVERKAN_THREADS === '1') yield* renderHere(jobs, templatesDir);
  else yield* renderInWorkers(jobs, templatesDir, threads);
}

async function* renderHere(jobs: readonly RenderJob[], templatesDir: string): AsyncGenerator<RenderResult> {
  const { renderAgreement } = await import('../render/index.js');
  const { loadTemplateTexts } = await import('./templates.js');
  const templates = loadTemplateTexts(templatesDir);
  for (const j of jobs) yield await renderAgreement(j.agreement, { templates, asOf: j.asOf, lang: j.lang, ...(j.final ? { final: j.final } : {}) });
}

/** Jobs each worker holds at once: one rendering, one waiting, so no worker idles while the main thread writes. */
const IN_FLIGHT = 2;

async function* renderInWorkers(jobs: readonly RenderJob[], templatesDir: string, threads: number): AsyncGenerator<PooledResult> {
  const { trackTemporaryFile, discardTemporary } = await import('./files.js');
  const ready = new Map<number, PooledResult>();
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
    if (next < jobs.length) {
      const id = next++;
      w.postMessage({ id, job: jobs[id] });
    }
  };
  const workers: Worker[] = [];
  for (let t = 0; t < threads; t++) {
    const w = new Worker(new URL('./render-worker.js', import.meta.url), { workerData: { templatesDir } });
    workers.push(w);
    w.on('message', (m: { id: number; result: PooledResult }) => {
      if (m.result.temporary) trackTemporaryFile(m.result.temporary);
      ready.set(m.id, m.result);
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
    for (let i = 0; i < jobs.length; i++) {
      while (!ready.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = ready.get(i)!;
      ready.delete(i);
      delivered = i + 1;
      yield result;
    }
  } finally {
    // Also when the caller stops early (a template error): no worker is left running,
    // and no temporary file of a document that will not be placed is left behind.
    await Promise.all(workers.map((w) => w.terminate()));
    for (const [id, r] of ready) if (id >= delivered && r.temporary) discardTemporary(r.temporary);
  }
}
