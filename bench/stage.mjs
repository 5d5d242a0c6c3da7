// One in-process benchmark stage, run in a fresh Node process so that its
// peak memory (maxRSS) is its own. Prints one JSON line.
//   node bench/stage.mjs <check|render|docxtemplater> <corpus-dir> <repeat>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [stage, dir, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg ?? 1);
const lib = await import('../dist/index.js');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const asOf = new Date(Date.UTC(2026, 10, 23));

/** Steady-state time: one unmeasured warm-up pass (JIT, schema compilation), then the median of `repeat`. */
async function timeIt(fn) {
  await fn();
  const times = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

let ms;
let count = texts.length;
if (stage === 'check') {
  const check = lib.checkAgreement;
  ms = await timeIt(() => {
    for (const t of texts) {
      const v = lib.validateAgreementText(t);
      if (check && v.agreement) check(v.agreement, { asOf, locate: v.locate });
    }
  });
  console.log(JSON.stringify({ stage, count, ms, perSec: (count / ms) * 1000, withCheck: Boolean(check), maxRSS: process.resourceUsage().maxRSS * 1024 }));
} else if (stage === 'render') {
  const { renderForBench } = await import('./render-adapter.mjs');
  const agreements = texts.map((t) => lib.validateAgreementText(t).agreement).filter(Boolean);
  count = agreements.length;
  const render = await renderForBench(lib);
  ms = await timeIt(async () => {
    for (const a of agreements) await render(a);
  });
  console.log(JSON.stringify({ stage, count, ms, perSec: (count / ms) * 1000, maxRSS: process.resourceUsage().maxRSS * 1024 }));
} else if (stage === 'docxtemplater') {
  const { docxtemplaterForBench } = await import('./docxtemplater.mjs');
  const agreements = texts.map((t) => lib.validateAgreementText(t).agreement).filter(Boolean);
  count = agreements.length;
  const fill = await docxtemplaterForBench();
  ms = await timeIt(async () => {
    for (const a of agreements) await fill(a);
  });
  console.log(JSON.stringify({ stage, count, ms, perSec: (count / ms) * 1000, maxRSS: process.resourceUsage().maxRSS * 1024 }));
} else {
  console.error(`unknown stage ${stage}`);
  process.exit(2);
}
