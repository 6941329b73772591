import { expect, shippedDataset, test } from './fixtures';

test.describe('links and history', () => {
  test('a deep link reopens its event and its filter', async ({ timelinePage }) => {
    await timelinePage.open('?event=china-credentials-to-taliban&actors=china,pakistan');
    await expect(timelinePage.panelTitle).toHaveText(
      'China first to offer diplomatic credentials to the Taliban',
    );
    await expect(timelinePage.actorCheckbox('China')).toBeChecked();
    await expect(timelinePage.actorCheckbox('Pakistan')).toBeChecked();
    const expected = shippedDataset.events.filter((event) => event.actorIds.includes('china')).length;
    await expect(timelinePage.items).toHaveCount(expected);
    // Opening a link adds no history entries of its own: one Back leaves the page.
    expect(await timelinePage.page.evaluate(() => history.length)).toBe(2);
    await expect(timelinePage.page).toHaveURL(/\?event=china-credentials-to-taliban&actors=china,pakistan$/);
  });

  test('each view is a history entry: Back and Forward move between them', async ({ timelinePage, page }) => {
    await timelinePage.open();
    await timelinePage.item('US withdraws from Afghanistan').click();
    await expect(page).toHaveURL(/event=us-withdrawal-from-afghanistan/);
    await timelinePage.item('Trump criticises Biden').click();
    await expect(page).toHaveURL(/event=trump-criticises-biden-over-equipment/);
    await timelinePage.actorCheckbox('Taliban').check();
    await expect(page).toHaveURL(/actors=taliban/);

    await page.goBack();
    await expect(timelinePage.actorCheckbox('Taliban')).not.toBeChecked();
    await expect(timelinePage.panelTitle).toHaveText(
      'Trump criticises Biden over equipment left in Afghanistan',
    );
    await page.goBack();
    await expect(timelinePage.panelTitle).toHaveText('US withdraws from Afghanistan; Taliban take control');
    await page.goBack();
    await expect(timelinePage.panel).toBeHidden();
    await page.goForward();
    await expect(timelinePage.panelTitle).toHaveText('US withdraws from Afghanistan; Taliban take control');
  });

  test('ids in the URL that are invalid or unknown are ignored, not trusted', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?event=no-such-event&actors=%3Cscript%3E,nobody,taliban');
    await expect(timelinePage.panel).toBeHidden();
    await expect(timelinePage.actorCheckbox('Taliban')).toBeChecked();
    await expect(page).toHaveURL(/\?actors=taliban$/);
  });
});
