/**
 * WordprocessingML as strings, straight from the plain document blocks
 * (`../doc.ts`): the same markup the `docx` adapter (`../word.ts`) makes the
 * `docx` package write, byte for byte — element order, attribute order,
 * escaping and all. `docx` stays the reference: a test renders every example
 * and a generated set through both and compares the sealed files.
 *
 * Each function mirrors one function of `word.ts`; change them together.
 */
import { TEXT_WIDTH } from '../blocks.js';
import type { DocBlock, DocParagraph, DocRun, DocSignature, DocSignatures, DocTable, DocToc } from '../doc.js';

/** The list ids `docx` gives the numbering definitions of `word.ts` (config order, after its own default list 1). */
const NUM_ID = { headings: 2, bullets: 3 } as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** Text and attribute values as `docx` escapes them (control characters dropped). */
function esc(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : value;
}

const t = (text: string) => `<w:t xml:space="preserve">${esc(text)}</w:t>`;

function runProperties(r: Omit<DocRun, 'text'>): string {
  let p = '';
  if (r.bold) p += '<w:b/><w:bCs/>';
  if (r.italic) p += '<w:i/><w:iCs/>';
  if (r.color) p += `<w:color w:val="${esc(r.color)}"/>`;
  if (r.size !== undefined) {
    p += `<w:sz w:val="${r.size}"/>`;
    if (r.size) p += `<w:szCs w:val="${r.size}"/>`;
  }
  return p === '' ? '' : `<w:rPr>${p}</w:rPr>`;
}

const run = (r: DocRun) => `<w:r>${runProperties(r)}${t(r.text)}</w:r>`;

function spacing(s: { readonly before?: number | undefined; readonly after?: number | undefined }): string {
  const after = s.after !== undefined ? ` w:after="${s.after}"` : '';
  const before = s.before !== undefined ? ` w:before="${s.before}"` : '';
  return after === '' && before === '' ? '<w:spacing/>' : `<w:spacing${after}${before}/>`;
}

const pPr = (inner: string) => (inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`);
const p = (props: string, content: string) => (props === '' && content === '' ? '<w:p/>' : `<w:p>${props}${content}</w:p>`);

function paragraph(b: DocParagraph): string {
  let props = '';
  if (b.bullet && !b.style) props += '<w:pStyle w:val="ListParagraph"/>';
  if (b.style) props += `<w:pStyle w:val="${esc(b.style)}"/>`;
  if (b.keepNext) props += '<w:keepNext/>';
  if (b.pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (b.bullet) props += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${NUM_ID.bullets}"/></w:numPr>`;
  if (b.spacing) props += spacing(b.spacing);
  else if (b.bullet) props += spacing({ after: 60 });
  if (b.alignment) props += `<w:jc w:val="${b.alignment}"/>`;
  return p(pPr(props), b.runs.map(run).join(''));
}

function heading(level: 1 | 2, text: string, pageBreakBefore: boolean): string {
  const props = `<w:pStyle w:val="Heading${level}"/>${pageBreakBefore ? '<w:pageBreakBefore/>' : ''}<w:numPr><w:ilvl w:val="${level - 1}"/><w:numId w:val="${NUM_ID.headings}"/></w:numPr>`;
  return p(pPr(props), `<w:r>${t(text)}</w:r>`);
}

function toc(b: DocToc): string {
  let out = p(pPr('<w:pStyle w:val="TOCHeading"/><w:keepNext/><w:pageBreakBefore/>'), `<w:r>${t(b.title)}</w:r>`);
  b.entries.forEach((e, i) => {
    let content = '';
    if (i === 0) {
      content +=
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>' +
        '<w:r><w:instrText xml:space="preserve"> TOC \\o &quot;1-2&quot; \\h \\z \\u </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    }
    content += `<w:r>${t(e.number)}<w:tab/>${t(e.text)}</w:r>`;
    if (i === b.entries.length - 1) content += '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    out += p(pPr(`<w:pStyle w:val="TOC${e.level}"/>`), content);
  });
  return out;
}

const border = (side: string, line: string) => `<w:${side} ${line}/>`;
function tableProperties(sum: number, line: string, margins: { top: number; left: number; bottom: number; right: number }): string {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => border(s, line)).join('');
  const mar = (['top', 'left', 'bottom', 'right'] as const).map((s) => `<w:${s} w:type="dxa" w:w="${margins[s]}"/>`).join('');
  return `<w:tblPr><w:tblW w:type="dxa" w:w="${sum}"/><w:tblBorders>${sides}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${mar}</w:tblCellMar></w:tblPr>`;
}
const grid = (widths: readonly number[]) => `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
const THIN = 'w:val="single" w:color="808080" w:sz="4"';
const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"';

function cell(lines: readonly string[], width: number | undefined, header: boolean): string {
  const content = lines.length > 0 ? lines : [''];
  const style = header ? 'Tabellrubrik' : 'Tabelltext';
  const shading = header ? '<w:shd w:fill="E7ECF2" w:color="auto" w:val="clear"/>' : '';
  const paragraphs = content.map((l) => p(pPr(`<w:pStyle w:val="${style}"/>`), l ? `<w:r>${t(l)}</w:r>` : '')).join('');
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}</w:tcPr>${paragraphs}</w:tc>`;
}

function table(b: DocTable): string {
  const sum = b.widths.reduce((x, y) => x + y, 0);
  const head = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.header.map((h, i) => cell([h], b.widths[i], true)).join('')}</w:tr>`;
  const rows = b.rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.cells.map((c, i) => cell(c, b.widths[i], false)).join('')}</w:tr>`).join('');
  return `<w:tbl>${tableProperties(sum, THIN, { top: 60, left: 100, bottom: 60, right: 100 })}${grid(b.widths)}${head}${rows}</w:tbl>`;
}

function signatureBlock(s: DocSignature): string[] {
  return s.lines.map((text, i) => {
    const last = i === s.lines.length - 1;
    const before = /^_+$/.test(text) ? 720 : i >= 1 && /_{4,}$/.test(text) ? 240 : undefined;
    const props = (last ? '' : '<w:keepNext/><w:keepLines/>') + spacing({ after: 40, before });
    return p(pPr(props), run({ text, ...(i === 0 ? { bold: true } : {}) }));
  });
}

const EMPTY_PARAGRAPH = '<w:p><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>';

function signatures(b: DocSignatures): string {
  const half = Math.floor(TEXT_WIDTH / 2);
  const widths = [half, TEXT_WIDTH - half];
  const blocks = b.blocks.map(signatureBlock);
  let rows = '';
  for (let i = 0; i < blocks.length; i += 2) {
    const pair = blocks.slice(i, i + 2);
    const cells = widths.map((w, k) => {
      const paragraphs = pair[k] && pair[k]!.length > 0 ? pair[k]!.join('') : EMPTY_PARAGRAPH;
      return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/></w:tcPr>${paragraphs}</w:tc>`;
    });
    rows += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  }
  const sum = widths[0]! + widths[1]!;
  return `<w:tbl>${tableProperties(sum, NONE, { top: 120, left: 0, bottom: 240, right: 240 })}${grid(widths)}${rows}</w:tbl>`;
}

/** The body content of `word/document.xml` (between `<w:body>` and `<w:sectPr>`). */
export function bodyXml(blocks: readonly DocBlock[]): string {
  let out = '';
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out += heading(b.level, b.text, b.pageBreakBefore === true);
        break;
      case 'paragraph':
        out += paragraph(b);
        break;
      case 'table':
        out += table(b);
        break;
      case 'signatures':
        out += signatures(b);
        break;
      case 'toc':
        out += toc(b);
        break;
    }
  }
  return out;
}

/** The running header's paragraph (as `index.ts`'s `header` has docx write it). */
export function headerParagraphXml(h: { readonly left: string; readonly right: string; readonly draft: boolean }): string {
  const rightProps = `${h.draft ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>'}<w:color w:val="${h.draft ? 'C00000' : '595959'}"/><w:sz w:val="18"/><w:szCs w:val="18"/>`;
  return (
    `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}"/></w:tabs></w:pPr>` +
    `<w:r><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>${t(h.left)}</w:r>` +
    `<w:r><w:rPr>${rightProps}</w:rPr>${t(`\t${h.right}`)}</w:r></w:p>`
  );
}

/** `docProps/custom.xml` for the given properties (pids from 2, as docx numbers them). */
export function customXml(properties: readonly { readonly name: string; readonly value: string }[]): string {
  const items = properties
    .map(
      (p, i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(p.name)}"><vt:lpwstr>${esc(p.value)}</vt:lpwstr></property>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    items +
    '</Properties>'
  );
}
