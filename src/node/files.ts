/**
 * The file-system edge of the CLI: finding agreement files, reading them as
 * bytes, and writing outputs atomically without silently overwriting.
 * Nothing in the library imports this module.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The system's error code (EACCES, ENOSPC …) without its message, which would
 * name internal paths such as the temporary file of an atomic write.
 */
export function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? (e instanceof Error ? e.message : String(e));
}

/** An I/O problem the user must fix (exit 2), with the path it concerns; `detail` is an errno code. */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: 'not-found' | 'not-readable' | 'not-yaml' | 'exists' | 'not-writable' | 'no-files' | 'no-folder',
    readonly detail?: string,
  ) {
    super(`${kind}: ${path}`);
  }
}

const YAML_EXT = /\.ya?ml$/i;

/** Expand files and folders into a sorted list of .yaml/.yml files (folders recursively). */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new FileError(input, 'not-found');
    }
    if (st.isDirectory()) {
      const found = walk(input);
      if (found.length === 0) throw new FileError(input, 'no-files');
      out.push(...found);
    } else out.push(input);
  }
  return [...new Set(out)];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new FileError(dir, 'not-readable', errnoOf(e));
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && YAML_EXT.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * Read at most `maxBytes + 1` bytes so that a huge file is refused without
 * loading it whole. A device or pipe (e.g. a link to /dev/zero or /dev/full)
 * reports size 0 but may never end, so only regular files are read whole.
 */
export function readBytes(path: string, maxBytes = 64 * 1024 * 1024): Uint8Array {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new FileError(path, 'not-readable', 'EISDIR');
    if (st.size > maxBytes || !st.isFile()) return readAtMost(path, maxBytes + 1);
    const buf = readFileSync(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(path, code === 'ENOENT' ? 'not-found' : 'not-readable', errnoOf(e));
  }
}

/** The first `limit` bytes of a file, device or pipe (fewer when it ends sooner). */
function readAtMost(path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    const all = Buffer.concat(chunks, total);
    return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
  } finally {
    closeSync(fd);
  }
}

/** Show paths relative to the working directory, with forward slashes. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') ? path : rel;
  return shown.split(sep).join('/');
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write a file atomically: into a temporary file beside the target, flushed,
 * then renamed over it. A reader never sees a half-written file, and a failed
 * write leaves no temporary file behind.
 *
 * With `overwrite: false` the target must not exist (checked race-free with a
 * hard link instead of a rename).
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, options: { overwrite: boolean }): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.overwrite) renameSync(tmp, path);
    else {
      try {
        linkSync(tmp, path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileError(path, 'exists');
        throw e;
      }
      unlinkSync(tmp);
    }
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* not created */
    }
    if (e instanceof FileError) throw e;
    throw new FileError(path, 'not-writable', errnoOf(e));
  }
}
