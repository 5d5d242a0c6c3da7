/**
 * A render worker thread: templates compiled once, then one message at a
 * time. Either an agreement to render (`renderInOrder`): with a target, the
 * worker also writes the document's temporary file beside it (flushed to
 * disk) and sends back only its name. Or a file of a batch (`batch.ts`):
 * the worker reads, validates, decides, renders and writes it, and sends
 * back what became of it. Either way the main thread just moves finished
 * files into place, and no document's bytes cross threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderAgreement } from '../render/index.js';
import { renderFileInWorker, type BatchMessage, type BatchOptions } from './batch.js';
import { FileError, writeTemporary } from './files.js';
import { loadTemplateTexts } from './templates.js';
import type { RenderJob } from './render-pool.js';

const data = workerData as { templatesDir: string; batch?: BatchOptions };
const templates = loadTemplateTexts(data.templatesDir);

async function renderJob(id: number, job: RenderJob): Promise<void> {
  const { agreement, asOf, final, lang, target } = job;
  const result = await renderAgreement(agreement, { templates, asOf, lang, ...(final ? { final } : {}) });
  if (target && result.bytes) {
    try {
      const temporary = writeTemporary(target, result.bytes);
      const { bytes: _written, ...rest } = result;
      parentPort!.postMessage({ id, result: { ...rest, temporary } });
      return;
    } catch (e) {
      // The main thread writes it itself and reports the failure as it always does.
      if (!(e instanceof FileError)) throw e;
    }
  }
  parentPort!.postMessage({ id, result }, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
}

async function renderBatchFile(m: BatchMessage, options: BatchOptions): Promise<void> {
  const { asOf, lang } = options;
  const { outcome, transfer } = await renderFileInWorker(m.batch, options, (agreement, final) =>
    renderAgreement(agreement, { templates, asOf, lang, ...(final ? { final } : {}) }),
  );
  parentPort!.postMessage({ id: m.id, ...outcome }, transfer);
}

parentPort!.on('message', async (m: { id: number; job: RenderJob } | BatchMessage) => {
  if ('batch' in m) await renderBatchFile(m, data.batch!);
  else await renderJob(m.id, m.job);
});
