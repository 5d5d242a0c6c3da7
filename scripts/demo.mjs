// `npm start`: the main job on the shipped examples, as an officer would run it,
// and an honest exit code: 0 when every step did what it should, else the first
// step's own code, named.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/cli/main.js');
/** Each step with the exit code it should end with on the shipped examples, and why. */
const steps = [
  { args: ['validate', 'agreements/'], expect: 0 },
  // agreements/trelleborg-fyren.yaml is deficient on purpose: the check finds it and says so with exit 1.
  { args: ['check', 'agreements/'], expect: 1, why: 'trelleborg-fyren.yaml har brister med avsikt' },
  { args: ['render', 'agreements/', '-o', 'out/'], expect: 0 },
  // --force: `npm start` may run again; the report in out/ is the one the previous run wrote.
  { args: ['report', 'agreements/', '-o', 'out/', '--format', 'html', '--force'], expect: 0 },
];
const failed = [];
for (const step of steps) {
  console.log(`\n$ samverkan ${step.args.join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...step.args], { cwd: root, stdio: 'inherit' });
  const code = r.status ?? 2;
  if (code === step.expect && step.why) console.log(`(slutkod ${code}, som väntat: ${step.why})`);
  if (code !== step.expect) failed.push({ step, code });
}
console.log('');
if (failed.length === 0) {
  console.log('npm start: varje steg gjorde det det ska; slutkod 0. Dokumenten och rapporten finns i out/.');
} else {
  for (const f of failed) console.log(`npm start: "samverkan ${f.step.args.join(' ')}" slutade med kod ${f.code}, väntat ${f.step.expect}.`);
  console.log(`npm start: slutkod ${failed[0].code}.`);
}
process.exitCode = failed.length === 0 ? 0 : failed[0].code || 2;
