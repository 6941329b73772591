// Which Chromium the browser tests, screenshots and benchmarks launch, and how: the one CHROMIUM_PATH
// names, else the system's (Debian's /usr/bin/chromium), else Playwright's own.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const executablePath = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));

export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // No sandbox as root in a container; no GPU here; no calls home, which this network refuses.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};
