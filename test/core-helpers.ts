/** What the in-process core tests compare: each diagnostic as one line, and the value validation read. */
import type { Diagnostic } from '../src/core/diagnostic.js';
import { validateAgreementText } from '../src/core/validate.js';
import { place } from './helpers.js';

/** Each diagnostic as the golden files write it: code, (severity,) place, pointer, message and hint. */
export function said(ds: readonly Diagnostic[], options: { severity?: boolean } = {}): string[] {
  return ds.map((d) => `${d.code}${options.severity ? ` ${d.severity}` : ''} ${place(d.range)} ${d.pointer} ${d.message}${d.hint ? ` [${d.hint}]` : ''}`);
}

/** The value validation read at a path (after the Swedish forms were accepted), and whether the agreement is valid. */
export function readAt(text: string, ...path: (string | number)[]): { valid: boolean; value: unknown } {
  const r = validateAgreementText(text);
  let v: unknown = r.value;
  for (const p of path) v = (v as Record<string | number, unknown>)[p];
  return { valid: r.valid, value: v };
}
