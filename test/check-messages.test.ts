/**
 * Golden check messages: every finding a reviewer reads, in Swedish and in
 * English, for every agreement in agreements/ and test/fixtures/, and for
 * variants of the shipped examples with one section taken out, marked
 * `ingår inte` or `uppgift saknas`, one key two levels down taken out, one element of a list (or one key of
 * such an element) taken out, or checked on another day. Each case
 * records rule, outcome, severity, place (JSON pointer and line:column) and
 * both messages; a variant records only the findings that differ from its
 * unchanged agreement, so it reads as "this change makes the checker say …".
 *
 * The expected text is test/check-messages.golden.txt. After an intended
 * change, rewrite it with
 *   SAMVERKAN_UPDATE_MESSAGES=1 npx vitest run test/check-messages.test.ts
 * and READ the diff: a changed line must be a change you meant.
 *
 * Each case is its own test, so mutation testing (npm run mutate) runs only
 * the cases that reach a changed line.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAgreement } from '../src/check/index.js';
import type { Finding } from '../src/check/types.js';
import type { Agreement } from '../src/core/model.js';
import { validateAgreementText } from '../src/core/validate.js';
import { AGREEMENTS, FIXTURES, ROOT, parseGolden, place } from './helpers.js';

const GOLDEN = join(ROOT, 'test/check-messages.golden.txt');
const UPDATE = process.env.SAMVERKAN_UPDATE_MESSAGES === '1';
const AS_OF = '2026-03-01';
/** The days the date-aware rules are also read on: before the examples start, late in their term, after it. */
const OTHER_DAYS = ['2025-06-15', '2027-12-31', '2029-01-02', '2031-06-30'];

interface Case {
  title: string;
  text: string;
  asOf: string;
  /** The unchanged agreement: only findings that differ from it are recorded. */
  base?: { text: string; asOf: string };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

const date = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** One finding as the golden file shows it: a head line, then the message in each language. */
function render(sv: Finding, en: Finding): { key: string; text: string } {
  const at = sv.position ? ` ${place(sv.position)}` : '';
  const params = sv.parameters ? ` ${JSON.stringify(sv.parameters)}` : '';
  const waiver = sv.waiver ? ` undantag(${sv.waiver.approvedBy}${sv.waiver.until ? ` till ${sv.waiver.until}` : ''})` : '';
  const head = `${sv.ruleId} ${sv.outcome} ${sv.severity} ${sv.pointer}`;
  const body = `${params}${waiver}\n  sv: ${sv.message}\n  en: ${en.message}\n`;
  // The key leaves out the line: a variant without a section moves every later line.
  return { key: head + body, text: head + at + body };
}

/** Every finding of the agreement in `text` as of `asOf`, in the golden file's form, plus notes and the summary. */
/** Each text is validated once per run (the cases are collected by validating them). */
const validations = new Map<string, ReturnType<typeof validateAgreementText>>();
function validate(text: string): ReturnType<typeof validateAgreementText> {
  const v = validations.get(text) ?? validateAgreementText(text);
  validations.set(text, v);
  return v;
}

function findings(text: string, asOf: string): { key: string; text: string }[] {
  const v = validate(text);
  if (!v.valid || !v.agreement) {
    const line = `ogiltigt: ${v.diagnostics
      .filter((d) => d.severity === 'fel')
      .map((d) => d.message)
      .join(' | ')}\n`;
    return [{ key: line, text: line }];
  }
  const sv = checkAgreement(v.agreement, { asOf: date(asOf), lang: 'sv', locate: v.locate });
  const en = checkAgreement(v.agreement, { asOf: date(asOf), lang: 'en', locate: v.locate });
  expect(en.findings.map((f) => f.ruleId)).toEqual(sv.findings.map((f) => f.ruleId));
  const out = sv.findings.map((f, i) => render(f, en.findings[i]!));
  for (const [i, n] of (sv.notes ?? []).entries()) {
    const head = `not ${n.code}`;
    const body = `\n  sv: ${n.message}\n  en: ${en.notes?.[i]?.message}\n`;
    out.push({ key: head + body, text: `${head} ${place(n.position)}${body}` });
  }
  const summary = `summering ${JSON.stringify(sv.summary)} ${sv.ruleset} ${sv.asOf}\n`;
  out.push({ key: summary, text: summary });
  return out;
}

const baseKeys = new Map<string, Set<string>>();

function section(c: Case): string {
  const now = findings(c.text, c.asOf);
  let before = new Set<string>();
  if (c.base) {
    const id = `${c.base.asOf}\n${c.base.text}`;
    before = baseKeys.get(id) ?? new Set(findings(c.base.text, c.base.asOf).map((f) => f.key));
    baseKeys.set(id, before);
  }
  const changed = now.filter((f) => !before.has(f.key)).map((f) => f.text);
  return changed.length ? changed.join('') : '(inga skillnader)\n';
}

// ---------------------------------------------------------------------------
// The cases

/** Apply an edit to the YAML data of an agreement; undefined when the edit does not apply. */
function edited(text: string, edit: (a: Record<string, unknown>) => boolean): string | undefined {
  const v = validate(text);
  const a = structuredClone(v.agreement) as unknown as Record<string, unknown>;
  return edit(a) ? stringify(a) : undefined;
}

/** Paths of the sections the rules read: each top-level key and each key one level below an object. */
function sectionPaths(a: Agreement): string[][] {
  const paths: string[][] = [];
  for (const [k, v] of Object.entries(a)) {
    if (k === 'ramverk') continue;
    paths.push([k]);
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const k2 of Object.keys(v)) paths.push([k, k2]);
  }
  return paths;
}

/** Keys two levels below an object (`gemensamt_ansvar.föräldrastöd.aktiviteter`): taken out, one at a time. */
function deepPaths(a: Agreement): string[][] {
  const paths: string[][] = [];
  for (const [k, v] of Object.entries(a)) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    for (const [k2, v2] of Object.entries(v)) {
      if (v2 && typeof v2 === 'object' && !Array.isArray(v2)) for (const k3 of Object.keys(v2)) paths.push([k, k2, k3]);
    }
  }
  return paths;
}

function setAt(a: Record<string, unknown>, path: string[], value: unknown): boolean {
  let o: Record<string, unknown> = a;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (!(last in o)) return false;
  if (value === undefined) delete o[last];
  else o[last] = value;
  return true;
}

/** Lists the rules read (top level, or one level below an object), as paths. */
function listPaths(a: Agreement): string[][] {
  const paths: string[][] = [];
  for (const [k, v] of Object.entries(a)) {
    if (Array.isArray(v)) paths.push([k]);
    else if (v && typeof v === 'object') for (const [k2, v2] of Object.entries(v)) if (Array.isArray(v2)) paths.push([k, k2]);
  }
  return paths;
}

function listAt(a: Record<string, unknown>, path: string[]): unknown[] {
  let o: unknown = a;
  for (const k of path) o = (o as Record<string, unknown>)[k];
  return o as unknown[];
}

/**
 * Element variants: each element of each list taken out, and each key of an
 * element that is an object (a base activity without `närvaro`, a party
 * without `nämnd`) taken out.
 */
function elementVariants(agreement: Agreement): { title: string; edit: (a: Record<string, unknown>) => boolean }[] {
  const out: { title: string; edit: (a: Record<string, unknown>) => boolean }[] = [];
  for (const path of listPaths(agreement)) {
    const list = listAt(agreement as unknown as Record<string, unknown>, path);
    for (const [i, element] of list.entries()) {
      const at = `${path.join('.')}[${i}]`;
      out.push({ title: `${at} utan`, edit: (a) => listAt(a, path).splice(i, 1).length === 1 });
      if (!element || typeof element !== 'object' || Array.isArray(element)) continue;
      for (const key of Object.keys(element)) {
        out.push({
          title: `${at}.${key} utan`,
          edit: (a) => delete (listAt(a, path)[i] as Record<string, unknown>)[key],
        });
      }
    }
  }
  return out;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const file of [...yamlFiles(AGREEMENTS), ...yamlFiles(FIXTURES)]) {
    out.push({ title: `${relative(ROOT, file)} per ${AS_OF}`, text: readFileSync(file, 'utf8'), asOf: AS_OF });
  }
  for (const file of yamlFiles(AGREEMENTS)) {
    const name = relative(ROOT, file);
    const text = readFileSync(file, 'utf8');
    for (const day of OTHER_DAYS) out.push({ title: `${name} per ${day}`, text, asOf: day, base: { text, asOf: AS_OF } });
    // The variants are written out by the YAML library, so their unchanged form is too.
    const base = { text: edited(text, () => true)!, asOf: AS_OF };
    const agreement = validate(text).agreement!;
    for (const path of sectionPaths(agreement)) {
      for (const [what, value] of [
        ['utan', undefined],
        ['ingår inte', 'ingår inte'],
        ['uppgift saknas', 'uppgift saknas'],
      ] as const) {
        const changed = edited(text, (a) => setAt(a, path, value));
        // Only variants that are still valid agreements reach the checker.
        if (changed && validate(changed).valid) out.push({ title: `${name}: ${path.join('.')} ${what}`, text: changed, asOf: AS_OF, base });
      }
    }
    for (const path of deepPaths(agreement)) {
      const changed = edited(text, (a) => setAt(a, path, undefined));
      if (changed && validate(changed).valid) out.push({ title: `${name}: ${path.join('.')} utan`, text: changed, asOf: AS_OF, base });
    }
    for (const variant of elementVariants(agreement)) {
      const changed = edited(text, variant.edit);
      if (changed && validate(changed).valid) out.push({ title: `${name}: ${variant.title}`, text: changed, asOf: AS_OF, base });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

const CASES = cases();
const golden = existsSync(GOLDEN) ? parseGolden(readFileSync(GOLDEN, 'utf8')) : new Map<string, string>();
const actual = new Map<string, string>();

describe('check messages (golden: test/check-messages.golden.txt)', () => {
  it('has a golden section for each case and no stale ones', () => {
    const titles = CASES.map((c) => c.title);
    expect(new Set(titles).size, 'case titles are unique').toBe(titles.length);
    if (!UPDATE) expect([...golden.keys()]).toEqual(titles);
  });

  for (const c of CASES) {
    it(c.title, () => {
      const text = section(c).replace(/\n$/, '');
      actual.set(c.title, text);
      if (!UPDATE) expect(text).toBe(golden.get(c.title));
    });
  }

  afterAll(() => {
    if (!UPDATE || actual.size !== CASES.length) return;
    const body = CASES.map((c) => `## ${c.title}\n${actual.get(c.title)}\n`).join('\n');
    writeFileSync(
      GOLDEN,
      `# Every check message, in Swedish and English (test/check-messages.test.ts).\n# Rewrite: SAMVERKAN_UPDATE_MESSAGES=1 npx vitest run test/check-messages.test.ts — then read the diff.\n\n${body}`,
    );
  });
});
