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

export function tempDir(prefix = 'samverkan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
