/** `samverkan jämför --format text`: the comparison for people reading a terminal. */
import type { Lang } from '../core/diagnostic.js';
import { humanDate } from '../core/dates.js';
import {
  changeSummary,
  mismatchNote,
  kindText,
  movementText,
  outcomeText,
  placeText,
  shortValue,
  tr,
  trimmedParts,
  verdictText,
  versionText,
} from './present.js';
import type { Change, ComparisonResult, WordPart } from './types.js';
import type { FormatterOptions } from '../format/formatter.js';

/** The compare formatters' options: the language (the common `FormatterOptions`). */
export type FormatOptions = FormatterOptions;

/** Git's word-diff markers: `[-borttaget-]{+nytt+}`. */
function wordLine(parts: readonly WordPart[]): string {
  return trimmedParts(parts)
    .map((p) => (p.op === 'bort' ? `[-${p.text}-]` : p.op === 'ny' ? `{+${p.text}+}` : p.text))
    .join('')
    .replace(/\s+/g, ' ');
}

function changeLines(r: ComparisonResult, c: Change, n: number, lang: Lang, width: number): string[] {
  const where = `${placeText(r.old.file, tr(lang, 'gammal', 'old'), c.oldPosition)} → ${placeText(r.new.file, tr(lang, 'ny', 'new'), c.newPosition)}`;
  const pad = ' '.repeat(width + 6);
  const out = [`  ${String(n).padStart(2)}. ${kindText(c.kind, lang).padEnd(width)}  ${c.label}  (${c.field})`, `${pad}  ${where}`];
  if (c.words) out.push(`${pad}  ${wordLine(c.words)}`);
  else if (c.kind === 'ändrat') out.push(`${pad}  ${shortValue(c.old, lang)} → ${shortValue(c.new, lang)}`);
  else out.push(`${pad}  ${shortValue(c.kind === 'tillagt' ? c.new : c.old, lang)}`);
  return out;
}

export function formatComparisonText(r: ComparisonResult, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const out: string[] = [];
  out.push(
    tr(
      lang,
      `Jämförelse av ${r.new.id}: ${versionText(r.old, lang)} → ${versionText(r.new, lang)}, granskade per ${humanDate(r.asOf, lang)}`,
      `Comparison of ${r.new.id}: ${versionText(r.old, lang)} → ${versionText(r.new, lang)}, checked as of ${humanDate(r.asOf, lang)}`,
    ),
  );
  const note = mismatchNote(r, lang);
  if (note) out.push(note);
  out.push('');
  if (r.changes.length === 0)
    out.push(
      tr(
        lang,
        'Inga ändringar: versionerna har samma innehåll (ordningen i listor räknas inte).',
        'No changes: the versions have the same content (the order of lists does not count).',
      ),
    );
  else {
    out.push(`${changeSummary(r, lang)}:`);
    const width = Math.max(...r.changes.map((c) => kindText(c.kind, lang).length));
    r.changes.forEach((c, i) => {
      out.push(...changeLines(r, c, i + 1, lang, width));
    });
  }
  out.push('');
  if (r.obligations.length === 0) out.push(tr(lang, 'Skyldigheter: inget utfall ändras.', 'Obligations: no outcome changes.'));
  else {
    out.push(tr(lang, `Skyldigheter med ändrat utfall (${r.obligations.length}):`, `Obligations whose outcome changes (${r.obligations.length}):`));
    const width = Math.max(...r.obligations.map((o) => movementText(o.movement, lang).length));
    for (const o of r.obligations) {
      out.push(
        `  ${movementText(o.movement, lang).padEnd(width)}  ${o.ruleId} [${o.severity}]: ${outcomeText(o.oldOutcome, lang)} → ${outcomeText(o.newOutcome, lang)} – ${o.title}`,
      );
      out.push(`      ${tr(lang, 'Före', 'Before')}: ${o.oldMessage}`);
      out.push(`      ${tr(lang, 'Nu', 'Now')}: ${o.newMessage}`);
      if (o.causes.length > 0) {
        out.push(
          `      ${tr(lang, 'Orsak', 'Cause')}: ${o.causes.map((i) => `${tr(lang, 'ändring', 'change')} ${i + 1} (${r.changes[i]!.label})`).join('; ')}`,
        );
      } else out.push(`      ${tr(lang, 'Orsak: kan inte knytas till en enskild ändring', 'Cause: cannot be tied to a single change')}`);
      out.push(`      ${tr(lang, 'Källa', 'Source')}: ${o.citation.document} (${o.citation.section}) ${o.citation.url}`);
    }
  }
  out.push('');
  out.push(verdictText(r, lang));
  return out.join('\n') + '\n';
}
