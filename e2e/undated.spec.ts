// Undated events (no date, not even a bound): never drawn on the timeline, listed on the Undated
// shelf under it and in the list's Undated section, opened, filtered and searched like any other.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import {
  CRANES,
  DATED_COUNT,
  DEFAULT_REASON,
  HARBOUR_DATASET,
  PARCELS,
  PARCELS_REASON,
} from './harbourDataset';

/** Serves the harbour dataset in place of the built-in one. */
async function serveHarbour(page: Page): Promise<void> {
  await page.route('**/data/events.json', (route) => route.fulfill({ json: HARBOUR_DATASET }));
}

const shelfOf = (page: Page) => page.getByRole('region', { name: /^Undated \(\d+\)/ });

test.describe('undated events', () => {
  test.beforeEach(async ({ page }) => serveHarbour(page));

  test('are listed on the shelf with their reasons and never drawn on the timeline', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const shelf = shelfOf(page);
    await expect(shelf.getByRole('heading', { level: 2 })).toHaveAccessibleName(
      'Undated (2): no date or bound known, not on the timeline',
    );
    await expect(shelf.getByRole('button', { name: PARCELS })).toBeVisible();
    await expect(shelf.getByRole('button', { name: PARCELS })).toHaveAccessibleDescription(PARCELS_REASON);
    await expect(shelf.getByRole('button', { name: CRANES })).toHaveAccessibleDescription(DEFAULT_REASON);
    await expect(shelf).toContainText(PARCELS_REASON);
    await expect(shelf).toContainText(DEFAULT_REASON);
    // The timeline draws the dated events only: no item, anywhere, for an undated one.
    await expect(timelinePage.items).toHaveCount(DATED_COUNT);
    await expect(page.locator('.vis-item', { hasText: PARCELS })).toHaveCount(0);
    await expect(page.locator('.vis-item', { hasText: CRANES })).toHaveCount(0);
    await expect(page.locator('.vis-item', { hasText: /undefined|NaN|Invalid Date/ })).toHaveCount(0);
    // Counted with every other event.
    await expect(timelinePage.filter.getByRole('status')).toHaveText('All 6 events');
  });

  test('a click opens the panel, which says Undated and why, never a made-up bound', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await shelfOf(page).getByRole('button', { name: PARCELS }).click();
    await expect(timelinePage.panelTitle).toHaveText(PARCELS);
    const panel = timelinePage.panel;
    await expect(panel.locator('.panel__date')).toHaveText('Undated');
    await expect(panel.locator('.panel__date-origin')).toHaveText(
      `No date or bound known. ${PARCELS_REASON} The words “one Saturday” give no date. It is listed apart, under Undated, not placed on the timeline.`,
    );
    await expect(panel).not.toContainText(/undefined|at that bound|uncertain date/);
    // Undated events are walked last, by title.
    await expect(panel).toContainText('6 of 6');
    await expect(shelfOf(page).getByRole('button', { name: PARCELS })).toHaveAttribute(
      'aria-current',
      'true',
    );
    // Nothing on the timeline is selected for it.
    await expect(page.locator('.vis-item.vis-selected')).toHaveCount(0);
    // ← walks back to the other undated event, then into the dated ones, which the timeline selects.
    await panel.getByRole('button', { name: '← Previous' }).click();
    await expect(timelinePage.panelTitle).toHaveText(CRANES);
    await expect(panel.locator('.panel__date-origin')).toContainText(DEFAULT_REASON);
    await panel.getByRole('button', { name: '← Previous' }).click();
    await expect(timelinePage.panelTitle).toHaveText('Strike ends');
    await expect(timelinePage.items.and(page.locator('.vis-selected'))).toHaveCount(1);
  });

  test('the actor filter and the search narrow the shelf like the timeline', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await timelinePage.actorCheckbox('Dock workers’ union').check();
    const shelf = shelfOf(page);
    await expect(shelf.getByRole('heading', { level: 2 })).toContainText('Undated (1)');
    await expect(shelf.getByRole('button', { name: PARCELS })).toBeVisible();
    await expect(shelf.getByRole('button', { name: CRANES })).toHaveCount(0);
    await expect(timelinePage.filter.getByRole('status')).toHaveText('4 of 6 events');
    await timelinePage.actorCheckbox('Dock workers’ union').uncheck();

    await page.getByRole('searchbox', { name: 'Search events' }).fill('cranes');
    await expect(shelf.getByRole('heading', { level: 2 })).toContainText('Undated (1)');
    await expect(shelf.getByRole('button', { name: CRANES })).toBeVisible();
    await expect(shelf.locator('mark')).toHaveText('cranes');
    await expect(timelinePage.items).toHaveCount(0);
    // A search that leaves no undated event leaves no shelf.
    await page.getByRole('searchbox', { name: 'Search events' }).fill('berth');
    await expect(timelinePage.items).toHaveCount(1);
    await expect(shelf).toHaveCount(0);
  });

  test('the keyboard alone reaches the shelf, folds it and opens an event', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const target = shelfOf(page).getByRole('button', { name: CRANES });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'Tab reaches the undated event').toBe(true);
    await expect(target).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(timelinePage.panelTitle).toHaveText(CRANES);
    await expect(timelinePage.panelTitle).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(timelinePage.panel).toBeHidden();

    const toggle = shelfOf(page).getByRole('button', { name: /^Undated \(2\)/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(target).toBeHidden();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(target).toBeVisible();
  });

  test('a link to an undated event opens it and its shelf', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?event=port-authority-repaints-cranes');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(CRANES);
    await expect(shelfOf(page).getByRole('button', { name: CRANES })).toHaveAttribute('aria-current', 'true');
  });

  test('the list shows them in an Undated section after the dated events', async ({ page }) => {
    await page.goto('/?view=list');
    const list = page.getByRole('region', { name: /events, in date order/ });
    await expect(list.getByRole('heading', { level: 2 })).toHaveText(
      'All 6 events, in date order, undated last',
    );
    const section = list.getByRole('region', { name: 'Undated (2)' });
    await expect(section.getByRole('heading', { level: 4 })).toHaveText([CRANES, PARCELS]);
    await expect(section).toContainText(PARCELS_REASON);
    await expect(section).toContainText(DEFAULT_REASON);
    const headings = await list
      .getByRole('heading', { level: 3 })
      .or(list.getByRole('heading', { level: 4 }))
      .allTextContents();
    expect(headings.indexOf('Undated (2)')).toBe(DATED_COUNT);
    expect(headings.slice(DATED_COUNT + 1)).toEqual([CRANES, PARCELS]);
    await section.getByRole('button', { name: PARCELS }).click();
    await expect(page.getByRole('complementary').locator('.panel__date')).toHaveText('Undated');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the export says TimelineJS cannot hold them', async ({ page, timelinePage }) => {
    await timelinePage.open();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
    await dialog.getByRole('radio', { name: /^TimelineJS JSON/ }).check();
    await expect(dialog.getByRole('note')).toContainText(
      '2 undated events (TimelineJS needs a date for every event, and none is made up)',
    );
    await dialog.getByRole('radio', { name: /^Newsline JSON/ }).check();
    await expect(dialog.getByRole('note')).toHaveCount(0);
  });

  test('axe finds nothing wrong with the shelf, open and with an event opened from it', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await expect(shelfOf(page).getByRole('button', { name: PARCELS })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await shelfOf(page).getByRole('button', { name: PARCELS }).click();
    await expect(timelinePage.panelTitle).toHaveText(PARCELS);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('undated events in small spaces', () => {
  test.beforeEach(async ({ page }) => serveHarbour(page));

  for (const { name, width, height, query } of [
    { name: 'a phone', width: 390, height: 844, query: '?layout=horizontal' },
    { name: 'a 320×400 embed', width: 320, height: 400, query: '?embed=1&layout=horizontal' },
  ]) {
    test(`on ${name} the shelf is one folded line that opens, and the timeline keeps its room`, async ({
      page,
      timelinePage,
    }) => {
      await page.setViewportSize({ width, height });
      await timelinePage.open(query);
      const shelf = shelfOf(page);
      const toggle = shelf.getByRole('button', { name: /^Undated \(2\)/ });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(shelf.getByRole('button', { name: PARCELS })).toBeHidden();
      const folded = await shelf.boundingBox();
      expect(folded!.height).toBeLessThanOrEqual(46);
      expect(folded!.y + folded!.height).toBeLessThanOrEqual(height + 1);
      await toggle.click();
      await expect(shelf.getByRole('button', { name: PARCELS })).toBeVisible();
      const canvas = await page.getByTestId('timeline').boundingBox();
      const open = await shelf.boundingBox();
      expect(canvas!.height, 'the timeline keeps more room than the open shelf').toBeGreaterThanOrEqual(
        open!.height,
      );
      expect(open!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);
      expect(open!.y + open!.height).toBeLessThanOrEqual(height + 1);
      await expect(timelinePage.items.first()).toBeVisible();
      await shelf.getByRole('button', { name: PARCELS }).click();
      await expect(timelinePage.panelTitle).toHaveText(PARCELS);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
