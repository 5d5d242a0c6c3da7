/**
 * What an officer meets around the commands: one output flag name, hints
 * that are commands that work, `npm start` and `npm run fuzz` that do what
 * they say, a command on the PATH by the README alone, messages that make
 * sense for every YAML number, and a report that fits the screen.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS, BIN, ROOT, cli, cliInProcess, tempDir } from './helpers.js';

const ESLOV = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const AS_OF = ['--as-of', '2026-03-01'];

describe('one output flag: -o, --output', () => {
  it('render takes -o and --output; --utdata still works but is not in the help', async () => {
    const dir = tempDir('samverkan-output-');
    writeFileSync(join(dir, 'eslov-solrosen.yaml'), ESLOV);
    expect((await cliInProcess(['render', 'eslov-solrosen.yaml', '--output', 'a', ...AS_OF], { cwd: dir })).stdout).toBe(
      'eslov-solrosen.yaml → a/eslov-solrosen.docx (utkast 2026-03-01)\n',
    );
    expect((await cliInProcess(['render', 'eslov-solrosen.yaml', '-o', 'b', ...AS_OF], { cwd: dir })).stdout).toBe(
      'eslov-solrosen.yaml → b/eslov-solrosen.docx (utkast 2026-03-01)\n',
    );
    expect((await cliInProcess(['render', 'eslov-solrosen.yaml', '--utdata', 'c', ...AS_OF], { cwd: dir })).stdout).toBe(
      'eslov-solrosen.yaml → c/eslov-solrosen.docx (utkast 2026-03-01)\n',
    );
    for (const command of ['new', 'render', 'report']) {
      const help = cli([command, '--help']).stdout;
      expect(help, command).toMatch(/-o, --output <(fil|mapp)>/);
      expect(help, command).not.toContain('--utdata');
    }
  });
});

describe('hints are commands that work', () => {
  it('the "kör sedan" hint of new runs as printed', () => {
    const dir = tempDir('samverkan-hint-');
    const r = cli(['new', '--ramverk', 'skane-2018', '--kommun', 'Eslöv', '--namn', 'Familjecentralen Blåklinten'], { cwd: dir });
    expect(r.code).toBe(0);
    const hint = /kör sedan: samverkan (.+)\n/.exec(r.stdout)?.[1];
    expect(hint).toBe('validate eslov-familjecentralen-blaklinten.yaml');
    const v = cli(hint!.split(' '), { cwd: dir });
    // The draft is a to-do list: invalid on purpose (exit 1), never "not found" (exit 2).
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/^eslov-familjecentralen-blaklinten\.yaml:\d+:\d+ /);
  });

  it('the hint after an unknown command runs as printed', () => {
    const r = cli(['valdate', 'x']);
    expect(r.stderr).toBe("samverkan: okänt kommando 'valdate' (menade du validate?); se samverkan --help\n");
    expect(cli(['--help']).code).toBe(0);
  });
});

describe('a command on the PATH', () => {
  it('the README says how (npm link), and the bin runs through a link as npm makes it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.slice(readme.indexOf('## Kom igång'), readme.indexOf('## Kommandon'));
    expect(start).toContain('npm ci');
    expect(start).toContain('npm run build');
    expect(start).toContain('npm link');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin.samverkan).toBe('dist/cli/main.js');
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const bin = join(tempDir('samverkan-bin-'), 'samverkan');
    symlinkSync(BIN, bin);
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('npm scripts', () => {
  it('npm run fuzz respects FUZZ_RUNS set by the user, and runs 5000 cases otherwise', () => {
    const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.fuzz;
    const [prefix] = script.split(' vitest ');
    const runs = (env: Record<string, string>) =>
      spawnSync('sh', ['-c', `${prefix} sh -c 'echo $FUZZ_RUNS'`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } }).stdout.trim();
    expect(runs({ FUZZ_RUNS: '20000' })).toBe('20000');
    expect(runs({})).toBe('5000');
  });

  it('npm start says what its exit code is: 0 when every step did what it should', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/demo.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(r.stdout).toContain('(slutkod 1, som väntat: trelleborg-fyren.yaml har brister med avsikt)');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('npm start: varje steg gjorde det det ska; slutkod 0. Dokumenten och rapporten finns i out/.');
    expect(r.status).toBe(0);
    expect(existsSync(join(ROOT, 'out', 'rapport.html'))).toBe(true);
  }, 300_000);
});

describe('messages for every YAML number', () => {
  it('.inf and .nan are named as what they are, not "ett tal, inte ett tal"', async () => {
    const dir = tempDir('samverkan-inf-');
    writeFileSync(join(dir, 'inf.yaml'), ESLOV.replace('timmar_per_vecka: 6', 'timmar_per_vecka: .inf'));
    writeFileSync(join(dir, 'nan.yaml'), ESLOV.replace('timmar_per_vecka: 6', 'timmar_per_vecka: .nan'));
    const r = await cliInProcess(['validate', 'inf.yaml', 'nan.yaml'], { cwd: dir });
    expect(r.stdout).toContain('inf.yaml:94:21  Fel typ: samtidighet.timmar_per_vecka ska vara ett tal, inte oändligt (.inf).');
    expect(r.stdout).toContain('nan.yaml:94:21  Fel typ: samtidighet.timmar_per_vecka ska vara ett tal, inte .nan (inget tal).');
    expect(r.stdout).not.toContain('inte ett tal');
    expect(r.code).toBe(1);
  });
});

describe('report html on a 1366-pixel screen', () => {
  it("shows every column of each centre's row without scrolling sideways, and points at no developer file", async () => {
    const dir = tempDir('samverkan-html-');
    const r = await cliInProcess(['report', 'test/fixtures/orebro-mapping/', '--as-of', '2012-10-01', '--format', 'html', '-o', dir]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'rapport.html'), 'utf8');
    expect(html).not.toMatch(/docs\/|\.md\b/);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`file://${join(dir, 'rapport.html')}`);
      const m = await page.evaluate(() => {
        const wrap = document.querySelector('.centres-wrap')!;
        const cells = [...document.querySelectorAll('table.centres tbody tr:first-child td')].map((td) => td.getBoundingClientRect().right);
        return {
          client: wrap.clientWidth,
          scroll: wrap.scrollWidth,
          page: document.documentElement.scrollWidth,
          rightmost: Math.max(...cells),
          columns: cells.length,
        };
      });
      expect(m.columns).toBeGreaterThan(20);
      expect(m.scroll).toBeLessThanOrEqual(m.client);
      expect(m.page).toBeLessThanOrEqual(1366);
      expect(m.rightmost).toBeLessThanOrEqual(1366);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
