// Story mode: a title slide, then one slide per event in date order, walked by keyboard, buttons,
// swipes and the navigator; a slide's link; the filter and search narrowing the slides; embedded.
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { chronologicalEvents } from '../src/app/model/dates/eventPlacement';
import { expect, shippedDataset, test } from './fixtures';
import { APP, HOST } from './origins';

/** The app's date order, which the story must follow slide by slide. */
const chronological = chronologicalEvents(shippedDataset);
const total = chronological.length;

function story(scope: Page | FrameLocator) {
  const region = scope.getByRole('region', { name: 'Story', exact: true });
  return {
    region,
    title: region.getByRole('heading', { level: 2 }),
    position: region.getByRole('status'),
    previous: region.getByRole('button', { name: 'Previous slide' }),
    next: region.getByRole('button', { name: 'Next slide' }),
    stage: region.getByTestId('story-stage'),
    navigator: region.getByRole('region', { name: 'Story navigator' }),
  };
}

async function expectSlide(scope: Page | FrameLocator, index: number, count = total, events = chronological) {
  const { title, position } = story(scope);
  if (index === -1) {
    await expect(title).toHaveText(shippedDataset.title);
    await expect(position).toHaveText(`Title, ${count} events`);
  } else {
    await expect(title).toHaveText(events[index]!.title);
    await expect(position).toHaveText(`${index + 1} of ${count}`);
  }
}

const eventParam = (page: Page) => new URL(page.url()).searchParams.get('event');

async function swipe(stage: Locator, dx: number, dy = 0, pointerType = 'touch') {
  const box = await stage.boundingBox();
  if (!box) throw new Error('the slide is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const init = { pointerId: 7, pointerType, isPrimary: true, bubbles: true };
  await stage.dispatchEvent('pointerdown', { ...init, clientX: x, clientY: y });
  await stage.dispatchEvent('pointermove', { ...init, clientX: x + dx / 2, clientY: y + dy / 2 });
  await stage.dispatchEvent('pointerup', { ...init, clientX: x + dx, clientY: y + dy });
}

test.describe('story mode', () => {
  test('walks every slide by keyboard: → to the end, ← back to the title, then End and Home', async ({
    page,
  }) => {
    await page.goto('/?mode=story');
    await expectSlide(page, -1);
    for (let index = 0; index < total; index++) {
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, index);
      expect(eventParam(page)).toBe(chronological[index]!.id);
    }
    await expect(story(page).next).toBeDisabled();
    await page.keyboard.press('ArrowRight'); // nothing after the last
    await expectSlide(page, total - 1);
    for (let index = total - 2; index >= -1; index--) {
      await page.keyboard.press('ArrowLeft');
      await expectSlide(page, index);
    }
    await expect(story(page).previous).toBeDisabled();
    expect(eventParam(page)).toBeNull();
    await page.keyboard.press('End');
    await expectSlide(page, total - 1);
    await page.keyboard.press('Home');
    await expectSlide(page, -1);
    // Typing in the search box is typing, not turning slides.
    await page.getByLabel('Search events').focus();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, -1);
  });

  test('the buttons, the header switch and Back move between slides and modes', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Story' }).click();
    await expect(page).toHaveURL(/mode=story/);
    await expectSlide(page, -1);
    await story(page).next.click();
    await story(page).next.click();
    await expectSlide(page, 1);
    await story(page).previous.click();
    await expectSlide(page, 0);
    await page.goBack();
    await expectSlide(page, 1);
    await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Timeline' }).click();
    await expect(page.getByRole('region', { name: 'Story', exact: true })).toHaveCount(0);
    // The same event stays open, now in the panel.
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
      chronological[1]!.title,
    );
  });

  test('a swipe left shows the next slide, a swipe right the previous; a scroll or a mouse drag does not', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?mode=story&event=${chronological[2]!.id}`);
    await expectSlide(page, 2);
    const { stage } = story(page);
    await swipe(stage, -120);
    await expectSlide(page, 3);
    await swipe(stage, 120);
    await swipe(stage, 120);
    await expectSlide(page, 1);
    await swipe(stage, -60, 200); // mostly down: a scroll
    await swipe(stage, -120, 0, 'mouse'); // selecting text
    await swipe(stage, -30); // too short
    await expectSlide(page, 1);
  });

  test('a link opens its slide, and so does a reload; the slide shows the event as the panel does', async ({
    page,
  }) => {
    const index = chronological.findIndex((event) => event.quotes.length > 0 && event.sources.length > 0);
    const event = chronological[index]!;
    await page.goto(`/?mode=story&event=${event.id}`);
    await expectSlide(page, index);
    await page.reload();
    await expectSlide(page, index);
    const { region } = story(page);
    // Quotes with their speakers, and sources with their excerpts.
    const quotes = region.getByRole('region', { name: 'Quotes' });
    await expect(quotes.locator('blockquote').first()).toContainText(event.quotes[0]!.text);
    const speaker = shippedDataset.actors.find((actor) => actor.id === event.quotes[0]!.speakerId);
    if (speaker) await expect(quotes.locator('figcaption').first()).toContainText(speaker.name);
    const sources = region.getByRole('region', { name: 'Sources' });
    await expect(sources.locator('blockquote').first()).toContainText(event.sources[0]!.excerpt);
    await expect(region.getByText(event.summary, { exact: true }).first()).toBeVisible();
  });

  test('the actor filter narrows the slides, and a hidden slide moves to the nearest one left', async ({
    page,
  }) => {
    const actor = shippedDataset.actors.find((candidate) => candidate.id === 'china')!;
    const kept = chronological.filter((event) => event.actorIds.includes(actor.id));
    // A slide the filter hides, with some of the actor's events after it.
    const hiddenIndex = chronological.findIndex(
      (event, index) =>
        !event.actorIds.includes(actor.id) &&
        chronological.slice(index + 1).some((later) => later.actorIds.includes(actor.id)),
    );
    const hidden = chronological[hiddenIndex]!;
    const nearest = chronological.slice(hiddenIndex + 1).find((event) => event.actorIds.includes(actor.id))!;
    await page.goto(`/?mode=story&event=${hidden.id}`);
    await expectSlide(page, hiddenIndex);
    await page
      .getByRole('region', { name: 'Filter by actor' })
      .getByRole('checkbox', { name: new RegExp(`^${actor.name} `) })
      .check();
    await expectSlide(page, kept.indexOf(nearest), kept.length, kept);
    expect(eventParam(page)).toBe(nearest.id);
    // The move was the app's, not a step of its own: Back goes to before the filter, with the
    // slide it hid; Forward to the filter with the slide it moved to.
    await page.goBack();
    await expect(page).not.toHaveURL(/actors=/);
    await expectSlide(page, hiddenIndex);
    await page.goForward();
    await expectSlide(page, kept.indexOf(nearest), kept.length, kept);
    await page.keyboard.press('Home');
    await expectSlide(page, -1, kept.length, kept);
    for (let index = 0; index < kept.length; index++) {
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, index, kept.length, kept);
    }
  });

  test('a search narrows the slides to its matches, each with the words marked', async ({ page }) => {
    await page.goto('/?mode=story');
    await page.getByLabel('Search events').fill('China');
    const { position, next } = story(page);
    await expect(position).not.toHaveText(`Title, ${total} events`);
    const count = Number((await position.textContent())?.match(/(\d+) events?$/)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await next.focus(); // out of the search box, where the arrows move the caret
    for (let index = 0; index < count; index++) {
      await page.keyboard.press('ArrowRight');
      await expect(position).toHaveText(`${index + 1} of ${count}`);
      await expect(story(page).stage.locator('mark').first()).toBeVisible();
    }
  });

  test('the navigator marks the current slide, follows the slides, and jumps to a clicked event', async ({
    page,
  }) => {
    await page.goto(`/?mode=story&event=${chronological[0]!.id}`);
    const { navigator } = story(page);
    const selected = navigator.locator('.vis-item.vis-selected .nl-item__title');
    await expect(selected).toHaveText(chronological[0]!.title);
    await page.keyboard.press('End');
    await expectSlide(page, total - 1);
    await expect(selected).toHaveText(chronological[total - 1]!.title);
    await expect(selected).toBeInViewport();
    // Click another event drawn in the navigator: its slide opens.
    const other = navigator
      .locator('.vis-item.nl-item:not(.vis-selected) .nl-item__title')
      .filter({ visible: true })
      .first();
    const title = (await other.textContent()) ?? '';
    await other.click();
    await expect(story(page).title).toHaveText(title);
    await expect(selected).toHaveText(title);
    // Empty space in the navigator keeps the slide.
    const box = (await navigator.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + 4);
    await expect(story(page).title).toHaveText(title);
  });

  test('embedded in a host page: the slide link, the buttons and the host API', async ({ page }) => {
    const event = chronological[3]!;
    const src = `${APP}/?embed=1&mode=story&parentOrigin=${HOST}&event=${event.id}`;
    await page.goto(`${HOST}/index.html?src=${encodeURIComponent(src)}&width=640&height=480`);
    const frame = page.frameLocator('iframe');
    await expectSlide(frame, 3);
    await story(frame).next.click();
    await expectSlide(frame, 4);
    const received = () =>
      page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);
    await expect.poll(received).toContainEqual({
      namespace: 'newsline',
      version: 1,
      type: 'selection-changed',
      eventId: chronological[4]!.id,
    });
    // The host selects an event: the story shows its slide.
    await page.evaluate(
      (eventId) =>
        (window as unknown as { sendToTimeline: (m: unknown) => void }).sendToTimeline({
          namespace: 'newsline',
          version: 1,
          type: 'select-event',
          eventId,
        }),
      chronological[0]!.id,
    );
    await expectSlide(frame, 0);
    await expect(frame.getByRole('link', { name: /Open full timeline/ })).toHaveAttribute(
      'href',
      new RegExp(`mode=story`),
    );
  });

  test('at 320×400 in a frame, the slide, its buttons and the navigator fit', async ({ page }) => {
    const src = `${APP}/?embed=1&mode=story&event=${chronological[5]!.id}`;
    await page.goto(`${HOST}/index.html?src=${encodeURIComponent(src)}&width=320&height=400`);
    const frame = page.frameLocator('iframe');
    await expectSlide(frame, 5);
    const { next, previous, navigator, title } = story(frame);
    for (const part of [next, previous, navigator, title]) await expect(part).toBeInViewport({ ratio: 1 });
    await next.click();
    await expectSlide(frame, 6);
  });

  test('the Embed dialog offers Story for small frames, below a size the editor chooses', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog');
    const code = dialog.getByLabel('Code to paste into your page');
    const storyRadio = dialog.getByRole('radio', { name: /^Story/ });
    const timelineRadio = dialog.getByRole('radio', { name: /^Timeline/ });
    await expect(timelineRadio).toBeChecked();
    await expect(code).not.toHaveValue(/mode=story/);
    await dialog.getByRole('combobox', { name: /^Width/ }).selectOption('400');
    await expect(storyRadio).toBeChecked();
    await expect(code).toHaveValue(/mode=story/);
    await dialog.getByLabel(/Suggest Story for frames narrower or shorter than/).fill('300');
    await expect(timelineRadio).toBeChecked();
    await storyRadio.check();
    await dialog.getByRole('combobox', { name: /^Width/ }).selectOption('800');
    await expect(storyRadio).toBeChecked();
    await expect(code).toHaveValue(/mode=story/);
  });
});
