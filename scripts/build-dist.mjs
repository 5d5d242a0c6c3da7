/**
 * Build the compiled CLI the tests spawn, unless it is already built from exactly these sources.
 *
 * A fingerprint (SHA-256 of tsconfig.json, the TypeScript version and every file below src/) is
 * kept beside the output as `.build-fingerprint`. When it matches, nothing runs: a plain `npm test`
 * after an unchanged build starts at once instead of spending ten seconds in tsc. Otherwise tsc
 * builds incrementally (its record, `.tsbuildinfo`, also in the output folder) and the fingerprint is
 * written last, so an interrupted build is redone. Deleting the output folder starts afresh.
 *
 * Used by the tests' global setup and `npm run coverage`; `node scripts/build-dist.mjs [outDir]`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the build depends on, as one hash: the compiler, its settings and every source file. */
function fingerprint(outDir) {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(ROOT, 'node_modules/typescript/package.json')));
  hash.update(readFileSync(join(ROOT, 'tsconfig.json')));
  hash.update(relative(ROOT, outDir));
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of files) hash.update(`\0${relative(ROOT, f)}\0`).update(readFileSync(f));
  return hash.digest('hex');
}

/**
 * Build `outDir` from src/ if its sources changed since the last build. Returns tsc's output when it
 * ran (type errors included: tsc still emits JavaScript, and `npm run typecheck` is where they fail),
 * or null when the build was already current. Throws when tsc could not build at all.
 */
export function buildDist(outDir = join(ROOT, 'dist')) {
  const stamp = join(outDir, '.build-fingerprint');
  const want = fingerprint(outDir);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return null;
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-p',
      join(ROOT, 'tsconfig.json'),
      '--outDir',
      outDir,
      '--incremental',
      '--tsBuildInfoFile',
      join(outDir, '.tsbuildinfo'),
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0 && !/error TS/.test(r.stdout)) throw new Error(`tsc failed: ${r.stdout}${r.stderr}`);
  if (r.status === 0) writeFileSync(stamp, want);
  return r.stdout;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildDist(process.argv[2] ? join(process.cwd(), process.argv[2]) : undefined);
  if (out) process.stdout.write(out);
  process.exitCode = out && /error TS/.test(out) ? 2 : 0;
}
