/**
 * render: an agreement as a signature-ready Word document (.docx).
 *
 * `renderAgreement(agreement, options)` checks the templates against the
 * model, strips characters a .docx cannot hold (and says so), builds the
 * document tree section by section, and packs it deterministically: the same
 * agreement, templates and options give byte-identical output. Library code:
 * no file system; the caller passes the template texts and gets bytes back.
 */
import { isSlug } from '../core/id.js';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TabStopType, TextRun, type ISectionOptions } from 'docx';
import type { Diagnostic, Lang } from '../core/diagnostic.js';
import type { Agreement, IsoDate } from '../core/model.js';
import { FRAMEWORK_TITLES } from '../schema/agreement.js';
import { PAGE, TEXT_WIDTH } from './blocks.js';
import { blockText, uniqueKeys, type DocBlock, type DocHeading, type DocToc } from './doc.js';
import { HEADING_STYLES, NUMBERING, TABLE_STYLES, toWord } from './word.js';
import { normalise, section as sectionOf, templateContext } from './context.js';
import { swedishDate, swedishList } from './format.js';
import { coreXml, fixZipTimestamps, seal } from './package.js';
import { sanitizeValue } from './sanitize.js';
import { renderSections, renderTitlePage } from './sections.js';
import { templateSet, type TemplateProblem } from './templates.js';
import { fastWriterFrom, writeFast, type FastInput, type FastWriter } from './fast/index.js';

export { templateSet, HELPER_NAMES, type TemplateProblem, type TemplateSet } from './templates.js';
export { inspectSeal, type SealState } from './package.js';
export {
  blockText,
  runText,
  type DocBlock,
  type DocHeading,
  type DocParagraph,
  type DocRun,
  type DocSignature,
  type DocSignatures,
  type DocTable,
  type DocTableRow,
} from './doc.js';

/** The outcome of the compliance check, recorded in a final document's properties. */
export interface FinalCheck {
  ruleset: string;
  asOf: IsoDate;
  /** e.g. "0 fel, 1 varning, 2 undantagna". */
  outcome: string;
}

export interface RenderOptions {
  /** Template texts keyed by their path below `templates/` (e.g. "partials/parter.hbs"). */
  templates: Readonly<Record<string, string>>;
  /** The check date: a draft's header shows it. */
  asOf: IsoDate;
  /** Present for the final version: the check that allowed it. */
  final?: FinalCheck;
  lang?: Lang;
  /**
   * `fast` (the default): the unchanging parts from the process's first
   * document, the changing ones written as strings (`fast/`); `docx`: every
   * part built by the `docx` package (the reference). Both give the same bytes.
   */
  writer?: 'fast' | 'docx';
}

export interface RenderResult {
  /** The .docx, when it could be rendered. */
  bytes?: Uint8Array;
  /** Warnings about the agreement's text (e.g. characters removed). */
  diagnostics: Diagnostic[];
  /** Template problems: when any is present, nothing was rendered. */
  templateProblems: TemplateProblem[];
}

/** The file name of an agreement's document: its safe slug id, never a path from the data. */
export function documentFileName(a: Agreement): string {
  if (!isSlug(a.avtal.id)) throw new Error(`unsafe avtal.id: ${a.avtal.id}`);
  return `${a.avtal.id}.docx`;
}

function strippedDiagnostics(stripped: { pointer: string; removed: number }[], lang: Lang): Diagnostic[] {
  return stripped.map((s) => ({
    code: 'render.illegal-characters',
    severity: 'varning' as const,
    pointer: s.pointer,
    message:
      lang === 'en'
        ? `${s.removed} control character${s.removed === 1 ? '' : 's'} that a Word document cannot hold ${s.removed === 1 ? 'was' : 'were'} removed from the text.`
        : `${s.removed} ${s.removed === 1 ? 'styrtecken' : 'styrtecken'} som ett Word-dokument inte kan innehålla togs bort ur texten.`,
  }));
}

/** The running header: the centre and the agreement's version (or diarienummer), and whether this is a draft. */
function headerText(a: Agreement, options: RenderOptions): DocumentModel['header'] {
  const meta = a.avtal as { version?: number; diarienummer?: string };
  const which = meta.version !== undefined ? `, version ${meta.version}` : meta.diarienummer ? `, dnr ${meta.diarienummer}` : '';
  return {
    left: `${a.familjecentral.namn} – lokalt samverkansavtal${which}`,
    right: options.final ? 'För underskrift' : `UTKAST ${swedishDate(options.asOf)}`,
    draft: !options.final,
  };
}

function header({ left, right, draft }: DocumentModel['header']): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: left, size: 18, color: '595959' }),
          new TextRun({ text: `\t${right}`, size: 18, bold: draft, color: draft ? 'C00000' : '595959' }),
        ],
      }),
    ],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

function customProperties(a: Agreement, options: RenderOptions): { name: string; value: string }[] {
  return [
    { name: 'samverkan.avtal', value: a.avtal.id },
    ...(a.avtal.version !== undefined ? [{ name: 'samverkan.version', value: String(a.avtal.version) }] : []),
    { name: 'samverkan.ramverk', value: a.ramverk },
    { name: 'samverkan.status', value: options.final ? 'slutlig' : 'utkast' },
    { name: 'samverkan.granskningsdatum', value: options.final?.asOf ?? options.asOf },
    ...(options.final
      ? [
          { name: 'samverkan.regelverk', value: options.final.ruleset },
          { name: 'samverkan.granskningsresultat', value: options.final.outcome },
        ]
      : []),
  ];
}

/** The fast writer, once the process's first document has proved it (null: it could not). */
let fastWriter: FastWriter | null | undefined;

/** For tests: whether the fast writer has proved itself and is in use. */
export function fastWriterReady(): boolean {
  return Boolean(fastWriter);
}

/** For tests: forget the fast writer, so the next document is built by `docx` again. */
export function clearFastWriter(): void {
  fastWriter = undefined;
}

/** Only `docx`'s public API: `Packer.pack` with the core properties as an override (the date comes from the agreement). */
async function pack(doc: Document, core: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.pack(doc, 'uint8array', undefined, [{ path: 'docProps/core.xml', data: core }]));
}

/** The document of an agreement as plain data: what `renderAgreement` writes, before `docx`. */
export interface DocumentModel {
  /** The agreement after removing characters a .docx cannot hold. */
  readonly agreement: Agreement;
  /** The body: title page, sections, signatures. Keys are unique. */
  readonly blocks: readonly DocBlock[];
  /** The running header: left the document, right its status. */
  readonly header: { readonly left: string; readonly right: string; readonly draft: boolean };
  readonly title: string;
  readonly subject: string;
  /** Warnings about the agreement's text (e.g. characters removed). */
  readonly diagnostics: readonly Diagnostic[];
  /** Template problems: when any is present, `blocks` is empty. */
  readonly templateProblems: readonly TemplateProblem[];
}

/** A document whose body has more characters than this (about three pages) gets a table of contents. */
const TOC_THRESHOLD = 7000;

/**
 * The cover, then (for a long document) the table of contents from a new
 * page, then the body from a new page. Headings get their numbers (as
 * the heading styles count them).
 */
function withContents(cover: readonly DocBlock[], body: readonly DocBlock[]): DocBlock[] {
  let h1 = 0;
  let h2 = 0;
  const numbered = body.map((b): DocBlock => {
    if (b.kind !== 'heading') return b;
    if (b.level === 1) {
      h1++;
      h2 = 0;
    } else h2++;
    return { ...b, number: b.level === 1 ? `${h1}` : `${h1}.${h2}` };
  });
  const length = body.reduce((sum, b) => sum + blockText(b).length, 0);
  const entries = numbered.flatMap((b) => (b.kind === 'heading' ? [{ level: b.level, number: b.number!, text: b.text }] : []));
  const first = numbered.findIndex((b) => b.kind === 'heading');
  if (first >= 0) numbered[first] = { ...(numbered[first] as DocHeading), pageBreakBefore: true };
  if (length <= TOC_THRESHOLD || entries.length === 0) return [...cover, ...numbered];
  const toc: DocToc = { kind: 'toc', key: 'innehall', title: 'Innehåll', entries };
  return [...cover, toc, ...numbered];
}

/** The document model of an agreement (see `DocumentModel`). */
export function documentModel(input: Agreement, options: RenderOptions): DocumentModel {
  const lang = options.lang ?? 'sv';
  const templates = templateSet(options.templates);
  const framework = input.ramverk;
  const templateProblems = [...templates.problems(framework)];
  const empty = { agreement: input, blocks: [], header: headerText(input, options), title: '', subject: '' };
  if (templateProblems.length > 0) return { ...empty, diagnostics: [], templateProblems };

  const { value: sanitized, stripped } = sanitizeValue(input);
  const agreement = normalise(sanitized);
  const diagnostics = strippedDiagnostics(stripped, lang);
  const sectionInput = { agreement, framework, context: templateContext(sanitized), templates, problems: templateProblems, asOf: options.asOf };
  const body = renderSections(sectionInput);
  if (templateProblems.length > 0) return { ...empty, diagnostics, templateProblems };
  const cover = renderTitlePage(agreement, { final: options.final !== undefined, asOf: options.asOf });
  return {
    agreement,
    blocks: uniqueKeys(withContents(cover, body)),
    header: headerText(agreement, options),
    title: `Lokalt samverkansavtal för ${agreement.familjecentral.namn}`,
    subject: `Samverkan mellan ${swedishList(agreement.parter.map((p) => p.organisation))} enligt ${FRAMEWORK_TITLES[framework]}`,
    diagnostics,
    templateProblems: [],
  };
}

/**
 * The body of an agreement's document as plain blocks (title page,
 * sections, signatures), for comparing versions and for other writers.
 * Throws when the templates have a problem: check
 * `templateSet(templates).problems(ramverk)` first, or use `documentModel`.
 */
export function agreementBlocks(agreement: Agreement, options: RenderOptions): readonly DocBlock[] {
  const m = documentModel(agreement, options);
  if (m.templateProblems.length > 0) {
    const p = m.templateProblems[0]!;
    throw new Error(`${p.template}:${p.line}:${p.col} ${p.message}`);
  }
  return m.blocks;
}

export async function renderAgreement(input: Agreement, options: RenderOptions): Promise<RenderResult> {
  const model = documentModel(input, options);
  if (model.templateProblems.length > 0) return { diagnostics: [...model.diagnostics], templateProblems: [...model.templateProblems] };
  const { agreement, title, subject } = model;
  const framework = agreement.ramverk;
  const core = coreXml({
    title,
    subject,
    keywords: `samverkansavtal; familjecentral; ${framework}; ${agreement.avtal.id}`,
    description: options.final ? `Slutlig version, granskad ${options.final.asOf} mot ${options.final.ruleset}` : `Utkast, ${options.asOf}`,
    date: agreement.avtal.beslutat ?? sectionOf(agreement.avtal.giltighet)?.från ?? options.asOf,
    revision: agreement.avtal.version ?? 1,
  });
  const fastInput: FastInput = { blocks: model.blocks, header: model.header, core, custom: customProperties(agreement, options) };
  const fast = (options.writer ?? 'fast') === 'fast';
  if (fast && fastWriter) return { bytes: await seal(writeFast(fastWriter, fastInput)), diagnostics: [...model.diagnostics], templateProblems: [] };
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 708, footer: 708 },
      },
      // The cover page has no header or footer.
      titlePage: true,
    },
    headers: { default: header(model.header), first: new Header({ children: [] }) },
    footers: { default: footer(), first: new Footer({ children: [] }) },
    children: toWord(model.blocks),
  };
  const doc = new Document({
    title,
    subject,
    creator: 'samverkan',
    lastModifiedBy: 'samverkan',
    revision: agreement.avtal.version ?? 1,
    customProperties: customProperties(agreement, options),
    numbering: NUMBERING,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: HEADING_STYLES.heading1,
        heading2: HEADING_STYLES.heading2,
      },
      paragraphStyles: TABLE_STYLES.map((t) => ({ ...t }) as never),
    },
    sections: [section],
  });
  const packed = fixZipTimestamps(await pack(doc, core));
  if (fast && fastWriter === undefined) fastWriter = fastWriterFrom(packed, fastInput) ?? null;
  const bytes = await seal(packed);
  return { bytes, diagnostics: [...model.diagnostics], templateProblems: [] };
}
