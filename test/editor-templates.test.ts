/**
 * The templates run on the handlebars runtime from specifications precompiled
 * at build time: no code is generated when rendering, so the same path works
 * in the CLI and under the browser editor's Content Security Policy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRECOMPILED_MODULE_PATH, precompiledModuleSource } from '../src/render/precompile.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { AGREEMENTS, BIN, ROOT, tempDir } from './helpers.js';

describe('precompiled templates', () => {
  it('are fresh (run npm run generate after changing templates/)', () => {
    const expected = precompiledModuleSource(loadTemplateTexts());
    expect(readFileSync(join(ROOT, PRECOMPILED_MODULE_PATH), 'utf8') === expected, `${PRECOMPILED_MODULE_PATH} is stale: run npm run generate`).toBe(true);
  });

  it('render every example with code generation from strings forbidden (as under a strict CSP)', () => {
    const out = tempDir();
    const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', BIN, 'render', AGREEMENTS, '-o', out, '--as-of', '2026-03-01'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SAMVERKAN_LANG: '' },
    });
    expect(r.stderr).not.toMatch(/EvalError|Code generation/);
    expect(r.status).toBe(0);
  });

  it('a template edited since the build is still checked and rendered in Node', async () => {
    const { renderAgreement, templateSet } = await import('../src/render/index.js');
    const texts = { ...loadTemplateTexts() };
    texts['partials/syfte.hbs'] = `{{familjecentral.saknas}}\n${texts['partials/syfte.hbs']}`;
    const problems = templateSet(texts).problems('skane-2018');
    expect(problems[0]).toMatchObject({ template: 'partials/syfte.hbs', line: 1, code: 'template.unknown-key' });
    const { validateAgreementText } = await import('../src/core/validate.js');
    const v = validateAgreementText(readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8'));
    const r = await renderAgreement(v.agreement!, { templates: texts, asOf: '2026-03-01' });
    expect(r.templateProblems[0]?.template).toBe('partials/syfte.hbs');
  });
});
