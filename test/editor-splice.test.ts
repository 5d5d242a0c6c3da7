/**
 * Form edits are written into the YAML text at the value's place: the value
 * reads back as intended, and comments and the layout of everything else
 * survive (the editor's promise for files officers and `new` wrote).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { parse, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSkeleton } from '../src/schema/skeleton.js';
import { getIn, setIn, spliceValue, type Path } from '../src/web/splice.js';
import { AGREEMENTS } from './helpers.js';

const SKELETON = buildSkeleton({ framework: 'skane-2018', kommun: 'Eslöv', namn: 'Familjecentralen Test', typ: 'familjecentral', schemaRef: 'x' });
const ESLOV = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');

/** The changed lines of a splice: [removed, added]. */
function changed(before: string, after: string): [string[], string[]] {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return [removed, added];
}

function splice(text: string, path: Path, value: unknown): string {
  const r = spliceValue(text, path, value);
  expect(r.spliced, `spliced ${path.join('.')}`).toBe(true);
  expect(parse(r.text)).toEqual(setIn(parse(text), path, value));
  return r.text;
}

describe('splicing form edits into YAML', () => {
  it('fills an empty value of the skeleton on its own line, keeping the help comment', () => {
    const out = splice(SKELETON, ['avtal', 'beslutat'], '2026-01-15');
    expect(changed(SKELETON, out)).toEqual([['  beslutat:'], ['  beslutat: 2026-01-15']]);
    expect(out).toContain('  # Datum då de ansvariga nämnderna beslutade om avtalet, ÅÅÅÅ-MM-DD.\n  beslutat: 2026-01-15\n');
    // A comment after the value on its line stays after it.
    const trailing = splice('a:\n  b:  # hjälp\n  c: 1\n', ['a', 'b'], 'x');
    expect(trailing).toBe('a:\n  b: x  # hjälp\n  c: 1\n');
  });

  it('quotes what would read as something else, and changes only that line', () => {
    const out = splice(ESLOV, ['familjecentral', 'adress'], 'Storgatan 1: #2');
    const [removed, added] = changed(ESLOV, out);
    expect(removed).toEqual(['  adress: Storgatan 1, 241 30 Eslöv']);
    expect(added).toEqual(['  adress: "Storgatan 1: #2"']);
    for (const text of ['true', '12', 'null', '- x', '"q"', 'a\tb', ' lead']) splice(ESLOV, ['familjecentral', 'adress'], text);
  });

  it('writes inside flow collections without exploding them', () => {
    const out = splice(ESLOV, ['basverksamheter', 0, 'bemanning', 0, 'tjänstgöringsgrad'], 0.6);
    expect(changed(ESLOV, out)).toEqual([['      - { yrke: barnmorska, tjänstgöringsgrad: 0.8 }'], ['      - { yrke: barnmorska, tjänstgöringsgrad: 0.6 }']]);
  });

  it('adds and removes keys and list items in block style', () => {
    let out = splice(SKELETON, ['basverksamheter', 0, 'närvaro', 1], { dag: 'tisdag', från: '08:00', till: '12:00' });
    expect(changed(SKELETON, out)[1]).toEqual(['      - dag: tisdag', '        från: 08:00', '        till: 12:00']);
    out = splice(out, ['basverksamheter', 0, 'närvaro', 0], undefined);
    out = splice(out, ['avtal', 'giltighet', 'förlängning'], { år: 2 });
    out = splice(out, ['sekretess'], undefined);
    expect(out).not.toMatch(/^sekretess:/m);
    // The removed entries' own help went with them; every other comment survives.
    expect(out).not.toContain('# Hur sekretess, samtycke och personuppgiftsansvar hanteras mellan parterna.');
    const kept = SKELETON.split('\n').filter((l) => l.trim().startsWith('#') && !l.includes('personuppgiftsansvar') && !/Veckodagen|Starttid|Sluttid/.test(l));
    for (const line of kept) expect(out).toContain(line);
    expect(out.match(/# Veckodagen/g)?.length).toBe(SKELETON.match(/# Veckodagen/g)!.length - 1);
  });

  it('writes a multi-line text as a literal block, and replaces a section by a marker', () => {
    const out = splice(ESLOV, ['syfte'], 'Rad ett\nRad två');
    expect(out).toContain('syfte: |-\n  Rad ett\n  Rad två\n');
    const marked = splice(ESLOV, ['samtidighet'], 'ingår inte');
    expect(changed(ESLOV, marked)[1]).toEqual(['samtidighet: ingår inte']);
  });

  it('gives the intended value for scalars across every shipped example (every fifth)', () => {
    for (const file of readdirSync(AGREEMENTS).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(join(AGREEMENTS, file), 'utf8');
      const value = parse(text);
      const paths: Path[] = [];
      const walk = (v: unknown, p: Path): void => {
        if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...p, i]);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
        else paths.push(p);
      };
      walk(value, []);
      const doc = parseDocument(text);
      for (const p of paths.filter((_, i) => i % 5 === 0)) {
        // Only the lines the old value stood on change.
        const range = (doc.getIn(p, true) as Node).range!;
        const span = text.slice(range[0], range[1]).split('\n').length;
        const old = getIn(value, p);
        const next = typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : `${String(old)} ändrad`;
        const r = spliceValue(text, p, next);
        expect(parse(r.text), `${file} ${p.join('.')}`).toEqual(setIn(value, p, next));
        expect(r.spliced, `${file} ${p.join('.')}`).toBe(true);
        expect(changed(text, r.text)[0].length, `${file} ${p.join('.')}`).toBeLessThanOrEqual(span);
      }
    }
  });
});
