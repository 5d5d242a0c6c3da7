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
