// The production build runs under its Content-Security-Policy, which blocks inline script and eval.
import { expect, test } from './fixtures';

test('the app works under its Content-Security-Policy and nothing violates it', async ({
  page,
  timelinePage,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  await timelinePage.open('?event=trump-rally-threatens-aid');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'/,
  );
  await expect(timelinePage.panelTitle).toBeVisible();
  await timelinePage.actorCheckbox('China').check();
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog').locator('iframe')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

  // An inline script and a string handed to a timer (eval in disguise) must not run. (Playwright's
  // own evaluate() is exempt from the policy, so eval itself cannot be tried from here.)
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__timer = true', 0);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations.length))
    .toBe(2);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inline?: boolean; __timer?: boolean };
    return { inline: w.__inline ?? false, timer: w.__timer ?? false };
  });
  expect(ran).toEqual({ inline: false, timer: false });
});
