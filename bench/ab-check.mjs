// A/B of parse + validate + check between two builds, interleaved round by
// round in one process, by CPU time: node bench/ab-check.mjs <distA> <distB> <corpus-dir> [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [distA, distB, dir, roundsArg] = process.argv.slice(2);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const asOf = new Date(Date.UTC(2026, 10, 23));
const libs = [await import(resolve(distA, 'index.js')), await import(resolve(distB, 'index.js'))];
const pass = (lib) => {
  // CPU time of this process, not wall time: on a shared machine the wall clock mostly measures the others.
  const c0 = process.cpuUsage();
  for (const t of texts) {
    const v = lib.validateAgreementText(t);
    if (v.agreement) lib.checkAgreement(v.agreement, { asOf, locate: v.locate });
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
libs.forEach(pass);
const ratios = [];
const rates = [[], []];
for (let r = 0; r < Number(roundsArg ?? 7); r++) {
  const order = r % 2 ? [1, 0] : [0, 1];
  const t = [];
  for (const i of order) t[i] = pass(libs[i]);
  rates[0].push((texts.length / t[0]) * 1000);
  rates[1].push((texts.length / t[1]) * 1000);
  ratios.push(t[0] / t[1]);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `A ${median(rates[0]).toFixed(0)}/s  B ${median(rates[1]).toFixed(0)}/s  B/A speed ${median(ratios).toFixed(3)}  (rounds ${ratios.map((x) => x.toFixed(2)).join(' ')})`,
);
