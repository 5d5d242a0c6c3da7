/**
 * The batch on all cores: worker threads write each document's temporary
 * file themselves and the main thread only moves finished files into place.
 * What a user must still see: every document written once, in input order,
 * a file changed by someone else left alone (exit 1), and no temporary file
 * left behind in the output folder, whatever happened.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS, cli, mutate, tempDir } from './helpers.js';

const ESLOV = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');

function batch(n: number): { dir: string; ids: string[] } {
  const dir = tempDir('samverkan-batch-');
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const id = `eslov-solrosen-${String(i).padStart(2, '0')}`;
    ids.push(id);
    writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.yaml`), mutate(ESLOV, 'id: eslov-solrosen', `id: ${id}`));
  }
  return { dir, ids };
}

describe('render: batch in worker threads', () => {
  it('leaves a foreign file alone, writes the rest in order, and leaves no temporary file', () => {
    const { dir, ids } = batch(16);
    mkdirSync(join(dir, 'ut'));
    writeFileSync(join(dir, 'ut', `${ids[5]}.docx`), 'inte skriven av samverkan');
    const r = cli(['render', '.', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${ids[5]}.docx: filen är inte skriven av samverkan`);
    expect(readFileSync(join(dir, 'ut', `${ids[5]}.docx`), 'utf8')).toBe('inte skriven av samverkan');
    const written = r.stdout.trim().split('\n').map((l) => l.split(' → ')[0]);
    expect(written).toEqual(ids.map((_, i) => `a${String(i + 1).padStart(2, '0')}.yaml`).filter((_, i) => i !== 5));
    const names = readdirSync(join(dir, 'ut')).sort();
    expect(names).toEqual(ids.map((id) => `${id}.docx`).sort());
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('over its own files again: every document replaced, the same bytes, no temporary file', () => {
    const { dir, ids } = batch(14);
    const first = cli(['render', '.', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir });
    expect(first.code).toBe(0);
    const before = ids.map((id) => readFileSync(join(dir, 'ut', `${id}.docx`)));
    const again = cli(['render', '.', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir });
    expect(again.code).toBe(0);
    for (const [i, id] of ids.entries()) expect(Buffer.compare(readFileSync(join(dir, 'ut', `${id}.docx`)), before[i]!), id).toBe(0);
    expect(readdirSync(join(dir, 'ut')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
