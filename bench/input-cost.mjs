// `node bench/input-cost.mjs` (after `npm run build`): what reading one file at
// the size limit costs, for the shapes that made YAML readers slow (issue 14):
// 100,000 keys, duplicate keys, a 1 MiB flow list, deep nesting, the alias
// cap, a pasted megabyte, a syntax error on every line. Each case runs the
// real CLI (`validate`, then `check`) once; wall time and peak memory (GNU
// time) on stdout. The budget it is held to is in docs/limits.md; this is a
// measurement, not a timed test (a shared machine swings 2×).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist/cli/main.js');
const LIMIT = 1024 * 1024;
const example = readFileSync(join(root, 'agreements/eslov-solrosen.yaml'), 'utf8');

/** Repeat `unit(i)` until the next one would pass the limit. */
function fill(head, unit, tail = '') {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (size + Buffer.byteLength(u) > LIMIT) break;
    parts.push(u);
    size += Buffer.byteLength(u);
  }
  parts.push(tail);
  return parts.join('');
}

const cases = {
  '100 000 olika nycklar': fill('ramverk: skane-2018\n', (i) => `k${i}: 1\n`),
  'samma nyckel 100 000 gånger': fill('ramverk: skane-2018\n', () => 'k: 1\n'),
  'flödeslista på 1 MiB': fill('ramverk: skane-2018\nmål: [', () => 'x, ', 'x]\n'),
  'flödesavbildning på 1 MiB': fill('ramverk: skane-2018\nx: {', (i) => `k${i}: 1, `, 'z: 1}\n'),
  'djup nästling (32 nivåer) upprepad': fill('ramverk: skane-2018\n', (i) => `d${i}: ${'['.repeat(30)}${']'.repeat(30)}\n`),
  'aliasgränsen (100 alias)': fill(
    'ramverk: skane-2018\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: [' + Array(99).fill('*a').join(', ') + ']\n',
    (i) => `# ${i}\n`,
  ),
  'inklistrad megabyte i ett fält': fill(example + 'syfte2: ', () => 'lorem ipsum ', '\n'),
  'fel indrag på varje rad': fill('ramverk: skane-2018\navtal:\n  id: x\n', (i) => (i % 2 ? '  ' : '   ') + `k${i}: 1\n`),
  'giltigt avtal + 1 MiB kommentar': fill(example, (i) => `# kommentar ${i}\n`),
  'osynliga tecken i 10 000 värden': fill('ramverk: skane-2018\n', (i) => `k${i}: a\u200bb\n`),
};

const hasTime = existsSync('/usr/bin/time');
function run(args) {
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-f', '__rss_kb=%M __cpu=%U+%S', process.execPath, bin, ...args] : [bin, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, timeout: 300_000 });
  const ms = performance.now() - t0;
  const kb = Number(/__rss_kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpu = /__cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  // CPU time (user + system) is what the file costs; wall time also counts other load on the machine.
  const cpuS = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  return { ms, cpuS, mb: kb / 1024, code: r.status, lines: r.stdout.split('\n').length - 1 };
}

const dir = mkdtempSync(join(tmpdir(), 'samverkan-input-cost-'));
console.log('| fall | storlek | validate (CPU) | check (CPU) | minne (högst) | slutkod | rader ut |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, text] of Object.entries(cases)) {
  const file = join(dir, 'fall.yaml');
  writeFileSync(file, text);
  const v = run(['validate', file]);
  const c = run(['check', file]);
  const size = Buffer.byteLength(text);
  console.log(
    `| ${name} | ${(size / 1024).toFixed(0)} KiB | ${v.cpuS.toFixed(2)} s | ${c.cpuS.toFixed(2)} s | ${Math.max(v.mb, c.mb).toFixed(0)} MB | ${v.code}/${c.code} | ${v.lines} |`,
  );
}
