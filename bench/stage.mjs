// One in-process benchmark stage, run in a fresh Node process so that its
// peak memory (maxRSS) is its own. Prints one JSON line.
//   node bench/stage.mjs check <corpus-dir> <repeat>
//   node bench/stage.mjs duel <corpus-dir> <rounds> [count]
// `duel` times samverkan and docxtemplater (today's template and the
// like-for-like one) interleaved round by round over the same agreements, so
// that a burst of load on a shared machine hits all of them alike; it reports
// the median of the per-round ratios.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const [stage, dir, repeatArg, countArg] = process.argv.slice(2);
const repeat = Number(repeatArg ?? 1);
const lib = await import('../dist/index.js');
let files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => join(dir, f));
if (countArg) files = files.slice(0, Number(countArg));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const asOf = new Date(Date.UTC(2026, 10, 23));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rss = () => process.resourceUsage().maxRSS * 1024;

async function timeOnce(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

if (stage === 'check') {
  const check = lib.checkAgreement;
  const pass = () => {
    for (const t of texts) {
      const v = lib.validateAgreementText(t);
      if (check && v.agreement) check(v.agreement, { asOf, locate: v.locate });
    }
  };
  // The first pass over the corpus, with the JIT still cold (what a one-off run of a thousand files sees).
  const firstMs = await timeOnce(pass);
  // Then the settled rate: V8 keeps optimising for several passes (measured on 1 000 agreements: the
  // rate per CPU second rises for about five passes, then holds), so four more passes warm up before
  // the timed ones. Both figures are printed.
  for (let w = 0; w < (repeat > 1 ? 4 : 0); w++) await timeOnce(pass);
  const times = [];
  const cpus = [];
  for (let r = 0; r < repeat; r++) {
    const c0 = process.cpuUsage();
    times.push(await timeOnce(pass));
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const ms = median(times);
  // Also per CPU second of this process: on a shared machine the wall clock mostly measures the others.
  const perCpuSec = (texts.length / median(cpus)) * 1000;
  console.log(
    JSON.stringify({
      stage,
      count: texts.length,
      ms,
      perSec: (texts.length / ms) * 1000,
      firstPerSec: (texts.length / firstMs) * 1000,
      perCpuSec,
      withCheck: Boolean(check),
      maxRSS: rss(),
      load: loadavg()[0],
    }),
  );
} else if (stage === 'duel') {
  const agreements = texts.map((t) => lib.validateAgreementText(t).agreement).filter(Boolean);
  const count = agreements.length;
  const { renderForBench } = await import('./render-adapter.mjs');
  const render = await renderForBench(lib);
  // samverkan alone first: its warm-up pass, and the memory that takes.
  const docs = [];
  for (const a of agreements) docs.push(await render(a));
  const samverkanRss = rss();
  const { docxtemplaterForBench, docxtemplaterLikeForLike, likeForLikeData } = await import('./docxtemplater.mjs');
  const fillToday = await docxtemplaterForBench();
  const fillLike = await docxtemplaterLikeForLike();
  // The like-for-like data: samverkan's own words, read out of its documents (not timed).
  const likeData = docs.map((bytes) => likeForLikeData(strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'])));
  docs.length = 0;
  const contenders = {
    samverkan: async () => {
      for (const a of agreements) await render(a);
    },
    docxtemplater: async () => {
      for (const a of agreements) fillToday(a);
    },
    likeForLike: async () => {
      for (const d of likeData) fillLike(d);
    },
  };
  const names = Object.keys(contenders);
  for (const n of names.slice(1)) await contenders[n](); // their warm-up
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < repeat; r++) {
    // Rotate who goes first, so no contender always runs on a warmer or colder machine.
    for (let k = 0; k < names.length; k++) {
      const n = names[(r + k) % names.length];
      times[n].push(await timeOnce(contenders[n]));
    }
  }
  const perSec = (n) => (count / median(times[n])) * 1000;
  const ratios = (other) => times.samverkan.map((t, i) => times[other][i] / t);
  console.log(
    JSON.stringify({
      stage,
      count,
      rounds: repeat,
      perSec: Object.fromEntries(names.map((n) => [n, perSec(n)])),
      vsDocxtemplater: median(ratios('docxtemplater')),
      vsLikeForLike: median(ratios('likeForLike')),
      ratiosDocxtemplater: ratios('docxtemplater'),
      ratiosLikeForLike: ratios('likeForLike'),
      samverkanMaxRSS: samverkanRss,
      maxRSS: rss(),
      load: loadavg()[0],
    }),
  );
} else {
  console.error(`unknown stage ${stage}`);
  process.exit(2);
}
