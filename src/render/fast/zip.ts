/**
 * The .docx package of the fast writer: the zip that `docx` wrote for the
 * first document of the process, taken apart once — every entry's headers
 * and compressed bytes — and put together again for each document with only
 * the changing entries compressed anew. Headers are copied from `docx`'s own
 * (fflate's layout) and only their CRC, sizes and offsets are patched, so
 * the result is the zip `docx` would have written. Portable: no `node:`.
 */
import { deflateSync } from 'fflate';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

interface Entry {
  readonly name: string;
  /** The local header (30 bytes, name, extra field). */
  readonly local: Uint8Array;
  /** The central directory record (46 bytes, name, extra, comment). */
  readonly central: Uint8Array;
  /** The compressed bytes, for an entry that does not change. */
  readonly data: Uint8Array;
}

export interface ZipLayout {
  readonly entries: readonly Entry[];
  /** The end-of-central-directory record, without a comment. */
  readonly eocd: Uint8Array;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Take a zip apart (stored as `docx` writes it: no data descriptors, no zip64). */
export function readLayout(zip: Uint8Array): ZipLayout {
  const dv = view(zip);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (dv.getUint32(p, true) !== CENTRAL) throw new Error('corrupt central directory');
    const compressed = dv.getUint32(p + 20, true);
    const nameLen = dv.getUint16(p + 28, true);
    const centralLen = 46 + nameLen + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    const at = dv.getUint32(p + 42, true);
    if (dv.getUint32(at, true) !== LOCAL) throw new Error('corrupt local header');
    const localLen = 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
    entries.push({
      name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLen)),
      local: zip.slice(at, at + localLen),
      central: zip.slice(p, p + centralLen),
      data: zip.slice(at + localLen, at + localLen + compressed),
    });
    p += centralLen;
  }
  const end = zip.slice(eocd, eocd + 22);
  view(end).setUint16(20, 0, true);
  return { entries, eocd: end };
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * The zip again, with the named entries' contents replaced (compressed as
 * `docx` compresses: fflate DEFLATE at its default level) and every other
 * entry's compressed bytes reused as they are.
 */
export function writeZip(layout: ZipLayout, changed: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const parts = layout.entries.map((e) => {
    const raw = changed.get(e.name);
    if (raw === undefined) return { e, data: e.data, crc: -1, size: -1 };
    return { e, data: deflateSync(raw), crc: crc32(raw), size: raw.length };
  });
  let total = 22;
  for (const { e, data } of parts) total += e.local.length + data.length + e.central.length;
  const out = new Uint8Array(total);
  const dv = view(out);
  let p = 0;
  const offsets: number[] = [];
  for (const { e, data, crc, size } of parts) {
    offsets.push(p);
    out.set(e.local, p);
    if (crc >= 0) {
      dv.setUint32(p + 14, crc, true);
      dv.setUint32(p + 18, data.length, true);
      dv.setUint32(p + 22, size, true);
    }
    p += e.local.length;
    out.set(data, p);
    p += data.length;
  }
  const centralStart = p;
  parts.forEach(({ e, data, crc, size }, i) => {
    out.set(e.central, p);
    if (crc >= 0) {
      dv.setUint32(p + 16, crc, true);
      dv.setUint32(p + 20, data.length, true);
      dv.setUint32(p + 24, size, true);
    }
    dv.setUint32(p + 42, offsets[i]!, true);
    p += e.central.length;
  });
  out.set(layout.eocd, p);
  dv.setUint32(p + 12, p - centralStart, true);
  dv.setUint32(p + 16, centralStart, true);
  return out;
}
