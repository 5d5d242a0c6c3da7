// `npm run bench`: every figure of the performance brief in one run, a table
// on stdout and bench-results/latest.json.
//
// Honest by construction: samverkan and docxtemplater are timed interleaved
// round by round in one process over the same agreements (the median of the
// per-round ratios is the figure, so load from other processes hits both
// alike); docxtemplater is measured with today's template and with a
// like-for-like one that carries samverkan's own prose; the machine's load
// average is printed beside every figure; every folder is a fresh mkdtemp.
// `--smoke` (CI) runs a small corpus once and never fails on timing, only
// when a stage itself breaks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import { hostileCases } from './hostile.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = flag('--n', smoke ? 40 : 1000);
const RUNS = flag('--runs', smoke ? 1 : 5);
/** Agreements in the interleaved render duel (each round renders them all three ways). */
const DUEL_N = Math.min(N, flag('--duel-n', 300));
const DUEL_ROUNDS = flag('--rounds', smoke ? 1 : 7);
const HOSTILE_SIZES = smoke ? [64 * 1024] : [256 * 1024, 512 * 1024, 1024 * 1024];
const HOSTILE_TIMEOUT_MS = 60_000;
const skip = new Set((args[args.indexOf('--skip') + 1] ?? '').split(',').filter(() => args.includes('--skip')));
const bin = join(root, 'dist/cli/main.js');
const lib = await import(join(root, 'dist/index.js'));
const hasTime = existsSync('/usr/bin/time');
const hasTimeout = existsSync('/usr/bin/timeout');
const temps = [];
const tempDir = (prefix) => {
  const d = mkdtempSync(join(tmpdir(), `samverkan-bench-${prefix}-`));
  temps.push(d);
  return d;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / (1024 * 1024);
const load1 = () => loadavg()[0];

/** Whether the CLI lists this command in its help (commands land as their issues do). */
function commandExists(name) {
  const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout;
  return new RegExp(`^\\s+${name}\\b`, 'm').test(help);
}

/** Run the CLI once: wall milliseconds and peak RSS in bytes (via GNU time when present). */
function timeCli(cliArgs, options = {}) {
  // With a time limit, `timeout` stops samverkan itself (killing only /usr/bin/time would leave it running).
  const limit = options.timeout && hasTimeout ? ['/usr/bin/timeout', '-s', 'KILL', String(Math.ceil(options.timeout / 1000))] : [];
  const argv = [...limit, process.execPath, bin, ...cliArgs];
  const cmd = hasTime ? '/usr/bin/time' : argv[0];
  const cmdArgs = hasTime ? ['-f', '__rss_kb=%M', ...argv] : argv.slice(1);
  const t0 = performance.now();
  const r = spawnSync(cmd, cmdArgs, {
    encoding: 'utf8',
    cwd: options.cwd ?? root,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ...options.env },
    ...(options.timeout ? { timeout: options.timeout + 5000, killSignal: 'SIGKILL' } : {}),
  });
  const ms = performance.now() - t0;
  const rss = Number(/__rss_kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
  const killed = r.status === 137 || r.signal === 'SIGKILL' || /Command terminated by signal 9/.test(r.stderr ?? '');
  if (options.timeout && (r.error?.code === 'ETIMEDOUT' || killed)) return { ms, rss, timedOut: true, status: r.status };
  if (r.status !== 0 && !(options.okCodes ?? [0]).includes(r.status)) {
    throw new Error(`samverkan ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  }
  return { ms, rss, status: r.status };
}

function stage(name, dir, ...rest) {
  const r = spawnSync(process.execPath, [join(root, 'bench/stage.mjs'), name, dir, ...rest.map(String)], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`stage ${name} failed: ${r.stderr.slice(0, 1000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const isValid = (text) => lib.validateAgreementText(text).valid;
const loadStart = loadavg();
console.error(`Bygger korpus med ${N} avtal … (belastning ${loadStart.map((l) => l.toFixed(1)).join(' ')})`);
const corpus = buildCorpus(root, N, isValid);
temps.push(corpus.dir);
const results = [];
const add = (id, label, value, unit, target, holds, rss, load = load1()) =>
  results.push({
    id,
    label,
    value,
    unit,
    target,
    holds,
    peakRssMB: rss === undefined || Number.isNaN(rss) ? null : Math.round(mb(rss)),
    load: Math.round(load * 10) / 10,
  });
const progress = (what) => console.error(`… ${what} (belastning ${load1().toFixed(1)})`);

try {
  // (a) parse + validate + check in one process
  if (!skip.has('check')) {
    progress('check');
    const a = stage('check', corpus.dir, RUNS);
    add(
      'check-throughput',
      `parse + validate${a.withCheck ? ' + check' : ''}, en process${RUNS > 1 ? ', efter uppvärmning (fem varv)' : ''}`,
      a.perSec,
      'avtal/s',
      '≥ 2000 avtal/s',
      a.perSec >= 2000,
      a.maxRSS,
      a.load,
    );
    add('check-throughput-cpu', '  samma, per CPU-sekund (oberoende av andras last)', a.perCpuSec, 'avtal/s', '(≥ 2000)', undefined, undefined, a.load);
    add(
      'check-throughput-first',
      '  första varvet, innan JIT har optimerat (en engångskörning)',
      a.firstPerSec,
      'avtal/s',
      '(visas bredvid)',
      undefined,
      undefined,
      a.load,
    );
  }

  // (b) render: samverkan and docxtemplater interleaved round by round in one process
  let singleRate;
  if (!skip.has('render')) {
    progress(`render mot docxtemplater, ${DUEL_N} avtal × ${DUEL_ROUNDS} omgångar`);
    const d = stage('duel', corpus.dir, DUEL_ROUNDS, DUEL_N);
    singleRate = d.perSec.samverkan;
    add('render-throughput', 'render .docx, en process', d.perSec.samverkan, 'dok/s', '—', undefined, d.samverkanMaxRSS, d.load);
    add('docxtemplater-throughput', 'docxtemplater, dagens mall', d.perSec.docxtemplater, 'dok/s', '(jämförelse)', undefined, undefined, d.load);
    add(
      'docxtemplater-like-throughput',
      'docxtemplater, samma prosa som samverkan',
      d.perSec.likeForLike,
      'dok/s',
      '(jämförelse)',
      undefined,
      undefined,
      d.load,
    );
    add('render-vs-docxtemplater', 'render / docxtemplater (median per omgång)', d.vsDocxtemplater, '×', '≥ 2,0×', d.vsDocxtemplater >= 2, undefined, d.load);
    add('render-vs-like-for-like', 'render / docxtemplater samma prosa', d.vsLikeForLike, '×', '≥ 2,0×', d.vsLikeForLike >= 2, undefined, d.load);
  }

  // (c) the batch through the CLI, interleaved with the same batch on one thread
  if (!skip.has('batch') && commandExists('render')) {
    progress(`render av ${N} avtal via CLI, en tråd och alla kärnor omväxlande`);
    const batch = [];
    const single = [];
    let rss = 0;
    let rssSingle = 0;
    const loads = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const one = timeCli(['render', corpus.dir, '-o', tempDir('render-1'), '--as-of', '2026-11-23'], { okCodes: [0, 1], env: { SAMVERKAN_THREADS: '1' } });
      const all = timeCli(['render', corpus.dir, '-o', tempDir('render-n'), '--as-of', '2026-11-23'], { okCodes: [0, 1] });
      single.push(one.ms);
      batch.push(all.ms);
      rss = Math.max(rss, all.rss);
      rssSingle = Math.max(rssSingle, one.rss);
      loads.push(load1());
      for (const d of temps.splice(-2)) rmSync(d, { recursive: true, force: true });
    }
    const ratios = single.map((s, i) => s / batch[i]);
    add(
      'render-batch',
      `render ${N} avtal via CLI, alla kärnor`,
      median(batch) / 1000,
      's',
      N === 1000 ? '≤ 6 s' : '—',
      N === 1000 ? median(batch) <= 6000 : undefined,
      rss,
      median(loads),
    );
    add('render-batch-single', `render ${N} avtal via CLI, en tråd`, median(single) / 1000, 's', '(jämförelse)', undefined, rssSingle, median(loads));
    add('render-batch-speedup', 'alla kärnor / en tråd (median per omgång)', median(ratios), '×', '—', undefined, undefined, median(loads));
    if (singleRate)
      add(
        'render-batch-vs-inprocess',
        'batch via CLI / render i en process',
        N / (median(batch) / 1000) / singleRate,
        '×',
        '—',
        undefined,
        undefined,
        median(loads),
      );
  }

  // (d) report over the corpus
  if (!skip.has('report') && commandExists('report')) {
    progress('report');
    const walls = [];
    let rss = 0;
    for (let i = 0; i < RUNS; i++) {
      const out = tempDir('report');
      const t = timeCli(['report', corpus.dir, '--as-of', '2026-11-23', '--format', 'json', '-o', out], { okCodes: [0, 1] });
      walls.push(t.ms);
      rss = Math.max(rss, t.rss);
      rmSync(temps.pop(), { recursive: true, force: true });
    }
    add('report', `report över ${N} avtal`, median(walls) / 1000, 's', '< 3 s', median(walls) < 3000, rss);
  }

  // (e) cold start
  if (!skip.has('cold')) {
    progress('kallstart');
    const walls = [];
    let rss = 0;
    for (let i = 0; i < Math.max(RUNS * 3, 3); i++) {
      const t = timeCli(['--version']);
      walls.push(t.ms);
      rss = Math.max(rss, t.rss);
    }
    add('cold-version', 'kallstart: samverkan --version', median(walls), 'ms', '< 300 ms', median(walls) < 300, rss);
    const cmd = commandExists('check') ? 'check' : 'validate';
    const one = join(root, 'agreements/eslov-solrosen.yaml');
    const checks = [];
    rss = 0;
    for (let i = 0; i < Math.max(RUNS * 2, 3); i++) {
      const t = timeCli(cmd === 'check' ? ['check', '--as-of', '2026-11-23', one] : ['validate', one], { okCodes: [0, 1] });
      checks.push(t.ms);
      rss = Math.max(rss, t.rss);
    }
    add('cold-check', `kallstart: samverkan ${cmd} (en fil)`, median(checks), 'ms', '< 400 ms', median(checks) < 400, rss);
  }

  // (f) peak RSS of samverkan's own stages (docxtemplater's memory is not ours to meet)
  const worstRss = Math.max(
    ...results.filter((r) => r.id.startsWith('render') || r.id === 'check-throughput' || r.id === 'report').map((r) => r.peakRssMB ?? 0),
  );
  add('peak-rss', 'högsta RSS i samverkans steg', worstRss, 'MB', '< 300 MB', worstRss < 300);

  // (g) the hostile inputs of docs/limits.md, through `check`, at growing sizes
  const hostile = [];
  if (!skip.has('hostile')) {
    progress(`fientliga filer, ${HOSTILE_SIZES.map((s) => `${s / 1024} KiB`).join(', ')}`);
    const dir = tempDir('hostile');
    for (const c of hostileCases(root)) {
      const row = { id: c.id, label: c.label, sizes: [], ms: [], rssMB: [], exit: [], load: 0 };
      for (const size of HOSTILE_SIZES) {
        const file = join(dir, `${c.id}-${size}.yaml`);
        writeFileSync(file, c.build(size));
        const walls = [];
        let rss = 0;
        let status;
        for (let i = 0; i < (smoke ? 1 : 3); i++) {
          const t = timeCli(['check', '--as-of', '2026-11-23', file], { okCodes: [0, 1], timeout: HOSTILE_TIMEOUT_MS });
          walls.push(t.timedOut ? Infinity : t.ms);
          rss = Math.max(rss, t.rss);
          status = t.timedOut ? 'timeout' : t.status;
          if (t.timedOut) break;
        }
        row.sizes.push(size);
        row.ms.push(median(walls));
        row.rssMB.push(Number.isNaN(rss) ? null : Math.round(mb(rss)));
        row.exit.push(status);
      }
      row.load = Math.round(load1() * 10) / 10;
      hostile.push(row);
    }
  }

  const fmt = (v, unit) => (unit === '×' ? v.toFixed(2) : v >= 100 ? v.toFixed(0) : v.toFixed(2)).replace('.', ',');
  const loadEnd = loadavg();
  const lines = [
    `samverkan bench — ${N} avtal (render mot docxtemplater: ${DUEL_N} avtal × ${DUEL_ROUNDS} omgångar), median av ${RUNS} körningar, ${cpus().length} kärnor, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${smoke ? ' (smoke)' : ''}`,
    `belastning (1/5/15 min) vid start ${loadStart.map((l) => l.toFixed(1)).join(' ')}, vid slut ${loadEnd.map((l) => l.toFixed(1)).join(' ')}; kvoterna (×) är robusta mot den, de absoluta talen inte`,
    '',
    `${'mått'.padEnd(46)} ${'värde'.padStart(10)} ${'enhet'.padEnd(8)} ${'mål'.padEnd(16)} ${'håller'.padEnd(6)} ${'RSS MB'.padEnd(7)} belastning`,
  ];
  for (const r of results) {
    const holds = r.holds === undefined ? '' : r.holds ? 'ja' : 'NEJ';
    lines.push(
      `${r.label.padEnd(46)} ${fmt(r.value, r.unit).padStart(10)} ${r.unit.padEnd(8)} ${r.target.padEnd(16)} ${holds.padEnd(6)} ${String(r.peakRssMB ?? '').padEnd(7)} ${r.load}`,
    );
  }
  if (hostile.length > 0) {
    const kib = HOSTILE_SIZES.map((s) => `${s / 1024} KiB`);
    lines.push(
      '',
      `fientliga filer genom samverkan check: ms vid ${kib.join(' / ')}${HOSTILE_SIZES.length >= 3 ? '; tillväxt = kostnad per KiB i övre halvan / i undre (≈ 1 linjär, ≈ 2 kvadratisk)' : ''}`,
    );
    for (const h of hostile) {
      const shown = h.ms.map((m) => (Number.isFinite(m) ? Math.round(m) : `> ${HOSTILE_TIMEOUT_MS / 1000} s`));
      let growth = '';
      if (h.ms.length >= 3 && h.ms.every(Number.isFinite)) {
        const [a, b, c] = h.ms;
        const [sa, sb, sc] = h.sizes;
        const lower = (b - a) / (sb - sa);
        const upper = (c - b) / (sc - sb);
        h.growth = lower > 0 ? upper / lower : null;
        growth = h.growth === null ? 'tillväxt –' : `tillväxt ${h.growth.toFixed(2).replace('.', ',')}`;
      }
      lines.push(
        `  ${h.label.padEnd(30)} ${shown.join(' / ').padEnd(26)} ${growth.padEnd(16)} slutkod ${h.exit.join('/')}  RSS ${h.rssMB.join('/')} MB  belastning ${h.load}`,
      );
    }
  }
  console.log(lines.join('\n'));
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const json = {
    corpus: N,
    runs: RUNS,
    duel: { agreements: DUEL_N, rounds: DUEL_ROUNDS },
    smoke,
    machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadStart, loadEnd },
    results,
    hostile,
  };
  writeFileSync(join(outDir, smoke ? 'smoke.json' : 'latest.json'), JSON.stringify(json, null, 2) + '\n');
} finally {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
}
