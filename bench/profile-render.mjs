// Profile helper: `node --cpu-prof --cpu-prof-dir=<dir> bench/profile-render.mjs <corpus-dir> [passes]`
// renders a corpus a few times in one process (what the render duel times for samverkan).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderForBench } from './render-adapter.mjs';

const [dir, passesArg] = process.argv.slice(2);
const lib = await import('../dist/index.js');
const agreements = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => lib.validateAgreementText(readFileSync(join(dir, f), 'utf8')).agreement)
  .filter(Boolean);
const render = await renderForBench();
for (let p = 0; p < Number(passesArg ?? 3); p++) {
  const c0 = process.cpuUsage();
  for (const a of agreements) await render(a);
  const c = process.cpuUsage(c0);
  console.log(`pass ${p}: ${(agreements.length / ((c.user + c.system) / 1e6)).toFixed(0)} dok per CPU-sekund`);
}
