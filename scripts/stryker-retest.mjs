// Before a per-file Stryker run: drop the survivors and the uncovered mutants from the incremental
// file (reports/stryker-incremental.json), so that they are tested again against today's tests.
// Stryker's incremental mode reuses a survivor when neither its code nor the tests that covered it
// changed, and a static mutant (module-level code) lists no covering tests: a new test that kills
// it would go unseen. Killed mutants are kept (Stryker still re-tests them when their code or their
// killing test changes).
// Usage: node scripts/stryker-retest.mjs [--file reports/stryker-incremental-orebro.json] [src/… only these]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--file');
const file = at >= 0 ? args.splice(at, 2)[1] : 'reports/stryker-incremental.json';
if (!existsSync(file)) process.exit(0);
const report = JSON.parse(readFileSync(file, 'utf8'));
const only = args;
let dropped = 0;
for (const [name, entry] of Object.entries(report.files)) {
  if (only.length && !only.includes(name)) continue;
  const keep = entry.mutants.filter((m) => m.status !== 'Survived' && m.status !== 'NoCoverage');
  dropped += entry.mutants.length - keep.length;
  entry.mutants = keep;
}
writeFileSync(file, JSON.stringify(report));
console.log(`${dropped} survivors and uncovered mutants will be tested again`);
