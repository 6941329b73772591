// A large archive in the browser: the timeline hands vis a few hundred items, folds dense periods
// into clusters that count every event and zoom open, and the list reads a page at a time.
import type { Page } from '@playwright/test';
import { generateArchive } from '../src/testing/syntheticArchive';
import { searchCorpus } from '../src/app/model/search/searchCorpus';
import { searchEvents } from '../src/app/model/search/searchIndex';
import { expect, test } from './fixtures';

const ARCHIVE_SIZE = 20_000;
const archive = generateArchive(ARCHIVE_SIZE);
const archiveJson = JSON.stringify(archive);

/** Opens the app on a generated archive and waits until it shows the events (as the timeline or the list). */
async function openArchive(page: Page, dataset: string = archiveJson, query = ''): Promise<void> {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ body: dataset, contentType: 'application/json' }),
  );
  await page.goto(`/${query}`);
  // An item's content, not any vis element: a bounded event's dot and stem are not drawn.
  await expect(
    page.locator('.nl-item__content, .nl-cluster__content, .event-list__item').first(),
  ).toBeVisible({ timeout: 30_000 });
  // A large archive shows its events as they are checked: the tests read the whole of it.
  await expect(page.locator('.load-banner')).toHaveCount(0, { timeout: 60_000 });
}

/** What vis holds: events drawn as themselves and clusters, each with the count it stands for. */
async function held(page: Page): Promise<{ events: number; clusters: number[] }> {
  const events = await page.locator('.vis-item.nl-item:has(.nl-item__content)').count();
  const labels = await page.locator('.nl-cluster__count').allTextContents();
  return { events, clusters: labels.map((label) => Number(label.replace(/\D/g, ''))) };
}

/** The index, among the drawn events, of one that lies wholly inside the visible timeline, or -1. */
function indexOfItemInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const view = document.querySelector('.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll('.vis-item.nl-item:has(.nl-item__content)')].findIndex((item) => {
      const box = item.getBoundingClientRect();
      return (
        box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom
      );
    });
  });
}

/**
 * The boxes drawn for events with a date (not only a bound), each at its centre, where vis draws
 * the date: their id and that x, in page pixels.
 */
function datedBoxCentres(page: Page): Promise<{ id: string; centre: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.vis-item.vis-box.nl-item:not(.nl-item--bounded)')].map(
      (box) => {
        const { x, width } = box.getBoundingClientRect();
        return { id: box.dataset.id!, centre: x + width / 2 };
      },
    ),
  );
}

const total = ({ events, clusters }: { events: number; clusters: number[] }) =>
  events + clusters.reduce((sum, count) => sum + count, 0);

test.describe('a 20,000-event archive', () => {
  test('opens with clusters that count every event, while vis holds a few hundred items', async ({
    page,
    timelinePage,
  }) => {
    await openArchive(page);
    await expect(page.locator('.app__title')).toHaveText(archive.title);
    const drawn = await held(page);
    expect(drawn.clusters.length).toBeGreaterThan(0);
    expect(total(drawn)).toBe(ARCHIVE_SIZE);
    expect(await page.locator('.vis-item').count()).toBeLessThan(400);
    await expect(timelinePage.filter.getByRole('status')).toHaveText('All 20,000 events');
  });

  test('a cluster zooms open to its events; clicking one opens it in the panel', async ({
    page,
    timelinePage,
  }) => {
    await openArchive(page);
    const before = await timelinePage.window();
    const clusters = page.locator('.vis-item.nl-cluster:not(.nl-cluster--ongoing)');
    for (let step = 0; step < 8; step++) {
      if (step > 0 && ((await indexOfItemInView(page)) >= 0 || (await clusters.count()) === 0)) break;
      const zoomed = await timelinePage.window();
      await clusters.nth(Math.floor((await clusters.count()) / 2)).click();
      // The zoom animates: wait until it has landed on a narrower window.
      await expect
        .poll(async () => (await timelinePage.window()).end - (await timelinePage.window()).start)
        .toBeLessThan((zoomed.end - zoomed.start) / 2);
    }
    const after = await timelinePage.window();
    expect(after.end - after.start).toBeLessThan((before.end - before.start) / 10);
    const index = await indexOfItemInView(page);
    expect(index, 'an event wholly in view').toBeGreaterThanOrEqual(0);
    const event = timelinePage.items.nth(index);
    const title = await event.locator('.nl-item__title').textContent();
    await event.click();
    await expect(timelinePage.panelTitle).toHaveText(title ?? '');
  });

  test('filtering updates the count and what vis holds, and every event is still accounted for', async ({
    page,
    timelinePage,
  }) => {
    await openArchive(page);
    const zara = archive.events.filter((event) => event.actorIds.includes('zara-yildiz')).length;
    await timelinePage.actorCheckbox('Zara Yildiz').check();
    await expect(timelinePage.filter.getByRole('status')).toHaveText(
      `${zara.toLocaleString('en-GB')} of 20,000 events`,
    );
    await expect.poll(async () => total(await held(page))).toBe(zara);
    await timelinePage.filter.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(async () => total(await held(page))).toBe(ARCHIVE_SIZE);
  });

  test('two weeks show their own events, with the long spans under way folded into one bar', async ({
    page,
  }) => {
    await openArchive(page, archiveJson, '?start=2011-03-22&end=2011-04-04');
    const ongoing = page.locator('.nl-cluster--ongoing');
    await expect(ongoing).toBeVisible();
    await expect(ongoing).toContainText(/\d+ longer events under way/);
    expect(await indexOfItemInView(page)).toBeGreaterThanOrEqual(0);
  });

  test('a pan moves the events it keeps drawn, without taking them out of the page and back', async ({
    page,
  }) => {
    await openArchive(page, archiveJson, '?start=2011-03-22&end=2011-04-04');
    // Every event element taken out of the page is noted; one back in it by the end was put back.
    await page.evaluate(() => {
      const taken: Node[] = [];
      (window as unknown as { takenOut: Node[] }).takenOut = taken;
      new MutationObserver((records) => {
        for (const record of records)
          record.removedNodes.forEach((node) => {
            if (node instanceof HTMLElement && node.classList.contains('nl-item')) taken.push(node);
          });
      }).observe(document.querySelector('.vis-timeline')!, { childList: true, subtree: true });
    });
    const view = (await page.locator('.vis-center').boundingBox())!;
    const centres = (await datedBoxCentres(page))
      .filter(({ centre }) => centre >= view.x && centre <= view.x + view.width)
      .sort((a, b) => a.centre - b.centre);
    expect(centres.length).toBeGreaterThan(1);
    // The pan takes the first of them 20 px past vis's left margin (a quarter of the view), where
    // it is hidden, and keeps the last in view.
    const distance = Math.round(centres[0]!.centre - view.x + view.width / 4 + 20);
    const lastId = centres.at(-1)!.id;
    const last = page.locator(`.vis-item.vis-box.nl-item[data-id="${lastId}"]`);
    const xBefore = (await last.boundingBox())!.x;
    const y = view.y + view.height / 2;
    const from = view.x + view.width * 0.75;
    await page.mouse.move(from, y);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) await page.mouse.move(from - (distance * step) / 20, y);
    await page.mouse.up();
    // The pan happened: the same event now stands that far to the left.
    await expect
      .poll(async () => Math.abs(xBefore - (await last.boundingBox())!.x - distance))
      .toBeLessThan(2);
    const { putBack, hidden } = await page.evaluate(() => {
      const taken = (window as unknown as { takenOut: Node[] }).takenOut;
      return {
        putBack: taken.filter((node) => node.isConnected).length,
        hidden: taken.filter((node) => !node.isConnected).length,
      };
    });
    expect(putBack).toBe(0);
    // What left vis's margins (a quarter of the view each side) was still taken out, and what is
    // drawn (a box centred on its date) lies within them.
    expect(hidden).toBeGreaterThan(0);
    const outside = (await datedBoxCentres(page)).filter(
      ({ centre }) => centre < view.x - view.width / 4 - 2 || centre > view.x + view.width * 1.25 + 2,
    );
    expect(outside).toEqual([]);
  });

  test('the keyboard walks into a dense period: the event opened is drawn as itself', async ({
    page,
    timelinePage,
  }) => {
    await openArchive(page);
    await timelinePage.timeline.focus();
    await page.keyboard.press('Enter');
    await expect(timelinePage.panel).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(timelinePage.panel.getByText('4 of 20,000')).toBeVisible();
    const title = await timelinePage.panelTitle.textContent();
    await expect(page.locator('.vis-item.vis-selected .nl-item__title')).toHaveText(title ?? '');
  });

  test('search runs in the worker: the count and the timeline follow the words typed', async ({
    page,
    timelinePage,
  }) => {
    await openArchive(page);
    const found = searchEvents(searchCorpus(archive), 'Yildiz pipeline')!.ids.size;
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Yildiz pipeline');
    await expect(page.getByRole('search')).toContainText(`${found.toLocaleString('en-GB')} events match.`);
    await expect.poll(async () => total(await held(page))).toBe(found);
    await expect(timelinePage.filter.getByRole('status')).toHaveText(
      `${found.toLocaleString('en-GB')} of 20,000 events`,
    );
  });

  test('the list shows a page at a time, and more on request', async ({ page }) => {
    await openArchive(page, archiveJson, '?view=list');
    const list = page.getByRole('region', { name: /events, in date order/ });
    await expect(list.getByRole('listitem')).toHaveCount(100);
    await expect(list.getByText('Showing 1–100 of 20,000')).toBeVisible();
    await list.getByRole('button', { name: 'Show 100 more events' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(200);
    await expect(list.getByText('Showing 1–200 of 20,000')).toBeVisible();
  });
});
