// `npm start`: the main job on the shipped examples, as an officer would run it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/cli/main.js');
const steps = [
  ['validate', 'agreements/'],
];
let worst = 0;
for (const args of steps) {
  console.log(`\n$ samverkan ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) worst = Math.max(worst, r.status ?? 2);
}
process.exitCode = worst;
