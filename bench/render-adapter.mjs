// The render stage of the benchmark: samverkan's renderAgreement over an
// agreement, with the templates read once per process (as the CLI does).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.env.SAMVERKAN_DIST ?? 'dist';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function renderForBench() {
  const { renderAgreement } = await import(join(root, dist, 'render/index.js'));
  const { loadTemplateTexts } = await import(join(root, dist, 'node/templates.js'));
  const templates = loadTemplateTexts(join(root, 'templates'));
  return async (agreement) => {
    const r = await renderAgreement(agreement, { templates, asOf: '2026-11-23' });
    if (!r.bytes) throw new Error(`render failed: ${JSON.stringify(r.templateProblems)}`);
    return r.bytes;
  };
}
