/**
 * The domain vocabulary (src/core): each fact has one home, and the commands
 * that use it agree. The boundaries of every vocabulary function are pinned
 * here; the consumers (check, report, compare, the CLI) are run on the same
 * input and must say the same thing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS, cli, mutate, tempDir } from './helpers.js';

/** Today's date as the CLI sees it (local calendar day), computed here, not pinned. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('"today" is the start of the day in every command', () => {
  it('an agreement ending today is in force in check and in report, without --as-of', () => {
    const today = todayIso();
    const dir = tempDir();
    const source = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
    const endsToday = mutate(
      mutate(source, '    till: 2028-12-31\n    förlängning:                # valfri automatisk förlängning\n      år: 2\n      gånger: 1\n', `    till: ${today}\n`),
      '    från: 2026-01-01\n',
      '    från: 2020-01-01\n',
    );
    const file = join(dir, 'slutar-idag.yaml');
    writeFileSync(file, endsToday);

    const check = cli(['check', file, '--format', 'json']);
    const checked = JSON.parse(check.stdout) as { asOf: string; files: { findings: { ruleId: string; outcome: string; message: string }[] }[] };
    expect(checked.asOf).toBe(today);
    const inForce = checked.files[0]!.findings.find((f) => f.ruleId === 'gemensam.giltighet')!;
    expect(inForce.outcome).toBe('uppfyllt');
    expect(inForce.message).toMatch(/^Avtalet gäller till /);

    const report = cli(['report', file, '--format', 'json']);
    expect(report.code).toBe(0);
    const r = JSON.parse(report.stdout) as { asOf: string; centres: { giltighet: string; giltigTill: string }[]; rules: { ruleId: string; uppfyllt: number; ej_uppfyllt: number }[] };
    expect(r.asOf).toBe(today);
    expect(r.centres[0]!.giltigTill).toBe(today);
    expect(r.centres[0]!.giltighet).toBe('löper_ut');
    const tally = r.rules.find((t) => t.ruleId === 'gemensam.giltighet')!;
    expect({ uppfyllt: tally.uppfyllt, ej_uppfyllt: tally.ej_uppfyllt }).toEqual({ uppfyllt: 1, ej_uppfyllt: 0 });
  });
});
