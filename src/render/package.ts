/**
 * The .docx package around the document: our own `docProps/core.xml` (dates
 * from the agreement, language sv-SE), fixed zip timestamps so the same input
 * gives the same bytes, and a seal — the SHA-256 of everything samverkan
 * wrote, kept in the zip's comment — so a later render can tell a file it
 * wrote and nobody changed from one edited in Word or written by someone else.
 * Word and LibreOffice ignore the zip comment, and drop it when they save.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const SEAL_PREFIX = 'samverkan:sha256:';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface CoreProperties {
  title: string;
  subject: string;
  keywords: string;
  description: string;
  /** ISO date the document's dates are taken from (never the clock). */
  date: string;
  revision: number;
}

/** `docProps/core.xml` with fixed dates and `dc:language` sv-SE. */
export function coreXml(p: CoreProperties): string {
  const when = `${p.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(p.title)}</dc:title>` +
    `<dc:subject>${xmlEscape(p.subject)}</dc:subject>` +
    '<dc:creator>samverkan</dc:creator>' +
    `<cp:keywords>${xmlEscape(p.keywords)}</cp:keywords>` +
    `<dc:description>${xmlEscape(p.description)}</dc:description>` +
    '<cp:lastModifiedBy>samverkan</cp:lastModifiedBy>' +
    `<cp:revision>${p.revision}</cp:revision>` +
    '<dc:language>sv-SE</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offset of the end-of-central-directory record, or -1. */
function findEocd(bytes: Uint8Array): number {
  const dv = view(bytes);
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE && i + 22 + dv.getUint16(i + 20, true) === bytes.length) return i;
  }
  return -1;
}

/**
 * Set every entry's modification time to one fixed value (1980-01-01 00:00,
 * the zip epoch), in the local headers and the central directory, in place.
 */
export function fixZipTimestamps(bytes: Uint8Array): Uint8Array {
  const dv = view(bytes);
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new Error('not a zip file');
  const entries = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (let n = 0; n < entries; n++) {
    if (dv.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new Error('corrupt central directory');
    dv.setUint16(p + 12, 0, true);
    dv.setUint16(p + 14, DOS_DATE, true);
    const local = dv.getUint32(p + 42, true);
    if (dv.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error('corrupt local header');
    dv.setUint16(local + 10, 0, true);
    dv.setUint16(local + 12, DOS_DATE, true);
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return bytes;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The zip without its comment (comment length zero): what the seal covers. */
function withoutComment(bytes: Uint8Array, eocd: number): Uint8Array {
  const out = bytes.slice(0, eocd + 22);
  view(out).setUint16(eocd + 20, 0, true);
  return out;
}

/** Put the seal (SHA-256 of the zip without comment) into the zip's comment. */
export async function seal(bytes: Uint8Array): Promise<Uint8Array> {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new Error('not a zip file');
  const bare = withoutComment(bytes, eocd);
  const comment = new TextEncoder().encode(SEAL_PREFIX + (await sha256Hex(bare)));
  const out = new Uint8Array(bare.length + comment.length);
  out.set(bare, 0);
  out.set(comment, bare.length);
  view(out).setUint16(eocd + 20, comment.length, true);
  return out;
}

/**
 * What a file on disk is, for deciding whether it may be overwritten:
 * `intact` — written by samverkan and unchanged since; `changed` — sealed by
 * samverkan but its bytes changed since; `unsealed` — no seal: not written by
 * samverkan, or saved again by Word or LibreOffice (which drop the comment).
 */
export type SealState = 'intact' | 'changed' | 'unsealed';

export async function inspectSeal(bytes: Uint8Array): Promise<SealState> {
  const eocd = findEocd(bytes);
  if (eocd < 0) return 'unsealed';
  const len = view(bytes).getUint16(eocd + 20, true);
  const comment = new TextDecoder().decode(bytes.subarray(eocd + 22, eocd + 22 + len));
  if (!comment.startsWith(SEAL_PREFIX)) return 'unsealed';
  const expected = comment.slice(SEAL_PREFIX.length);
  return (await sha256Hex(withoutComment(bytes, eocd))) === expected ? 'intact' : 'changed';
}

/** The text of one entry of a zip (stored or deflated), or undefined when it is not there. */
export async function readZipEntry(bytes: Uint8Array, path: string): Promise<string | undefined> {
  const dv = view(bytes);
  const eocd = findEocd(bytes);
  if (eocd < 0) return undefined;
  const entries = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (dv.getUint32(p, true) !== CENTRAL_SIGNATURE) return undefined;
    const method = dv.getUint16(p + 10, true);
    const compressed = dv.getUint32(p + 20, true);
    const nameLen = dv.getUint16(p + 28, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (name === path) {
      const local = dv.getUint32(p + 42, true);
      const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
      const data = bytes.slice(start, start + compressed);
      if (method === 0) return decoder.decode(data);
      if (method !== 8) return undefined;
      const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return decoder.decode(await new Response(stream).arrayBuffer());
    }
    p += 46 + nameLen + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return undefined;
}
