/** Shared test helpers: run the real CLI, find the repository's folders. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, process.env.SAMVERKAN_DIST ?? 'dist', 'cli/main.js');
export const AGREEMENTS = join(ROOT, 'agreements');
export const FIXTURES = join(ROOT, 'test/fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the compiled `samverkan` bin as a user would, in `cwd` (default: the repository). */
export function cli(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, SAMVERKAN_LANG: '', ...options.env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Run the CLI in this process, through the same `run` the bin calls, with `cli`'s arguments, folder
 * and result: for catalogues of inputs where a process per case would only add start-up time. What
 * only a real process shows (exit status, streams, an uncaught error's trace) needs `cli`, and so does
 * a case that sets an environment variable: commands read `process.env` (SAMVERKAN_SOFFICE,
 * SAMVERKAN_THREADS), which a run in this process would share rather than set.
 */
export async function cliInProcess(args: readonly string[], options: { cwd?: string } = {}): Promise<CliResult> {
  const { run } = await import('../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await run(
    args,
    {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      stderrIsTTY: false,
      cwd: options.cwd ?? ROOT,
      today: () => new Date(),
    },
    { SAMVERKAN_LANG: '' },
  );
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'samverkan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Replace exactly one occurrence, so a fixture cannot silently stop mutating. */
export function mutate(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`fixture: "${from}" must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** The 1-based line on which `needle` first stands. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`fixture: "${needle}" not found`);
  return text.slice(0, i).split('\n').length;
}

/** Nine aliases of nine aliases each: a YAML text that expands to 9^9 values if a reader follows every alias. */
export const aliasBomb =
  [
    'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
    ...'bcdefghi'.split('').map(
      (c, i) =>
        `${c}: &${c} [${Array(9)
          .fill('*' + 'abcdefghi'[i])
          .join(', ')}]`,
    ),
  ].join('\n') + '\n';

/** A place as line:col, or start-end when there is a range (the golden files' form). */
export function place(p: unknown): string {
  if (!p || typeof p !== 'object') return '-';
  const q = p as { line?: number; col?: number; start?: unknown; end?: unknown };
  return q.start ? `${place(q.start)}-${place(q.end)}` : `${q.line}:${q.col}`;
}

/** Sections of a golden file: `## title` and the lines below it. */
export function parseGolden(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const nl = part.indexOf('\n');
    map.set(part.slice(0, nl), part.slice(nl + 1).replace(/\n+$/, ''));
  }
  return map;
}
