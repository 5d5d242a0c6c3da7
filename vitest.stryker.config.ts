/**
 * The tests Stryker runs against each mutant: those that import the library
 * in-process. Tests that spawn the compiled CLI run dist/, which never holds
 * a mutant, so they could only slow the run down.
 *
 * SAMVERKAN_MUTATE_CHECK=1 leaves out test/property.test.ts: it imports only
 * src/core (parse and validate), so it cannot see a mutant in src/check, yet
 * Stryker runs every test for each static mutant (a rule's module-level data).
 * Leaving it out of a run on src/check changes no result, only the time.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/check.test.ts',
      'test/check-boundaries.test.ts',
      'test/check-messages.test.ts',
      'test/core*.test.ts',
      ...(process.env.SAMVERKAN_MUTATE_CHECK === '1' ? [] : ['test/property.test.ts']),
      'test/real.test.ts',
      'test/regions.test.ts',
      'test/careful-scan.test.ts',
      'test/markers.test.ts',
      'test/vocabulary.test.ts',
    ],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
