// The main journeys with the keyboard alone: search, filter, walk the events, list view, embed.
import { expect, shippedDataset, test } from './fixtures';

test.describe('keyboard only', () => {
  test('Tab reaches search, filter, view, zoom and embed controls, with visible focus', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        const outline = getComputedStyle(el).outlineStyle;
        const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent?.trim() : undefined;
        const name =
          el.getAttribute('aria-label') ?? label ?? el.textContent?.trim().slice(0, 20) ?? el.tagName;
        return `${name}|${outline}`;
      });
      reached.push(label);
    }
    const names = reached.map((entry) => entry.split('|')[0] ?? '');
    for (const control of ['Embed', 'Search events', 'Timeline', 'List', 'Zoom in', 'Zoom out', 'Fit all']) {
      expect(names, control).toContain(control);
    }
    expect(names.some((name) => name.startsWith('Taliban'))).toBe(true);
    // Every focused control shows a focus ring.
    for (const entry of reached.filter((e) => e !== '')) expect(entry, entry).not.toMatch(/\|none$/);
  });

  test('focus the timeline, open with Enter, walk with the arrows, close with Esc', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    await timelinePage.timeline.focus();
    await page.keyboard.press('Enter');
    await expect(timelinePage.panel).toContainText(`1 of ${shippedDataset.events.length}`);
    await page.keyboard.press('ArrowRight');
    await expect(timelinePage.panel).toContainText(`2 of ${shippedDataset.events.length}`);
    await page.keyboard.press('Escape');
    await expect(timelinePage.panel).toBeHidden();
    await expect(timelinePage.timeline).toBeFocused();
  });

  test('closing the panel from inside it gives the keyboard back to the timeline, not the page', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?event=trump-criticises-biden-over-equipment');
    await timelinePage.panel.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('Escape');
    await expect(timelinePage.panel).toBeHidden();
    await expect(timelinePage.timeline).toBeFocused();
    // Down the page (a phone), the card of the event that was open takes the keyboard.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?event=trump-criticises-biden-over-equipment');
    await page.getByRole('button', { name: 'Close panel' }).focus();
    await page.keyboard.press('Enter');
    await expect(timelinePage.panel).toBeHidden();
    await expect(page.locator('[data-event-id="trump-criticises-biden-over-equipment"]')).toBeFocused();
  });

  test('search and filter from the keyboard; the match is highlighted in the panel', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    await page.getByRole('searchbox', { name: 'Search events' }).focus();
    await page.keyboard.type('billions');
    const matching = shippedDataset.events.filter((event) =>
      [
        event.title,
        event.summary,
        ...event.quotes.map((q) => q.text),
        ...event.paraphrases.map((p) => p.text),
      ]
        .join(' ')
        .toLowerCase()
        .includes('billion'),
    );
    await expect(timelinePage.items).toHaveCount(matching.length);
    await expect(page).toHaveURL(/q=billions/);
    await timelinePage.actorCheckbox('Donald Trump').focus();
    await page.keyboard.press('Space');
    const both = matching.filter((event) => event.actorIds.includes('donald-trump'));
    await expect(timelinePage.items).toHaveCount(both.length);
    await page.keyboard.press('ArrowRight');
    await expect(timelinePage.panel.locator('mark').first()).toHaveText(/billion/i);
  });

  test('the list view shows the same events as a semantic list, and Enter opens one', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?actors=china');
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page).toHaveURL(/view=list/);
    const list = page.getByRole('region', { name: /events, in date order/ });
    const withChina = shippedDataset.events.filter((event) => event.actorIds.includes('china'));
    await expect(list.getByRole('listitem')).toHaveCount(withChina.length);
    await expect(list.locator('time').first()).toHaveAttribute('datetime', /^\d{4}/);
    await list.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    await expect(timelinePage.panelTitle).toHaveText(
      withChina.map((e) => e.title).find((t) => t) ? /./ : /x/,
    );
  });

  test("dates follow the reader's locale", async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/?event=trump-criticises-biden-over-equipment');
    await expect(page.getByRole('complementary').locator('.panel__date time')).toHaveText('Mar 28, 2025');
    await context.close();
  });

  test('export with the keyboard alone: choose, download, and Escape returns to the button', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    const exportButton = page.getByRole('button', { name: 'Export' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: /^Newsline JSON/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /^TimelineJS JSON/ })).toBeChecked();
    await dialog.getByRole('button', { name: /^Download / }).focus();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await downloading).suggestedFilename()).toMatch(/\.timelinejs\.json$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(exportButton).toBeFocused();
  });

  test('add an article with the keyboard alone', async ({ timelinePage, page }) => {
    await timelinePage.open();
    await page.getByRole('button', { name: 'Add an article' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await expect(dialog.getByLabel('The article’s text')).toBeFocused();
    await page.keyboard.type('China’s ambassador met Taliban officials on March 31 to discuss mining.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kabul Times');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2025-04-02');
    await page.keyboard.press('Enter'); // submits the form from a field
    await expect(dialog.getByText('1 event found in the article.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Add 1 event to the timeline' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length + 1);
  });
});
