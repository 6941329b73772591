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
});
