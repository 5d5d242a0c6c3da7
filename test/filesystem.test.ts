/**
 * The file system as it is, through the real CLI: symbolic links inside input
 * folders (followed, loops reported), dangling links and unreadable folders
 * (counted and named, never an abort), two files with one avtal.id (an error
 * naming both, in every command), a named pipe, folder or device at an output
 * path (a clear error, never a hang), temporary files (removed when a run is
 * stopped, stale ones of samverkan's naming removed by the next run), PDFs in
 * chunks (every one written), and running out of file descriptors.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS, BIN, cli, cliInProcess, tempDir } from './helpers.js';

const ESLOV = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const AS_OF = ['--as-of', '2026-03-01'];
const withId = (id: string) => ESLOV.replace('id: eslov-solrosen ', `id: ${id} `);

/** The files and folders in a folder, hidden ones too. */
const ls = (dir: string) => readdirSync(dir).sort();

/**
 * A fake LibreOffice: writes a PDF for each .docx, logs how many it was given,
 * optionally sleeps first. Like the real one (soffice → oosplash →
 * soffice.bin) the work is done by a child process the script waits for, so
 * a stop that ended only the script would leave the work going on (its
 * output goes nowhere, so that a closed pipe does not end it either).
 */
function fakeSoffice(dir: string, sleep = 0): string {
  const path = join(dir, 'soffice');
  writeFileSync(
    path,
    `#!/bin/sh
convert() {
  sleep ${sleep}
  out=""; n=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --outdir) out="$2"; shift ;;
      *.docx) n=$((n+1)); b=$(basename "$1" .docx); printf '%%PDF-1.4 fake' > "$out/$b.pdf" ;;
    esac
    shift
  done
  echo $n >> "${dir}/soffice.log"
}
convert "$@" >/dev/null 2>&1 &
wait
`,
    { mode: 0o755 },
  );
  return path;
}

describe('input folders: symbolic links, loops, unreadable entries', () => {
  function folder(): string {
    const dir = tempDir('samverkan-fs-');
    mkdirSync(join(dir, 'avtal', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'annat'));
    writeFileSync(join(dir, 'annat', 'a.yaml'), withId('eslov-a'));
    writeFileSync(join(dir, 'annat', 'b.yaml'), withId('eslov-b'));
    writeFileSync(join(dir, 'avtal', 'egen.yaml'), withId('eslov-egen'));
    symlinkSync('../annat/a.yaml', join(dir, 'avtal', 'länk.yaml'));
    symlinkSync('../annat', join(dir, 'avtal', 'länkmapp'));
    symlinkSync('..', join(dir, 'avtal', 'sub', 'upp'));
    return dir;
  }

  it('follows links to files and folders, lists a file reached twice once, and reports a loop without following it', async () => {
    const dir = folder();
    const r = await cliInProcess(['validate', 'avtal'], { cwd: dir });
    expect(r.stderr).toBe('samverkan: avtal/sub/upp: länken leder tillbaka till en mapp som redan läses (en slinga) och följs inte\n');
    expect(r.stdout).toBe('3 filer: 3 giltiga, 0 ogiltiga (0 fel).\n');
    expect(r.code).toBe(0);
    const rep = await cliInProcess(['report', 'avtal', '--format', 'json', ...AS_OF], { cwd: dir });
    expect(JSON.parse(rep.stdout).files).toMatchObject({ total: 3, readable: 3, unreadable: 0 });
    expect(JSON.parse(rep.stdout).centres.map((c: { file: string }) => c.file)).toEqual(['avtal/egen.yaml', 'avtal/länk.yaml', 'avtal/länkmapp/b.yaml']);
  });

  it('counts and names a dangling link, in validate, check and report, exit 1', async () => {
    const dir = folder();
    symlinkSync('finns-inte.yaml', join(dir, 'avtal', 'död.yaml'));
    const v = await cliInProcess(['validate', 'avtal'], { cwd: dir });
    expect(v.stdout).toBe('avtal/död.yaml  länken pekar på något som inte finns\n4 filer: 3 giltiga, 1 ogiltig (1 fel).\n');
    expect(v.code).toBe(1);
    const c = await cliInProcess(['check', 'avtal', ...AS_OF], { cwd: dir });
    expect(c.stdout).toContain(
      'avtal/död.yaml: ogiltigt avtal – granskas inte förrän valideringsfelen är rättade:\n  avtal/död.yaml  länken pekar på något som inte finns\n',
    );
    expect(c.code).toBe(1);
    const rep = await cliInProcess(['report', 'avtal', '--format', 'md', ...AS_OF], { cwd: dir });
    expect(rep.stderr).toContain('1 av 4 filer kunde inte läsas och räknas som ej läsbara i rapporten.');
    expect(rep.stdout).toContain('- avtal/död.yaml: länken pekar på något som inte finns');
    expect(rep.code).toBe(1);
  });

  it('counts and names a folder that cannot be read, and goes on with the rest (run as an ordinary user)', () => {
    const dir = folder();
    mkdirSync(join(dir, 'avtal', 'stängd'));
    writeFileSync(join(dir, 'avtal', 'stängd', 'x.yaml'), withId('eslov-x'));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'avtal', 'stängd'), 0o000);
    // root reads any folder: run the bin as "nobody", as an officer without rights to the folder would.
    const asNobody = (args: string[]) => {
      const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, SAMVERKAN_LANG: '' },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const probe = asNobody(['--version']);
    expect(probe.code, `setpriv must run the bin as nobody: ${probe.stderr}`).toBe(0);
    const v = asNobody(['validate', 'avtal']);
    expect(v.stdout).toBe('avtal/stängd  kan inte läsas (åtkomst nekad)\n4 filer: 3 giltiga, 1 ogiltig (1 fel).\n');
    expect(v.code).toBe(1);
    const rep = asNobody(['report', 'avtal', '--format', 'json', ...AS_OF]);
    expect(JSON.parse(rep.stdout).files).toMatchObject({ total: 4, readable: 3, unreadable: 1 });
    expect(rep.stderr).toContain('avtal/stängd  kan inte läsas (åtkomst nekad)');
    expect(rep.code).toBe(1);
    chmodSync(join(dir, 'avtal', 'stängd'), 0o755);
  });
});

describe('two files with the same avtal.id', () => {
  function twins(): string {
    const dir = tempDir('samverkan-twins-');
    writeFileSync(join(dir, 'a.yaml'), ESLOV);
    writeFileSync(join(dir, 'b.yaml'), ESLOV.replace('Familjecentralen Solrosen\n', 'Familjecentralen Solrosen II\n'));
    return dir;
  }
  const message =
    'b.yaml:12:7  Samma avtal.id "eslov-solrosen" som i a.yaml. — varje avtal behöver ett eget id; byt id i den ena filen eller ta bort dubbletten  (/avtal/id)';

  it('validate: an error on the second file naming the first, exit 1', async () => {
    const r = await cliInProcess(['validate', '.'], { cwd: twins() });
    expect(r.stdout).toBe(`${message}\n2 filer: 1 giltig, 1 ogiltig (1 fel).\n`);
    expect(r.code).toBe(1);
  });

  it('check: the second file is invalid with the same message', async () => {
    const r = await cliInProcess(['check', '.', ...AS_OF], { cwd: twins() });
    expect(r.stdout).toContain(`b.yaml: ogiltigt avtal – granskas inte förrän valideringsfelen är rättade:\n  ${message}\n`);
    expect(r.code).toBe(1);
  });

  it('render: one document, the second file named with the first', async () => {
    const dir = twins();
    const r = await cliInProcess(['render', '.', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(r.stdout).toBe('a.yaml → ut/eslov-solrosen.docx (utkast 2026-03-01)\n');
    expect(r.stderr).toBe(`${message}\nb.yaml: ogiltigt avtal, inget dokument skrevs\n`);
    expect(r.code).toBe(1);
  });

  it('report: counted once, the second as not readable with the message', async () => {
    const r = await cliInProcess(['report', '.', '--format', 'json', ...AS_OF], { cwd: twins() });
    const rep = JSON.parse(r.stdout);
    expect(rep.files).toMatchObject({ total: 2, readable: 1, unreadable: 1 });
    expect(rep.centres).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(1);
  });
});

describe('something other than a file at an output path', () => {
  function workspace(): string {
    const dir = tempDir('samverkan-outkind-');
    writeFileSync(join(dir, 'eslov-solrosen.yaml'), ESLOV);
    mkdirSync(join(dir, 'ut'));
    return dir;
  }

  it('render: a named pipe where the document goes is a clear error at once, not a hang', () => {
    const dir = workspace();
    spawnSync('mkfifo', [join(dir, 'ut', 'eslov-solrosen.docx')]);
    const started = Date.now();
    const r = cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.stderr).toBe(
      'samverkan: ut/eslov-solrosen.docx: här finns en namngiven pipe (FIFO), inte en vanlig fil, och inget skrivs dit; ta bort eller byt namn på den, eller välj en annan utdatamapp med -o\n',
    );
    expect(r.code).toBe(2);
  });

  it('render: a folder where the document goes', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'ut', 'eslov-solrosen.docx'));
    const r = await cliInProcess(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(r.stderr).toContain('ut/eslov-solrosen.docx: här finns en mapp, inte en vanlig fil');
    expect(r.stderr).not.toContain('internt fel');
    expect(r.code).toBe(2);
  });

  it('render: a device (a link to /dev/null) where the document goes', () => {
    const dir = workspace();
    symlinkSync('/dev/null', join(dir, 'ut', 'eslov-solrosen.docx'));
    const r = cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(r.stderr).toContain('ut/eslov-solrosen.docx: här finns en enhet, inte en vanlig fil');
    expect(r.code).toBe(2);
  });

  it('report -o: a named pipe or a folder named rapport.<format>, also with --force', () => {
    const dir = workspace();
    spawnSync('mkfifo', [join(dir, 'ut', 'rapport.md')]);
    mkdirSync(join(dir, 'ut', 'rapport.html'));
    const md = cli(['report', 'eslov-solrosen.yaml', '-o', 'ut', '--format', 'md', '--force', ...AS_OF], { cwd: dir });
    expect(md.stderr).toBe(
      'samverkan: ut/rapport.md: här finns en namngiven pipe (FIFO), inte en vanlig fil, och inget skrivs dit; ta bort eller byt namn på den, eller välj en annan utdatamapp med -o\n',
    );
    expect(md.code).toBe(2);
    const html = cli(['report', 'eslov-solrosen.yaml', '-o', 'ut', '--format', 'html', ...AS_OF], { cwd: dir });
    expect(html.stderr).toContain('ut/rapport.html: här finns en mapp, inte en vanlig fil');
    expect(html.code).toBe(2);
  });
});

describe('temporary files', () => {
  it('a run removes stale temporary files of its own naming, and nothing else', async () => {
    const dir = tempDir('samverkan-stale-');
    writeFileSync(join(dir, 'eslov-solrosen.yaml'), ESLOV);
    mkdirSync(join(dir, 'ut'));
    const old = new Date(Date.now() - 10 * 60_000);
    const stale = ['eslov-solrosen.docx.4194301.0123456789ab.tmp', 'annat.docx.a1b2c3d4e5f6.tmp'];
    for (const f of stale) {
      writeFileSync(join(dir, 'ut', f), 'half');
      utimesSync(join(dir, 'ut', f), old, old);
    }
    mkdirSync(join(dir, 'ut', '.samverkan-pdf-4194301-Ab12Cd'));
    utimesSync(join(dir, 'ut', '.samverkan-pdf-4194301-Ab12Cd'), old, old);
    // Younger than a minute: may be another run's write in progress. Other names: never touched.
    writeFileSync(join(dir, 'ut', 'pågår.docx.4194301.00000000abcd.tmp'), 'in progress');
    writeFileSync(join(dir, 'ut', 'anteckningar.tmp'), 'mine');
    utimesSync(join(dir, 'ut', 'anteckningar.tmp'), old, old);
    const r = await cliInProcess(['render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(ls(join(dir, 'ut'))).toEqual(['anteckningar.tmp', 'eslov-solrosen.docx', 'pågår.docx.4194301.00000000abcd.tmp']);
  });

  // A stopped run ends LibreOffice's whole process group, removes the work folder and LibreOffice's profile,
  // says so, and exits 128 + the signal. The .docx was complete (renamed into place) before the conversion
  // began: it stays, byte for byte what a whole run writes; the PDF that was under way is not written at all.
  for (const [signal, code, lang, message] of [
    [
      'SIGTERM',
      143,
      '',
      'samverkan: avbruten med SIGTERM; inga halvskrivna eller tillfälliga filer finns kvar, och filer som redan var färdiga står kvar hela\n',
    ],
    ['SIGINT', 130, 'en', 'samverkan: stopped by Ctrl+C (SIGINT); no half-written or temporary file is left, and files already finished remain complete\n'],
  ] as const) {
    it(`${signal} during the PDF conversion stops it: exit ${code}, no PDF, nothing temporary, the finished .docx intact`, async () => {
      const dir = tempDir('samverkan-stop-');
      writeFileSync(join(dir, 'eslov-solrosen.yaml'), ESLOV);
      // The run's own temporary folder, so that LibreOffice's profile (samverkan-lo-*) can be looked for.
      mkdirSync(join(dir, 'tmp'));
      const soffice = fakeSoffice(dir, 2);
      const child = spawn(process.execPath, [BIN, 'render', 'eslov-solrosen.yaml', '-o', 'ut', '--pdf', ...AS_OF], {
        cwd: dir,
        env: { ...process.env, SAMVERKAN_SOFFICE: soffice, SAMVERKAN_LANG: lang, TMPDIR: join(dir, 'tmp') },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      // Wait until the conversion's work folder exists, then stop the run.
      const until = Date.now() + 30_000;
      while (Date.now() < until && !(existsSync(join(dir, 'ut')) && ls(join(dir, 'ut')).some((f) => f.startsWith('.samverkan-pdf-'))))
        await new Promise((r) => setTimeout(r, 50));
      expect(ls(join(dir, 'ut')).some((f) => f.startsWith('.samverkan-pdf-'))).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(stderr).toBe(message);
      expect(ls(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);
      expect(ls(join(dir, 'tmp'))).toEqual([]);
      const whole = cli(['render', 'eslov-solrosen.yaml', '-o', 'hel', ...AS_OF], { cwd: dir });
      expect(whole.code).toBe(0);
      expect(readFileSync(join(dir, 'ut', 'eslov-solrosen.docx')).equals(readFileSync(join(dir, 'hel', 'eslov-solrosen.docx')))).toBe(true);
      // Past the fake's sleep: its worker was ended with the group, so it never logged, and no PDF came late.
      await new Promise((r) => setTimeout(r, 2500));
      expect(existsSync(join(dir, 'soffice.log'))).toBe(false);
      expect(ls(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);
    }, 60_000);
  }
});

describe('PDF conversion that fails', () => {
  it("names the documents without a PDF and LibreOffice's first line, in Swedish and in English", () => {
    const dir = tempDir('samverkan-pdf-fail-');
    writeFileSync(join(dir, 'eslov-solrosen.yaml'), ESLOV);
    writeFileSync(join(dir, 'soffice'), '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n', { mode: 0o755 });
    const env = { SAMVERKAN_SOFFICE: join(dir, 'soffice') };
    const sv = cli(['render', 'eslov-solrosen.yaml', '-o', 'ut', '--pdf', ...AS_OF], { cwd: dir, env });
    expect(sv.stderr).toBe(
      'samverkan: PDF-konverteringen misslyckades: LibreOffice gav ingen PDF för 1 av 1 dokument: eslov-solrosen.docx (Error: source file could not be loaded)\n',
    );
    expect(sv.code).toBe(2);
    const en = cli(['render', 'eslov-solrosen.yaml', '-o', 'ut-en', '--pdf', '--lang', 'en', ...AS_OF], { cwd: dir, env });
    expect(en.stderr).toBe(
      'samverkan: the PDF conversion failed: LibreOffice gave no PDF for 1 of 1 documents: eslov-solrosen.docx (Error: source file could not be loaded)\n',
    );
    expect(en.code).toBe(2);
    expect(ls(join(dir, 'ut'))).toEqual(['eslov-solrosen.docx']);
  });
});

describe('PDF in chunks', () => {
  it('a batch larger than one LibreOffice call gets every PDF written', () => {
    const dir = tempDir('samverkan-chunks-');
    mkdirSync(join(dir, 'avtal'));
    for (let i = 0; i < 45; i++) writeFileSync(join(dir, 'avtal', `a${String(i).padStart(2, '0')}.yaml`), withId(`eslov-${i}`));
    const soffice = fakeSoffice(dir);
    const r = cli(['render', 'avtal', '-o', 'ut', '--pdf', ...AS_OF], { cwd: dir, env: { SAMVERKAN_SOFFICE: soffice } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(ls(join(dir, 'ut')).filter((f) => f.endsWith('.pdf'))).toHaveLength(45);
    expect(readFileSync(join(dir, 'soffice.log'), 'utf8')).toBe('40\n5\n');
    expect(r.stdout.split('\n').filter((l) => l.endsWith('.pdf'))).toHaveLength(45);
  }, 120_000);
});

describe('running out of file descriptors', () => {
  it('a low open-file limit gives a clear message and exit 2, not an internal error', () => {
    const dir = tempDir('samverkan-emfile-');
    copyFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), join(dir, 'eslov-solrosen.yaml'));
    const r = spawnSync('sh', ['-c', 'ulimit -n 28 && exec "$0" "$@"', process.execPath, BIN, 'render', 'eslov-solrosen.yaml', '-o', 'ut', ...AS_OF], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SAMVERKAN_LANG: '' },
    });
    expect(r.stderr).toContain('samverkan: för många öppna filer för den här processen; höj gränsen (t.ex. ulimit -n 4096) och kör igen.');
    expect(r.stderr).not.toContain('internt fel');
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, 'ut')) ? ls(join(dir, 'ut')).filter((f) => f.endsWith('.tmp')) : []).toEqual([]);
  });
});
