/**
 * What `render` decides for each agreement, as values: whether it is
 * rendered at all (invalid, a second file for the same document, refused as
 * final version), what a final document records, whether an existing file
 * may be replaced, and the lines the user is told. The CLI prints these; the
 * browser editor and other programs decide the same way.
 */
import { checkAgreement, parseIsoDate } from '../check/index.js';
import type { Lang } from '../core/diagnostic.js';
import type { Agreement } from '../core/model.js';
import type { ValidationResult } from '../core/validate.js';
import { formatDiagnosticLine } from '../format/diagnostics.js';
import { finalGate, type FinalGate } from '../render/final.js';
import { documentFileName, type FinalCheck, type SealState, type TemplateProblem } from '../render/index.js';
import { EXIT, type ExitStatus } from './status.js';

export interface RenderRequest {
  /** The date the document is drafted (and, for a final version, checked) as of: ISO `YYYY-MM-DD`. */
  readonly asOf: string;
  /** `--slutlig`: the final version, only when the check finds no error in the content. */
  readonly final?: boolean;
  readonly lang: Lang;
  /** How a document's file name is shown to the user (the CLI: its path below the output folder). Default: the name. */
  readonly show?: (fileName: string) => string;
}

/** Per agreement: render it (with the final version's record), or why not, with the lines to tell and the exit status. */
export type RenderDecision =
  | { readonly kind: 'render'; readonly agreement: Agreement; readonly fileName: string; readonly final?: FinalCheck }
  | { readonly kind: 'invalid' | 'duplicate'; readonly status: ExitStatus; readonly lines: readonly string[] }
  | { readonly kind: 'refused'; readonly status: ExitStatus; readonly lines: readonly string[]; readonly gate: Extract<FinalGate, { allowed: false }> };

const say = (lang: Lang, sv: string, en: string): string => (lang === 'en' ? en : sv);

/**
 * Decide one agreement of a run. `written` maps each document file name
 * decided so far to the file it came from (a second file for the same
 * document is refused, naming the first) and is updated.
 */
export function decideRender(file: string, result: ValidationResult, request: RenderRequest, written: Map<string, string>): RenderDecision {
  const { lang } = request;
  if (!result.valid || !result.agreement) {
    const lines = result.diagnostics.map((d) => formatDiagnosticLine(file, d));
    lines.push(say(lang, `${file}: ogiltigt avtal, inget dokument skrevs`, `${file}: invalid agreement, no document written`));
    return { kind: 'invalid', status: EXIT.findings, lines };
  }
  const agreement = result.agreement;
  const fileName = documentFileName(agreement);
  const earlier = written.get(fileName);
  if (earlier !== undefined) {
    const shown = (request.show ?? ((n: string) => n))(fileName);
    const id = agreement.avtal.id;
    const line = say(
      lang,
      `${file}: samma avtals-id "${id}" som ${earlier}; ${shown} skrivs bara en gång`,
      `${file}: the same agreement id "${id}" as ${earlier}; ${shown} is written only once`,
    );
    return { kind: 'duplicate', status: EXIT.findings, lines: [line] };
  }
  written.set(fileName, file);
  if (!request.final) return { kind: 'render', agreement, fileName };
  const check = checkAgreement(agreement, { asOf: parseIsoDate(request.asOf)!, lang, locate: result.locate, locateRange: result.locateRange });
  const gate = finalGate(check);
  if (!gate.allowed) return { kind: 'refused', status: EXIT.findings, lines: finalRefusalLines(file, gate, lang), gate };
  return { kind: 'render', agreement, fileName, final: gate.final };
}

/**
 * Why a final version was refused, as lines for the user: each blocking
 * finding at `file:line:col`, then what to do. `file` is the name shown.
 */
export function finalRefusalLines(file: string, gate: Extract<FinalGate, { allowed: false }>, lang: Lang): string[] {
  const lines = gate.blocking.map((f) => `${f.position ? `${file}:${f.position.line}:${f.position.col}` : file}  ${f.message}  (${f.ruleId})`);
  const n = gate.blocking.length;
  lines.push(
    lang === 'en'
      ? `${file}: cannot be the final version – the check against ${gate.ruleset} as of ${gate.asOf} found ${n} error(s). Fix the agreement, or approve a deviation under avvikelser:, and try again. A draft is written without --slutlig.`
      : `${file}: kan inte bli slutlig version – granskningen mot ${gate.ruleset} per ${gate.asOf} hittade ${n} fel. Rätta avtalet, eller godkänn en avvikelse under avvikelser:, och försök igen. Ett utkast skrivs utan --slutlig.`,
  );
  return lines;
}

/** Whether a document may be written where a file may already lie: never silently over one samverkan did not write unchanged. */
export type OverwriteDecision =
  | { readonly write: true; readonly overwrite: boolean; readonly replacedIntact: boolean }
  | { readonly write: false; readonly status: ExitStatus; readonly line: string };

/**
 * `existing`: the seal of the file at the target (`undefined` when there is
 * none). Only a file samverkan wrote and nobody changed is replaced, or any
 * file with `force`.
 */
export function overwriteDecision(existing: SealState | undefined, force: boolean, shown: string, lang: Lang): OverwriteDecision {
  if (existing === undefined) return { write: true, overwrite: false, replacedIntact: false };
  if (existing === 'intact') return { write: true, overwrite: true, replacedIntact: true };
  if (force) return { write: true, overwrite: true, replacedIntact: false };
  const line =
    existing === 'changed'
      ? say(
          lang,
          `${shown}: filen har ändrats sedan samverkan skrev den (t.ex. i Word) och skrivs inte över. Spara den under ett annat namn, eller kör igen med --force för att ersätta den.`,
          `${shown}: the file has been changed since samverkan wrote it (e.g. in Word) and is not overwritten. Save it under another name, or run again with --force to replace it.`,
        )
      : say(
          lang,
          `${shown}: filen är inte skriven av samverkan, eller har sparats om i Word eller LibreOffice, och skrivs inte över. Spara den under ett annat namn, eller kör igen med --force för att ersätta den.`,
          `${shown}: the file was not written by samverkan, or was saved again in Word or LibreOffice, and is not overwritten. Save it under another name, or run again with --force to replace it.`,
        );
  return { write: false, status: EXIT.findings, line };
}

/** The line for a written document: `file → out/x.docx (utkast 2026-03-01)`, or that an identical one was already there. */
export function writtenLine(
  file: string,
  shown: string,
  written: { readonly final?: FinalCheck; readonly asOf: string; readonly identical?: boolean },
  lang: Lang,
): string {
  if (written.identical) return say(lang, `${file} → ${shown} (redan skriven, identisk)`, `${file} → ${shown} (already written, identical)`);
  const { final, asOf } = written;
  return say(
    lang,
    `${file} → ${shown} (${final ? `slutlig version, granskad mot ${final.ruleset}` : `utkast ${asOf}`})`,
    `${file} → ${shown} (${final ? `final version, checked against ${final.ruleset}` : `draft ${asOf}`})`,
  );
}

/** A template problem as `dir/template:line:col  message` (`dir` as shown to the user). */
export function templateProblemLine(dir: string, p: TemplateProblem): string {
  return `${dir}/${p.template}:${p.line}:${p.col}  ${p.message}`;
}
