/**
 * The fast writer: a sealed-ready .docx from the plain document model without
 * building `docx` objects. Of a document's parts only four change between
 * agreements (document.xml, header1.xml, core.xml, custom.xml); the others are
 * taken, already compressed, from the zip `docx` wrote for the first document
 * of the process (see `zip.ts`), and the four are written as strings
 * (`xml.ts`). Before it is used, the writer proves itself on that first
 * document: it must write exactly the parts `docx` wrote, else it stays off
 * and every document goes through `docx`.
 */
import { inflateSync, strFromU8, strToU8 } from 'fflate';
import type { DocBlock } from '../doc.js';
import { bodyXml, customXml, headerParagraphXml } from './xml.js';
import { readLayout, writeZip, type ZipLayout } from './zip.js';

const CHANGING_PARTS = ['word/document.xml', 'word/header1.xml', 'docProps/core.xml', 'docProps/custom.xml'] as const;

/** What one document contributes to the four changing parts. */
export interface FastInput {
  readonly blocks: readonly DocBlock[];
  readonly header: { readonly left: string; readonly right: string; readonly draft: boolean };
  /** `docProps/core.xml`, as the renderer writes it. */
  readonly core: string;
  readonly custom: readonly { readonly name: string; readonly value: string }[];
}

export interface FastWriter {
  readonly layout: ZipLayout;
  /** document.xml up to and including `<w:body>`, and from `<w:sectPr` on. */
  readonly documentHead: string;
  readonly documentTail: string;
  /** header1.xml around its paragraph. */
  readonly headerHead: string;
  readonly headerTail: string;
}

function entryText(layout: ZipLayout, name: string): string | undefined {
  const e = layout.entries.find((x) => x.name === name);
  return e ? strFromU8(inflateSync(e.data)) : undefined;
}

/** The four changing parts of a document, as text. */
function changingParts(w: FastWriter, input: FastInput): Map<string, Uint8Array> {
  return new Map([
    ['word/document.xml', strToU8(w.documentHead + bodyXml(input.blocks) + w.documentTail)],
    ['word/header1.xml', strToU8(w.headerHead + headerParagraphXml(input.header) + w.headerTail)],
    ['docProps/core.xml', strToU8(input.core)],
    ['docProps/custom.xml', strToU8(customXml(input.custom))],
  ]);
}

/**
 * A fast writer from the (unsealed) zip `docx` wrote for `input`, or
 * undefined when the fast writer would not write the same parts.
 */
export function fastWriterFrom(zip: Uint8Array, input: FastInput): FastWriter | undefined {
  const layout = readLayout(zip);
  const document = entryText(layout, 'word/document.xml');
  const header = entryText(layout, 'word/header1.xml');
  if (document === undefined || header === undefined) return undefined;
  if (CHANGING_PARTS.some((name) => !layout.entries.some((e) => e.name === name))) return undefined;
  const bodyStart = document.indexOf('<w:body>');
  const sectStart = document.lastIndexOf('<w:sectPr');
  const headerStart = header.indexOf('<w:p>');
  const headerEnd = header.lastIndexOf('</w:p>');
  if (bodyStart < 0 || sectStart < 0 || headerStart < 0 || headerEnd < 0) return undefined;
  const writer: FastWriter = {
    layout,
    documentHead: document.slice(0, bodyStart + '<w:body>'.length),
    documentTail: document.slice(sectStart),
    headerHead: header.slice(0, headerStart),
    headerTail: header.slice(headerEnd + '</w:p>'.length),
  };
  // The proof: every changing part exactly as docx wrote it for this document.
  const decoder = new TextDecoder();
  for (const [name, bytes] of changingParts(writer, input)) {
    if (decoder.decode(bytes) !== entryText(layout, name)) return undefined;
  }
  return writer;
}

/** The document's zip (unsealed), with the unchanging parts reused. */
export function writeFast(w: FastWriter, input: FastInput): Uint8Array {
  return writeZip(w.layout, changingParts(w, input));
}
