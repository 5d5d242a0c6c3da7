/**
 * A render worker thread: templates compiled once, then one agreement per
 * message. With a target, the worker also writes the document's temporary
 * file beside it (flushed to disk) and sends back only its name, so the
 * main thread just moves finished files into place and no document's bytes
 * cross threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderAgreement } from '../render/index.js';
import { FileError, writeTemporary } from './files.js';
import { loadTemplateTexts } from './templates.js';
import type { RenderJob } from './render-pool.js';

const templates = loadTemplateTexts((workerData as { templatesDir: string }).templatesDir);

parentPort!.on('message', async (m: { id: number; job: RenderJob }) => {
  const { agreement, asOf, final, lang, target } = m.job;
  const result = await renderAgreement(agreement, { templates, asOf, lang, ...(final ? { final } : {}) });
  if (target && result.bytes) {
    try {
      const temporary = writeTemporary(target, result.bytes);
      const { bytes: _written, ...rest } = result;
      parentPort!.postMessage({ id: m.id, result: { ...rest, temporary } });
      return;
    } catch (e) {
      // The main thread writes it itself and reports the failure as it always does.
      if (!(e instanceof FileError)) throw e;
    }
  }
  parentPort!.postMessage({ id: m.id, result }, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
});
