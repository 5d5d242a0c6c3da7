/** A render worker thread: templates compiled once, then one agreement per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderAgreement } from '../render/index.js';
import { loadTemplateTexts } from './templates.js';
import type { RenderJob } from './render-pool.js';

const templates = loadTemplateTexts((workerData as { templatesDir: string }).templatesDir);

parentPort!.on('message', async (m: { id: number; job: RenderJob }) => {
  const { agreement, asOf, final, lang } = m.job;
  const result = await renderAgreement(agreement, { templates, asOf, lang, ...(final ? { final } : {}) });
  parentPort!.postMessage({ id: m.id, result }, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
});
