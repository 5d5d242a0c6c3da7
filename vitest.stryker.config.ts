/**
 * The tests Stryker runs against each mutant: those that import the library
 * in-process. Tests that spawn the compiled CLI run dist/, which never holds
 * a mutant, so they could only slow the run down.
 *
 * SAMVERKAN_MUTATE_CHECK=1 leaves out the tests that import only src/core
 * (property, core-diagnostics, careful-scan, markers): they cannot see a
 * mutant in src/check, yet Stryker runs every test for each static mutant (a
 * rule's module-level data). Leaving them out of a run on src/check changes no
 * result, only the time.
 */
const CORE_ONLY = ['test/property.test.ts', 'test/parse-scale.test.ts', 'test/simple-yaml.test.ts', 'test/core*.test.ts', 'test/careful-scan.test.ts', 'test/markers.test.ts'];
const CHECK_ONLY = process.env.SAMVERKAN_MUTATE_CHECK === '1';
/** SAMVERKAN_MUTATE_INCLUDE=a.test.ts,b.test.ts: only these (scripts/mutation-file.mjs, a first look at one file). */
const ONLY_THESE = process.env.SAMVERKAN_MUTATE_INCLUDE?.split(',').filter((f) => f !== '');
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ONLY_THESE ?? [
      'test/check.test.ts',
      'test/check-boundaries.test.ts',
      'test/check-messages.test.ts',
      'test/locations.test.ts',
      'test/codes.test.ts',
      ...(CHECK_ONLY ? [] : CORE_ONLY),
      'test/real.test.ts',
      'test/regions.test.ts',
      'test/vocabulary.test.ts',
    ],
    testTimeout: 60_000,
    pool: 'forks',
    // Stryker's runs with static mutants ignored (SAMVERKAN_MUTATE_FAST=1) need no fresh module
    // graph per test file: a non-static mutant is switched on at run time, not at import.
    isolate: process.env.SAMVERKAN_MUTATE_FAST !== '1',
  },
});
