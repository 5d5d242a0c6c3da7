// Profile helper: `node --cpu-prof --cpu-prof-dir=<dir> bench/profile-check.mjs <corpus-dir> [passes]`
// runs parse + validate + check over a corpus a few times (what the check stage times).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, passesArg] = process.argv.slice(2);
const lib = await import('../dist/index.js');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const asOf = new Date(Date.UTC(2026, 10, 23));
for (let p = 0; p < Number(passesArg ?? 5); p++) {
  const t0 = performance.now();
  for (const t of texts) {
    const v = lib.validateAgreementText(t);
    if (v.agreement) lib.checkAgreement(v.agreement, { asOf, locate: v.locate });
  }
  console.log(`pass ${p}: ${((texts.length / (performance.now() - t0)) * 1000).toFixed(0)} avtal/s`);
}
