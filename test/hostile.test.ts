/**
 * The catalogue of hostile input, end to end through the real CLI: each entry
 * with the exact exit code and the message a user sees, and never a stack trace.
 */
import { closeSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { AGREEMENTS, aliasBomb, cli, cliInProcess, tempDir } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
const STACK = /\n\s+at .+:\d+:\d+/;

async function validateFile(name: string, content: string | Uint8Array, args: string[] = []) {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  const r = await cliInProcess(['validate', ...args, name], { cwd: dir });
  expect(r.stdout + r.stderr).not.toMatch(STACK);
  return r;
}

describe('hostile input through samverkan validate', () => {
  it.each([
    ['an alias bomb', aliasBomb, 1, 'För många alias (*) i filen; högst 100 tillåts.', 1],
    ['deep nesting', 'ramverk: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n', 1, 'Filen är nästlad djupare än 32 nivåer.', 1],
    [
      'tabs as indentation',
      'avtal:\n\tid: x\n',
      1,
      'Rad 2 är indragen med tabbtecken; YAML kräver mellanslag. Ersätt tabbarna med mellanslag (två per nivå).',
      2,
    ],
    ['a !!js/function tag', 'ramverk: !!js/function "function () {}"\n', 1, 'YAML-taggen !!js/function stöds inte', 1],
    ['a !!binary tag', 'ramverk: !!binary aGVq\n', 1, 'YAML-taggen !!binary stöds inte', 1],
    ['a root list', '- ramverk: skane-2018\n', 1, 'Avtalet måste vara en samling nycklar (ramverk:, avtal: …), inte en lista.', 1],
  ])('%s', async (_name, content, code, message, line) => {
    const r = await validateFile('x.yaml', content);
    expect(r.code).toBe(code);
    expect(r.stdout).toContain(`x.yaml:${line}:`);
    expect(r.stdout).toContain(message);
  });

  it('a 50 MB file is refused without reading it whole', () => {
    const dir = tempDir();
    const fd = openSync(join(dir, 'stor.yaml'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = cli(['validate', 'stor.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('stor.yaml:1:1  Filen är för stor: största tillåtna storlek är 1048576 byte');
  });

  it('a file of NUL bytes', async () => {
    const r = await validateFile('nul.yaml', new Uint8Array(4096));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nul.yaml:1:1  Filen innehåller NUL-tecken och är troligen inte en textfil.');
  });

  it('a file saved as ANSI (Windows-1252), with its line and column and what to do', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ramverk: skane-2018\nsyfte: caf'), 0xe9, 0x0a]);
    const r = await validateFile('latin1.yaml', bytes);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'latin1.yaml:2:11  Filen är sparad som ANSI (Windows-1252), så "é" och andra tecken kan inte läsas; spara den som UTF-8 (i Anteckningar: Arkiv > Spara som > Kodning: UTF-8).',
    );
    expect(r.stdout).not.toContain('byte');
  });

  it('bytes that are neither UTF-8 nor ANSI', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ramverk: skane-2018\nsyfte: caf'), 0x81, 0x0a]);
    const r = await validateFile('trasig.yaml', bytes);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('trasig.yaml:2:11  Filen är inte sparad som UTF-8 och tecknet här kan inte läsas; spara filen som UTF-8.');
  });

  it('a UTF-16 file, with or without a byte-order mark', async () => {
    const utf16 = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
    const withBom = await validateFile('u16.yaml', new Uint8Array([0xff, 0xfe, ...utf16('ramverk: skane-2018\n')]));
    expect(withBom.code).toBe(1);
    expect(withBom.stdout).toContain('Filen är kodad som UTF-16. Spara den som UTF-8.');
    const noBom = await validateFile('u16.yaml', utf16('ramverk: skane-2018\n'));
    expect(noBom.code).toBe(1);
    expect(noBom.stdout).toContain('Filen är kodad som UTF-16. Spara den som UTF-8.');
  });

  it('a UTF-8 byte-order mark (Notepad, Excel) is read', async () => {
    const r = await validateFile('bom.yaml', '\ufeff' + EXAMPLE);
    expect(r.stdout).toContain('1 fil: 1 giltig, 0 ogiltiga (0 fel).');
    expect(r.code).toBe(0);
  });

  it('old-Mac CR line ends are read, with lines counted', async () => {
    const r = await validateFile('cr.yaml', EXAMPLE.replace('  kommun: Eslöv', '  kommun: Eslö').replace(/\n/g, '\r'));
    expect(r.code).toBe(1);
    const line = EXAMPLE.split('\n').indexOf('  kommun: Eslöv') + 1;
    expect(r.stdout).toContain(`cr.yaml:${line}:11  Okänd kommun "Eslö" i Skåne län`);
  });

  it('CRLF line ends are fine', async () => {
    const r = await validateFile('crlf.yaml', EXAMPLE.replace(/\n/g, '\r\n'));
    expect(r.stdout).toContain('1 fil: 1 giltig, 0 ogiltiga (0 fel).');
    expect(r.code).toBe(0);
  });

  it('__proto__ and constructor are unknown keys, and pollute nothing', async () => {
    const text = EXAMPLE + '__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n';
    const r = await validateFile('proto.yaml', text);
    expect(r.code).toBe(1);
    const lines = text.split('\n');
    expect(r.stdout).toContain(`proto.yaml:${lines.indexOf('__proto__: { polluted: true }') + 1}:1  Okänd nyckel "__proto__".`);
    expect(r.stdout).toContain('Okänd nyckel "constructor".');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('template-looking values are plain data', async () => {
    const r = await validateFile('mall.yaml', EXAMPLE.replace('namn: Familjecentralen Solrosen', 'namn: "{{constructor.constructor}} {{{x}}}"'));
    expect(r.code).toBe(0);
  });

  it.each([
    ['../../x', 'Ogiltigt id "../../x" för avtal.id'],
    ['CON', 'Ogiltigt id "CON" för avtal.id'],
    ['con', 'Ogiltigt id "con" för avtal.id'],
  ])('avtal.id %s is refused', async (id, message) => {
    const r = await validateFile('id.yaml', EXAMPLE.replace('id: eslov-solrosen', `id: "${id}"`));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
  });
});

describe('a bug that escapes', () => {
  const io = (stderr: string[]) => ({
    stdout: () => {
      throw new TypeError('simulated defect');
    },
    stderr: (s: string) => void stderr.push(s),
    stderrIsTTY: false,
    cwd: AGREEMENTS,
    today: () => new Date('2026-11-23'),
  });

  it('is reported as an internal error with a short id and exit 2, without a trace', async () => {
    const stderr: string[] = [];
    const code = await run(['validate', 'eslov-solrosen.yaml'], io(stderr));
    expect(code).toBe(2);
    expect(stderr.join('')).toMatch(/^samverkan: internt fel \(id [0-9a-f]{8}\)\. Detta är en bugg i samverkan, inte i ditt avtal\./);
    expect(stderr.join('')).not.toMatch(STACK);
  });

  it('shows the full trace with --debug', async () => {
    const stderr: string[] = [];
    const code = await run(['--debug', 'validate', 'eslov-solrosen.yaml'], io(stderr));
    expect(code).toBe(2);
    expect(stderr.join('')).toContain('TypeError: simulated defect');
    expect(stderr.join('')).toMatch(STACK);
  });
});
