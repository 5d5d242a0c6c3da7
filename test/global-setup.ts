/**
 * The CLI tests run the compiled bin, as users do. This builds it first, so
 * a stale or missing build is never what gets tested; when the sources have
 * not changed since the last build it does nothing (scripts/build-dist.mjs).
 * SAMVERKAN_DIST picks another output folder (inside the repository) so
 * parallel runs don't race.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../scripts/build-dist.mjs';

export default function setup(): void {
  // `npm run coverage` has built dist/ just before.
  if (process.env.SAMVERKAN_COVERAGE_BUILT) return;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  buildDist(join(root, process.env.SAMVERKAN_DIST ?? 'dist'));
}
