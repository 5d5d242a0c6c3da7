/**
 * Reading an agreement's bytes (src/core/source.ts): which encoding the
 * officer is told the file has, and where a NUL stands. Each case is the first
 * bytes an editor really writes (a UTF-16 byte-order mark, UTF-16 without one,
 * an ANSI letter at the start of the file).
 */
import { describe, expect, it } from 'vitest';
import { decodeSource, normaliseText } from '../src/core/source.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** What the officer reads: code, line:column and the Swedish message; or the decoded text. */
const read = (bytes: Uint8Array): string => {
  const r = decodeSource(bytes, 'sv');
  return r.ok ? `text ${JSON.stringify(r.text)}` : `${r.diagnostic.code} ${r.diagnostic.position.line}:${r.diagnostic.position.col} ${r.diagnostic.message}`;
};
const utf16le = (s: string) => Array.from(enc(s)).flatMap((b) => [b, 0]);
const utf16be = (s: string) => Array.from(enc(s)).flatMap((b) => [0, b]);

const UTF16 = 'source.utf16 1:1 Filen är kodad som UTF-16. Spara den som UTF-8.';
const ansi = (char: string, col: number) =>
  `source.ansi 1:${col} Filen är sparad som ANSI (Windows-1252), så "${char}" och andra tecken kan inte läsas; spara den som UTF-8 (i Anteckningar: Arkiv > Spara som > Kodning: UTF-8).`;

describe('UTF-16', () => {
  it('big-endian with a byte-order mark (FE FF) is named UTF-16', () => {
    expect(read(new Uint8Array([0xfe, 0xff, ...utf16be('ramverk: skane-2018\n')]))).toBe(UTF16);
  });

  it('little-endian without a byte-order mark is named UTF-16', () => {
    expect(read(new Uint8Array(utf16le('ramverk: skane-2018\n')))).toBe(UTF16);
  });

  it('big-endian without a byte-order mark is named UTF-16', () => {
    expect(read(new Uint8Array(utf16be('ramverk: skane-2018\n')))).toBe(UTF16);
  });
});

describe('ANSI letters that look like half a byte-order mark', () => {
  it('a file starting with "þ" (FE) not followed by FF is ANSI, not UTF-16', () => {
    expect(read(new Uint8Array([0xfe, ...enc('x: 1\n')]))).toBe(ansi('þ', 1));
  });

  it('a file starting with "ÿ" (FF) not followed by FE is ANSI, not UTF-16', () => {
    expect(read(new Uint8Array([0xff, ...enc('x: 1\n')]))).toBe(ansi('ÿ', 1));
  });

  it('"þ" (FE) as the second byte is ANSI at column 2, not UTF-16', () => {
    expect(read(new Uint8Array([0x61, 0xfe, ...enc(': 1\n')]))).toBe(ansi('þ', 2));
  });

  it('"ÿ" (FF) as the second byte is ANSI at column 2, not UTF-16', () => {
    expect(read(new Uint8Array([0x61, 0xff, ...enc(': 1\n')]))).toBe(ansi('ÿ', 2));
  });
});

describe('NUL and line ends', () => {
  it('a NUL as the very first byte is named at 1:1', () => {
    expect(read(new Uint8Array([0x00, ...enc('ramverk: skane-2018\n')]))).toBe('source.nul 1:1 Filen innehåller NUL-tecken och är troligen inte en textfil.');
  });

  it('Windows (CRLF) and old-Mac (CR) line ends are read as LF', () => {
    expect(read(enc('ramverk: skane-2018\r\navtal:\r  id: x\r\n'))).toBe('text "ramverk: skane-2018\\navtal:\\n  id: x\\n"');
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('UTF-8 byte-order mark (EF BB BF)', () => {
  it.each([
    ['the whole mark is skipped', [0xef, 0xbb, 0xbf], 'text "x: 1\\n"'],
    ['EF BB without BF is ANSI "ï»", named at its first letter', [0xef, 0xbb], ansi('ï', 1)],
    ['EF BF BF is the character U+FFFF, kept', [0xef, 0xbf, 0xbf], 'text "\uffffx: 1\\n"'],
    ['EE BB BF is the character U+EEFF, kept', [0xee, 0xbb, 0xbf], 'text "\ueeffx: 1\\n"'],
  ])('%s', (_, head, expected) => {
    expect(read(new Uint8Array([...head, ...enc('x: 1\n')]))).toBe(expected);
  });
});

describe('after a UTF-8 byte-order mark', () => {
  it('a UTF-16 mark is still named UTF-16', () => {
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, ...utf16le('x: 1\n')]))).toBe(UTF16);
  });

  it('a NUL is counted from the first character after the mark', () => {
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x00, 0x0a]))).toBe('source.nul 1:2 Filen innehåller NUL-tecken och är troligen inte en textfil.');
  });
});

describe('UTF-8 sequences at the edges of each lead byte’s range', () => {
  // After the sequence, a line end and 0x81 (undefined in Windows-1252), which is where a valid sequence leaves the first error.
  it.each([
    ['80', '1:4'],
    ['c1 bf', '1:4'],
    ['c2 80', '2:1'],
    ['df bf', '2:1'],
    ['c2 41', '1:4'],
    ['e0 80 80', '1:4'],
    ['e0 a0 80', '2:1'],
    ['ed 9f bf', '2:1'],
    ['ed a0 80', '1:4'],
    ['ee 80 80', '2:1'],
    ['ef bf bd', '2:1'],
    ['f0 80 80 80', '1:4'],
    ['f0 90 80 80', '2:1'],
    ['f4 8f bf bf', '2:1'],
    ['f4 90 80 80', '1:4'],
    ['f5 80 80 80', '1:4'],
  ])('%s', (hex, place) => {
    const seq = hex.split(' ').map((h) => Number.parseInt(h, 16));
    expect(read(new Uint8Array([...enc('a: '), ...seq, ...enc(' \n'), 0x81]))).toBe(
      `source.invalid-utf8 ${place} Filen är inte sparad som UTF-8 och tecknet här kan inte läsas; spara filen som UTF-8.`,
    );
  });
});
