/**
 * Fixtures written by a generator are what the generator writes today: the
 * Örebro-mapping set is regenerated into a temporary folder and compared file
 * by file. (The other generated files — schemas, docs, validators, templates —
 * are checked by validate.test.ts and editor-templates.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from './helpers.js';

describe('generated fixtures', () => {
  it('test/fixtures/orebro-mapping is what its generate.mjs writes', () => {
    const here = join(FIXTURES, 'orebro-mapping');
    const fresh = tempDir('samverkan-orebro-');
    execFileSync(process.execPath, [join(here, 'generate.mjs'), fresh], { stdio: 'pipe' });
    const yaml = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort();
    expect(yaml(here)).toEqual(yaml(fresh));
    expect(yaml(fresh)).toHaveLength(20);
    for (const f of yaml(fresh))
      expect(readFileSync(join(here, f), 'utf8'), `${f} is stale: run node test/fixtures/orebro-mapping/generate.mjs`).toBe(
        readFileSync(join(fresh, f), 'utf8'),
      );
  });
});
