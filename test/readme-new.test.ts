/**
 * The README's `new` example is the tool's real output: the excerpt of the
 * skeleton and the first lines and summary of validating it. Only the schema
 * line differs by place (the README's file lies beside `schemas/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('### `samverkan new'), README.indexOf('### `samverkan validate'));
const blocks = [...section.matchAll(/```(?:yaml)?\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README: samverkan new', () => {
  const dir = tempDir();
  const made = cli(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'Familjecentralen Blåklinten', '--typ', 'familjecentralsliknande'], {
    cwd: dir,
  });
  const file = join(dir, 'eslov-familjecentralen-blaklinten.yaml');

  it('shows what new prints', () => {
    expect(made.code).toBe(0);
    const shown = blocks.find((b) => b.startsWith('$ samverkan new'))!;
    expect(shown.split('\n').slice(1).join('\n')).toBe(made.stdout);
  });

  it('shows parts of the skeleton exactly as new writes them', () => {
    const text = readFileSync(file, 'utf8');
    const excerpt = blocks.find((b) => b.startsWith('# yaml-language-server'))!;
    const parts = excerpt.split('\n…\n');
    expect(parts.length).toBeGreaterThan(1);
    // The schema line names the path from the file to schemas/, which depends on where it lies.
    expect(text).toContain(parts[0]!.split('\n').slice(1).join('\n'));
    for (const part of parts.slice(1)) expect(text).toContain(part);
  });

  it('shows the first lines and the summary of validating it', () => {
    const r = cli(['validate', 'eslov-familjecentralen-blaklinten.yaml'], { cwd: dir });
    const shown = blocks
      .find((b) => b.startsWith('$ samverkan validate eslov'))!
      .split('\n')
      .slice(1)
      .filter((l) => l !== '');
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    const cut = shown.indexOf('…');
    expect(lines.slice(0, cut)).toEqual(shown.slice(0, cut));
    expect(lines.at(-1)).toBe(shown.at(-1));
    expect(r.code).toBe(1);
  });
});
