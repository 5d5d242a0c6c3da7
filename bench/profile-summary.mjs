// Summarise a V8 .cpuprofile: self time by function and by module (top N).
//   node bench/profile-summary.mjs <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const top = Number(topArg ?? 25);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const mod = new Map();
for (const [id, t] of self) {
  const cf = byId.get(id).callFrame;
  const url = cf.url.replace(/^.*node_modules\//, 'nm:').replace(/^.*\/(dist|src)\//, '$1/');
  const k = `${cf.functionName || '(anon)'} ${url}:${cf.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + t);
  const m = url.startsWith('nm:')
    ? url
        .split('/')
        .slice(0, url.startsWith('nm:@') ? 2 : 1)
        .join('/')
    : url || cf.functionName;
  mod.set(m, (mod.get(m) ?? 0) + t);
}
const show = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => `${((t / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
console.log(`total ${(total / 1000).toFixed(0)} ms\n-- by module\n${show(mod)}\n-- by function\n${show(fn)}`);
