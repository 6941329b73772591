// The production build runs under its Content-Security-Policy, which blocks inline script and eval.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { INTERVIEW, OPENING, mediaDataset } from './mediaDataset';

test('the app works under its Content-Security-Policy and nothing violates it', async ({
  page,
  timelinePage,
}) => {
  await recordViolations(page);
  await timelinePage.open('?event=trump-rally-threatens-aid');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'/,
  );
  await expect(timelinePage.panelTitle).toBeVisible();
  await timelinePage.actorCheckbox('China').check();
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog').locator('iframe')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // An inline script and a string handed to a timer (eval in disguise) must not run. (Playwright's
  // own evaluate() is exempt from the policy, so eval itself cannot be tried from here.)
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__timer = true', 0);
  });
  await expect.poll(() => violations(page).then((found) => found.length)).toBe(2);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inline?: boolean; __timer?: boolean };
    return { inline: w.__inline ?? false, timer: w.__timer ?? false };
  });
  expect(ran).toEqual({ inline: false, timer: false });
});

test('the policy lets images come from any http(s) address and loosens nothing else', async ({
  page,
  timelinePage,
}) => {
  await timelinePage.open();
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    (content ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
  expect(directives).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self' data: https: http:",
    'font-src': "'self'",
    'connect-src': "'self' https: http:",
    // The embed dialog's preview of this app: never another site's frame.
    'frame-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
  });
});

test('media from another origin shows without a violation, and no frame is ever made for it', async ({
  page,
  timelinePage,
}) => {
  await recordViolations(page);
  await page.addInitScript(() => {
    // Every frame the page makes, from the moment it starts.
    (window as unknown as { frames: number }).frames = 0;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && (node.matches('iframe') || node.querySelector('iframe')))
            (window as unknown as { frames: number }).frames++;
    }).observe(document, { childList: true, subtree: true });
  });
  await timelinePage.open();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'pier.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mediaDataset())),
  });
  for (const title of [OPENING, INTERVIEW]) {
    await timelinePage.item(title).click();
    await expect(timelinePage.panel.getByRole('heading', { level: 2 })).toHaveText(title);
  }
  await timelinePage.item(OPENING).click();
  const image = timelinePage.panel.getByRole('img', { name: /grey pier/ });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await violations(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { frames: number }).frames)).toBe(0);
});

/** Keeps every Content-Security-Policy violation the page reports, from the moment it starts. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}
