/**
 * The file-system edge of the CLI: finding agreement files, reading them as
 * bytes, and writing outputs atomically without silently overwriting.
 * Nothing in the library imports this module.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
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
    readonly kind: 'not-found' | 'not-readable' | 'not-yaml' | 'exists' | 'not-writable' | 'no-files' | 'no-folder' | 'not-a-file',
    readonly detail?: string,
  ) {
    super(`${kind}: ${path}`);
  }
}

const YAML_EXT = /\.ya?ml$/i;

/** A file or folder met while listing the inputs that could not be taken in: counted and named, never an abort. */
export interface InputProblem {
  path: string;
  /** not-readable: a folder or link that cannot be read; loop: a link back to a folder already being read; dangling: a link to nothing. */
  kind: 'not-readable' | 'loop' | 'dangling';
  detail?: string;
}

interface InputListing {
  /** The .yaml/.yml files, in a stable order, each real file once. */
  files: string[];
  problems: InputProblem[];
}

/**
 * Expand files and folders into a sorted list of .yaml/.yml files (folders
 * recursively). Symbolic links inside folders are followed, to files and to
 * folders; a link back into a folder already on the way down is a loop and is
 * reported, not followed. A file reached twice (two links) is listed once.
 * A folder that cannot be read is a problem of the listing, not an abort.
 * Throws a FileError only for an input that does not exist or a folder that
 * holds no .yaml file.
 */
export function expandInputs(inputs: readonly string[]): InputListing {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = realOrSelf(p);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(p);
  };
  for (const input of inputs) {
    let st: Stats;
    try {
      st = statSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        problems.push({ path: input, kind: 'loop' });
        continue;
      }
      if (code === 'EACCES' || code === 'EPERM') {
        problems.push({ path: input, kind: 'not-readable', detail: code });
        continue;
      }
      throw new FileError(input, 'not-found');
    }
    if (st.isDirectory()) {
      const before = files.length + problems.length;
      walk(input, new Set([realOrSelf(input)]), add, problems);
      if (files.length + problems.length === before) throw new FileError(input, 'no-files');
    } else add(input);
  }
  return { files, problems };
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function walk(dir: string, ancestors: ReadonlySet<string>, add: (p: string) => void, problems: InputProblem[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, kind: 'not-readable', detail: errnoOf(e) });
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      let target: Stats;
      try {
        target = statSync(p);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') problems.push({ path: p, kind: 'loop' });
        else if (code === 'ENOENT') problems.push({ path: p, kind: 'dangling' });
        else problems.push({ path: p, kind: 'not-readable', detail: code ?? errnoOf(err) });
        continue;
      }
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) {
      const real = realOrSelf(p);
      if (ancestors.has(real)) {
        problems.push({ path: p, kind: 'loop' });
        continue;
      }
      walk(p, new Set([...ancestors, real]), add, problems);
    } else if (isFile && YAML_EXT.test(e.name)) add(p);
  }
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

/** What stands at an output path: nothing, a regular file, or something a document must not be written over. */
type OutputKind = 'none' | 'file' | 'folder' | 'fifo' | 'device' | 'socket' | 'other';

/** Look (without following a final symbolic link's target into a wait) at what is at an output path. */
export function outputKind(path: string): OutputKind {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Nothing there (or a folder above is missing or a file: creating the folder reports that).
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'none' : 'other';
  }
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
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
 * Temporary files and folders of this run that are not yet renamed or
 * removed, and the process groups it started that still run (LibreOffice).
 * The signal handler (SIGINT, SIGTERM, SIGHUP: see `stopLiveWork`) ends the
 * groups and removes the temporaries, so that stopping a run leaves nothing
 * behind.
 */
const liveFiles = new Set<string>();
const liveFolders = new Set<string>();
const liveGroups = new Set<number>();

export function trackTemporaryFolder(path: string): void {
  liveFolders.add(path);
}

export function untrackTemporaryFolder(path: string): void {
  liveFolders.delete(path);
}

/** A child started with `detached: true` leads its own process group: `pid` names the group. */
export function trackProcessGroup(pid: number): void {
  liveGroups.add(pid);
}

export function untrackProcessGroup(pid: number): void {
  liveGroups.delete(pid);
}

/** End a process group at once (SIGKILL: it writes nothing more); a group that is gone already is no error. */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* gone already */
  }
}

/** Remove every temporary file and folder this run still holds. */
function removeLiveTemporaries(): void {
  for (const f of liveFiles) {
    try {
      unlinkSync(f);
    } catch {
      /* already gone */
    }
  }
  liveFiles.clear();
  // Retries: a process killed in the middle of creating a file may finish that one call while the folder is emptied.
  for (const d of liveFolders) rmSync(d, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
  liveFolders.clear();
}

/**
 * The run is stopped (called from the signal handler): first end the process
 * groups it started, so that none of them writes on, then remove the
 * temporaries. Files already renamed into place are complete and stay.
 */
export function stopLiveWork(): void {
  for (const pid of liveGroups) killProcessGroup(pid);
  liveGroups.clear();
  removeLiveTemporaries();
}

/** The name of a temporary file beside `path`: the target, this process's id, a random part. */
function temporaryName(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Temporary files of samverkan's naming: `<name>.<pid>.<12 hex>.tmp`, and the older `<name>.<12 hex>.tmp`. */
const TEMP_FILE = /^.+\.(?:(\d+)\.)?[0-9a-f]{12}\.tmp$/;
/** The PDF conversion's work folders: `.samverkan-pdf-<pid>-<random>`, and the older `.samverkan-pdf-<random>`. */
const TEMP_FOLDER = /^\.samverkan-pdf-(?:(\d+)-)?[A-Za-z0-9]{6}$/;
/** A temporary file younger than this may belong to a run that is still writing it. */
const STALE_AFTER_MS = 60_000;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove temporary files and folders of samverkan's own naming that an
 * earlier run left in `dir` (killed with SIGKILL, or a power cut): those older
 * than a minute whose process is gone, or that name no process. Returns what
 * was removed. Never touches a file of any other naming.
 */
export function removeStaleTemporaries(dir: string, now = Date.now()): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const e of entries) {
    const m = e.isFile() ? TEMP_FILE.exec(e.name) : e.isDirectory() ? TEMP_FOLDER.exec(e.name) : null;
    if (!m) continue;
    const p = join(dir, e.name);
    try {
      if (now - lstatSync(p).mtimeMs < STALE_AFTER_MS) continue;
      if (m[1] !== undefined && processAlive(Number(m[1]))) continue;
      if (e.isFile()) unlinkSync(p);
      else rmSync(p, { recursive: true, force: true });
      removed.push(p);
    } catch {
      /* gone meanwhile, or not ours to remove */
    }
  }
  return removed;
}

/**
 * Write a file atomically: into a temporary file beside the target, flushed,
 * then renamed over it. A reader never sees a half-written file, and a failed
 * (or interrupted: SIGINT, SIGTERM) write leaves no temporary file behind.
 *
 * With `overwrite: false` the target must not exist (checked race-free with a
 * hard link instead of a rename). A folder, named pipe or device at the
 * target is refused before anything is written.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, options: { overwrite: boolean }): void {
  const kind = outputKind(path);
  if (kind !== 'none' && kind !== 'file') throw new FileError(path, 'not-a-file', kind);
  const tmp = temporaryName(path);
  let fd: number | undefined;
  liveFiles.add(tmp);
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    moveIntoPlace(tmp, path, options.overwrite);
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
    liveFiles.delete(tmp);
    if (e instanceof FileError) throw e;
    throw new FileError(path, 'not-writable', errnoOf(e));
  }
}

/**
 * For a batch whose worker threads write their documents' temporary files
 * (`writeTemporary`, flushed) and leave only the move into place to the main
 * thread: the same guarantees as `writeFileAtomic`. The main thread tracks
 * each such file as soon as it hears of it, so a stopped run removes it.
 */
export function trackTemporaryFile(tmp: string): void {
  liveFiles.add(tmp);
}

/** Write `data` to a new temporary file beside `path`, flushed to disk; returns its name. Removes it on failure. */
export function writeTemporary(path: string, data: Uint8Array): string {
  const tmp = temporaryName(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    return tmp;
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
    throw new FileError(path, 'not-writable', errnoOf(e));
  }
}

/**
 * `writeTemporary` with the write and flush on libuv's thread pool: a worker
 * thread renders its next document while this one reaches the disk (the
 * flush was a fifth of a batch worker's time when it waited for it).
 */
export async function writeTemporaryAsync(path: string, data: Uint8Array): Promise<string> {
  const tmp = temporaryName(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    return tmp;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new FileError(path, 'not-writable', errnoOf(e));
  }
}

/** Remove a temporary file that will not be moved into place. */
export function discardTemporary(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    /* already gone */
  }
  liveFiles.delete(tmp);
}

/**
 * Move a finished temporary file into place as `writeFileAtomic` does
 * (`overwrite: false`: only where nothing is). Removes it on failure, except
 * when the target exists (kind `exists`): then the caller may compare the two
 * before it discards the temporary file.
 */
export function placeTemporary(tmp: string, path: string, options: { overwrite: boolean }): void {
  try {
    const kind = outputKind(path);
    if (kind !== 'none' && kind !== 'file') throw new FileError(path, 'not-a-file', kind);
    moveIntoPlace(tmp, path, options.overwrite);
  } catch (e) {
    if (!(e instanceof FileError && e.kind === 'exists')) discardTemporary(tmp);
    if (e instanceof FileError) throw e;
    throw new FileError(path, 'not-writable', errnoOf(e));
  }
}

/**
 * A finished temporary file moved to its name: replacing what is there only
 * when asked (rename), else linked so that an existing file is never
 * overwritten (EEXIST → FileError 'exists'), then the temporary name removed.
 */
function moveIntoPlace(tmp: string, path: string, overwrite: boolean): void {
  if (overwrite) renameSync(tmp, path);
  else {
    try {
      linkSync(tmp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileError(path, 'exists');
      throw e;
    }
    unlinkSync(tmp);
  }
  liveFiles.delete(tmp);
}
