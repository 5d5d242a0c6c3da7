/**
 * Every `$ samverkan …` example in the README is the tool's real output. Each
 * example is run as shown (after any `$ cd` before it) in a fresh folder that
 * holds the repository's agreements and fixtures, so commands that write files
 * write there. A line `…` in the README stands for any number of lines; the
 * other lines must appear in the output in the order shown, and a line
 * that ends in ` …` must begin a line of the output. The README's `new`
 * example has its own test (readme-new.test.ts): its file is made by `new`.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

interface Example {
  /** The folder, relative to the working copy, the commands run in. */
  cwd: string;
  args: string[];
  shown: string[];
}

/** Split a shell line into words as sh would for the README's simple quoting. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

function examples(readme: string): Example[] {
  const found: Example[] = [];
  // The README reads as one shell session: a `cd` holds for the examples after it.
  let cwd = '.';
  for (const m of readme.matchAll(/^( *)```[a-z]*\n([\s\S]*?)^\1```/gm)) {
    const lines = m[2]!.split('\n').map((l) => l.slice(m[1]!.length));
    let current: Example | undefined;
    for (const line of lines) {
      if (line.startsWith('$ cd ')) cwd = line.slice(5).trim();
      else if (line.startsWith('$ samverkan ')) {
        current = { cwd, args: words(line.slice('$ samverkan '.length)), shown: [] };
        found.push(current);
      } else if (current && line !== '') current.shown.push(line);
    }
  }
  return found.filter((e) => e.args[0] !== 'new' && !(e.args[0] === 'validate' && e.args[1]?.startsWith('eslov-familjecentralen')));
}

/** Whether `shown` (with `…` for any lines) matches `actual`, line by line in order. */
function matches(shown: readonly string[], actual: readonly string[]): boolean {
  let at = 0;
  let skip = false;
  for (const line of shown) {
    if (line === '…') {
      skip = true;
      continue;
    }
    const fits = (l: string) => (line.endsWith(' …') ? l.startsWith(line.slice(0, -2)) : l === line);
    if (skip) {
      while (at < actual.length && !fits(actual[at]!)) at++;
      if (at === actual.length) return false;
    } else if (at >= actual.length || !fits(actual[at]!)) return false;
    at++;
    skip = false;
  }
  return skip || at === actual.length;
}

/** A working copy with what the examples read: agreements/ and test/fixtures/, copied so writes stay there. */
function workingCopy(): string {
  const dir = tempDir('samverkan-readme-');
  cpSync(join(ROOT, 'agreements'), join(dir, 'agreements'), { recursive: true });
  mkdirSync(join(dir, 'test'));
  cpSync(join(ROOT, 'test/fixtures'), join(dir, 'test/fixtures'), { recursive: true });
  symlinkSync(join(ROOT, 'schemas'), join(dir, 'schemas'));
  return dir;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EXAMPLES = examples(README);

describe('README examples', () => {
  it('finds the examples (render, report, check, validate, jämför)', () => {
    expect(new Set(EXAMPLES.map((e) => e.args[0]))).toEqual(new Set(['validate', 'check', 'render', 'report', 'jämför']));
  });

  it.each(EXAMPLES.map((e) => [`samverkan ${e.args.join(' ')}`, e] as const))('%s', (_name, e) => {
    const dir = workingCopy();
    const r = cli(e.args, { cwd: join(dir, e.cwd) });
    const out = (r.stdout + r.stderr).split('\n').filter((l) => l !== '');
    expect(r.code, r.stderr).toBeLessThan(2);
    expect(matches(e.shown, out), `README shows:\n${e.shown.join('\n')}\n\nthe tool prints:\n${out.join('\n')}`).toBe(true);
  });

  it('the matcher fails on a line the tool does not print, and on a missing …', () => {
    expect(matches(['a', '…', 'c'], ['a', 'b', 'b2', 'c'])).toBe(true);
    expect(matches(['a', '…', 'x'], ['a', 'b', 'c'])).toBe(false);
    expect(matches(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
    expect(matches(['a'], ['a', 'b'])).toBe(false);
    expect(matches(['a …'], ['a b c'])).toBe(true);
  });
});
