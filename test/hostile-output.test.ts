/**
 * The catalogue of hostile output situations, end to end through the real CLI:
 * output folders that are missing or cannot be folders, a full disk, two
 * renders at once, a hand-edited document; and, for every command, hostile
 * input that must never print a stack trace (each command once as a real
 * process, the catalogue of single files and options in-process through the
 * same `run`). Each entry with the exact exit code and the message a user sees.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS, aliasBomb, BIN, cli, cliInProcess, tempDir, type CliResult } from './helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const ESLOV = join(AGREEMENTS, 'eslov-solrosen.yaml');
const AS_OF = ['--as-of', '2026-03-01'];

/** A fresh folder holding a copy of the Eslöv example. */
function workspace(): string {
  const dir = tempDir('samverkan-out-');
  copyFileSync(ESLOV, join(dir, 'eslov-solrosen.yaml'));
  return dir;
}

/** Every file below a folder, recursively, relative to it. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Run the CLI under a file-size limit (`ulimit -f`, in KiB): every write past it fails with EFBIG, as on a full disk. */
function cliWithFileLimit(kib: number, args: string[], cwd: string): CliResult {
  const r = spawnSync('sh', ['-c', `ulimit -f ${kib} && exec "$0" "$@"`, process.execPath, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SAMVERKAN_LANG: '' },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('an output folder that does not exist', () => {
  it('render -o creates it, nested folders too', () => {
    const dir = workspace();
    const r = cli(['render', 'eslov-solrosen.yaml', '-o', 'ny/mapp', ...AS_OF], { cwd: dir });
    expect(r.stdout).toBe('eslov-solrosen.yaml → ny/mapp/eslov-solrosen.docx (utkast 2026-03-01)\n');
    expect(r.code).toBe(0);
    expect(listing(join(dir, 'ny'))).toEqual(['mapp/eslov-solrosen.docx']);
  });

  it('report -o creates it too, the same way', () => {
    const dir = workspace();
    const r = cli(['report', 'eslov-solrosen.yaml', '-o', 'ny/mapp', '--format', 'json', ...AS_OF], { cwd: dir });
    expect(r.stderr).toBe('skrev ny/mapp/rapport.json\n');
    expect(r.code).toBe(0);
    expect(listing(join(dir, 'ny'))).toEqual(['mapp/rapport.json']);
  });

  it('new -o names a file, so a missing folder there is a typo and is refused', () => {
    const dir = workspace();
    const r = cli(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '-o', 'saknas/x.yaml'], { cwd: dir });
    expect(r.stderr).toBe('samverkan: saknas: mappen finns inte\n');
    expect(r.code).toBe(2);
  });
});

/*
 * A read-only folder: the tests run as root here, and root ignores permission
 * bits (chmod 0555 does not stop it), while a read-only bind mount or chattr +i
 * needs privileges a test cannot count on. What really fails for everyone is a
 * path that cannot be a folder: a FILE where the output folder is expected.
 */
describe('an output folder that cannot be written', () => {
  it('report -o onto a file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'fil'), 'not a folder');
    const r = cli(['report', 'eslov-solrosen.yaml', '-o', 'fil', '--format', 'md', ...AS_OF], { cwd: dir });
    expect(r.stderr).toBe('samverkan: fil: mappen kan inte skapas (det finns redan en fil med det namnet)\n');
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'fil'), 'utf8')).toBe('not a folder');
  });

  it('report -o below a file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'fil'), 'not a folder');
    const r = cli(['report', 'eslov-solrosen.yaml', '-o', 'fil/under', '--format', 'md', ...AS_OF], { cwd: dir });
    expect(r.stderr).toBe('samverkan: fil/under: mappen kan inte skapas (en del av sökvägen är inte en mapp)\n');
    expect(r.code).toBe(2);
  });

  it('render -o onto a file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'fil'), 'not a folder');
    const r = cli(['render', 'eslov-solrosen.yaml', '-o', 'fil', ...AS_OF], { cwd: dir });
    expect(r.stderr).toBe('samverkan: fil: mappen kan inte skapas (det finns redan en fil med det namnet)\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(listing(dir)).toEqual(['eslov-solrosen.yaml', 'fil']);
  });

  it('new -o below a file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'fil'), 'not a folder');
    const r = cli(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '-o', 'fil/x.yaml'], { cwd: dir });
    expect(r.stderr).toBe('samverkan: fil: är en fil, inte en mapp\n');
    expect(r.code).toBe(2);
  });
});

/*
 * A full disk, for real: under `ulimit -f` the kernel fails every write past
 * the limit (EFBIG), exactly where ENOSPC would strike. Node ignores the
 * SIGXFSZ signal, so the CLI sees the failing write and must clean up.
 */
describe('a full disk: the write fails half-way', () => {
  it('render: exit 2, the reason, and neither a half-written document nor a temporary file', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'ut'));
    const r = cliWithFileLimit(4, ['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], dir);
    expect(r.stderr).toBe('samverkan: ut/eslov-solrosen.docx: kan inte skrivas (filen blir större än systemet tillåter)\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(listing(join(dir, 'ut'))).toEqual([]);
  });

  it('render over an earlier document keeps the earlier one whole', () => {
    const dir = workspace();
    expect(cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', '--as-of', '2026-01-01'], { cwd: dir }).code).toBe(0);
    const before = readFileSync(join(dir, 'ut/eslov-solrosen.docx'));
    const r = cliWithFileLimit(4, ['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], dir);
    expect(r.stderr).toBe('samverkan: ut/eslov-solrosen.docx: kan inte skrivas (filen blir större än systemet tillåter)\n');
    expect(r.code).toBe(2);
    expect(listing(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);
    expect(readFileSync(join(dir, 'ut/eslov-solrosen.docx')).equals(before)).toBe(true);
  });

  it('report: the same, in English with --lang en', () => {
    const dir = workspace();
    const r = cliWithFileLimit(1, ['report', 'eslov-solrosen.yaml', '-o', 'ut', '--format', 'html', '--lang', 'en', ...AS_OF], dir);
    expect(r.stderr).toBe('samverkan: ut/rapport.html: cannot be written (the file would be larger than the system allows)\n');
    expect(r.code).toBe(2);
    expect(listing(join(dir, 'ut'))).toEqual([]);
  });

  it('new: the same', () => {
    const dir = tempDir();
    const r = cliWithFileLimit(1, ['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '-o', 'ny.yaml'], dir);
    expect(r.stderr).toBe('samverkan: ny.yaml: kan inte skrivas (filen blir större än systemet tillåter)\n');
    expect(r.code).toBe(2);
    expect(listing(dir)).toEqual([]);
  });
});

describe('two renders of the same file at once', () => {
  function renderInBackground(cwd: string): Promise<CliResult> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, 'render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd, env: { ...process.env, SAMVERKAN_LANG: '' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  it('leave one whole document, byte-identical to a single render, and no temporary file', async () => {
    const single = workspace();
    expect(cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: single }).code).toBe(0);
    const expected = readFileSync(join(single, 'ut/eslov-solrosen.docx'));

    for (let round = 0; round < 3; round++) {
      const dir = workspace();
      const runs = await Promise.all([renderInBackground(dir), renderInBackground(dir)]);
      expect(listing(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);
      expect(readFileSync(join(dir, 'ut/eslov-solrosen.docx')).equals(expected)).toBe(true);
      for (const r of runs) {
        expect(r.stdout + r.stderr).not.toMatch(STACK);
        // Both succeed: the one that loses the race finds the identical document already there.
        expect({ code: r.code, stderr: r.stderr }, `round ${round}`).toEqual({ code: 0, stderr: '' });
        expect(r.stdout).toMatch(/^eslov-solrosen\.yaml → ut\/eslov-solrosen\.docx \((utkast 2026-03-01|redan skriven, identisk)\)\n$/);
      }
    }
  }, 240_000);
});

describe('a document edited by hand', () => {
  it('is not overwritten without --force, and is with it', () => {
    const dir = workspace();
    expect(cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: dir }).code).toBe(0);
    const target = join(dir, 'ut/eslov-solrosen.docx');
    const zip = new PizZip(readFileSync(target));
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('Solrosen', 'Solrosen (ändrad för hand)'));
    const edited = zip.generate({ type: 'nodebuffer' });
    writeFileSync(target, edited);

    const refused = cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^ut\/eslov-solrosen\.docx: filen (har ändrats sedan samverkan skrev den \(t\.ex\. i Word\)|är inte skriven av samverkan, eller har sparats om i Word eller LibreOffice,) och skrivs inte över\. Spara den under ett annat namn, eller kör igen med --force för att ersätta den\.\n$/,
    );
    expect(readFileSync(target).equals(edited)).toBe(true);
    expect(listing(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);

    const forced = cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', '--force', ...AS_OF], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(target).equals(edited)).toBe(false);
  });

  it('a document target that is a link to an endless device is refused, not read for ever', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'ut'));
    symlinkSync('/dev/zero', join(dir, 'ut/eslov-solrosen.docx'));
    const r = cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(r.stderr).toBe(
      'samverkan: ut/eslov-solrosen.docx: här finns en enhet, inte en vanlig fil, och inget skrivs dit; ta bort eller byt namn på den, eller välj en annan utdatamapp med -o\n',
    );
    expect(r.code).toBe(2);
  });

  it('an agreement that is a link to an endless device is refused as too large', () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'noll.yaml'));
    const r = cli(['validate', 'noll.yaml'], { cwd: dir });
    expect(r.stdout).toContain('noll.yaml:1:1  Filen är för stor: största tillåtna storlek är 1048576 byte');
    expect(r.code).toBe(1);
  });
});

describe('report reads no more than the size limit', () => {
  it('counts a 50 MB file and a link to an endless device as unreadable, with the reason', () => {
    const dir = tempDir();
    copyFileSync(ESLOV, join(dir, 'eslov-solrosen.yaml'));
    writeFileSync(join(dir, 'stor.yaml'), '');
    truncateSync(join(dir, 'stor.yaml'), 50 * 1024 * 1024);
    symlinkSync('/dev/zero', join(dir, 'noll.yaml'));
    const r = cli(['report', 'eslov-solrosen.yaml', 'stor.yaml', 'noll.yaml', '--format', 'json', ...AS_OF], { cwd: dir });
    expect(r.stderr).toContain('stor.yaml:1:1  Filen är för stor: största tillåtna storlek är 1048576 byte');
    expect(r.stderr).toContain('noll.yaml:1:1  Filen är för stor: största tillåtna storlek är 1048576 byte');
    expect(r.stderr).toContain('2 av 3 filer kunde inte läsas och räknas som ej läsbara i rapporten.');
    expect(r.code).toBe(1);
  });
});

// ---------------------------------------------------------------------------
// No input prints a stack trace, whatever the command.

const EXAMPLE = readFileSync(ESLOV, 'utf8');

/** Hostile agreement files, written into one folder. */
const HOSTILE_FILES: Record<string, string | Uint8Array> = {
  'alias.yaml': aliasBomb,
  'djup.yaml': 'ramverk: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n',
  'nul.yaml': new Uint8Array(512),
  'latin1.yaml': new Uint8Array([...new TextEncoder().encode('syfte: caf'), 0xe9, 0x0a]),
  'utf16.yaml': new Uint8Array([0xff, 0xfe, ...Buffer.from('ramverk: skane-2018\n', 'utf16le')]),
  'tom.yaml': '',
  'lista.yaml': '- 1\n- 2\n',
  'tagg.yaml': 'ramverk: !!js/function "function () {}"\n',
  'proto.yaml': EXAMPLE + '__proto__: { polluted: true }\n',
  'mall.yaml': EXAMPLE.replace('namn: Familjecentralen Solrosen', 'namn: "{{{x}}} {{> p}} {{#each this}}"'),
  'id.yaml': EXAMPLE.replace('id: eslov-solrosen', 'id: "../../x"'),
  'styr.yaml': EXAMPLE.replace('namn: Familjecentralen Solrosen', 'namn: "Sol\\x01ros\\uD800en\\uFFFE"'),
  'datum.yaml': EXAMPLE.replace(/från: \d{4}-\d{2}-\d{2}/, 'från: 2026-02-30'),
};

function hostileFolder(): string {
  const dir = tempDir('samverkan-hostile-');
  for (const [name, content] of Object.entries(HOSTILE_FILES)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'mapp.yaml'));
  mkdirSync(join(dir, 'tom-mapp'));
  symlinkSync('/dev/zero', join(dir, 'noll.yaml'));
  return dir;
}

/** No stack trace, no internal error, and the exit code the command documents: 0 done, 1 bad agreement, 2 bad use. */
function expectNoTrace(r: CliResult, code: 0 | 1 | 2, what: string): void {
  expect(r.stdout + r.stderr, what).not.toMatch(STACK);
  expect(r.stderr, what).not.toMatch(/internt fel|internal error/);
  expect(r.code, `${what}: ${r.stderr}`).toBe(code);
  // A usage error names the tool and what was wrong, on one line per problem.
  if (code === 2) expect(r.stderr, what).toMatch(/^samverkan: \S/m);
}

/** The two hostile files that are valid agreements (odd names, control characters the renderer strips). */
const VALID_HOSTILE = new Set(['mall.yaml', 'styr.yaml']);

describe('no input prints a stack trace', () => {
  // Each command runs once as a real process on the whole hostile folder and on bad use (exit status,
  // streams, and no trace even from an error nothing caught). The catalogue of single files and
  // options runs in-process through the same `run` the bin calls, where every message and exit code
  // is decided: a process per case would only add its start-up time.
  const dir = hostileFolder();
  const files = [...Object.keys(HOSTILE_FILES), 'noll.yaml'];

  it.each(['validate', 'check'])(
    '%s: each hostile file, and all at once',
    async (command) => {
      for (const f of files) {
        const r = await cliInProcess([command, f, ...AS_OF.slice(command === 'validate' ? 2 : 0)], { cwd: dir });
        expectNoTrace(r, VALID_HOSTILE.has(f) ? 0 : 1, `${command} ${f}`);
      }
      const spawned: [string[], 1 | 2][] = [
        [['.'], 1],
        [['--format', 'nej', '.'], 2],
      ];
      for (const [args, code] of spawned) expectNoTrace(cli([command, ...args], { cwd: dir }), code, `${command} ${args.join(' ')}`);
      const cases: [string[], 1 | 2][] = [
        [['saknas.yaml'], 2],
        [['mapp.yaml'], 2],
        [['tom-mapp'], 2],
        [['--lang', 'xx', '.'], 2],
      ];
      for (const [args, code] of cases) expectNoTrace(await cliInProcess([command, ...args], { cwd: dir }), code, `${command} ${args.join(' ')}`);
    },
    240_000,
  );

  it('render: each hostile file, and all at once', async () => {
    for (const f of files) {
      const r = await cliInProcess(['render', f, '-o', 'ut', ...AS_OF], { cwd: dir });
      expectNoTrace(r, VALID_HOSTILE.has(f) ? 0 : 1, `render ${f}`);
    }
    const spawned: [string[], 1 | 2][] = [
      [['.'], 1],
      [['.', '--as-of', '2026-13-45'], 2],
    ];
    for (const [args, code] of spawned) expectNoTrace(cli(['render', ...args], { cwd: dir }), code, `render ${args.join(' ')}`);
    const cases: [string[], 1 | 2][] = [
      [['saknas.yaml'], 2],
      [['tom-mapp'], 2],
      [['.', '--slutlig'], 1],
      [['.', '-o', 'alias.yaml'], 2],
      [['.', '--pdf', '-o', 'ut2'], 1],
    ];
    for (const [args, code] of cases) expectNoTrace(await cliInProcess(['render', ...args], { cwd: dir }), code, `render ${args.join(' ')}`);
    expect(listing(join(dir, 'ut')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 240_000);

  it('report: hostile folders and options', async () => {
    // Invalid files in the folder make the report exit 1 (it is still written); bad use exits 2.
    const cases: [string[], 1 | 2][] = [
      [['.', '--format', 'html'], 1],
      [['.', '--format', 'csv'], 1],
      [['.', '--format', 'docx', '-o', 'rapport'], 1],
      [['saknas'], 2],
      [['tom-mapp'], 2],
      [['.', '--region', 'mars'], 2],
      [['.', '--as-of', 'igår'], 2],
      [['.', '-o', 'nul.yaml'], 2],
    ];
    for (const [args, code] of cases) {
      const r = await cliInProcess(['report', ...args, ...(args.includes('--as-of') ? [] : AS_OF)], { cwd: dir });
      expectNoTrace(r, code, `report ${args.join(' ')}`);
    }
    expectNoTrace(cli(['report', '.', ...AS_OF], { cwd: dir }), 1, 'report .');
    expectNoTrace(cli(['report', '.', '--region', 'mars', ...AS_OF], { cwd: dir }), 2, 'report . --region mars');
  }, 240_000);

  it('new: hostile names and places', async () => {
    const out = tempDir();
    // A name is text in the agreement, never a template or a path: those two are written (exit 0).
    const cases: [string[], 0 | 2][] = [
      [['--ramverk', 'mars-2030', '--kommun', 'Eslöv', '--namn', 'X'], 2],
      [['--ramverk', 'skane-2018', '--kommun', '../../etc', '--namn', 'X'], 2],
      [['--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', '{{constructor.constructor}} <&> "x"'], 0],
      [['--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'CON'], 0],
      [['--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', '😀'.repeat(500)], 2],
      [['--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', ''], 2],
      [['--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '-o', '/dev/null'], 2],
      [['--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '-o', '/proc/ny.yaml'], 2],
    ];
    for (const [args, code] of cases) expectNoTrace(await cliInProcess(['new', ...args], { cwd: out }), code, `new ${args.join(' ').slice(0, 80)}`);
    const bad = ['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'X', '--typ', 'nej'];
    expectNoTrace(cli(bad, { cwd: out }), 2, bad.join(' '));
    expect(existsSync('/dev/null')).toBe(true);
    expect(listing(out)).toHaveLength(2);
    expect(listing(out).every((f) => /^[a-z0-9-]+\.yaml$/.test(f))).toBe(true);
  });
});
