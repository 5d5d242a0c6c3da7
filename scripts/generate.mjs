// Writes the files generated from the code: schemas/*.schema.json, docs/*.md, the precompiled
// validators and the precompiled templates. Run with `npm run generate` (it builds first).
// A test fails when they are stale.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../dist/generated.js';
import { precompiledModuleSource, PRECOMPILED_MODULE_PATH } from '../dist/render/precompile.js';
import { loadTemplateTexts } from '../dist/node/templates.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = { ...generatedFiles(), [PRECOMPILED_MODULE_PATH]: precompiledModuleSource(loadTemplateTexts()) };
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  console.log(`skrev ${path}`);
}
