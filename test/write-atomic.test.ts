/**
 * writeFileAtomic under a failing disk: the system's write is made to fail
 * half-way (ENOSPC after some bytes, or EIO at fsync), and afterwards neither a
 * half-written target nor a temporary file may remain; an earlier file is kept whole.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers.js';

/** What the next write or fsync does: succeed, or fail like a full disk after `after` bytes. */
const failure: { op?: 'write' | 'fsync'; code?: string; after?: number; chunk?: number; written: number } = { written: 0 };

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...fs,
    writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
      if (failure.op === 'write') {
        const room = failure.after! - failure.written;
        if (room <= 0) throw fail(failure.code!);
        const n = fs.writeSync(fd, buffer, offset, Math.min(length, room, failure.chunk ?? length));
        failure.written += n;
        return n;
      }
      return fs.writeSync(fd, buffer, offset, length);
    },
    fsyncSync: (fd: number) => {
      if (failure.op === 'fsync') throw fail(failure.code!);
      return fs.fsyncSync(fd);
    },
  };
});

const { writeFileAtomic, FileError } = await import('../src/node/files.js');

afterEach(() => {
  failure.op = undefined;
  failure.written = 0;
  failure.chunk = undefined;
});

const DATA = new Uint8Array(300_000).map((_, i) => i % 251);

function caught(f: () => void): InstanceType<typeof FileError> {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return e as InstanceType<typeof FileError>;
  }
  throw new Error('expected a FileError');
}

describe('writeFileAtomic when the disk fills up', () => {
  it.each([
    ['write', 'ENOSPC', 65_536],
    ['write', 'EDQUOT', 0],
    ['fsync', 'EIO', 0],
  ] as const)('a failing %s (%s): the error names the target, nothing of it remains', (op, code, after) => {
    const dir = tempDir();
    Object.assign(failure, { op, code, after });
    const e = caught(() => writeFileAtomic(join(dir, 'avtal.docx'), DATA, { overwrite: false }));
    expect(e.kind).toBe('not-writable');
    expect(e.detail).toBe(code);
    expect(e.path).toBe(join(dir, 'avtal.docx'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an earlier file is kept whole when its replacement fails half-way', () => {
    const dir = tempDir();
    const target = join(dir, 'rapport.html');
    writeFileSync(target, 'den gamla rapporten');
    Object.assign(failure, { op: 'write', code: 'ENOSPC', after: 100_000 });
    const e = caught(() => writeFileAtomic(target, DATA, { overwrite: true }));
    expect(e.detail).toBe('ENOSPC');
    expect(readdirSync(dir)).toEqual(['rapport.html']);
    expect(readFileSync(target, 'utf8')).toBe('den gamla rapporten');
  });

  it('short writes (4 KiB at a time) are completed, not truncated', () => {
    const dir = tempDir();
    Object.assign(failure, { op: 'write', code: 'ENOSPC', after: Number.POSITIVE_INFINITY, chunk: 4096 });
    writeFileAtomic(join(dir, 'hel.bin'), DATA, { overwrite: false });
    expect(new Uint8Array(readFileSync(join(dir, 'hel.bin')))).toEqual(DATA);
    expect(readdirSync(dir)).toEqual(['hel.bin']);
  });
});
