/**
 * Golden CLI scenarios, in the manner of spectral's test harness: each file in
 * test/scenarios/ holds a command line, optional input files, and the exact
 * stdout, stderr and exit status a user sees. They pin each command's main
 * paths as a person reads them.
 *
 * A scenario file is a sequence of sections:
 *
 *   ====test====          what the scenario shows (one line)
 *   ====asset:NAME====    a file written to a fresh folder before the run (optional, repeatable)
 *   ====command====       the arguments after `samverkan`, one line; {asset:NAME} is the asset's path
 *   ====status====        the exit status
 *   ====stdout====        exactly what is printed (may be absent: nothing)
 *   ====stderr====        exactly what is printed on stderr (may be absent: nothing)
 *
 * Every scenario runs in a fresh folder holding its assets and links to the
 * repository's `agreements/` and `schemas/`, so paths print as a user would
 * type them and nothing is ever written into the repository. `SAMVERKAN_UPDATE_SCENARIOS=1 npx vitest run test/scenarios.test.ts`
 * rewrites the expected sections from the real output; review the diff.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from './helpers.js';

const DIR = join(ROOT, 'test/scenarios');
const UPDATE = process.env.SAMVERKAN_UPDATE_SCENARIOS === '1';

interface Scenario {
  test: string;
  assets: [string, string][];
  command: string;
  status: number;
  stdout: string;
  stderr: string;
}

const SECTION = /^====([a-z]+(?::[^=\n]+)?)====\n/gm;

function parseScenario(text: string): Scenario {
  const parts: [string, string][] = [];
  const marks = [...text.matchAll(SECTION)];
  marks.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : text.length;
    parts.push([m[1]!, text.slice(start, end)]);
  });
  const get = (name: string) => parts.find(([n]) => n === name)?.[1];
  const command = get('command')?.trim();
  const status = get('status')?.trim();
  if (!command || status === undefined) throw new Error('a scenario needs ====command==== and ====status====');
  return {
    test: (get('test') ?? '').trim(),
    assets: parts.filter(([n]) => n.startsWith('asset:')).map(([n, body]) => [n.slice('asset:'.length), body]),
    command,
    status: Number(status),
    stdout: get('stdout') ?? '',
    stderr: get('stderr') ?? '',
  };
}

function serialise(s: Scenario): string {
  const out = [`====test====\n${s.test}\n`];
  for (const [name, body] of s.assets) out.push(`====asset:${name}====\n${body}`);
  out.push(`====command====\n${s.command}\n`, `====status====\n${s.status}\n`);
  if (s.stdout !== '') out.push(`====stdout====\n${s.stdout}`);
  if (s.stderr !== '') out.push(`====stderr====\n${s.stderr}`);
  return out.join('');
}

/** Split a command line on spaces, honouring "double quotes". */
function argv(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario'))
  .sort();

describe('golden CLI scenarios', () => {
  it('has scenarios for every command', () => {
    const commands = new Set(files.map((f) => parseScenario(readFileSync(join(DIR, f), 'utf8')).command.split(' ')[0]));
    for (const c of ['validate', 'check', 'new', 'render', 'report']) expect(commands, c).toContain(c);
  });

  for (const file of files) {
    const path = join(DIR, file);
    const scenario = parseScenario(readFileSync(path, 'utf8'));
    it(`${file}: ${scenario.test}`, () => {
      const cwd = tempDir('samverkan-scenario-');
      symlinkSync(join(ROOT, 'agreements'), join(cwd, 'agreements'));
      symlinkSync(join(ROOT, 'schemas'), join(cwd, 'schemas'));
      for (const [name, body] of scenario.assets) {
        mkdirSync(dirname(join(cwd, name)), { recursive: true });
        writeFileSync(join(cwd, name), body);
      }
      const args = argv(scenario.command.replace(/\{asset:([^}]+)\}/g, (_, n: string) => n));
      const r = cli(args, { cwd });
      const actual = { ...scenario, status: r.code, stdout: r.stdout, stderr: r.stderr };
      if (UPDATE) {
        writeFileSync(path, serialise(actual));
        return;
      }
      expect({ status: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: scenario.status, stdout: scenario.stdout, stderr: scenario.stderr });
    });
  }
});
