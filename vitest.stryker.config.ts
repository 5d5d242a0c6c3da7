/**
 * The tests Stryker runs against each mutant: those that import the library
 * in-process. Tests that spawn the compiled CLI run dist/, which never holds
 * a mutant, so they could only slow the run down.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/check.test.ts',
      'test/check-boundaries.test.ts',
      'test/check-messages.test.ts',
      'test/core*.test.ts',
      'test/property.test.ts',
      'test/real.test.ts',
      'test/regions.test.ts',
    ],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
