import { expect, shippedDataset, test } from './fixtures';
import { HOST } from './origins';

test.describe('loading the dataset', () => {
  test('shows progress while the dataset is on its way', async ({ page, timelinePage }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/events.json', async (route) => {
      await held;
      await route.fulfill({ json: shippedDataset });
    });
    await page.goto('/');
    await expect(page.getByRole('status')).toContainText('Loading events');
    release();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
  });

  test('an invalid dataset shows what is wrong and where, not a blank page', async ({ page }) => {
    const dataset = { ...structuredClone(shippedDataset), title: '', events: 'none' };
    await page.route('**/data/events.json', (route) => route.fulfill({ json: dataset }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline could not be loaded');
    await expect(alert).toContainText('not a valid Newsline dataset (2 problems)');
    await expect(alert).toContainText('/data/events.json');
    await expect(alert).toContainText('title: Too small');
    await expect(alert).toContainText('events: missing or not a list');
  });

  test('a dataset with a few bad events shows every valid one and lists the skipped', async ({
    page,
    timelinePage,
  }) => {
    const dataset = structuredClone(shippedDataset);
    dataset.events[1]!.date = { basis: 'stated', start: '2025-02-30', approximate: false, phrase: 'x' };
    (dataset.events[2] as { title: unknown }).title = 7;
    await page.route('**/data/events.json', (route) => route.fulfill({ json: dataset }));
    await page.goto('/');
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length - 2);
    const warning = page.getByRole('status').filter({ hasText: 'left out of this timeline' });
    await expect(warning).toContainText(
      '2 invalid records were left out of this timeline; everything valid is shown.',
    );
    await warning.getByText(/left out/).click();
    await expect(warning).toContainText(
      `events[1] (id "${dataset.events[1]!.id}").date.start: is not a real calendar date`,
    );
    await expect(warning).toContainText(
      `events[2] (id "${dataset.events[2]!.id}").title: Invalid input: expected string, received number`,
    );
  });

  test('a file that is not JSON says so', async ({ page }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ body: '<html>oops</html>', contentType: 'text/html' }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The file is not valid JSON.');
  });

  test('a dataset of another schema version says which version it needs', async ({ page }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ json: { ...shippedDataset, schemaVersion: 2 } }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(
      'uses schemaVersion 2, but this version of Newsline reads schemaVersion 1',
    );
  });

  test('a missing file and an unreachable server say what happened', async ({ page }) => {
    await page.route('**/data/events.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('The server answered 404');
    await page.unroute('**/data/events.json');
    await page.route('**/data/events.json', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('could not be reached');
  });

  test('a large file shows how many records are checked as it arrives, then the timeline', async ({
    page,
    timelinePage,
  }) => {
    // Sent as it is written (about 95 MB), so the page is still receiving it while the first
    // events are checked: the count shows beside the bytes.
    test.setTimeout(120_000);
    const seen = page.waitForFunction(
      () => /\d[\d,]* records checked/.test(document.body.textContent ?? ''),
      null,
      { polling: 'raf', timeout: 100_000 },
    );
    await page.goto(`/?data=${encodeURIComponent(`${HOST}/large-dataset.json?count=12000`)}`);
    await seen;
    await expect(timelinePage.filter.getByRole('status')).toHaveText('All 12,000 events', {
      timeout: 100_000,
    });
  });

  test.describe('a dataset over 200 MB from another site', () => {
    // 27,000 events of 8 KB each: 210 MB, more than a file read whole may be. Sent as it is written.
    const large = (layout = '') => `${HOST}/large-dataset.json?count=27000${layout}`;

    test('opens when it is Newsline JSON with its events last, checked as it arrives', async ({
      page,
      timelinePage,
    }) => {
      test.setTimeout(120_000);
      await page.goto(`/?data=${encodeURIComponent(large())}`);
      await expect(page.locator('.app__title')).toHaveText('Harbour archive: 27,000 long events', {
        timeout: 100_000,
      });
      // Its events show as they are checked; then all of them.
      await expect(timelinePage.filter.getByRole('status')).toHaveText('All 27,000 events', {
        timeout: 100_000,
      });
      await expect(page.getByRole('alert')).toHaveCount(0);
    });

    test('is refused past 200 MB when its events come first, saying why', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/?data=${encodeURIComponent(large('&events-first'))}`);
      // "over" what was read when it stopped: a little past the limit.
      await expect(page.getByRole('alert')).toContainText(
        /The dataset is over 20\d MB; Newsline reads datasets up to 200 MB \(its own JSON, with the events last as Newsline writes it, up to 1,024 MB\)\./,
        { timeout: 100_000 },
      );
    });
  });
});
