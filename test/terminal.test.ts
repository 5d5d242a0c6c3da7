/**
 * Nothing from an agreement reaches the reviewer's terminal as a control
 * sequence. Hostile agreements (an OSC 52 clipboard write in a name, a key
 * that moves the cursor up, erases the real error line and prints a forged
 * green "1 fil: 1 giltig", a file name made of escape codes) go through every
 * command and every text format, inside a real terminal emulator: tmux with
 * `set-clipboard on`, read back with `capture-pane`. A control run prints the
 * same sequences raw, to prove that the harness sees an attack that works.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENTS, BIN, tempDir } from './helpers.js';

const OSC52 = '\x1b]52;c;cm0gLXJmIH4=\x07'; // sets the clipboard to "rm -rf ~"
const FORGE = '\x1b[1A\x1b[2K\r\x1b[32m1 fil: 1 giltig\x1b[0m';

let root: string;
/** Each run gets its own tmux server, so that no paste buffer of one run is seen by another. */
let socket = `samverkan-test-${process.pid}`;

function tmux(...args: string[]): { code: number; out: string } {
  const r = spawnSync('tmux', ['-L', socket, '-f', join(root, 'tmux.conf'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, TMUX_TMPDIR: root, TMUX: '' },
  });
  return { code: r.status ?? -1, out: r.stdout };
}

/** Run a shell script as the program of a fresh tmux pane and return what the pane shows and the paste buffers tmux made. */
function inTerminal(name: string, script: string): { screen: string; buffers: string } {
  socket = `samverkan-test-${process.pid}-${name}`;
  const file = join(root, `${name}.sh`);
  writeFileSync(file, `#!/bin/sh\n${script}\necho KLART-KLART\n`, { mode: 0o755 });
  tmux('new-session', '-d', '-s', name, '-x', '250', '-y', '60', '-c', join(root, 'work'), file);
  let screen = '';
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', name).out;
    if (screen.includes('KLART-KLART')) break;
    spawnSync('sleep', ['0.3']);
  }
  const buffers = tmux('list-buffers').out;
  tmux('kill-server');
  return { screen, buffers };
}

beforeAll(() => {
  root = tempDir('samverkan-tty-');
  // Clipboard writes by programs (OSC 52) become tmux paste buffers; the pane stays after its program ends.
  writeFileSync(join(root, 'tmux.conf'), 'set -g set-clipboard on\nset -g history-limit 100000\nset -g remain-on-exit on\n');
  const work = join(root, 'work');
  mkdirSync(join(work, 'avtal'), { recursive: true });
  const example = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
  const withId = (id: string) => example.replace('id: eslov-solrosen ', `id: ${id} `);
  // A valid agreement whose name carries an OSC 52 clipboard write (YAML escapes \e and \a).
  writeFileSync(
    join(work, 'avtal', 'namn.yaml'),
    withId('eslov-namn').replace('  namn: Familjecentralen Solrosen\n', '  namn: "Solrosen\\e]52;c;cm0gLXJmIH4=\\a"\n'),
  );
  // An unknown key that would erase the real error line and forge a summary.
  writeFileSync(join(work, 'avtal', 'nyckel.yaml'), `${withId('eslov-nyckel')}"\\e[1A\\e[2K\\r\\e[32m1 fil: 1 giltig\\e[0m": x\n`);
  // A file name that is itself escape codes.
  writeFileSync(join(work, 'avtal', `${OSC52}.yaml`), withId('eslov-filnamn'));
  // Raw control bytes in the file: a YAML error whose message could quote them.
  writeFileSync(join(work, 'avtal', 'rå.yaml'), `${withId('eslov-raa')}\nbeskrivning: a${FORGE}\n`);
});

afterAll(() => {
  if (root) tmux('kill-server');
});

const COMMANDS = [
  'validate avtal',
  'validate avtal --format json',
  'check avtal --as-of 2026-03-01',
  'check avtal --as-of 2026-03-01 --alla',
  'check avtal --as-of 2026-03-01 --format markdown',
  'check avtal --as-of 2026-03-01 --format json',
  'check avtal --as-of 2026-03-01 --format junit',
  'check avtal --as-of 2026-03-01 --format sarif',
  'render avtal -o ut --as-of 2026-03-01',
  'render avtal -o ut --as-of 2026-03-01 --slutlig',
  'report avtal --as-of 2026-03-01',
  'report avtal --as-of 2026-03-01 --format csv',
  'report avtal --as-of 2026-03-01 --format html',
  'report avtal --as-of 2026-03-01 --format json',
  '--lang en check avtal --as-of 2026-03-01',
];

describe('terminal: nothing from an agreement reaches the terminal as a control sequence', () => {
  it('the harness sees a working attack: raw, the OSC 52 sets the clipboard and the forged line replaces the real one', () => {
    const { screen, buffers } = inTerminal(
      'kontroll',
      `printf 'verkligt fel\\n'\nprintf '${OSC52.replace(/\x1b/g, '\\033').replace(/\x07/g, '\\007')}'\nprintf '${FORGE.replace(/\x1b/g, '\\033').replace(/\r/g, '\\r')}\\n'`,
    );
    expect(buffers).toContain('rm -rf ~');
    expect(screen).not.toContain('verkligt fel');
    expect(screen.split('\n')).toContain('1 fil: 1 giltig');
  });

  it('every command and format, stdout and stderr: no clipboard write, no forged line, the codes shown as \\u001b', () => {
    const script = COMMANDS.map((c) => `echo "== ${c}"\n"${process.execPath}" "${BIN}" ${c} 2>&1\necho "[slutkod $?]"`).join('\n');
    const { screen, buffers } = inTerminal('samverkan', script);
    expect(screen).toContain('KLART-KLART');
    expect(buffers).toBe('');
    // Every command ran to its end and printed its exit code.
    for (const c of COMMANDS) expect(screen).toContain(`== ${c}`);
    expect(screen.match(/\[slutkod \d\]/g)).toHaveLength(COMMANDS.length);
    // The forged summary never stands alone on a line; the real messages are all there.
    expect(screen.split('\n').map((l) => l.trim())).not.toContain('1 fil: 1 giltig');
    expect(screen).toContain('4 filer: ');
    expect(screen).toContain('Okänd nyckel "\\u001b[1A\\u001b[2K\\u000d\\u001b[32m1 fil: 1 giltig\\u001b[0m"');
    expect(screen).toMatch(/namn\.yaml: Solrosen\\u001b\]52;c;cm0gLXJmIH4=\\u0007 \(skane-2018@\d+\)/);
    expect(screen).toContain('\\u001b]52;c;cm0gLXJmIH4=\\u0007.yaml');
    // Swedish letters pass untouched.
    expect(screen).toContain('Granskning per 1 mars 2026');
    expect(screen).toContain('## Familjecentralerna');
  }, 180_000);
});
