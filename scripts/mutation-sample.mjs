// The mutation score of src/check and src/core estimated from a uniform random sample of their
// mutants, with a 95 % interval (docs/testing.md). A whole Stryker run over all of them (≈ 8 750
// mutants) takes hours on this machine; a sample of a few hundred takes minutes and says how far
// the score is from a target, and which mutants to look at, without pretending to be the whole run.
//
//   node scripts/mutation-sample.mjs [--n 300] [--seed 1] [--ignore-static] [--concurrency 2] [--only src/check] [--reuse-list]
//
// 1. Lists every mutant Stryker would make (a run with a test runner that tests nothing).
// 2. Draws --n of them (seeded, so a run can be repeated), excluding those Stryker is told to ignore.
// 3. Runs Stryker (stryker.config.json's tests) on ranges holding exactly those places, and keeps
//    the result of each drawn mutant (a range can hold others; they are not counted).
// 4. Prints the score with its Wilson interval per folder and in all, and the surviving mutants,
//    and writes reports/mutation/sample-<area>-seed<N>.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const N = Number(opt('--n', 300));
const SEED = Number(opt('--seed', 1));
const CONCURRENCY = opt('--concurrency', '2');
const ONLY = opt('--only', '');
const IGNORE_STATIC = args.includes('--ignore-static');
const root = resolve(import.meta.dirname, '..');
const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
// Another run's sandboxes (two samples side by side) and reports stay out of this run's sandbox.
const ignorePatterns = ['/.stryker-tmp*', '/reports', '/coverage', '/out', '/bench-results'];
const work = mkdtempSync(join(tmpdir(), 'samverkan-mutation-sample-'));

function stryker(config) {
  const file = join(work, `stryker-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  // Without a fresh module graph per test file when static mutants are ignored (vitest.stryker.config.ts).
  const env = IGNORE_STATIC ? { ...process.env, SAMVERKAN_MUTATE_FAST: '1' } : process.env;
  const r = spawnSync('npx', ['stryker', 'run', file], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) throw new Error(`stryker exited ${r.status}`);
}

// 1. Every mutant, tested by nothing (a minute: Stryker still writes each mutant into the sandbox).
// --reuse-list takes the list of the previous run (reports/mutation/list.json) when the code is unchanged.
const listFile = join(root, 'reports/mutation/list.json');
mkdirSync(join(root, 'reports/mutation'), { recursive: true });
if (!(args.includes('--reuse-list') && existsSync(listFile)))
  stryker({
    testRunner: 'command',
    commandRunner: { command: 'true' },
    mutate: base.mutate,
    coverageAnalysis: 'off',
    concurrency: 2,
    reporters: ['json'],
    jsonReporter: { fileName: listFile },
    tempDirName: `.stryker-tmp-list-${process.pid}`,
    ignorePatterns,
    cleanTempDir: 'always',
    plugins: [],
  });
const all = [];
for (const [file, entry] of Object.entries(JSON.parse(readFileSync(listFile, 'utf8')).files)) {
  if (ONLY && !file.startsWith(ONLY)) continue;
  for (const m of entry.mutants) if (m.status !== 'Ignored') all.push({ file, ...m });
}

// 2. A seeded draw without replacement (mulberry32 + a partial Fisher–Yates shuffle).
let state = SEED >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pool = [...all];
const drawn = [];
for (let i = 0; i < Math.min(N, pool.length); i++) {
  const j = i + Math.floor(random() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j], pool[i]];
  drawn.push(pool[i]);
}

// 3. Ranges in Stryker's form: start and end column one less than the report's. A range holds
//    every mutant inside it, so a drawn mutant that spans lines (a block, an object, a list) would
//    bring all the mutants within it along: those are run apart, with every other kind of mutation
//    switched off, so that they bring along only mutants of their own kind.
const key = (file, m) =>
  `${file}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}|${m.mutatorName}|${m.replacement}`;
const rangeOf = (m) => `${m.file}:${m.location.start.line}:${m.location.start.column - 1}-${m.location.end.line}:${m.location.end.column - 1}`;
const wide = drawn.filter((m) => m.location.end.line > m.location.start.line);
const narrow = drawn.filter((m) => m.location.end.line === m.location.start.line);
const allKinds = [...new Set(all.map((m) => m.mutatorName))];
const results = new Map();
function runOn(group, name) {
  if (group.length === 0) return;
  const kinds = new Set(group.map((m) => m.mutatorName));
  const resultFile = join(work, `result-${name}.json`);
  stryker({
    ...base,
    mutate: [...new Set(group.map(rangeOf))],
    ...(name === 'wide' ? { mutator: { excludedMutations: allKinds.filter((k) => !kinds.has(k)) } } : {}),
    concurrency: Number(CONCURRENCY),
    incremental: false,
    ignoreStatic: IGNORE_STATIC,
    ignorePatterns,
    reporters: ['progress', 'json'],
    jsonReporter: { fileName: resultFile },
    // Its own sandbox folder, so that two samples (say src/check and src/core) can run side by side.
    tempDirName: `.stryker-tmp-sample-${(ONLY || 'all').replaceAll('/', '-')}-${SEED}-${name}`,
  });
  for (const [file, entry] of Object.entries(JSON.parse(readFileSync(resultFile, 'utf8')).files)) {
    for (const m of entry.mutants) results.set(key(file, m), m);
  }
}
runOn(narrow, 'narrow');
runOn(wide, 'wide');

// 4. The score and its Wilson interval (95 %).
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
function wilson(k, n) {
  if (n === 0) return [0, 0];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = p + (z * z) / (2 * n);
  const h = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [(c - h) / d, (c + h) / d];
}
const groups = new Map([['all', []]]);
for (const m of drawn) {
  const r = results.get(key(m.file, m));
  const status = r?.status ?? 'Missing';
  const row = { ...m, status, statusReason: r?.statusReason, static: r?.static };
  groups.get('all').push(row);
  const folder = m.file.split('/').slice(0, 2).join('/');
  if (!groups.has(folder)) groups.set(folder, []);
  groups.get(folder).push(row);
}
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const summary = {};
console.log(`\nUrval: ${drawn.length} av ${all.length} mutanter (frö ${SEED}${IGNORE_STATIC ? ', statiska ignoreras' : ''})`);
for (const [name, rows] of groups) {
  const counts = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const k = rows.filter((r) => DETECTED.has(r.status)).length;
  const n = rows.filter((r) => DETECTED.has(r.status) || UNDETECTED.has(r.status)).length;
  const [lo, hi] = wilson(k, n);
  summary[name] = { detected: k, scored: n, score: n ? k / n : null, interval95: [lo, hi], counts };
  console.log(`${name.padEnd(10)} ${n ? pct(k / n) : '—'}  (95 %: ${pct(lo)}–${pct(hi)})  ${k}/${n}  ${JSON.stringify(counts)}`);
}
const undetected = groups.get('all').filter((r) => UNDETECTED.has(r.status) || r.status === 'Missing');
for (const r of undetected)
  console.log(
    `  ${r.status.padEnd(10)} ${r.file}:${r.location.start.line}:${r.location.start.column} ${r.mutatorName} → ${JSON.stringify(r.replacement).slice(0, 70)}`,
  );
mkdirSync(join(root, 'reports/mutation'), { recursive: true });
writeFileSync(
  join(root, `reports/mutation/sample-${(ONLY || 'all').replaceAll('/', '-')}-seed${SEED}.json`),
  `${JSON.stringify({ seed: SEED, n: drawn.length, population: all.length, ignoreStatic: IGNORE_STATIC, summary, mutants: groups.get('all') }, null, 1)}\n`,
);
rmSync(work, { recursive: true, force: true });
