// A timeline that travels in its own link: the link and embed code from Publish open the edited
// timeline with no request for data; a damaged link says so; a large timeline is refused a link.
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/schema/dataset';
import { expect, eventTitled, shippedDataset, test, TimelinePage } from './fixtures';
import { HOST } from './origins';

const WITHDRAWAL = eventTitled('US withdraws from Afghanistan; Taliban take control');

async function publishDialog(page: Page) {
  await page.getByRole('region', { name: 'Edit mode' }).getByRole('button', { name: 'Publish…' }).click();
  return page.getByRole('dialog', { name: 'Publish this timeline' });
}

/** Every request the page makes for a dataset file. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/\.json(\?|$)/.test(request.url())) seen.push(request.url());
  });
  return seen;
}

test.describe('a timeline in its own link', () => {
  test('the link and the embed code carry the edited timeline, and no data is fetched', async ({
    page,
    context,
    timelinePage,
  }) => {
    await timelinePage.open();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await timelinePage.item(WITHDRAWAL.title).click();
    await page.getByTestId('event-editor').getByLabel('Title', { exact: true }).fill('The US leaves Kabul');
    const dialog = await publishDialog(page);
    const link = await dialog.getByLabel('Link').inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#dataset=1\.[\w-]+$/);
    const embedCode = await dialog.getByLabel('Embed code').inputValue();
    const src = /src="([^"]+)"/.exec(embedCode)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src).toMatch(/\?embed=1#dataset=1\./);

    const reader = await context.newPage();
    const requested = dataRequests(reader);
    await reader.goto(link);
    const opened = new TimelinePage(reader);
    await expect(opened.item('The US leaves Kabul')).toHaveCount(1);
    await expect(opened.items).toHaveCount(shippedDataset.events.length);
    expect(requested).toEqual([]);

    // Embedded on another site: the frame unpacks the same timeline.
    const host = await context.newPage();
    const hostRequests = dataRequests(host);
    await host.goto(`${HOST}/index.html?src=${encodeURIComponent(src)}`);
    const frame = host.frameLocator('iframe');
    await expect(frame.locator('.nl-item__title', { hasText: 'The US leaves Kabul' })).toHaveCount(1);
    expect(hostRequests).toEqual([]);
  });

  test('a damaged link says what is wrong, and nothing else loads', async ({ page }) => {
    const requested = dataRequests(page);
    await page.goto('/#dataset=1.AAAA');
    await expect(page.getByRole('alert')).toContainText('The timeline in this link could not be opened.');
    await expect(page.getByRole('alert')).toContainText(
      'damaged: it may have been cut short when it was copied',
    );
    expect(requested).toEqual([]);
  });

  test('a timeline too large for a link is refused one, with the way out', async ({ page }) => {
    // A thousand events whose words do not repeat: they do not compress into a link.
    const noise = (seed: number) =>
      Array.from({ length: 12 }, (_, i) => ((seed * 7919 + i * 104729) % 1_000_003).toString(36)).join(' ');
    const big: Dataset = {
      ...shippedDataset,
      events: Array.from({ length: 1000 }, (_, i) => ({
        ...WITHDRAWAL,
        id: `event-${i}`,
        title: `Event ${noise(i)}`.slice(0, 120),
        summary: noise(i + 1000),
      })),
    };
    await page.route('**/big.json', (route) => route.fulfill({ json: big }));
    await page.goto('/?data=big.json');
    await expect(page.getByText('All 1,000 events', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = await publishDialog(page);
    await expect(dialog).toContainText(/too large to travel in a link: it would take [\d,]+ characters/);
    await expect(dialog.getByLabel('Link')).toHaveCount(0);
  });
});
