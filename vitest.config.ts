import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Builds the sample site once; tests read it through inject('sampleDist').
    globalSetup: ['tests/global-setup.ts'],
    // Property tests draw from a fixed seed unless PROPERTY_SEED says otherwise.
    setupFiles: ['tests/property-seed.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Builds and browsers are heavy on a 2-core machine: run test files one at a time.
    fileParallelism: false,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
