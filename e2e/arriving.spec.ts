// A large dataset from a slow host: the reader sees its events as they are checked, under a line
// saying more are coming, and nothing that would pass part of it for the whole (editing, export,
// adding an article) is offered until it is all there.
import { expect, test } from './fixtures';
import { openHeldDataset } from './heldDataset';

test.describe('a large dataset shown as it arrives', () => {
  test('shows the events checked so far, then the whole dataset in their place', async ({
    page,
    timelinePage,
  }, testInfo) => {
    test.setTimeout(120_000);
    // The host sends 1,200 of 3,000 events (about 10 MB), then waits to be told to go on.
    const held = await openHeldDataset(page, testInfo, { count: 3_000, after: 1_200 });

    const banner = page.locator('.load-banner').getByRole('status');
    await expect(banner).toContainText('The events checked so far are on the timeline', { timeout: 60_000 });
    await expect(page.locator('.app__title')).toHaveText('Harbour archive: 3,000 long events');
    await expect(page.locator('.timeline .vis-item').first()).toBeVisible();
    const soFar = timelinePage.filter.getByRole('status');
    await expect(soFar).toHaveText(/^[\d,]+ events so far, more arriving$/);
    const shown = Number((await soFar.textContent())!.replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(1_200);
    for (const name of ['Edit', 'Export', 'Add an article'])
      await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();

    await held.release();
    await expect(soFar).toHaveText('All 3,000 events', { timeout: 60_000 });
    await expect(page.locator('.load-banner')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    for (const name of ['Edit', 'Export', 'Add an article'])
      await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
  });

  test('keeps the window the reader chose while the rest arrives', async ({
    page,
    timelinePage,
  }, testInfo) => {
    test.setTimeout(120_000);
    const held = await openHeldDataset(page, testInfo);
    await expect(page.locator('.load-banner')).toHaveCount(1, { timeout: 60_000 });
    await expect(page.locator('.timeline .vis-item').first()).toBeVisible();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // vis animates a zoom: the window the reader chose is the one it settles on.
    let settled = '';
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(await timelinePage.window());
          const same = now === settled;
          settled = now;
          return same;
        },
        { intervals: [300] },
      )
      .toBe(true);
    const chosen = await timelinePage.window();
    await held.release();
    await expect(timelinePage.filter.getByRole('status')).toHaveText('All 3,000 events', { timeout: 60_000 });
    expect(await timelinePage.window()).toEqual(chosen);
  });
});
