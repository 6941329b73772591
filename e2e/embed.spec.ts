// The timeline embedded in a host page of another origin, driven through the postMessage API.
import type { Page } from '@playwright/test';
import { expect, shippedDataset, test, visibleWindow } from './fixtures';
import { APP, HOST, STRANGER } from './origins';
import { escapeRegExp } from '../src/pipeline/escapeRegExp';

function hostUrl(host: string, query: string, extra = '') {
  return `${host}/index.html?src=${encodeURIComponent(`${APP}/?embed=1&parentOrigin=${HOST}${query}`)}${extra}`;
}

async function openHost(page: Page, host = HOST, query = '', extra = '') {
  await page.goto(hostUrl(host, query, extra));
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.nl-item__content').first()).toBeVisible();
  return frame;
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);
const send = (page: Page, message: unknown) =>
  page.evaluate(
    (m) => (window as unknown as { sendToTimeline: (m: unknown) => void }).sendToTimeline(m),
    message,
  );
const message = (type: string, body: object) => ({ namespace: 'newsline', version: 1, type, ...body });
// Embeds start with the actor list folded; its checkboxes still carry the filter's state.

test.describe('embedded in another origin', () => {
  test('loads, tells the host it is ready and its preferred height', async ({ page }) => {
    const frame = await openHost(page);
    await expect(frame.getByRole('link', { name: /Open full timeline/ })).toHaveAttribute('target', '_blank');
    await expect
      .poll(() => received(page))
      .toContainEqual(
        message('ready', { eventCount: shippedDataset.events.length, title: shippedDataset.title }),
      );
    await expect.poll(async () => (await received(page)).some((m) => m.type === 'resize')).toBe(true);
  });

  test('the host selects an event; the panel opens inside the frame and the selection comes back', async ({
    page,
  }) => {
    const frame = await openHost(page);
    await send(page, message('select-event', { eventId: 'trump-rally-threatens-aid' }));
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'Trump threatens to cut aid unless the Taliban return US equipment',
    );
    // The rally is known only to be after 2021, so it sits last, by its report: walk back from it.
    await frame.getByRole('button', { name: '← Previous' }).click();
    await expect
      .poll(() => received(page))
      .toContainEqual(message('selection-changed', { eventId: 'trump-rally-threatens-aid' }));
    // The host mirrors the reader's selection into its own URL, for deep links.
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#event=(?!trump-rally-threatens-aid)[a-z0-9-]+$/);
  });

  test('the host sets the filter and the window', async ({ page }) => {
    const frame = await openHost(page);
    await send(page, message('set-filter', { actorIds: ['china', 'no-such-actor'] }));
    await expect(frame.getByRole('checkbox', { name: /^China country/, includeHidden: true })).toBeChecked();
    const withChina = shippedDataset.events.filter((event) => event.actorIds.includes('china')).length;
    await expect(frame.locator('.vis-item.nl-item:has(.nl-item__content)')).toHaveCount(withChina);
    await expect
      .poll(() => received(page))
      .toContainEqual(message('filter-changed', { actorIds: ['china'] }));

    await send(page, message('set-window', { start: '2020-01-01', end: '2023-01-01' }));
    await expect
      .poll(() => visibleWindow(frame))
      .toEqual({ start: '2020-01-01T00:00:00.000Z', end: '2023-01-01T00:00:00.000Z' });
  });

  test('ignores messages from another origin and malformed ones, and counts them', async ({ page }) => {
    // The stranger's page embeds a timeline that only trusts HOST.
    let frame = await openHost(page, STRANGER);
    await send(page, message('select-event', { eventId: 'trump-rally-threatens-aid' }));
    const app = frame.locator('.app');
    await expect(app).toHaveAttribute('data-ignored-messages', '1');
    await expect(frame.getByRole('complementary')).toBeHidden();
    // Nor does the timeline talk to a page that is not its parentOrigin.
    expect(await received(page)).toEqual([]);

    frame = await openHost(page);
    for (const bad of [
      message('select-event', { eventId: 42 }),
      message('select-event', { eventId: 'x', extra: '<img src=x onerror=alert(1)>' }),
      { ...message('set-filter', { actorIds: ['china'] }), version: 2 },
      'select-event trump-rally-threatens-aid',
    ]) {
      await send(page, bad);
    }
    await expect(frame.locator('.app')).toHaveAttribute('data-ignored-messages', '4');
    await expect(frame.getByRole('complementary')).toBeHidden();
    await expect(
      frame.getByRole('checkbox', { name: /^China country/, includeHidden: true }),
    ).not.toBeChecked();
  });

  test('without parentOrigin, any page may frame it, so it tells that page only ids and a height', async ({
    page,
  }) => {
    await page.goto(`${HOST}/index.html?src=${encodeURIComponent(`${APP}/?embed=1`)}`);
    const frame = page.frameLocator('iframe');
    await frame.locator('.nl-item__content').first().click();
    await expect(frame.getByRole('complementary')).toBeVisible();
    await frame.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => (await received(page)).some((m) => m.type === 'selection-changed'))
      .toBe(true);
    // Settled: the zoom's window would have been told by now, if it were told.
    await expect.poll(async () => (await received(page)).some((m) => m.type === 'resize')).toBe(true);
    const messages = await received(page);
    expect(messages).toContainEqual(message('ready', {}));
    const allowed: Record<string, string[]> = {
      ready: [],
      'selection-changed': ['eventId'],
      'filter-changed': ['actorIds'],
      resize: ['height'],
    };
    for (const { type, ...fields } of messages as { type: string }[]) {
      expect(allowed[type], `${type} is not sent without parentOrigin`).toBeDefined();
      expect(Object.keys(fields).sort()).toEqual(['namespace', 'version', ...allowed[type]!].sort());
    }
  });

  test('URL parameters pre-set the view, and a bad one only earns a notice', async ({ page }) => {
    const frame = await openHost(
      page,
      HOST,
      '&event=china-credentials-to-taliban&actors=china&start=2020&end=2026&theme=dark&data=javascript:alert(1)',
    );
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'China first to offer diplomatic credentials to the Taliban',
    );
    await expect(frame.getByRole('checkbox', { name: /^China country/, includeHidden: true })).toBeChecked();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => visibleWindow(frame)).toMatchObject({ start: '2020-01-01T00:00:00.000Z' });
    await expect(
      frame.getByText('Ignored data=javascript:alert(1): data must be the http(s) address of a dataset.'),
    ).toBeVisible();
  });

  test('is usable at 400×500', async ({ page }) => {
    const frame = await openHost(
      page,
      HOST,
      '&event=trump-rally-threatens-aid&layout=horizontal',
      '&width=400&height=500',
    );
    const panel = frame.getByRole('complementary');
    await expect(panel).toBeVisible();
    await frame.getByRole('button', { name: '← Previous' }).click();
    await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(/Trump threatens/);
    const box = await page.locator('iframe').boundingBox();
    const sheet = await panel.boundingBox();
    expect(sheet!.width).toBeLessThanOrEqual(400);
    expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(box!.y + 500 + 1);
    await frame.getByRole('button', { name: 'Close panel' }).click();
    await expect(frame.locator('.vis-item.nl-item:has(.nl-item__content)').first()).toBeVisible();
  });
});

test('embedded at 320×400, the timeline runs down the frame and the opened event stays above the panel', async ({
  page,
}) => {
  await page.goto(hostUrl(HOST, '&event=trump-rally-threatens-aid', '&width=320&height=400'));
  const frame = page.frameLocator('iframe');
  const panel = frame.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  const opened = frame.locator('.vertical__card[aria-current="true"]');
  await expect(opened).toContainText('Trump threatens to cut aid');
  await expect(opened).toBeInViewport();
  const card = await opened.boundingBox();
  const sheet = await panel.boundingBox();
  expect(card!.y + card!.height).toBeLessThanOrEqual(sheet!.y + 1);
  await frame.getByRole('button', { name: 'Close panel' }).click();
  await expect(panel).toBeHidden();
  await expect(frame.locator('.vertical__card').first()).toBeVisible();
});

test.describe('the embed dialog', () => {
  test('offers the embed in another language: the code carries lang and the preview speaks it', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?event=countries-engage-with-taliban');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    const language = dialog.getByRole('combobox', { name: 'Language' });
    await expect(language).toHaveValue('en');
    await expect(language.getByRole('option')).toHaveText(['English', 'Français', 'العربية']);
    await language.selectOption({ label: 'العربية' });

    const code = dialog.getByLabel('Code to paste into your page');
    await expect(code).toHaveValue(/(\?|&amp;)lang=ar"/);
    await expect(dialog.locator('iframe')).toHaveAttribute('src', /[?&]lang=ar(&|$)/);
    await dialog.locator('iframe').scrollIntoViewIfNeeded();
    const preview = page.frameLocator('.embed-dialog__preview iframe');
    await expect(preview.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(preview.locator('html')).toHaveAttribute('dir', 'rtl');
    // The open event's date, at least, is written in Arabic words.
    await expect(preview.locator('body')).toContainText(/\p{Script=Arabic}{3,}/u);
  });

  test('gives a snippet that reproduces the current view when pasted into a page', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?event=countries-engage-with-taliban&actors=pakistan');
    const embed = page.getByRole('button', { name: 'Embed' });
    await embed.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/Your site’s origin/).fill(HOST);
    const snippet = await dialog.getByLabel('Code to paste into your page').inputValue();
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="${escapeRegExp(APP)}/\\?embed=1&amp;event=countries-engage-with-taliban&amp;actors=pakistan&amp;start=`,
      ),
    );
    expect(snippet).toContain('title="Timeline: The Taliban and the US weapons left in Afghanistan"');
    expect(snippet).toContain('loading="lazy"');
    await expect(dialog.locator('iframe')).toHaveAttribute('height', '600');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(embed).toBeFocused();

    await page.goto(`${HOST}/index.html?snippet=${encodeURIComponent(snippet)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'China, Pakistan and Russia engage with the Taliban',
    );
    await expect(
      frame.getByRole('checkbox', { name: /^Pakistan country/, includeHidden: true }),
    ).toBeChecked();
    await send(page, message('select-event', { eventId: 'china-credentials-to-taliban' }));
    await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      'China first to offer diplomatic credentials to the Taliban',
    );
  });
});
