/**
 * `samverkan check --format sarif`: SARIF 2.1.0 for code-scanning tools.
 * The driver lists every rule of every ruleset with its help URI (the cited
 * source); results are the unmet findings (waived ones carry an accepted
 * suppression) and the validation errors of invalid files.
 */
import type { Lang, Position, Range, Severity } from '../core/diagnostic.js';
import { allRules, RULESETS } from '../check/rulesets.js';
import type { RuleDefinition } from '../check/rule.js';
import type { CheckReport } from './check-report.js';
import { jsonSafe, uriPath } from './sanitize.js';
import type { FormatterOptions } from './formatter.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { fel: 'error', varning: 'warning', info: 'note' };

const VALIDATION_RULE_ID = 'samverkan.validering';

export interface SarifOptions extends FormatterOptions {
  /** The tool version named in the log (default: samverkan's own). */
  toolVersion?: string;
  informationUri?: string;
}

function descriptor(rule: RuleDefinition, lang: Lang) {
  const usedIn = Object.values(RULESETS)
    .filter((rs) => rs.entries.some((e) => e.rule.id === rule.id))
    .map((rs) => rs.id);
  const c = rule.citation;
  return {
    id: rule.id,
    name: rule.id.replace(/[^A-Za-z0-9]+/g, '_'),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: `${rule.title[lang]}. ${lang === 'en' ? 'Source' : 'Källa'}: ${c.document}; ${c.section}.` },
    helpUri: c.url,
    help: { text: `${c.document}; ${c.section}. ${c.url}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      severity: rule.severity,
      basis: rule.basis,
      rulesets: usedIn,
      parameters: Object.fromEntries(rule.parameters.map((p) => [p.name, p.default])),
    },
  };
}

export function formatCheckSarif(report: CheckReport, options: SarifOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const rules = allRules();
  const descriptors = [
    ...rules.map((r) => descriptor(r, lang)),
    {
      id: VALIDATION_RULE_ID,
      name: 'validering',
      shortDescription: { text: lang === 'en' ? 'The agreement is valid against its framework schema' : 'Avtalet är giltigt mot ramverkets schema' },
      defaultConfiguration: { level: 'error' as const },
    },
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: Record<string, unknown>[] = [];
  const location = (file: string, pos?: Position, range?: Range) => ({
    physicalLocation: {
      artifactLocation: { uri: uriPath(file) },
      ...(pos ? { region: { startLine: pos.line, startColumn: pos.col, ...(range ? { endLine: range.end.line, endColumn: range.end.col } : {}) } } : {}),
    },
  });
  for (const f of report.files) {
    if (!f.result) {
      for (const d of f.diagnostics.filter((x) => x.severity === 'fel')) {
        results.push({
          ruleId: VALIDATION_RULE_ID,
          ruleIndex: index.get(VALIDATION_RULE_ID),
          level: 'error',
          message: { text: d.hint ? `${d.message} (${d.hint})` : d.message },
          locations: [location(f.file, d.position, d.range)],
          properties: { code: d.code, pointer: d.pointer },
        });
      }
      continue;
    }
    for (const x of f.result.findings) {
      if (x.outcome !== 'ej_uppfyllt' && x.outcome !== 'ej_bedömt' && x.outcome !== 'undantaget') continue;
      results.push({
        ruleId: x.ruleId,
        ruleIndex: index.get(x.ruleId),
        level: LEVEL[x.severity],
        message: { text: x.message },
        locations: [location(f.file, x.position, x.range)],
        ...(x.locations
          ? { relatedLocations: x.locations.map((l, i) => ({ id: i + 1, ...location(f.file, l.position, l.range), message: { text: l.message } })) }
          : {}),
        ...(x.waiver
          ? {
              suppressions: [
                {
                  kind: 'external',
                  status: 'accepted',
                  justification: `${x.waiver.reason} (${x.waiver.approvedBy}${x.waiver.until ? `, ${x.waiver.until}` : ''})`,
                },
              ],
            }
          : {}),
        properties: { pointer: x.pointer, ruleset: f.result.ruleset, citation: x.citation, ...(x.parameters ? { parameters: x.parameters } : {}) },
      });
    }
  }
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'samverkan',
            version: options.toolVersion ?? VERSION,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful: true, properties: { asOf: report.asOf, failOn: report.failOn } }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return jsonSafe(JSON.stringify(doc, null, 2)) + '\n';
}
