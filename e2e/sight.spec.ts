// Readers see every event: at each size a reader uses (desktop, laptop, phone, embeds in another
// origin's page), light and dark, every event's title is on screen and not under anything, or is
// counted in a visible "more" cue or cluster; the opened event is never under the panel; a date
// known only by a bound is never drawn at that bound. Checked the way a reader sees it: by what
// the browser hits at each title's box (elementFromPoint), not by what the code means to draw.
import type { Frame, Page } from '@playwright/test';
import type { TimelineEvent } from '../src/schema/dataset';
import { expect, shippedDataset, test } from './fixtures';
import { APP, HOST } from './origins';

interface Frame_ {
  name: string;
  width: number;
  height: number;
  embed: boolean;
}

const FRAMES: Frame_[] = [
  { name: 'desktop 1440×900', width: 1440, height: 900, embed: false },
  { name: 'laptop 1280×720', width: 1280, height: 720, embed: false },
  { name: 'phone 390×844', width: 390, height: 844, embed: false },
  { name: 'embed 640×480', width: 640, height: 480, embed: true },
  { name: 'embed 320×400', width: 320, height: 400, embed: true },
];

type Scope = Page | Frame;

/** Opens the app at this size, directly or in a host page of another origin, and returns where it runs. */
async function openAt(page: Page, frame: Frame_, theme: 'light' | 'dark', query = ''): Promise<Scope> {
  const params = `theme=${theme}${query}`;
  if (!frame.embed) {
    await page.setViewportSize({ width: frame.width, height: frame.height });
    await page.goto(`/?${params}`);
    await page.locator('.nl-item__title, .vertical__title').first().waitFor();
    return page;
  }
  await page.setViewportSize({ width: 1000, height: 700 });
  const src = `${APP}/?embed=1&parentOrigin=${HOST}&${params}`;
  await page.goto(
    `${HOST}/index.html?src=${encodeURIComponent(src)}&width=${frame.width}&height=${frame.height}`,
  );
  const app = page.frames().find((candidate) => candidate.url().startsWith(APP));
  if (!app) throw new Error('the timeline frame did not load');
  await app.locator('.nl-item__title, .vertical__title').first().waitFor();
  return app;
}

interface Sight {
  /** Titles neither in plain sight nor counted anywhere visible. */
  unaccounted: string[];
  /** Titles not in plain sight. */
  unseen: string[];
  /** Titles out of sight, and what the visible cues and clusters count. */
  hidden: number;
  counted: number;
  /** Titles seen whose card or box is cut at an edge: a cue may count them as well. */
  partlyCut: number;
}

/**
 * Which of these titles a reader can see inside the timeline: the title's text is hit by the browser
 * at its start, middle and end, inside the frame. The rest must add up to what the visible cues say.
 */
function sight(scope: Scope, titles: readonly string[]): Promise<Sight> {
  return scope.evaluate((titles) => {
    const regions = [...document.querySelectorAll('section[aria-label^="Timeline"]')];
    const seen = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      if (box.width < 4 || box.height < 4) return false;
      const y = box.top + box.height / 2;
      return [box.left + 2, box.left + box.width / 2, box.right - 2].every((x) => {
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        return hit !== null && element.contains(hit);
      });
    };
    const titleElements = regions.flatMap((region) => [
      ...region.querySelectorAll('.nl-item__title, .vertical__title'),
    ]);
    // A card or box whose title is seen but whose edge is cut may fairly be counted as out of sight too.
    const whole = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      return [
        [box.left + 3, box.top + 3],
        [box.right - 3, box.top + 3],
        [box.left + 3, box.bottom - 3],
        [box.right - 3, box.bottom - 3],
      ].every(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return hit !== null && element.contains(hit);
      });
    };
    let hidden = 0;
    let partlyCut = 0;
    const unseen: string[] = [];
    for (const title of titles) {
      const elements = titleElements.filter((element) => element.textContent?.trim() === title);
      const shown = elements.find(seen);
      if (shown) {
        const item = shown.closest('.vertical__card, .vis-item');
        if (item && !whole(item)) partlyCut++;
        continue;
      }
      hidden++;
      unseen.push(title);
    }
    let counted = 0;
    for (const cue of regions.flatMap((region) => [
      ...region.querySelectorAll('.more-cue, .nl-cluster__content'),
    ])) {
      const box = cue.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !cue.contains(hit)) continue;
      counted += Number(cue.getAttribute('data-count'));
    }
    return { unaccounted: counted >= hidden ? [] : unseen, unseen, hidden, counted, partlyCut };
  }, titles);
}

/**
 * Waits until every shown event is seen or counted, and the cues count nothing more than what is
 * out of sight (or cut at an edge).
 */
async function expectEveryEventAccountedFor(scope: Scope, events: readonly TimelineEvent[]): Promise<void> {
  const titles = events.map((event) => event.title);
  await expect
    .poll(async () => {
      const result = await sight(scope, titles);
      const over = result.counted - result.hidden;
      return { unaccounted: result.unaccounted, overcounted: over > result.partlyCut ? over : 0 };
    })
    .toEqual({ unaccounted: [], overcounted: 0 });
}

/** The opened event's whole box is on screen, hit at its corners, and not under the panel. */
async function expectOpenedEventInSight(scope: Scope, title: string): Promise<void> {
  await expect
    .poll(() =>
      scope.evaluate((title) => {
        const item = [...document.querySelectorAll('.vis-item.vis-selected, [aria-current="true"]')].find(
          (element) =>
            element.querySelector('.nl-item__title, .vertical__title')?.textContent?.trim() === title,
        );
        if (!item) return 'no opened item drawn';
        const box = item.getBoundingClientRect();
        const panel = document.querySelector('.panel')?.getBoundingClientRect();
        if (
          panel &&
          box.left < panel.right &&
          box.right > panel.left &&
          box.top < panel.bottom &&
          box.bottom > panel.top
        )
          return 'under the panel';
        const inset = 3;
        const corners = [
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ] as const;
        for (const [x, y] of corners) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !item.contains(hit)) return `corner ${Math.round(x)},${Math.round(y)} not seen`;
        }
        return 'in sight';
      }, title),
    )
    .toBe('in sight');
}

const chronological = [...shippedDataset.events];
const actorsWithEvents = shippedDataset.actors.filter((actor) =>
  shippedDataset.events.some((event) => event.actorIds.includes(actor.id)),
);

for (const frame of FRAMES) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${frame.name}, ${theme}`, () => {
      test('every event is seen or counted at first, and each opened with Next is in sight', async ({
        page,
      }) => {
        const scope = await openAt(page, frame, theme);
        await expectEveryEventAccountedFor(scope, chronological);
        // Open an event from a link, go back to the first, then walk them all with Next.
        const link = await openAt(page, frame, theme, `&event=${chronological[0]!.id}`);
        const previous = link.getByRole('complementary').getByRole('button', { name: '← Previous' });
        while (await previous.isEnabled()) await previous.click();
        const panelTitle = link.getByRole('complementary').getByRole('heading', { level: 2 });
        for (let step = 0; step < chronological.length; step++) {
          const title = (await panelTitle.textContent())?.trim() ?? '';
          await expectOpenedEventInSight(link, title);
          await expectEveryEventAccountedFor(link, chronological);
          if (step < chronological.length - 1)
            await link.getByRole('complementary').getByRole('button', { name: 'Next →' }).click();
        }
      });

      test('after each actor filter and a search, what is left is seen or counted', async ({ page }) => {
        // One filter, a check of every event and its removal per actor: about 30 s on a busy machine.
        test.setTimeout(90_000);
        const scope = await openAt(page, frame, theme);
        const menu = scope.locator('.app__filters > summary');
        for (const actor of actorsWithEvents) {
          if (await menu.isVisible()) await menu.click();
          const box = scope.getByRole('checkbox', {
            name: new RegExp(`^${actor.name} (person|organisation|country|group)\\b`),
          });
          await box.check();
          if (await menu.isVisible()) await menu.click();
          const left = chronological.filter((event) => event.actorIds.includes(actor.id));
          await expectEveryEventAccountedFor(scope, left);
          if (await menu.isVisible()) await menu.click();
          await box.uncheck();
          if (await menu.isVisible()) await menu.click();
        }
        await scope.getByRole('searchbox', { name: 'Search events' }).fill('Trump');
        const names = new Map(shippedDataset.actors.map((actor) => [actor.id, actor.name]));
        const matching = chronological.filter((event) =>
          /Trump/.test(JSON.stringify(event) + event.actorIds.map((id) => names.get(id)).join(' ')),
        );
        await expect(scope.locator('.nl-item__title, .vertical__title')).toHaveCount(matching.length);
        await expectEveryEventAccountedFor(scope, matching);
      });
    });
  }
}

test.describe('a date known only by a bound', () => {
  for (const frame of FRAMES.filter((candidate) => candidate.width >= 600)) {
    test(`is never drawn at its bound (${frame.name})`, async ({ page }) => {
      const scope = await openAt(page, frame, 'light');
      const bounded = shippedDataset.events.filter((event) => event.date.basis === 'bounded');
      expect(bounded.length).toBeGreaterThan(0);
      const timeline = scope.getByRole('region', { name: 'Timeline' });
      for (const event of bounded) {
        if (event.date.basis !== 'bounded') continue;
        const bound = event.date.after ?? event.date.before;
        if (!bound) continue;
        const item = scope.locator('.vis-item.vis-box', {
          has: scope.locator('.nl-item__title', { hasText: event.title }),
        });
        // Where the bound's instant is on screen, from the window the timeline reports.
        const at = await timeline.evaluate(
          (element, [afterEnd, beforeStart]) => {
            const view = element.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
            const shown = window.newslineTest?.visibleWindow();
            const start = Date.parse(shown?.start ?? '');
            const end = Date.parse(shown?.end ?? '');
            const x = (time: number) => view.left + ((time - start) / (end - start)) * view.width;
            return {
              after: afterEnd === null ? null : x(afterEnd),
              before: beforeStart === null ? null : x(beforeStart),
            };
          },
          [
            event.date.after ? Date.parse(`${nextPeriod(event.date.after)}`) : null,
            event.date.before ? Date.parse(event.date.before) : null,
          ] as const,
        );
        // Measured in the same frame as the axis (boundingBox() would be the top page's coordinates).
        const box = await item.evaluate((element) => {
          const { x, width } = element.getBoundingClientRect();
          return { x, width };
        });
        if (at.before !== null) {
          // Drawn ending at "before", not starting (or centred) there.
          expect(Math.abs(box.x + box.width - at.before), event.title).toBeLessThan(3);
          expect(box.x, event.title).toBeLessThan(at.before - 20);
        } else if (at.after !== null) {
          // Drawn ending when it was reported, well past "after"; its label does not start there.
          expect(box.x + box.width, event.title).toBeGreaterThan(at.after + 20);
          expect(Math.abs(box.x - at.after), event.title).toBeGreaterThan(8);
        }
      }
    });
  }
});

/** The first day after a partial date's period ("2021" → "2022-01-01"). */
function nextPeriod(value: string): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return `${year + 1}-01-01`;
  if (day === undefined) return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

test('a cue brings what it counts into sight, and the count follows', async ({ page }) => {
  const scope = await openAt(
    page,
    FRAMES.find((frame) => frame.name === 'embed 640×480')!,
    'light',
  );
  const titles = shippedDataset.events.map((event) => event.title);
  const cue = scope.locator('.more-cue--above');
  await expect(cue).toBeVisible();
  const before = await sight(scope, titles);
  expect(before.hidden).toBeGreaterThan(0);
  const hiddenBefore = new Set(before.unseen);
  await cue.click();
  // Something that was out of sight is now seen, and what is still out of sight is still counted.
  await expect
    .poll(async () => (await sight(scope, titles)).unseen.filter((title) => hiddenBefore.has(title)).length)
    .toBeLessThan(hiddenBefore.size);
  await expectEveryEventAccountedFor(scope, shippedDataset.events);
});
