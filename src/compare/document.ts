/**
 * The redline of two versions of an agreement: both rendered to the
 * renderer's plain blocks (`documentModel`) with the same templates and
 * date, then compared and written with tracked changes (`redline.ts`).
 */
import type { Lang } from '../core/diagnostic.js';
import type { Agreement } from '../core/model.js';
import { documentModel } from '../render/index.js';
import type { TemplateProblem } from '../render/templates.js';
import { versionNumber } from './present.js';
import { redlineDocx } from './redline.js';
import type { ComparisonResult } from './types.js';

export interface AgreementRedlineOptions {
  /** Template texts keyed by their path below `templates/`, as for `renderAgreement`. */
  readonly templates: Readonly<Record<string, string>>;
  /** The name on every change and comment (default "samverkan"). */
  readonly author?: string;
  readonly lang?: Lang;
}

export interface AgreementRedline {
  /** The .docx, when both versions could be rendered. */
  readonly bytes?: Uint8Array;
  /** Template problems: when any is present, nothing was written. */
  readonly templateProblems: readonly TemplateProblem[];
}

/** The new version's document with tracked changes against the old one's, dated the comparison's as-of date. */
export async function agreementRedline(
  oldAgreement: Agreement,
  newAgreement: Agreement,
  result: ComparisonResult,
  options: AgreementRedlineOptions,
): Promise<AgreementRedline> {
  const renderOptions = { templates: options.templates, asOf: result.asOf, ...(options.lang ? { lang: options.lang } : {}) };
  const before = documentModel(oldAgreement, renderOptions);
  const after = documentModel(newAgreement, renderOptions);
  const templateProblems = [...before.templateProblems, ...after.templateProblems];
  if (templateProblems.length > 0) return { templateProblems };
  const bytes = await redlineDocx(before.blocks, after.blocks, result, {
    date: result.asOf,
    title: `${after.title}: ändringar från version ${versionNumber(result.old)} till ${versionNumber(result.new)}`,
    ...(options.author !== undefined ? { author: options.author } : {}),
  });
  return { bytes, templateProblems: [] };
}
