// A first look at one file's surviving mutants, run against only the tests that are meant to kill
// them: minutes rather than the hour a sample of src/core takes (scripts/mutation-sample.mjs).
// A mutant that survives here may still be killed by a test left out, so this lists candidates to
// read, never a score; the score comes from the sample, which runs every in-process test.
//
//   node scripts/mutation-file.mjs src/core/time.ts test/core-time.test.ts [more tests …]
//   (SAMVERKAN_MUTATE_CONCURRENCY=1 on a shared machine)
//
// Writes reports/mutation/file-<name>.json and prints each survivor with its line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [target, ...tests] = process.argv.slice(2);
if (!target || tests.length === 0) {
  console.error('Användning: node scripts/mutation-file.mjs src/core/<fil>.ts test/<test>.test.ts …');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
const name = basename(target, '.ts');
const out = join(root, `reports/mutation/file-${name}.json`);
mkdirSync(join(root, 'reports/mutation'), { recursive: true });
const config = join(root, 'reports/mutation', `file-${name}.stryker.json`);
writeFileSync(
  config,
  JSON.stringify({
    ...base,
    mutate: [target],
    concurrency: Number(process.env.SAMVERKAN_MUTATE_CONCURRENCY ?? 2),
    incremental: false,
    ignoreStatic: true,
    ignorePatterns: ['/.stryker-tmp*', '/reports', '/coverage', '/out', '/bench-results'],
    reporters: ['progress', 'json'],
    jsonReporter: { fileName: out },
    tempDirName: `.stryker-tmp-file-${name}`,
  }),
);
const env = { ...process.env, SAMVERKAN_MUTATE_FAST: '1', SAMVERKAN_MUTATE_INCLUDE: tests.join(',') };
const r = spawnSync('npx', ['stryker', 'run', config], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
if (r.status !== 0) process.exit(r.status ?? 1);
const lines = readFileSync(join(root, target), 'utf8').split('\n');
const counts = {};
for (const entry of Object.values(JSON.parse(readFileSync(out, 'utf8')).files)) {
  for (const m of entry.mutants) {
    counts[m.status] = (counts[m.status] ?? 0) + 1;
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const at = m.location.start;
    console.log(`${m.status} ${target}:${at.line}:${at.column} ${m.mutatorName} → ${JSON.stringify(m.replacement).slice(0, 70)}`);
    console.log(`    ${lines[at.line - 1].trim().slice(0, 140)}`);
  }
}
console.log(counts);
