import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time on two cores: many tests wait on a spawned CLI, LibreOffice or chromium, so
    // vitest's default of one worker per core less one leaves a core idle (docs/testing.md).
    maxWorkers: 2,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
