import { defineConfig } from '@playwright/test';

/** End-to-end tests load the built extension (.output/chrome-mv3-e2e) into real Chromium. */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Parallel runs (several people testing at once) can each keep their own artefacts.
  outputDir: process.env.KEYSIDE_TEST_RESULTS ?? 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
