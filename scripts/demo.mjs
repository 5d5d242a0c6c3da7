// `npm start`: the main job on the shipped examples, as an officer would run it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/cli/main.js');
const steps = [
  ['validate', 'agreements/'],
  // Exit 1 is expected here: agreements/trelleborg-fyren.yaml is deficient on purpose.
  ['check', 'agreements/'],
  ['render', 'agreements/', '-o', 'out/'],
  // --force: `npm start` may run again; the report in out/ is the one the previous run wrote.
  ['report', 'agreements/', '-o', 'out/', '--format', 'html', '--force'],
];
let worst = 0;
for (const args of steps) {
  console.log(`\n$ samverkan ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (args[0] === 'check' && r.status === 1) continue; // findings are the check's result, not a failure of the demo
  if (r.status !== 0) worst = Math.max(worst, r.status ?? 2);
}
process.exitCode = worst;
