// End-to-end tests run against the production build in Chromium. The browser is the system's
// Chromium when there is one (or the one CHROMIUM_PATH names), Playwright's own otherwise.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium';
const PORT = 4173;
const HOST_PORT = 4174;
const STRANGER_PORT = 4175;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
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
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The embed tests' host page, on another port: another origin than the app.
      command: `node e2e/host/server.mjs`,
      url: `http://127.0.0.1:${HOST_PORT}/index.html?src=about:blank`,
      env: { PORTS: `${HOST_PORT},${STRANGER_PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
