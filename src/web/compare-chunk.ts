/**
 * Comparing two versions in the page, as `samverkan jämför` does: the
 * officer picks an earlier version's file, the page shows what changed and
 * which obligations moved, and downloads the current version's document with
 * tracked changes against it (as `jämför --docx`). Built as its own bundle,
 * kept in the page as an unparsed data block and run the first time an
 * officer compares; it takes the precompiled templates from the Word chunk
 * (render-chunk.ts), which the page runs first.
 */
import { humanDate } from '../check/dates.js';
import { parseIsoDate } from '../check/dates.js';
import { compareAgreements } from '../compare/compare.js';
import { agreementRedline } from '../compare/document.js';
import { changeSummary, kindText, mismatchNote, movementText, outcomeText, shortValue, tr, trimmedParts, verdictText, versionText } from '../compare/present.js';
import type { Change, ComparisonResult, ObligationChange } from '../compare/types.js';
import type { Lang } from '../core/diagnostic.js';
import { validateAgreementText } from '../core/validate.js';
import { PRECOMPILED } from '../render/templates.generated.js';
import { el as h } from './dom.js';

export interface ComparisonInput {
  readonly oldText: string;
  readonly oldName: string;
  readonly newText: string;
  readonly newName: string;
  /** `YYYY-MM-DD`: both versions are checked as of this date. */
  readonly asOf: string;
  readonly lang: Lang;
}

export interface PageComparer {
  /**
   * The comparison as a dialog's content (heading, changes, obligations,
   * a redline download button), or a message when a version cannot be read.
   */
  show(input: ComparisonInput, download: (name: string, bytes: Uint8Array) => void): { content: HTMLElement } | { message: string };
}

const TEMPLATES: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(Object.entries(PRECOMPILED).map(([p, x]) => [p, x.text])));

function valueLine(c: Change, lang: Lang): HTMLElement {
  if (c.words) return h('p', { class: 'diff' }, ...trimmedParts(c.words).map((p) => (p.op === 'lika' ? p.text : h(p.op === 'ny' ? 'ins' : 'del', {}, p.text))));
  const before = c.old === undefined ? '' : shortValue(c.old);
  const after = c.new === undefined ? '' : shortValue(c.new);
  if (c.kind === 'tillagt') return h('p', { class: 'diff' }, h('ins', {}, after));
  if (c.kind === 'borttaget') return h('p', { class: 'diff' }, h('del', {}, before));
  return h('p', { class: 'diff' }, h('del', {}, before), tr(lang, ' blir ', ' becomes '), h('ins', {}, after));
}

function changeItem(c: Change, lang: Lang): HTMLElement {
  return h('li', {}, h('strong', {}, `${kindText(c.kind, lang)}: `), c.label, ' ', h('code', {}, c.field), valueLine(c, lang));
}

function obligationItem(r: ComparisonResult, o: ObligationChange, lang: Lang): HTMLElement {
  const causes = o.causes.map((i) => `${tr(lang, 'ändring', 'change')} ${i + 1} (${r.changes[i]!.label})`).join('; ');
  return h(
    'li',
    { class: o.movement === 'försämrad' ? 'worse' : '' },
    h('strong', {}, `${movementText(o.movement, lang)}: `),
    `${o.title} (${o.ruleId}, ${o.severity}): ${outcomeText(o.oldOutcome, lang)} → ${outcomeText(o.newOutcome, lang)}`,
    h('p', {}, `${tr(lang, 'Före', 'Before')}: ${o.oldMessage}`),
    h('p', {}, `${tr(lang, 'Nu', 'Now')}: ${o.newMessage}`),
    h('p', {}, causes ? `${tr(lang, 'Orsak', 'Cause')}: ${causes}` : tr(lang, 'Orsak: kan inte knytas till en enskild ändring', 'Cause: cannot be tied to a single change')),
    h('p', { class: 'source' }, `${tr(lang, 'Källa', 'Source')}: ${o.citation.document} (${o.citation.section})`),
  );
}

function show(input: ComparisonInput, download: (name: string, bytes: Uint8Array) => void): { content: HTMLElement } | { message: string } {
  const { lang } = input;
  const oldV = validateAgreementText(input.oldText, { lang });
  const newV = validateAgreementText(input.newText, { lang });
  const asOf = parseIsoDate(input.asOf);
  if (!oldV.agreement || !newV.agreement || !asOf) {
    const which = !oldV.agreement ? input.oldName : input.newName;
    return { message: tr(lang, `${which} är inte ett giltigt avtal och kan inte jämföras; öppna den och rätta felen först.`, `${which} is not a valid agreement and cannot be compared; open it and fix the errors first.`) };
  }
  const r = compareAgreements(
    { agreement: oldV.agreement, locate: oldV.locate, file: input.oldName },
    { agreement: newV.agreement, locate: newV.locate, file: input.newName },
    { asOf, lang },
  );
  const note = mismatchNote(r, lang);
  const button = h('button', { type: 'button', id: 'jämför-docx' }, tr(lang, 'Ladda ner Word-fil med spårade ändringar', 'Download Word file with tracked changes'));
  button.addEventListener('click', async () => {
    const red = await agreementRedline(oldV.agreement!, newV.agreement!, r, { templates: TEMPLATES });
    if (red.bytes) download(`${r.new.id}-ändringar.docx`, red.bytes);
  });
  const content = h(
    'div',
    {},
    h('h2', { id: 'jämförelse-rubrik', tabindex: '-1' }, tr(lang, `Ändringar från ${versionText(r.old, lang)} till ${versionText(r.new, lang)}`, `Changes from ${versionText(r.old, lang)} to ${versionText(r.new, lang)}`)),
    h('p', {}, tr(lang, `Båda versionerna granskade per ${humanDate(r.asOf, lang)}.`, `Both versions checked as of ${humanDate(r.asOf, lang)}.`)),
    ...(note ? [h('p', { class: 'note' }, note)] : []),
    h('p', { id: 'jämförelse-resultat', class: r.summary.försämrade > 0 ? 'worse' : '' }, verdictText(r, lang)),
    h('h3', {}, r.changes.length === 0 ? tr(lang, 'Inga ändringar', 'No changes') : changeSummary(r, lang)),
    h('ol', { id: 'ändringar' }, ...r.changes.map((c) => changeItem(c, lang))),
    h('h3', {}, tr(lang, `Skyldigheter med ändrat utfall (${r.obligations.length})`, `Obligations whose outcome changes (${r.obligations.length})`)),
    h('ul', { id: 'skyldigheter' }, ...r.obligations.map((o) => obligationItem(r, o, lang))),
    h('div', { class: 'buttons' }, button),
  );
  return { content };
}

(globalThis as { samverkanCompare?: PageComparer }).samverkanCompare = { show };
