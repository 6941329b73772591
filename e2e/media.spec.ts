// Media on events: a picture with its alt text, caption and credit, in a box that does not move
// what is below it when the picture arrives; a broken picture that still says what it showed and
// whose it was; a link that opens in a new tab; an image without alt text refused, saying where;
// and a TimelineJS file's media, shown or kept as a link and listed.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import {
  BROKEN_IMAGE,
  INTERVIEW,
  OPENING,
  PIER_IMAGE,
  STORM,
  VIDEO_PAGE,
  mediaDataset,
} from './mediaDataset';
import { HOST } from './origins';

async function openFile(page: Page, name: string, content: unknown): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (
    await choosing
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
}

test.describe('media', () => {
  test('a picture shows with its alt text, caption and credit, in a box that has its height before it loads', async ({
    page,
    timelinePage,
  }) => {
    // Hold the picture back until the box has been measured.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(PIER_IMAGE, async (route) => {
      await held;
      await route.continue();
    });
    await timelinePage.open();
    await openFile(page, 'pier.json', mediaDataset());
    await expect(page.locator('.app__title')).toHaveText('The new pier');
    await timelinePage.item(OPENING).click();

    const panel = timelinePage.panel;
    const image = panel.getByRole('img', { name: 'A grey pier reaching into a blue sea under a pale sky' });
    await expect(image).toHaveAttribute('src', PIER_IMAGE);
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('decoding', 'async');
    await expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(panel.getByText('The pier on its first morning')).toBeVisible();
    await expect(panel.getByText('Photo: Ada Quill / Harbour Gazette')).toBeVisible();

    const box = panel.getByTestId('media-box');
    const caption = panel.getByText('The pier on its first morning');
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
    const before = { box: await box.boundingBox(), caption: await caption.boundingBox() };
    expect(before.box?.height).toBeGreaterThan(100);
    release();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
    const after = { box: await box.boundingBox(), caption: await caption.boundingBox() };
    expect(after.box?.height).toBe(before.box?.height);
    expect(after.caption?.y).toBe(before.caption?.y);
    await expect(page.locator('iframe')).toHaveCount(0);
  });

  test('a picture that cannot be loaded shows its alt text and credit in its box', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await openFile(page, 'pier.json', mediaDataset());
    await timelinePage.item(STORM).click();
    const box = timelinePage.panel.getByTestId('media-box');
    await expect(box.getByRole('img', { name: 'The old jetty with its planks torn away' })).toBeVisible();
    await expect(box).toContainText('The image could not be loaded.');
    await expect(box).toContainText('The old jetty with its planks torn away');
    await expect(box).toContainText('Photo: Mo Lund');
    await expect(timelinePage.panel.locator(`img[src="${BROKEN_IMAGE}"]`)).toHaveCount(0);
  });

  test('a link to a video opens in a new tab, never in a frame', async ({ page, timelinePage }) => {
    await timelinePage.open();
    await openFile(page, 'pier.json', mediaDataset());
    await timelinePage.item(INTERVIEW).click();
    const link = timelinePage.panel.getByRole('link', { name: 'Watch the interview (opens in a new tab)' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(timelinePage.panel).toContainText(`127.0.0.1:${new URL(HOST).port} ↗`);
    await expect(timelinePage.panel).toContainText('Credit: Island TV');
    const opening = page.waitForEvent('popup');
    await link.click();
    const popup = await opening;
    expect(popup.url()).toBe(VIDEO_PAGE);
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();
    await expect(page.locator('iframe')).toHaveCount(0);
  });

  test('the panel with a picture, a broken picture and a link has no axe violations, light and dark', async ({
    page,
    timelinePage,
  }) => {
    // Six axe runs: 15 s on a quiet machine, over 30 on a busy one.
    test.setTimeout(90_000);
    await timelinePage.open();
    await openFile(page, 'pier.json', mediaDataset());
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const title of [OPENING, STORM, INTERVIEW]) {
        await timelinePage.item(title).click();
        await expect(timelinePage.panelTitle).toHaveText(title);
        expect(await axeViolations(page, '[data-testid="event-panel"]'), `${title}, ${scheme}`).toEqual([]);
      }
    }
  });

  test('a dataset whose image has no alt text is refused, saying where', async ({ page, timelinePage }) => {
    await timelinePage.open();
    const dataset = mediaDataset({ openingMedia: { kind: 'image', url: PIER_IMAGE } });
    await openFile(page, 'no-alt.json', { ...dataset, events: dataset.events.slice(0, 1) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('“no-alt.json” could not be opened');
    await expect(alert).toContainText(
      'events[0] (id "opening").media.alt: an image needs alt text: describe what it shows for readers who cannot see it',
    );
  });

  test('a TimelineJS file opened with Open… shows its picture and lists what it kept as a link', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    const slide = (headline: string, day: number, media: Record<string, string>) => ({
      start_date: { year: 2024, month: 5, day },
      text: { headline, text: `<p>${headline}.</p>` },
      media,
    });
    await openFile(page, 'pier.timelinejs.json', {
      title: { text: { headline: 'The pier, in TimelineJS' } },
      events: [
        slide('Pier opens', 18, {
          url: PIER_IMAGE,
          alt: 'A grey pier reaching into a blue sea',
          caption: 'First <b>morning</b>',
          credit: 'Ada Quill',
        }),
        slide('Interview aired', 25, { url: 'https://www.youtube.com/watch?v=pier', credit: 'Island TV' }),
      ],
    });
    await expect(page.locator('.app__title')).toHaveText('The pier, in TimelineJS');
    const notes = page.getByRole('status').filter({ hasText: 'as TimelineJS JSON' });
    await expect(notes).toContainText('1 note on what could not be kept');
    await notes.getByText(/note on what/).click();
    await expect(notes).toContainText('not shown as a picture: events[1]: a youtube media item');
    await timelinePage.item('Pier opens').click();
    await expect(
      timelinePage.panel.getByRole('img', { name: 'A grey pier reaching into a blue sea' }),
    ).toBeVisible();
    await expect(timelinePage.panel).toContainText('First morning');
    await expect(timelinePage.panel).toContainText('Credit: Ada Quill');
    await timelinePage.item('Interview aired').click();
    await expect(
      timelinePage.panel.getByRole('link', { name: 'Open the video on YouTube (opens in a new tab)' }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=pier');
    await expect(page.locator('iframe')).toHaveCount(0);
  });

  test('in edit mode, an editor gives an event a picture: refused without alt text, then shown', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await openFile(page, 'pier.json', mediaDataset());
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const bar = page.getByRole('region', { name: 'Edit mode' });
    await expect(bar).toContainText('No edits yet');
    await timelinePage.item(INTERVIEW).click();
    const media = page.getByTestId('event-editor').getByRole('group', { name: 'Media' });
    await media.getByRole('radio', { name: 'A picture' }).check();
    await media.getByLabel('Address (https://…)').fill(PIER_IMAGE);
    await media.getByRole('button', { name: 'Save media' }).click();
    await expect(media.getByRole('alert')).toContainText('media.alt an image needs alt text');
    await media.getByLabel('Alt text').fill('The harbour master on the new pier');
    await media.getByLabel('Credit').fill('Photo: Island TV');
    await media.getByRole('button', { name: 'Save media' }).click();
    await expect(media.getByRole('alert')).toHaveCount(0);
    await bar.getByRole('button', { name: 'Preview' }).click();
    await timelinePage.item(INTERVIEW).click();
    await expect(
      timelinePage.panel.getByRole('img', { name: 'The harbour master on the new pier' }),
    ).toBeVisible();
    await expect(timelinePage.panel).toContainText('Photo: Island TV');
  });
  test("story mode shows the title slide's picture and each slide's, beside the text on a wide screen", async ({
    page,
    timelinePage,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await timelinePage.open();
    const titleMedia = {
      kind: 'image',
      url: PIER_IMAGE,
      alt: 'The harbour seen from the hill',
      credit: 'Photo: Harbour Gazette',
    };
    await openFile(page, 'pier.json', { ...mediaDataset(), media: titleMedia });
    await expect(page.locator('.app__title')).toHaveText('The new pier');
    await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Story' }).click();

    const slide = page.getByRole('region', { name: 'Current slide' });
    await expect(slide.getByRole('heading', { name: 'The new pier' })).toBeVisible();
    await expect(slide.getByRole('img', { name: 'The harbour seen from the hill' })).toBeVisible();
    await expect(slide).toContainText('Photo: Harbour Gazette');

    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect(slide.getByRole('heading', { name: OPENING })).toBeVisible();
    const picture = slide.getByRole('img', { name: 'A grey pier reaching into a blue sea under a pale sky' });
    await expect(picture).toBeVisible();
    await expect(slide).toContainText('Photo: Ada Quill / Harbour Gazette');
    // Beside the text, not above it: the picture and the title share the slide's first row.
    const [pictureBox, titleBox] = [
      await picture.boundingBox(),
      await slide.getByRole('heading', { name: OPENING }).boundingBox(),
    ];
    expect(pictureBox && titleBox && Math.abs(pictureBox.x - titleBox.x)).toBeGreaterThan(200);

    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect(slide.getByRole('heading', { name: STORM })).toBeVisible();
    await expect(slide.getByRole('img', { name: 'The old jetty with its planks torn away' })).toBeVisible();
    await expect(slide).toContainText('Photo: Mo Lund');
  });
});
