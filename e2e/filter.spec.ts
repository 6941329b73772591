import type { Locator, Page } from '@playwright/test';
import { expect, shippedDataset, test } from './fixtures';

const titlesWith = (...actorIds: string[]) =>
  shippedDataset.events
    .filter((event) => event.actorIds.some((id) => actorIds.includes(id)))
    .map((event) => event.title)
    .sort();

test.describe('actor filter', () => {
  test('lists every actor with its kind and number of events', async ({ timelinePage }) => {
    await timelinePage.open();
    await expect(timelinePage.filter.getByRole('checkbox')).toHaveCount(shippedDataset.actors.length);
    const trump = timelinePage.filter.getByRole('listitem').filter({ hasText: 'Donald Trump' });
    await expect(trump).toContainText('person');
    await expect(trump).toContainText(`${titlesWith('donald-trump').length}`);
  });

  test('filtering by an actor leaves exactly that actor’s events, on the same timeline', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    await page
      .locator('.vis-timeline')
      .evaluate((element) => element.setAttribute('data-test-mark', 'original'));
    await timelinePage.actorCheckbox('Donald Trump').check();
    await expect(timelinePage.items).toHaveCount(titlesWith('donald-trump').length);
    expect(await timelinePage.itemTitles()).toEqual(titlesWith('donald-trump'));
    await expect(page.locator('.vis-timeline[data-test-mark="original"]')).toHaveCount(1);
    await expect(timelinePage.filter.getByRole('status')).toHaveText(
      `${titlesWith('donald-trump').length} of ${shippedDataset.events.length} events`,
    );
  });

  test('several actors keep the events of any of them; Clear brings all back', async ({ timelinePage }) => {
    await timelinePage.open();
    await timelinePage.actorCheckbox('China').check();
    await timelinePage.actorCheckbox('Joe Biden').check();
    await expect(timelinePage.items).toHaveCount(titlesWith('china', 'joe-biden').length);
    expect(await timelinePage.itemTitles()).toEqual(titlesWith('china', 'joe-biden'));
    await timelinePage.filter.getByRole('button', { name: 'Clear' }).click();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
    await expect(timelinePage.actorCheckbox('China')).not.toBeChecked();
  });

  test('clicking an actor chip in the panel filters by that actor', async ({ timelinePage, page }) => {
    await timelinePage.open('?event=balkhi-weapons-will-not-be-returned');
    await timelinePage.panel.getByRole('button', { name: /Abdul Qahar Balkhi/ }).click();
    await expect(timelinePage.items).toHaveCount(titlesWith('abdul-qahar-balkhi').length);
    await expect(timelinePage.actorCheckbox('Abdul Qahar Balkhi')).toBeChecked();
    await expect(timelinePage.panel.getByRole('button', { name: /Abdul Qahar Balkhi/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(new URL(page.url()).searchParams.get('actors')).toBe('abdul-qahar-balkhi');
  });

  test('choosing an actor rewrites only that actor’s row of the list', async ({ timelinePage, page }) => {
    await timelinePage.open();
    // Every row React renders again has its checkbox's attributes written again, so a filter's click
    // would cost one write per actor (at 100,000 events that click is timed to its paint).
    await watchWrittenRows(timelinePage.filter);
    await timelinePage.actorCheckbox('China').check();
    await expect(timelinePage.items).toHaveCount(titlesWith('china').length);
    await timelinePage.actorCheckbox('China').uncheck();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
    expect(await writtenRows(page)).toEqual(['China']);
  });
});

/** The page notes here the name of each actor row of the list that anything writes to. */
type WithWrittenRows = { writtenRows: Set<string> };

async function watchWrittenRows(filter: Locator): Promise<void> {
  await filter.evaluate((section) => {
    const written = new Set<string>();
    (window as unknown as WithWrittenRows).writtenRows = written;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const name = target?.closest('li')?.querySelector('.actor-option__name')?.textContent;
        if (name) written.add(name);
      }
    }).observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const writtenRows = (page: Page) =>
  page.evaluate(() => [...(window as unknown as WithWrittenRows).writtenRows].sort());
