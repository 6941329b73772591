// Eras: named periods drawn as bands behind the events. Each title on screen at its place, events
// still clickable over a band, the periods on the phone's vertical timeline, eras from a TimelineJS
// file opened with Open…, a backwards era refused with where it is, and an era edited in edit mode
// that the band shows and a reload keeps.
import type { Locator, Page } from '@playwright/test';
import { expect, test, type TimelinePage } from './fixtures';
import { axeViolations } from './axe';
import { AFTER, BEFORE, ERAS_DATASET, INSIDE } from './erasDataset';
import type { Dataset } from '../src/schema/dataset';

async function serve(page: Page, dataset: Dataset = ERAS_DATASET): Promise<void> {
  await page.route('**/data/events.json', (route) => route.fulfill({ json: dataset }));
}

/** An era's title as drawn on its band (the hidden list of periods says more than the title). */
const bandTitle = (timelinePage: TimelinePage, title: string): Locator =>
  timelinePage.timeline.getByTestId('timeline').getByText(title, { exact: true });

async function middleX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box.x + box.width / 2;
}

test.describe('eras', () => {
  test('each era’s title is drawn at its place, between the events before and after it', async ({
    page,
    timelinePage,
  }) => {
    await serve(page);
    await timelinePage.open();
    for (const era of ERAS_DATASET.eras ?? []) await expect(bandTitle(timelinePage, era.title)).toBeVisible();
    // Construction (Apr 2020 – Oct 2021) begins after the budget vote (Nov 2019) and before the deck
    // meets (Jun 2021): its title starts at the band's left edge, between the two.
    const title = await bandTitle(timelinePage, 'Construction').boundingBox();
    const before = await middleX(timelinePage.item('Bridge budget passes by one vote'));
    const after = await middleX(timelinePage.item('The two halves of the deck meet'));
    expect(title).not.toBeNull();
    expect(title!.x).toBeGreaterThan(before);
    expect(title!.x + title!.width).toBeLessThan(after);
    // The planning band comes before it, the inquiry after.
    const planning = await middleX(bandTitle(timelinePage, 'Planning'));
    const inquiry = await middleX(bandTitle(timelinePage, 'Public inquiry'));
    expect(planning).toBeLessThan(title!.x);
    expect(inquiry).toBeGreaterThan(after);
    // A screen reader finds the periods in the timeline region.
    await expect(
      timelinePage.timeline.getByRole('list', { name: 'Periods' }).getByRole('listitem'),
    ).toHaveText([
      'Planning, Feb 2019 – Dec 2019',
      'Construction, Apr 2020 – Oct 2021',
      'Public inquiry, Mar 2022 – Nov 2022',
    ]);
  });

  test('an event over a band opens as any other, and its panel names its period', async ({
    page,
    timelinePage,
  }) => {
    await serve(page);
    await timelinePage.open();
    await timelinePage.item(INSIDE).click();
    await expect(timelinePage.panelTitle).toHaveText(INSIDE);
    await expect(timelinePage.panel).toContainText('Period: Construction (Apr 2020 – Oct 2021)');
    await timelinePage.item(BEFORE).click();
    await expect(timelinePage.panelTitle).toHaveText(BEFORE);
    await expect(timelinePage.panel).not.toContainText('Period');
    await timelinePage.item(AFTER).click();
    await expect(timelinePage.panel).toContainText('Period: Public inquiry');
  });

  test('the vertical timeline heads each period’s events with its title and dates', async ({ page }) => {
    await serve(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?layout=vertical');
    const vertical = page.getByRole('region', { name: 'Timeline, vertical' });
    const heading = vertical.getByRole('heading', { name: 'Construction Apr 2020 – Oct 2021' });
    await expect(heading).toBeVisible();
    // The heading comes before the period's first event, after the event before it.
    const cards = vertical.locator('.vertical__card');
    const headingBox = (await heading.boundingBox())!;
    const firstPile = (await cards.filter({ hasText: 'First pile driven' }).boundingBox())!;
    const budget = (await cards.filter({ hasText: 'Bridge budget passes' }).boundingBox())!;
    expect(headingBox.y).toBeGreaterThan(budget.y);
    expect(headingBox.y).toBeLessThan(firstPile.y);
    await expect(vertical.getByRole('heading', { name: /^Planning / })).toBeVisible();
  });

  test('a TimelineJS file with eras, opened with Open…, shows their bands', async ({
    page,
    timelinePage,
  }) => {
    await serve(page);
    await timelinePage.open();
    const timeline = {
      title: { text: { headline: 'Kabul years' } },
      events: [
        { start_date: { year: 2001, month: 10, day: 7 }, text: { headline: 'Strikes begin' } },
        { start_date: { year: 2014, month: 12, day: 28 }, text: { headline: 'Combat mission ends' } },
        { start_date: { year: 2021, month: 8, day: 15 }, text: { headline: 'Kabul falls' } },
      ],
      eras: [
        {
          start_date: { year: 2001, month: 10 },
          end_date: { year: 2014, month: 12 },
          text: { headline: 'Combat' },
        },
        {
          start_date: { year: 2015 },
          end_date: { year: 2021, month: 8 },
          text: { headline: 'Resolute Support' },
        },
      ],
    };
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (
      await choosing
    ).setFiles({
      name: 'kabul.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(timeline)),
    });
    await expect(page.locator('.app__title')).toHaveText('Kabul years');
    await expect(bandTitle(timelinePage, 'Combat')).toBeVisible();
    await expect(bandTitle(timelinePage, 'Resolute Support')).toBeVisible();
    const combat = await middleX(bandTitle(timelinePage, 'Combat'));
    expect(combat).toBeLessThan(await middleX(bandTitle(timelinePage, 'Resolute Support')));
  });

  // One state per test: four axe scans in one test overran its 30 s on a slow CI machine.
  test.describe('have no axe violations', () => {
    test.beforeEach(async ({ page }) => serve(page));

    test('the bands with an event open', async ({ page, timelinePage }) => {
      await timelinePage.open('?event=first-pylon');
      await expect(bandTitle(timelinePage, 'Construction')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the bands in the dark theme', async ({ page, timelinePage }) => {
      await timelinePage.open('?theme=dark');
      await expect(bandTitle(timelinePage, 'Construction')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the Periods dialog in the dark theme', async ({ page, timelinePage }) => {
      await timelinePage.open('?theme=dark');
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('region', { name: 'Edit mode' }).getByRole('button', { name: 'Actors…' }).click();
      await expect(page.getByRole('region', { name: 'Periods' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the periods on the phone', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/?layout=vertical');
      await expect(page.getByRole('heading', { name: /^Construction / })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test('a dataset whose era ends before it starts is refused, saying which and where', async ({ page }) => {
    const [planning, construction, inquiry] = ERAS_DATASET.eras!;
    await serve(page, {
      ...ERAS_DATASET,
      eras: [planning!, { ...construction!, end: '2020-01' }, inquiry!],
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline could not be loaded');
    await expect(alert).toContainText('eras[1] (id "construction").end');
    await expect(alert).toContainText('ends (2020-01) before it starts (2020-04)');
  });

  test('an era renamed and re-dated in edit mode moves its band, and a reload keeps it', async ({
    page,
    timelinePage,
  }) => {
    await serve(page);
    await timelinePage.open();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editBar = page.getByRole('region', { name: 'Edit mode' });
    await expect(editBar).toContainText('No edits yet');
    await editBar.getByRole('button', { name: 'Actors…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Timeline and actors' });
    const periods = dialog.getByRole('region', { name: 'Periods' });
    const construction = periods.locator('[data-era-id="construction"]');
    await construction.getByLabel('Period', { exact: true }).fill('Building works');
    // A date before the start is refused where it is, and stays in its field to be corrected.
    await construction.getByLabel('Ends').fill('2019');
    await expect(construction.getByRole('alert')).toContainText(
      'eras.1.end ends (2019) before it starts (2020-04)',
    );
    await construction.getByLabel('Ends').fill('2022-02');
    await expect(construction.getByRole('alert')).toHaveCount(0);
    // A new period, added below.
    const add = periods.getByRole('form', { name: 'Add a period' });
    await add.getByLabel('New period').fill('Aftermath');
    await add.getByLabel('Starts').fill('2022-12');
    await add.getByLabel('Ends').fill('2023');
    await add.getByRole('button', { name: 'Add period' }).click();
    await expect(
      periods.locator('[data-era-id="aftermath"]').getByLabel('Period', { exact: true }),
    ).toHaveValue('Aftermath');
    await periods.getByRole('button', { name: 'Remove the period Planning' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();

    const expectEdited = async () => {
      await expect(bandTitle(timelinePage, 'Building works')).toBeVisible();
      await expect(bandTitle(timelinePage, 'Construction')).toHaveCount(0);
      await expect(bandTitle(timelinePage, 'Planning')).toHaveCount(0);
      await expect(
        timelinePage.timeline.getByRole('list', { name: 'Periods' }).getByRole('listitem'),
      ).toHaveText([
        'Building works, Apr 2020 – Feb 2022',
        'Public inquiry, Mar 2022 – Nov 2022',
        'Aftermath, Dec 2022 – 2023',
      ]);
      // The band now reaches past the cracks found in January 2022.
      const band = page.locator('.vis-item.nl-era', { hasText: 'Building works' });
      const bandBox = (await band.boundingBox())!;
      expect(bandBox.x + bandBox.width).toBeGreaterThan(
        await middleX(timelinePage.item('Cracks found in a pylon')),
      );
    };
    await expectEdited();
    await expect(editBar.getByRole('status')).toContainText('all stored in this browser');
    await page.reload();
    await expect(timelinePage.items.first()).toBeVisible();
    await expectEdited();
  });
});
