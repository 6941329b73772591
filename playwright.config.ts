// End-to-end tests run against the production build in Chromium. The browser is the system's
// Chromium when there is one (or the one CHROMIUM_PATH names), Playwright's own otherwise.
import { defineConfig, devices } from '@playwright/test';
import { APP, PORTS } from './e2e/origins';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // A test's time limit catches a hang, never a slow machine: CI's shared machine has run the
  // suite up to twice as slow as a quiet one, where 30 s was once overrun. Speed is the bench's job.
  timeout: 60_000,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: APP,
    // Dates follow the browser's locale; the specs expect day-month-year English.
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORTS.app} --strictPort`,
      url: APP,
      // Never test a server this run did not start: it may be another checkout's build.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The embed tests' host page, on another port: another origin than the app.
      command: `node e2e/host/server.mjs`,
      url: `http://127.0.0.1:${PORTS.host}/index.html?src=about:blank`,
      env: { PORTS: `${PORTS.host},${PORTS.stranger}` },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
