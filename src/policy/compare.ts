/**
 * What `jämför` decides before comparing: that both versions are valid
 * agreements, and that the name on the tracked changes is a name. Each
 * refusal is a value with the lines to tell.
 */
import type { Lang } from '../core/diagnostic.js';
import type { CompareSide } from '../compare/compare.js';
import { formatDiagnosticLine } from '../format/diagnostics.js';
import type { LoadedFile } from './load.js';

const say = (lang: Lang, sv: string, en: string): string => (lang === 'en' ? en : sv);

/** A version that can be compared, or why not: its errors (`file:line:col  message`) and what to do. */
export type Comparable = { readonly ok: true; readonly side: CompareSide } | { readonly ok: false; readonly lines: readonly string[] };

export function comparable(loaded: LoadedFile, lang: Lang): Comparable {
  const { file, result } = loaded;
  if (result.valid && result.agreement) return { ok: true, side: { agreement: result.agreement, locate: result.locate, file } };
  const lines = result.diagnostics.filter((d) => d.severity === 'fel').map((d) => formatDiagnosticLine(file, d));
  lines.push(
    say(
      lang,
      `${file}: ogiltigt avtal – kan inte jämföras förrän valideringsfelen är rättade`,
      `${file}: invalid agreement – cannot be compared until the validation errors are fixed`,
    ),
  );
  return { ok: false, lines };
}

/** Why a name may not stand on the tracked changes and comments (1–200 characters, no control character), or undefined. */
export function authorProblem(author: string, lang: Lang): string | undefined {
  const name = author.trim();
  if (name !== '' && name.length <= 200 && ![...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return undefined;
  return say(
    lang,
    '--författare måste vara ett namn på 1–200 tecken utan styrtecken',
    '--författare must be a name of 1–200 characters without control characters',
  );
}
