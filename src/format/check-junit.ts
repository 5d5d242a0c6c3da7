/**
 * `samverkan check --format junit`: JUnit XML as CI servers read it (Jenkins,
 * GitLab, Azure DevOps): one <testsuite> per agreement, one <testcase> per
 * rule. A finding that fails the run (--fail-on) is a <failure>; waived and
 * not-applicable rules are <skipped>; an invalid file is one failing case.
 */
import { xmlText } from './sanitize.js';
import type { FormatterOptions } from './formatter.js';
import { formatDiagnosticLine } from './diagnostics.js';
import { isFailing, locationLines, noteFails, outcomeLabel, placeOf, severityLabel, type CheckReport } from './check-report.js';

/** Escape text for XML content and attributes: control, bidi and non-characters shown as `\uXXXX`, line breaks kept. */
function xmlEscape(s: string): string {
  return s
    .split('\n')
    .map((line) => xmlText(line))
    .join('\n');
}

interface Case {
  name: string;
  classname: string;
  file: string;
  line?: number;
  failure?: { message: string; type: string; body: string };
  skipped?: string;
  systemOut?: string;
}

function renderCase(c: Case): string {
  const attrs = `name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" file="${xmlEscape(c.file)}"${c.line !== undefined ? ` line="${c.line}"` : ''}`;
  const inner: string[] = [];
  if (c.failure)
    inner.push(`      <failure message="${xmlEscape(c.failure.message)}" type="${xmlEscape(c.failure.type)}">${xmlEscape(c.failure.body)}</failure>`);
  if (c.skipped !== undefined) inner.push(`      <skipped message="${xmlEscape(c.skipped)}"/>`);
  if (c.systemOut) inner.push(`      <system-out>${xmlEscape(c.systemOut)}</system-out>`);
  if (inner.length === 0) return `    <testcase ${attrs}/>`;
  return `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>`;
}

export function formatCheckJunit(report: CheckReport, options: FormatterOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const tr = (sv: string, en: string) => (lang === 'en' ? en : sv);
  const suites: { name: string; cases: Case[]; properties: [string, string][] }[] = [];
  for (const f of report.files) {
    const classname = f.file.replace(/\.ya?ml$/i, '').replace(/[\\/]/g, '.');
    if (!f.result) {
      const errors = f.diagnostics.filter((d) => d.severity === 'fel');
      suites.push({
        name: f.file,
        properties: [],
        cases: [
          {
            name: tr('validering', 'validation'),
            classname,
            file: f.file,
            ...(errors[0]?.position ? { line: errors[0].position.line } : {}),
            failure: {
              message: tr(
                `Ogiltigt avtal: ${errors.length} valideringsfel`,
                `Invalid agreement: ${errors.length} validation error${errors.length === 1 ? '' : 's'}`,
              ),
              type: 'validering',
              body: errors.map((d) => formatDiagnosticLine(f.file, d)).join('\n'),
            },
          },
        ],
      });
      continue;
    }
    const cases: Case[] = f.result.findings.map((x) => {
      // A rule that found several failures: each at its place on a line of its own.
      const where = x.locations ? locationLines(f.file, x).join('\n') : `${placeOf(f.file, x.position)}  ${x.message}`;
      const source = `${tr('Källa', 'Source')}: ${x.citation.document}; ${x.citation.section}. ${x.citation.url}`;
      const base: Case = { name: `${x.ruleId} – ${x.title}`, classname, file: f.file, ...(x.position ? { line: x.position.line } : {}) };
      if (isFailing(x, report.failOn)) {
        return { ...base, failure: { message: x.message, type: x.severity, body: `${where}\n${source}` } };
      }
      if (x.outcome === 'undantaget' || x.outcome === 'ej_tillämpligt') return { ...base, skipped: `${outcomeLabel(x.outcome, lang)}: ${x.message}` };
      if (x.outcome === 'ej_uppfyllt' || x.outcome === 'ej_bedömt') return { ...base, systemOut: `${severityLabel(x.severity, lang)}: ${where}\n${source}` };
      return base;
    });
    for (const n of f.result.notes ?? []) {
      const line = formatDiagnosticLine(f.file, n);
      cases.push({
        name: `${n.code}`,
        classname,
        file: f.file,
        ...(n.position ? { line: n.position.line } : {}),
        ...(noteFails(n, report.failOn)
          ? { failure: { message: n.message, type: n.severity, body: line } }
          : { systemOut: `${severityLabel(n.severity, lang)}: ${line}` }),
      });
    }
    suites.push({
      name: f.file,
      cases,
      properties: [
        ['ramverk', f.result.ramverk],
        ['ruleset', f.result.ruleset],
        ['asOf', f.result.asOf],
      ],
    });
  }
  const count = (cs: Case[]) => ({ tests: cs.length, failures: cs.filter((c) => c.failure).length, skipped: cs.filter((c) => c.skipped !== undefined).length });
  const all = suites.flatMap((s) => s.cases);
  const tot = count(all);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="samverkan check" tests="${tot.tests}" failures="${tot.failures}" errors="0" skipped="${tot.skipped}">`,
  ];
  for (const s of suites) {
    const c = count(s.cases);
    lines.push(`  <testsuite name="${xmlEscape(s.name)}" tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}">`);
    if (s.properties.length > 0) {
      lines.push('    <properties>');
      for (const [k, v] of s.properties) lines.push(`      <property name="${xmlEscape(k)}" value="${xmlEscape(v)}"/>`);
      lines.push('    </properties>');
    }
    for (const c of s.cases) lines.push(renderCase(c));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
