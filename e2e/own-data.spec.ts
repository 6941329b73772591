// Bring your own data: TimelineJS JSON and CSV dropped or picked, exported and opened again, and
// articles pasted in the browser, all through the same validation and text-only rendering.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, shippedDataset, test, type TimelinePage } from './fixtures';

const TIMELINEJS = readFileSync('src/formats/fixtures/timelinejs.json', 'utf8');
const SHEET = readFileSync('src/formats/fixtures/timelinejs-sheet.csv', 'utf8');

/** Drags a file over the page and drops it, as a reader does from their file manager. */
async function dropFile(page: Page, name: string, text: string, type = 'application/json'): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      return transfer;
    },
    { name, text, type },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop to open it here')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByText('Drop to open it here')).toBeHidden();
}

async function exportAs(page: Page, format: RegExp, scope?: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
  await dialog.getByRole('radio', { name: format }).check();
  if (scope) await dialog.getByRole('radio', { name: scope }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download / }).click();
  const download: Download = await downloading;
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${download.suggestedFilename()}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Opens Add an article and fills in its text, publisher and publication date. */
async function writeArticle(page: Page, text: string, published: string) {
  await page.getByRole('button', { name: 'Add an article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('The article’s text').fill(text);
  await dialog.getByLabel('Publisher').fill('Kabul Times');
  await dialog.getByLabel('Published').fill(published);
  return dialog;
}

async function titles(timelinePage: TimelinePage): Promise<string[]> {
  return timelinePage.itemTitles();
}

test.describe('bring your own data', () => {
  test('a TimelineJS file dropped on the page shows its events and says what it could not keep', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await dropFile(page, 'airlift.json', TIMELINEJS);
    await expect(page.locator('.app__title')).toHaveText('The Kabul airlift');
    await expect(timelinePage.items).toHaveCount(5);
    await expect(timelinePage.item('Evacuation begins')).toContainText('Aug 2021');
    await expect(timelinePage.item('Twenty years of war').first()).toContainText('c. 2001 – 2021');
    const notes = page.getByRole('status').filter({ hasText: 'as TimelineJS JSON' });
    await expect(notes).toContainText('Opened “airlift.json” as TimelineJS JSON: 9 notes');
    // Its era is kept and drawn as a band, not listed among what could not be kept.
    await expect(
      timelinePage.timeline.getByTestId('timeline').getByText('Occupation', { exact: true }),
    ).toBeVisible();
    await expect(notes).not.toContainText('era');
    await notes.getByText(/notes on what/).click();
    await expect(notes).toContainText('Left out events[4]: start_date has the year -500');
    // HTML in the text became plain text.
    await timelinePage.item('Evacuation begins').click();
    await expect(timelinePage.panel).toContainText('Flights out of Kabul & beyond.');
    await expect(timelinePage.filter.getByRole('checkbox', { name: /^Military group/ })).toBeVisible();
  });

  test('a CSV in TimelineJS’s layout, picked with Open…, shows its rows as events', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await choosing).setFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
    await expect(page.locator('.app__title')).toHaveText('Kabul, August 2021');
    expect(await titles(timelinePage)).toEqual(
      ['Airlift, two weeks', 'Formula-looking', 'Gate attack', 'Kabul falls, government flees'].sort(),
    );
    await expect(page.getByRole('status').filter({ hasText: 'as CSV' })).toContainText('could not be kept');
  });

  test('a file that cannot be read says what is wrong, and the timeline stays', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await dropFile(page, 'notes.json', '{ "events": "none" ');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('“notes.json” could not be opened');
    await expect(alert).toContainText('The file is not valid JSON.');
    await alert.getByRole('button', { name: 'Back to the timeline' }).click();
    await expect(alert).toBeHidden();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
    await expect(page.locator('.app__title')).toHaveText(shippedDataset.title);
  });

  test('text in a TimelineJS file stays text, whatever markup it spells', async ({ page, timelinePage }) => {
    const hostile = {
      title: { text: { headline: '&lt;img src=x onerror=alert(1)&gt;' } },
      events: [
        {
          start_date: { year: 2024 },
          text: {
            headline: '&lt;script&gt;alert(2)&lt;/script&gt;',
            text: '<img src=x onerror="alert(3)"><a href="javascript:alert(4)">link</a> &lt;b&gt;bold&lt;/b&gt;',
          },
        },
      ],
    };
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await timelinePage.open();
    await dropFile(page, 'hostile.json', JSON.stringify(hostile));
    await expect(page.locator('.app__title')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(timelinePage.items).toHaveCount(1);
    await timelinePage.items.first().click();
    await expect(timelinePage.panelTitle).toHaveText('<script>alert(2)</script>');
    await expect(timelinePage.panel).toContainText('link <b>bold</b>');
    expect(
      await page.locator('main img, .panel img, .panel a[href^="javascript"], main script').count(),
    ).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('exports as Newsline, TimelineJS and CSV, and each opens again with every event and date', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const before = await titles(timelinePage);
    const dates = await timelinePage.items.locator('.nl-item__date').allTextContents();
    for (const format of [/^Newsline JSON/, /^TimelineJS JSON/, /^CSV/]) {
      const file = await exportAs(page, format);
      await dropFile(
        page,
        file.name,
        file.text,
        file.name.endsWith('.csv') ? 'text/csv' : 'application/json',
      );
      await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
      expect(await titles(timelinePage)).toEqual(before);
      expect((await timelinePage.items.locator('.nl-item__date').allTextContents()).sort()).toEqual(
        [...dates].sort(),
      );
    }
  });

  test('exports only the events the filter shows, and says what TimelineJS cannot hold', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open('?actors=donald-trump');
    const trump = shippedDataset.events.filter((event) => event.actorIds.includes('donald-trump'));
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
    await dialog.getByRole('radio', { name: /^TimelineJS JSON/ }).check();
    await expect(dialog.getByRole('note')).toContainText('TimelineJS JSON cannot hold');
    await expect(dialog.getByRole('note')).toContainText('quote');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const file = await exportAs(
      page,
      /^Newsline JSON/,
      new RegExp(`^${trump.length} of \\d+ events shown, narrowed by`),
    );
    const exported = JSON.parse(file.text) as { events: { id: string }[] };
    expect(exported.events.map((event) => event.id).sort()).toEqual(trump.map((event) => event.id).sort());
  });

  test('an article pasted in the browser adds the events the reporter keeps, as edited', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const dialog = await writeArticle(
      page,
      'The Taliban government said on Tuesday that it would not return the equipment, Donald Trump was told.\n' +
        'China’s ambassador met Taliban officials on March 31 to discuss mining contracts.',
      '2025-04-02',
    );
    await dialog.getByLabel('Address').fill('https://kabultimes.example/weapons');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await expect(dialog.getByText('2 events found in the article.')).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Keep event 1' }).uncheck();
    const second = dialog
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox', { name: 'Keep event 2' }) });
    await second.getByLabel('Title').fill('China meets the Taliban on mining');
    const date = second.getByLabel('Date', { exact: true });
    await expect(date).toHaveValue('2025-03-31');
    await date.fill('');
    await expect(dialog.getByRole('alert')).toContainText(
      'Event 2: give it a date (the article gives 31 Mar 2025).',
    );
    await expect(dialog.getByRole('button', { name: 'Add 1 event to the timeline' })).toBeDisabled();
    await date.fill('2025-03-31');
    await dialog.getByRole('button', { name: 'Add 1 event to the timeline' }).click();
    await expect(dialog).toBeHidden();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length + 1);
    await expect(timelinePage.panelTitle).toHaveText('China meets the Taliban on mining');
    await expect(timelinePage.panel).toContainText('Kabul Times');
    await expect(timelinePage.panel).toContainText('Stated in the text: “March 31”');
  });

  test('an article that gives no date proposes an undated event, kept undated or given a date', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const text = 'The harbour board said the lighthouse on the north pier would be repainted.';
    const dialog = await writeArticle(page, text, '');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await expect(dialog.getByRole('status').first()).toHaveText(
      '1 event found in the article. It has no date: give it one, or keep it undated. Keep, retitle or re-date each; what you drop is not added.',
    );
    const date = dialog.getByLabel('Date', { exact: true });
    await expect(date).toHaveValue('');
    await expect(date).toHaveAccessibleDescription(
      /^Found: undated\. .+ Leave the date empty to keep it undated \(listed apart from the timeline\), or give it one\.$/,
    );
    await dialog.getByRole('button', { name: 'Add 1 event to the timeline' }).click();
    await expect(dialog).toBeHidden();
    const shelf = page.getByRole('region', { name: /^Undated \(1\)/ });
    await expect(shelf.getByRole('button', { name: /^The harbour board said/ })).toBeVisible();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
    await expect(timelinePage.panel.locator('.panel__date')).toHaveText('Undated');

    // The same article again, dated by the reporter this time: it joins the timeline.
    await writeArticle(page, text, '');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await date.fill('2024-05-02');
    await dialog.getByRole('button', { name: 'Add 1 event to the timeline' }).click();
    await expect(dialog).toBeHidden();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length + 1);
    await expect(timelinePage.panel).toContainText('Dated by the editor who added the article.');
    await expect(shelf).toBeVisible();
  });

  test('a dialog whose code cannot be loaded says so, and the timeline stays', async ({
    page,
    timelinePage,
  }) => {
    await page.route(/ExportDialog-[\w-]+\.js$/, (route) => route.abort());
    await timelinePage.open();
    const exportButton = page.getByRole('button', { name: 'Export' });
    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: 'Export could not open' });
    await expect(dialog.getByRole('alert')).toContainText('Reload the page to try again');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(exportButton).toBeFocused();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
  });

  test('an article with a date that is not one is refused with a reason, before anything runs', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const dialog = await writeArticle(page, 'Text.', 'April 2nd');
    await dialog.getByLabel('Address').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Write the publication date as YYYY');
    await expect(dialog.getByRole('alert')).toContainText('The address must start with http:// or https://.');
  });
});
