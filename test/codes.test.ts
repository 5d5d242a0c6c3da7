/**
 * The closed catalogue of diagnostic codes (src/core/codes.ts): every
 * example, run through the library (or, for the command line's own codes,
 * through `samverkan validate`), really gives its code; every code has such
 * an example; docs/koder.md is what the generator writes now.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostic.js';
import {
  CODES,
  DIAGNOSTIC_CODES,
  EXAMPLE_AGREEMENT,
  EXAMPLE_AS_OF,
  exampleText,
  severitiesOf,
  type CodeExample,
  type DiagnosticCode,
} from '../src/core/codes.js';
import { MESSAGES } from '../src/core/messages.js';
import { validateAgreementBytes } from '../src/core/validate.js';
import { checkAgreement } from '../src/check/index.js';
import { parseIsoDate } from '../src/core/dates.js';
import { renderAgreement, templateSet } from '../src/render/index.js';
import { loadTemplateTexts } from '../src/node/templates.js';
import { generatedFiles } from '../src/generated.js';
import { cli, ROOT, tempDir } from './helpers.js';

/** Windows-1252 for the characters an example uses (Latin-1 below 0x100), UTF-16LE with its byte-order mark. */
function encode(text: string, encoding?: 'windows-1252' | 'utf-16le'): Uint8Array {
  if (encoding === 'windows-1252') return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  if (encoding === 'utf-16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    return out;
  }
  return new TextEncoder().encode(text);
}

function bytesOf(example: CodeExample): Uint8Array | undefined {
  if (example.kind === 'bytes') return Uint8Array.from(example.bytes);
  if (example.kind === 'large') return new TextEncoder().encode(EXAMPLE_AGREEMENT + '#'.repeat(example.size - EXAMPLE_AGREEMENT.length));
  const text = exampleText(example);
  if (text === undefined) return undefined;
  return encode(text, example.kind === 'text' ? example.encoding : undefined);
}

/** The codes an agreement example gives: validation, then the check when valid, then the document when asked for. */
async function agreementCodes(example: CodeExample, bytes: Uint8Array): Promise<Pick<Diagnostic, 'code' | 'severity'>[]> {
  const v = validateAgreementBytes(bytes);
  const out: Pick<Diagnostic, 'code' | 'severity'>[] = [...v.diagnostics];
  if (!v.agreement) return out;
  const checked = checkAgreement(v.agreement, { asOf: parseIsoDate(EXAMPLE_AS_OF)!, locate: v.locate });
  out.push(...(checked.notes ?? []));
  if ('render' in example && example.render) {
    const r = await renderAgreement(v.agreement, { templates: loadTemplateTexts(), asOf: EXAMPLE_AS_OF });
    out.push(...r.diagnostics);
  }
  return out;
}

function templateCodes(example: Extract<CodeExample, { kind: 'template' }>): DiagnosticCode[] {
  const set = templateSet({ ...example.templates });
  if (example.render !== undefined) {
    const p = set.render(example.framework, example.render, {}).problem;
    return p ? [p.code] : [];
  }
  return set.problems(example.framework).map((p) => p.code);
}

function cliCodes(example: Extract<CodeExample, { kind: 'files' }>): DiagnosticCode[] {
  const dir = tempDir('samverkan-codes-');
  for (const [name, text] of Object.entries(example.files)) writeFileSync(join(dir, name), text);
  for (const [name, target] of Object.entries(example.links ?? {})) symlinkSync(target, join(dir, name));
  const r = cli(['validate', '.', '--format', 'json'], { cwd: dir });
  const doc = JSON.parse(r.stdout) as { files: { diagnostics: { code: DiagnosticCode }[] }[] };
  return doc.files.flatMap((f) => f.diagnostics.map((d) => d.code));
}

async function codesOf(example: CodeExample): Promise<DiagnosticCode[]> {
  if (example.kind === 'template') return templateCodes(example);
  if (example.kind === 'files') return cliCodes(example);
  const found = await agreementCodes(example, bytesOf(example)!);
  // The level a code is reported at is one the catalogue gives for it.
  for (const d of found) expect(severitiesOf(d.code), d.code).toContain(d.severity);
  return found.map((d) => d.code);
}

describe('the catalogue of diagnostic codes', () => {
  const withExample = DIAGNOSTIC_CODES.filter((c) => 'example' in CODES[c]);

  it.each(withExample)('the example of %s gives that code', async (code) => {
    const example = (CODES[code] as { example: CodeExample }).example;
    expect(await codesOf(example)).toContain(code);
  });

  it('every code has an example, except the one defensive fallback, which says why', () => {
    const without = DIAGNOSTIC_CODES.filter((c) => !('example' in CODES[c]));
    expect(without).toEqual(['schema.other']);
    for (const c of without) expect((CODES[c] as { reason?: { sv: string } }).reason?.sv).toMatch(/ingen fil/);
  });

  it('every message of the reader and validator is a catalogued code, and each code has one level at least', () => {
    for (const code of Object.keys(MESSAGES)) expect(DIAGNOSTIC_CODES).toContain(code);
    for (const code of DIAGNOSTIC_CODES) expect(severitiesOf(code).length).toBeGreaterThan(0);
  });

  it('an example that changes the example agreement changes text that is there', () => {
    for (const code of withExample) {
      const example = (CODES[code] as { example: CodeExample }).example;
      if (example.kind === 'change') expect(EXAMPLE_AGREEMENT, code).toContain(example.from);
    }
  });

  it('the example agreement itself gives no diagnostic at all', async () => {
    expect(await agreementCodes({ kind: 'text', text: EXAMPLE_AGREEMENT }, new TextEncoder().encode(EXAMPLE_AGREEMENT))).toEqual([]);
  });

  it('docs/koder.md is what the generator writes from the catalogue', () => {
    const generated = generatedFiles()['docs/koder.md'];
    expect(generated).toBeDefined();
    expect(readFileSync(join(ROOT, 'docs/koder.md'), 'utf8')).toBe(generated);
    for (const code of DIAGNOSTIC_CODES) expect(generated, code).toContain(`\`${code}\``);
  });

  it('a diagnostic with a code that is not in the catalogue does not compile', () => {
    const file = join(ROOT, 'test/closed-codes.virtual.ts');
    const source = [
      "import type { Diagnostic } from '../src/core/diagnostic.js';",
      "export const known: Diagnostic = { code: 'schema.required', severity: 'fel', message: '', pointer: '' };",
      "export const unknown: Diagnostic = { code: 'schema.nonsense', severity: 'fel', message: '', pointer: '' };",
    ].join('\n');
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version, ...rest) => (name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === file || fileExists(name);
    const program = ts.createProgram([file], options, host);
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
    expect(errors.map((d) => [d.file!.getLineAndCharacterOfPosition(d.start!).line + 1, ts.flattenDiagnosticMessageText(d.messageText, ' ')])).toEqual([
      [3, expect.stringContaining('"schema.nonsense"')],
    ]);
  });
});
