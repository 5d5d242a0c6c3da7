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
}

/** Below this many documents a batch renders in one thread. */
export const POOL_THRESHOLD = 12;

export async function renderAll(jobs: readonly RenderJob[], templatesDir: string): Promise<RenderResult[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(jobs.length / 4));
  if (jobs.length < POOL_THRESHOLD || threads < 2 || process.env.SAMVERKAN_THREADS === '1') return renderHere(jobs, templatesDir);
  return renderInWorkers(jobs, templatesDir, threads);
}

async function renderHere(jobs: readonly RenderJob[], templatesDir: string): Promise<RenderResult[]> {
  const { renderAgreement } = await import('../render/index.js');
  const { loadTemplateTexts } = await import('./templates.js');
  const templates = loadTemplateTexts(templatesDir);
  const out: RenderResult[] = [];
  for (const j of jobs) out.push(await renderAgreement(j.agreement, { templates, asOf: j.asOf, lang: j.lang, ...(j.final ? { final: j.final } : {}) }));
  return out;
}

function renderInWorkers(jobs: readonly RenderJob[], templatesDir: string, threads: number): Promise<RenderResult[]> {
  return new Promise((resolve, reject) => {
    const results: RenderResult[] = new Array(jobs.length);
    let next = 0;
    let done = 0;
    let failed = false;
    const workers: Worker[] = [];
    const finish = (e?: Error) => {
      for (const w of workers) void w.terminate();
      if (e) reject(e);
      else resolve(results);
    };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(new URL('./render-worker.js', import.meta.url), { workerData: { templatesDir } });
      workers.push(w);
      const feed = () => {
        if (next < jobs.length) {
          const id = next++;
          w.postMessage({ id, job: jobs[id] });
        }
      };
      w.on('message', (m: { id: number; result: RenderResult }) => {
        results[m.id] = m.result;
        done++;
        if (done === jobs.length) finish();
        else feed();
      });
      w.on('error', (e) => {
        if (!failed) {
          failed = true;
          finish(e);
        }
      });
      feed();
    }
  });
}
