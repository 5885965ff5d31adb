/**
 * Playwright config for the client benchmark (a script, not a test: it prints figures and never
 * asserts timings). Same Debian Chromium and real-server fixture as the e2e tests.
 * BENCH_SMOKE=1 runs two small boards for about a second per gesture.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.js';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 600_000,
  reporter: [['list']],
  outputDir: '../test-results/bench',
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    trace: 'off',
    video: 'off',
  },
});
