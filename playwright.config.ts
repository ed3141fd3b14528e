import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { WORKSHOP_PORT, WORKSHOP_URL } from './e2e/workshop-server';

// Use Playwright's own browser when it is installed, else the system Chromium.
const bundled = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
})();
const executablePath =
  process.env['CHROME_PATH'] ?? (bundled && existsSync(bundled) ? undefined : '/usr/bin/chromium');
// E2E_PORT lets several checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env['E2E_PORT'] ?? 4391);

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.cache/test-reports/e2e.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, locale: 'en-GB' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.mjs ${PORT}`,
      url: `http://127.0.0.1:${PORT}/en/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The workshop server on the node-adapter build (`npm test` builds it; by hand:
      // WORKSHOP_BUILD=1 npx astro build), with a fresh temporary data directory. Failed look-ups
      // are limited loosely: tests try wrong codes on purpose from one address.
      command: `tsx scripts/workshop.ts --no-build --temp-data --port ${WORKSHOP_PORT}`,
      url: `${WORKSHOP_URL}/en/`,
      env: { WORKSHOP_LIMIT_FAILURE_BURST: '1000', WORKSHOP_LIMIT_FAILURE_PER_SECOND: '100' },
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
