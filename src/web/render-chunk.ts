/**
 * The Word document in the page: the library's renderer with the templates
 * precompiled at build time. Built as its own bundle and kept in the page as
 * an unparsed data block, run on the first download (docx and the templates
 * are a third of the library and not needed to check an agreement).
 */
import type { Agreement } from '../core/model.js';
import { documentFileName, renderAgreement, type RenderOptions, type RenderResult } from '../render/index.js';
import { BUNDLED_TEMPLATES as TEMPLATES } from '../render/bundled.js';
import { PRECHECKED, PRECOMPILED } from '../render/templates.generated.js';

export interface PageRenderer {
  render(agreement: Agreement, options: Omit<RenderOptions, 'templates'>): Promise<RenderResult>;
  fileName(agreement: Agreement): string;
}

const renderer: PageRenderer = {
  render: (agreement, options) => renderAgreement(agreement, { ...options, templates: TEMPLATES }),
  fileName: documentFileName,
};

(globalThis as { samverkanRender?: PageRenderer }).samverkanRender = renderer;

/** The precompiled templates, for the tools chunk (tools-chunk.ts) rather than a second copy; the build maps its import here. */
const RENDER_MODULES = { 'render/templates.generated': { PRECHECKED, PRECOMPILED } } as const;
(globalThis as { samverkanRenderModules?: typeof RENDER_MODULES }).samverkanRenderModules = RENDER_MODULES;
