// A deterministic benchmark corpus: N agreements varied from the shipped
// examples with a seeded generator. Written to a temporary folder, never committed.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** mulberry32: a tiny seeded PRNG, so every run builds the same corpus. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KOMMUNER = {
  'skane-2018': ['Bjuv', 'Eslöv', 'Helsingborg', 'Hässleholm', 'Kristianstad', 'Landskrona', 'Lund', 'Malmö', 'Trelleborg', 'Ystad'],
  'vg-2024': ['Alingsås', 'Borås', 'Göteborg', 'Lidköping', 'Mölndal', 'Skövde', 'Trollhättan', 'Uddevalla', 'Vänersborg'],
  'orebro-2010': ['Askersund', 'Hallsberg', 'Karlskoga', 'Kumla', 'Lindesberg', 'Nora', 'Örebro'],
};

/** Load the valid shipped examples as templates (those whose validate passes). */
export function loadTemplates(root, isValid) {
  const dir = join(root, 'agreements');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((text) => isValid(text))
    .map((text) => parse(text));
}

export function buildCorpus(root, n, isValid, seed = 20261123) {
  const templates = loadTemplates(root, isValid);
  if (templates.length === 0) throw new Error('no valid example agreements to vary');
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  // A fresh folder of its own: two benchmarks at once never share or delete each other's corpus.
  const dir = mkdtempSync(join(tmpdir(), `samverkan-bench-${n}-`));
  const files = [];
  for (let i = 0; i < n; i++) {
    const a = structuredClone(templates[i % templates.length]);
    const kommun = pick(KOMMUNER[a.ramverk] ?? ['Eslöv']);
    a.avtal.id = `bench-${String(i).padStart(5, '0')}`;
    a.avtal.version = 1 + Math.floor(rnd() * 5);
    a.familjecentral.namn = `${a.familjecentral.namn} ${i}`;
    a.familjecentral.kommun = kommun;
    for (const b of a.basverksamheter ?? []) {
      for (const s of b.bemanning ?? []) s.tjänstgöringsgrad = Math.round((0.2 + rnd() * 1.6) * 10) / 10;
    }
    const file = join(dir, `${a.avtal.id}.yaml`);
    writeFileSync(file, `# yaml-language-server: $schema=../schemas/${a.ramverk}.schema.json\n` + stringify(a, { lineWidth: 0 }));
    files.push(file);
  }
  return { dir, files };
}
