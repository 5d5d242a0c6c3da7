/**
 * The CLI tests run the compiled bin, as users do. This builds it first, so
 * a stale or missing build is never what gets tested. SAMVERKAN_DIST picks
 * another output folder (inside the repository) so parallel runs don't race.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  // `npm run coverage` has built dist/ with source maps already; rebuilding would drop them.
  if (process.env.SAMVERKAN_COVERAGE_BUILT) return;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, process.env.SAMVERKAN_DIST ?? 'dist');
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', outDir], { stdio: 'pipe' });
  } catch (e) {
    // tsc still emits JavaScript on type errors; `npm run typecheck` is where they fail.
    const out = String((e as { stdout?: Buffer }).stdout ?? '');
    if (!/error TS/.test(out)) throw e;
  }
}
