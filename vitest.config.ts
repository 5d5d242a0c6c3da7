import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Three files at a time on two cores: many tests wait on a spawned CLI, LibreOffice or chromium, so
    // fewer workers leave a core idle. Measured on this machine, quiet, 2,650 tests: 4:18 with two,
    // 3:16 with three (docs/testing.md).
    maxWorkers: 3,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
