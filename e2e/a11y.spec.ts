// axe-core (WCAG 2.1 AA) on every view a reader meets: no violations.
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import { openHeldDataset } from './heldDataset';

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  test('a large dataset still arriving, its line above the events so far', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const held = await openHeldDataset(page, testInfo);
    await expect(page.locator('.load-banner')).toHaveCount(1, { timeout: 60_000 });
    await expect(page.locator('.timeline .vis-item').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await held.release();
  });

  test('main view', async ({ timelinePage, page }) => {
    await timelinePage.open();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('panel open', async ({ timelinePage, page }) => {
    await timelinePage.open('?event=trump-rally-threatens-aid');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('list view, searched', async ({ page }) => {
    await page.goto('/?view=list&q=taliban&event=china-credentials-to-taliban');
    await expect(page.getByRole('region', { name: /events, in date order/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('phone, dark, panel open', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.goto('/?event=trump-rally-threatens-aid');
    await expect(page.getByRole('complementary')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('embed mode, dark', async ({ timelinePage, page }) => {
    await timelinePage.open('?embed=1&theme=dark&event=trump-criticises-biden-over-equipment');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in Arabic, right to left: the main view with an event open, and story mode', async ({ page }) => {
    await page.goto('/?lang=ar&event=trump-rally-threatens-aid');
    await expect(page.getByRole('complementary')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/?lang=ar&mode=story&event=trump-rally-threatens-aid');
    await expect(page.locator('.story-slide').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('story mode, light and dark, a slide with quotes and sources, and embedded', async ({ page }) => {
    await page.goto('/?mode=story');
    const story = page.getByRole('region', { name: 'Story', exact: true });
    await expect(story.getByRole('status')).toHaveText(/^Title, /);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/?mode=story&event=trump-rally-threatens-aid');
    await expect(story.getByRole('region', { name: 'Quotes' })).toBeVisible();
    await expect(story.locator('.vis-item.vis-selected .nl-item__title')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 400 });
    await page.goto('/?embed=1&mode=story&theme=dark&event=trump-rally-threatens-aid');
    await expect(story.getByRole('status')).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('embed dialog', async ({ timelinePage, page }) => {
    await timelinePage.open();
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('export dialog', async ({ timelinePage, page }) => {
    await timelinePage.open('?actors=taliban');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('radio', { name: /^CSV/ }).check();
    await expect(page.getByRole('dialog').getByRole('note')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('add-an-article dialog, writing and reviewing', async ({ timelinePage, page }) => {
    await timelinePage.open();
    await page.getByRole('button', { name: 'Add an article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('The article’s text').fill('Text.');
    await dialog.getByLabel('Published').fill('not a date');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await dialog
      .getByLabel('The article’s text')
      .fill('China’s ambassador met Taliban officials on March 31.');
    await dialog.getByLabel('Published').fill('2025-04-02');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await expect(dialog.getByText(/found in the article/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('edit mode: the event form, its dialogs and My timelines, light and dark', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?event=trump-rally-threatens-aid');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByTestId('event-editor');
    await form.getByLabel('Title', { exact: true }).fill('');
    await expect(form.getByRole('alert')).toBeVisible(); // a refused value, with its reason
    expect(await axeViolations(page)).toEqual([]);
    const bar = page.getByRole('region', { name: 'Edit mode' });
    for (const [button, dialog] of [
      ['Actors…', 'Timeline and actors'],
      ['Event from a passage…', 'An event from a passage'],
      ['Publish…', 'Publish this timeline'],
    ] as const) {
      await bar.getByRole('button', { name: button }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      expect(await axeViolations(page), dialog).toEqual([]);
      await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: 'Close' }).click();
    }
    await page.getByRole('button', { name: 'My timelines' }).click();
    await expect(page.getByRole('dialog', { name: 'My timelines' }).getByRole('listitem')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a file being dropped, and one that could not be opened', async ({ timelinePage, page }) => {
    await timelinePage.open();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['nope'], 'bad.json'));
      return transfer;
    });
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop to open it here')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
