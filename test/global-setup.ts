/**
 * The CLI tests run the compiled bin, as users do. `npm test` builds first;
 * this makes sure a stale or missing build is never what gets tested when
 * vitest is started on its own.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  if (process.env.SAMVERKAN_SKIP_BUILD === '1') return;
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'pipe' });
  } catch (e) {
    // tsc still emits JavaScript on type errors; `npm run typecheck` is where they fail.
    const out = String((e as { stdout?: Buffer }).stdout ?? '');
    if (!/error TS/.test(out)) throw e;
  }
}
