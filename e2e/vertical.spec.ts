// The vertical timeline (`?layout=vertical`, and any frame narrower than 600px): events down the
// page in date order beside an axis with year and bound markers, undated events last, cues that
// count the cards out of view, a window of at most a hundred cards over an archive of thousands.
import type { Locator, Page } from '@playwright/test';
import { generateArchive } from '../src/testing/syntheticArchive';
import { chronologicalEvents } from '../src/app/model/dates/eventPlacement';
import type { Dataset } from '../src/schema/dataset';
import { expect, shippedDataset, test as base } from './fixtures';
import { axeViolations } from './axe';
import { CRANES, DEFAULT_REASON, HARBOUR_DATASET, PARCELS, PARCELS_REASON } from './harbourDataset';

const VERTICAL = '/?layout=vertical';

/** Every test fails on an uncaught error in the page. */
const test = base.extend<{ pageErrors: void }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

async function serve(page: Page, dataset: Dataset): Promise<void> {
  const body = JSON.stringify(dataset);
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
}

const verticalOf = (page: Page) => page.getByRole('region', { name: 'Timeline, vertical' });
const cardsOf = (region: Locator) => region.locator('.vertical__card');
const cardTitled = (region: Locator, title: string) =>
  region.getByRole('button', { name: title, exact: true });
/** The list item of the card with this title, with its marker and dot. */
const eventTitled = (page: Page, title: string) =>
  verticalOf(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
const cueAbove = (page: Page) => page.locator('.more-cue--above');
const cueBelow = (page: Page) => page.locator('.more-cue--below');

/**
 * What the cues should say, measured: the cards not wholly inside the scroll area, by side. The
 * cues sit in the header, over no card; a card taller than the view and filling it is the one being read, on neither side. Cards not
 * drawn (past the window over an archive) are added by the caller.
 */
function measuredHidden(page: Page): Promise<{ above: number; below: number; seen: number }> {
  return page.locator('.vertical__scroller').evaluate((area) => {
    const view = area.getBoundingClientRect();
    const counts = { above: 0, below: 0, seen: 0 };
    for (const card of area.querySelectorAll('.vertical__card')) {
      const box = card.getBoundingClientRect();
      const cutAbove = box.top < view.top - 1;
      const cutBelow = box.bottom > view.bottom + 1;
      if (cutAbove && !cutBelow) counts.above++;
      else if (cutBelow && !cutAbove) counts.below++;
      else counts.seen++;
    }
    return counts;
  });
}

/** The cues' counts as the page shows them (0 for a cue not shown). */
async function cueCounts(page: Page): Promise<{ above: number; below: number }> {
  const count = async (cue: Locator) =>
    (await cue.count()) === 0 ? 0 : Number(await cue.getAttribute('data-count'));
  return { above: await count(cueAbove(page)), below: await count(cueBelow(page)) };
}

/** Waits until the cues agree with what is measured (they follow the observer a frame later). */
async function expectCuesToMatch(page: Page, notDrawn = { above: 0, below: 0 }): Promise<void> {
  await expect
    .poll(async () => {
      const measured = await measuredHidden(page);
      const shown = await cueCounts(page);
      return {
        above: shown.above - notDrawn.above - measured.above,
        below: shown.below - notDrawn.below - measured.below,
      };
    })
    .toEqual({ above: 0, below: 0 });
}

test.describe('the vertical timeline', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
  });

  test('draws the events in date order, a bound under its own marker, the undated last', async ({ page }) => {
    await serve(page, HARBOUR_DATASET);
    await page.goto(VERTICAL);
    const vertical = verticalOf(page);
    await expect(vertical.getByRole('heading', { level: 2 })).toHaveText('All 6 events, oldest first');
    await expect(vertical.locator('.vertical__card .vertical__title')).toHaveText([
      'Port authority raises berth fees',
      'Dock workers’ union calls a strike',
      'Mayor Ortiz meets union leaders',
      'Strike ends',
      CRANES,
      PARCELS,
    ]);
    // One year marker for the stated dates; the bounded event under "before 12 Jun 2024", not "2024".
    await expect(vertical.getByRole('heading', { level: 3 })).toHaveText([
      '2024',
      'before 12 Jun 2024',
      'Undated (2)',
    ]);
    const strikeEnds = eventTitled(page, 'Strike ends');
    await expect(strikeEnds.getByRole('heading', { level: 3 })).toHaveText('before 12 Jun 2024');
    await expect(strikeEnds).toHaveClass(/vertical__event--bound/);
    await expect(strikeEnds.locator('.vertical__dot')).toHaveCSS('border-top-style', 'dashed');
    await expect(cardTitled(vertical, 'Strike ends')).toHaveAccessibleDescription(
      /^before 12 Jun 2024 uncertain date Dock workers’ union$/,
    );
    await expect(cardTitled(vertical, 'Mayor Ortiz meets union leaders')).toHaveAccessibleDescription(
      '10 Jun 2024 Lena Ortiz · Dock workers’ union',
    );
    // Undated: a section of their own after the axis, off it, each with why it has no date.
    const undated = vertical.getByRole('region', { name: 'Undated (2)' });
    await expect(undated).toContainText('No date or bound is known for these');
    await expect(cardTitled(undated, PARCELS)).toHaveAccessibleDescription(
      `Undated Dock workers’ union ${PARCELS_REASON}`,
    );
    await expect(cardTitled(undated, CRANES)).toHaveAccessibleDescription(
      `Undated Port authority ${DEFAULT_REASON}`,
    );
    await expect(undated.locator('.vertical__dot')).toHaveCount(0);
    await expect(vertical).not.toContainText(/undefined|NaN|Invalid Date/);
  });

  test('hedged dates and spans: "c." markers, a bar along the axis, bounds grouped by bound', async ({
    page,
  }) => {
    await page.goto(VERTICAL);
    const vertical = verticalOf(page);
    await expect(vertical.getByRole('heading', { level: 3 })).toHaveText([
      'c. 2001',
      '2021',
      'before 28 Mar 2025',
      '2025',
      'before 30 Mar 2025',
      // Known only to be after 2021: drawn where its report puts it, the latest it can have been.
      'after 2021',
    ]);
    const deployment = eventTitled(page, 'Nearly two decades of US deployment in Afghanistan');
    await expect(deployment).toHaveClass(/vertical__event--span/);
    await expect(deployment.locator('.vertical__date')).toContainText('c. 2001 – 2021');
    // Five events known only to be after 2021 share one marker; none is drawn under "2022".
    await expect(vertical.locator('.vertical__event--bound')).toHaveCount(9);
    await expect(vertical.getByRole('heading', { name: '2022' })).toHaveCount(0);
  });

  test('a click selects an event: its card is current and the panel opens', async ({ page }) => {
    await serve(page, HARBOUR_DATASET);
    await page.goto(VERTICAL);
    const vertical = verticalOf(page);
    await cardTitled(vertical, 'Strike ends').click();
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'Strike ends',
    );
    await expect(cardTitled(vertical, 'Strike ends')).toHaveAttribute('aria-current', 'true');
    await expect(vertical.locator('[aria-current="true"]')).toHaveCount(1);
  });

  test('the arrow keys walk the cards, Enter opens one, and the focus shows', async ({ page }) => {
    await serve(page, HARBOUR_DATASET);
    await page.goto(VERTICAL);
    const vertical = verticalOf(page);
    const cards = cardsOf(vertical);
    await cards.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(cards.nth(2)).toBeFocused();
    await expect(cards.nth(2)).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('ArrowUp');
    await expect(cards.nth(1)).toBeFocused();
    // From the last dated event into the Undated section, and no further than the last card.
    await cards.nth(3).focus();
    await page.keyboard.press('ArrowDown');
    await expect(cardTitled(vertical, CRANES)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(cardTitled(vertical, PARCELS)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(PARCELS);
  });

  test('a link to an event selects it and scrolls its card into view', async ({ page }) => {
    // The last event, far below the first screen; the panel docks under the timeline.
    await page.goto(`${VERTICAL}&event=balkhi-weapons-will-not-be-returned`);
    const card = cardTitled(verticalOf(page), 'Taliban: US weapons will not be returned');
    await expect(card).toHaveAttribute('aria-current', 'true');
    await expect(card).toBeInViewport();
  });

  test('renders titles as text, never as markup', async ({ page }) => {
    const dataset = structuredClone(HARBOUR_DATASET);
    dataset.events[0]!.title = '<img src=x onerror="window.__xss = 1"> <b>bold</b>';
    await serve(page, dataset);
    await page.goto(VERTICAL);
    const vertical = verticalOf(page);
    await expect(vertical.locator('.vertical__title', { hasText: '<img' })).toHaveText(
      '<img src=x onerror="window.__xss = 1"> <b>bold</b>',
    );
    await expect(vertical.locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing wrong, ${theme}, with a search and a selection`, async ({ page }) => {
      await page.goto(`${VERTICAL}&theme=${theme}&q=taliban&event=taliban-parade-with-us-weapons`);
      const vertical = verticalOf(page);
      await expect(vertical.locator('mark').first()).toBeVisible();
      await expect(vertical.locator('[aria-current="true"]')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('the cues counting the cards out of view', () => {
  for (const { name, width, height, query } of [
    { name: 'a phone', width: 390, height: 844, query: '' },
    { name: 'a 320×400 embed', width: 320, height: 400, query: '&embed=1' },
  ]) {
    test(`on ${name}, count right as the reader scrolls, pages and resizes`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${VERTICAL}${query}`);
      const vertical = verticalOf(page);
      await expect(cardsOf(vertical)).toHaveCount(shippedDataset.events.length);
      await expect(cueBelow(page)).toBeVisible();
      await expect(cueAbove(page)).toHaveCount(0);
      await expect(cueBelow(page)).toHaveText(/^↓ \d+ more below$/);
      await expectCuesToMatch(page);

      // A page down by the cue: some cards now above, the counts still right.
      await cueBelow(page).click();
      await expect(cueAbove(page)).toBeVisible();
      await expect(cueAbove(page)).toHaveText(/^↑ \d+ more above$/);
      await expectCuesToMatch(page);

      // A jump to the end: nothing below, everything not in view above.
      await page.locator('.vertical__scroller').evaluate((area) => (area.scrollTop = area.scrollHeight));
      await expect(cueBelow(page)).toHaveCount(0);
      await expectCuesToMatch(page);

      // Back up a page by the other cue, and a smaller frame.
      await cueAbove(page).click();
      await expect(cueBelow(page)).toBeVisible();
      await expectCuesToMatch(page);
      await page.setViewportSize({ width, height: height - 120 });
      await expectCuesToMatch(page);
      // Every card is seen or counted once: read together, polled (a page scrolls smoothly).
      await expect
        .poll(async () => {
          const { above, below } = await cueCounts(page);
          const { seen } = await measuredHidden(page);
          return above + below + seen;
        })
        .toBe(shippedDataset.events.length);
    });
  }
});

test.describe('an archive of 5,000 events', () => {
  const archive = generateArchive(5_000);
  const ordered = chronologicalEvents(archive);

  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await serve(page, archive);
  });

  test('draws a window of at most a hundred cards, moved by “Show later/earlier”', async ({ page }) => {
    await page.goto(VERTICAL);
    const vertical = verticalOf(page);
    const cards = cardsOf(vertical);
    await expect(cards.first()).toBeVisible({ timeout: 30_000 });
    await expect(cards).toHaveCount(100);
    await expect(vertical.locator('.vertical__title').first()).toHaveText(ordered[0]!.title);
    // The cue counts the events not drawn yet too.
    await expectCuesToMatch(page, { above: 0, below: 5_000 - 100 });

    await vertical.getByRole('button', { name: 'Show 50 later events' }).click();
    await expect(cards).toHaveCount(100);
    await expect(cards.first()).toHaveAttribute('data-event-index', '50');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-index', '100');
    await expectCuesToMatch(page, { above: 50, below: 5_000 - 150 });

    await vertical.getByRole('button', { name: 'Show 50 earlier events' }).click();
    await expect(cards.first()).toHaveAttribute('data-event-index', '0');
    await expect(cards).toHaveCount(100);
  });

  test('a selection far down the archive moves the window to it; ↓ walks past its edge', async ({ page }) => {
    const target = ordered[3_210]!;
    await page.goto(`${VERTICAL}&event=${target.id}`);
    const vertical = verticalOf(page);
    const current = vertical.locator('.vertical__card[aria-current="true"]');
    await expect(current).toHaveAttribute('data-event-index', '3210', { timeout: 30_000 });
    await expect(current).toBeInViewport();
    await expect(cardsOf(vertical)).toHaveCount(100);

    const last = cardsOf(vertical).last();
    const lastIndex = Number(await last.getAttribute('data-event-index'));
    await last.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-index', String(lastIndex + 1));
    await expect(cardsOf(vertical)).toHaveCount(100);
  });
});

test('a frame narrower than 600px shows the vertical timeline without asking', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(verticalOf(page)).toBeVisible();
  await expect(page.locator('.vis-timeline')).toHaveCount(0);
});
