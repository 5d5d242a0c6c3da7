/**
 * The batch on all cores: worker threads read, validate, decide, render and
 * write each file's temporary file themselves, and the main thread only moves
 * finished files into place. What a user must still see: every document
 * written once, in input order, a file changed by someone else left alone
 * (exit 1), no temporary file left behind in the output folder, whatever
 * happened — and exactly what one thread says and writes.
 * `SAMVERKAN_THREADS=2` takes the worker path below its size threshold.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS, cli, mutate, tempDir } from './helpers.js';

const ESLOV = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const WORKERS = { SAMVERKAN_THREADS: '2' };
const ONE_THREAD = { SAMVERKAN_THREADS: '1' };

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
    const r = cli(['render', '.', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir, env: WORKERS });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${ids[5]}.docx: filen är inte skriven av samverkan`);
    expect(readFileSync(join(dir, 'ut', `${ids[5]}.docx`), 'utf8')).toBe('inte skriven av samverkan');
    const written = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(' → ')[0]);
    expect(written).toEqual(ids.map((_, i) => `a${String(i + 1).padStart(2, '0')}.yaml`).filter((_, i) => i !== 5));
    const names = readdirSync(join(dir, 'ut')).sort();
    expect(names).toEqual(ids.map((id) => `${id}.docx`).sort());
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('over its own files again: every document replaced, the same bytes, no temporary file', () => {
    const { dir, ids } = batch(14);
    const first = cli(['render', '.', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir, env: WORKERS });
    expect(first.code).toBe(0);
    const before = ids.map((id) => readFileSync(join(dir, 'ut', `${id}.docx`)));
    const again = cli(['render', '.', '-o', 'ut', '--as-of', '2026-03-01'], { cwd: dir, env: WORKERS });
    expect(again.code).toBe(0);
    for (const [i, id] of ids.entries()) expect(Buffer.compare(readFileSync(join(dir, 'ut', `${id}.docx`)), before[i]!), id).toBe(0);
    expect(readdirSync(join(dir, 'ut')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('says, writes and exits exactly as one thread does: invalid files, a repeated id, a refused final version', () => {
    const { dir, ids } = batch(9);
    writeFileSync(join(dir, 'a03.yaml'), mutate(readFileSync(join(dir, 'a03.yaml'), 'utf8'), 'ramverk: skane-2018', 'ramverk: skane-2099'));
    writeFileSync(join(dir, 'a05.yaml'), mutate(readFileSync(join(dir, 'a05.yaml'), 'utf8'), `id: ${ids[4]}`, `id: ${ids[1]}`));
    writeFileSync(join(dir, 'a07.yaml'), ': inte yaml [');
    // Valid, but the region's maternity care run by the kommun: no final version.
    const a08 = readFileSync(join(dir, 'a08.yaml'), 'utf8');
    writeFileSync(join(dir, 'a08.yaml'), a08.replace(/(verksamhet: mödrahälsovård[^\n]*\n\s+part: )region/, '$1kommun'));
    const runs = [WORKERS, ONE_THREAD].map((env) => {
      const r = cli(['render', '.', '-o', 'ut', '--as-of', '2026-03-01', '--slutlig'], { cwd: dir, env });
      const docs = readdirSync(join(dir, 'ut'))
        .sort()
        .map((n) => [n, readFileSync(join(dir, 'ut', n))] as const);
      rmSync(join(dir, 'ut'), { recursive: true });
      return { ...r, docs };
    });
    const [workers, one] = runs;
    expect(workers!.code).toBe(1);
    expect(workers!.stderr).toContain('a03.yaml: ogiltigt avtal, inget dokument skrevs');
    expect(workers!.stderr).toContain(`a05.yaml:`);
    expect(workers!.stderr).toContain(`Samma avtal.id "${ids[1]}" som i a02.yaml`);
    expect(workers!.stderr).toContain('a07.yaml: ogiltigt avtal, inget dokument skrevs');
    expect(workers!.stderr).toContain('a08.yaml: kan inte bli slutlig version');
    expect(
      workers!.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' → ')[0]),
    ).toEqual(['a01.yaml', 'a02.yaml', 'a04.yaml', 'a06.yaml', 'a09.yaml']);
    expect(workers!.docs.map(([n]) => n)).toEqual([0, 1, 3, 5, 8].map((i) => `${ids[i]}.docx`).sort());
    expect(workers!.stdout).toBe(one!.stdout);
    expect(workers!.stderr).toBe(one!.stderr);
    expect(workers!.code).toBe(one!.code);
    for (const [i, [n, bytes]] of workers!.docs.entries()) expect(Buffer.compare(bytes, one!.docs[i]![1]), n).toBe(0);
  });
});
