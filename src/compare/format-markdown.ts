/** `samverkan jämför --format markdown`: the comparison for a pull request or a report. */
import { humanDate } from '../core/dates.js';
import {
  changeSummary,
  kindText,
  mismatchNote,
  movementText,
  outcomeText,
  placeText,
  shortValue,
  tr,
  trimmedParts,
  verdictText,
  versionText,
} from './present.js';
import type { FormatOptions } from './format-text.js';
import type { ComparisonResult, WordPart } from './types.js';

/** Text that Markdown must not read as markup, in a table cell. */
function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** Removed words struck through, added words in bold; the spaces around a change stay outside its markers. */
function words(parts: readonly WordPart[]): string {
  return trimmedParts(parts)
    .map((p) => {
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text) ?? [];
      if (p.op === 'lika' || core === '') return md(p.text);
      const marker = p.op === 'bort' ? '~~' : '**';
      return `${lead}${marker}${md(core)}${marker}${trail}`;
    })
    .join('')
    .replace(/~~\*\*/g, '~~ **')
    .replace(/\s+/g, ' ')
    .trim();
}

export function formatComparisonMarkdown(r: ComparisonResult, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const out: string[] = [];
  out.push(`# ${tr(lang, 'Jämförelse', 'Comparison')}: ${md(r.new.id)}`);
  out.push('');
  out.push(
    tr(
      lang,
      `${md(versionText(r.old, lang))} → ${md(versionText(r.new, lang))}, båda granskade per ${humanDate(r.asOf, lang)}.`,
      `${md(versionText(r.old, lang))} → ${md(versionText(r.new, lang))}, both checked as of ${humanDate(r.asOf, lang)}.`,
    ),
  );
  const note = mismatchNote(r, lang);
  if (note) out.push('', md(note));
  out.push('');
  out.push(`## ${tr(lang, 'Ändringar', 'Changes')}`);
  out.push('');
  if (r.changes.length === 0) out.push(tr(lang, 'Inga ändringar.', 'No changes.'));
  else {
    out.push(`${changeSummary(r, lang)}.`);
    out.push('');
    out.push(
      `| # | ${tr(lang, 'Ändring', 'Change')} | ${tr(lang, 'Fält', 'Field')} | ${tr(lang, 'Före → nu', 'Before → now')} | ${tr(lang, 'Plats', 'Place')} |`,
    );
    out.push('|---|---|---|---|---|');
    r.changes.forEach((c, i) => {
      const what = c.words
        ? words(c.words)
        : c.kind === 'ändrat'
          ? `${md(shortValue(c.old, lang))} → ${md(shortValue(c.new, lang))}`
          : md(shortValue(c.kind === 'tillagt' ? c.new : c.old, lang));
      const where = `${md(placeText(r.old.file, tr(lang, 'gammal', 'old'), c.oldPosition))} → ${md(placeText(r.new.file, tr(lang, 'ny', 'new'), c.newPosition))}`;
      out.push(`| ${i + 1} | ${kindText(c.kind, lang)} | ${md(c.label)} (\`${c.field.replace(/`/g, "'")}\`) | ${what} | ${where} |`);
    });
  }
  out.push('');
  out.push(`## ${tr(lang, 'Skyldigheter med ändrat utfall', 'Obligations whose outcome changes')}`);
  out.push('');
  if (r.obligations.length === 0) out.push(tr(lang, 'Inget utfall ändras.', 'No outcome changes.'));
  for (const o of r.obligations) {
    const causes =
      o.causes.length > 0
        ? `${tr(lang, 'ändring', 'change')} ${o.causes.map((i) => `${i + 1} (${md(r.changes[i]!.label)})`).join('; ')}`
        : tr(lang, 'kan inte knytas till en enskild ändring', 'cannot be tied to a single change');
    out.push(
      `- **${movementText(o.movement, lang)}** \`${o.ruleId}\` (${o.severity}): ${outcomeText(o.oldOutcome, lang)} → ${outcomeText(o.newOutcome, lang)} – ${md(o.title)}`,
    );
    out.push(`  - ${tr(lang, 'Nu', 'Now')}: ${md(o.newMessage)}`);
    out.push(`  - ${tr(lang, 'Orsak', 'Cause')}: ${causes}`);
    out.push(`  - ${tr(lang, 'Källa', 'Source')}: [${md(o.citation.document)} (${md(o.citation.section)})](${o.citation.url})`);
  }
  out.push('');
  out.push(`**${verdictText(r, lang)}**`);
  return out.join('\n') + '\n';
}
