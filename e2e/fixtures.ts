// Playwright fixtures: a page object for the timeline page, and the shipped dataset to check against.
import { readFileSync } from 'node:fs';
import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { NewslineTestApi } from '../src/app/testApi';
import type { Dataset } from '../src/schema/dataset';

export const shippedDataset = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Dataset;

export function eventTitled(title: string) {
  const event = shippedDataset.events.find((candidate) => candidate.title === title);
  if (!event) throw new Error(`no shipped event titled ${title}`);
  return event;
}

/** The window the timeline shows (ISO instants), read through the page's test API; in a frame, the frame's. */
export function visibleWindow(
  scope: Page | FrameLocator,
): Promise<ReturnType<NewslineTestApi['visibleWindow']>> {
  return scope.locator(':root').evaluate(() => window.newslineTest?.visibleWindow() ?? null);
}

export class TimelinePage {
  readonly items: Locator;
  readonly panel: Locator;
  readonly panelTitle: Locator;
  readonly filter: Locator;
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    // A box item is drawn as a box, a line and a dot; only the box and ranges hold our content.
    this.items = page.locator('.vis-item.nl-item:has(.nl-item__content)');
    this.panel = page.getByRole('complementary');
    this.panelTitle = this.panel.getByRole('heading', { level: 2 });
    this.filter = page.getByRole('region', { name: 'Filter by actor' });
  }

  /** Opens the app (with an optional query) and waits for the timeline to draw its items. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.items.first()).toBeVisible();
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.locator('.nl-item__title', { hasText: title }) });
  }

  actorCheckbox(name: string): Locator {
    return this.filter.getByRole('checkbox', {
      name: new RegExp(`^${name} (person|organisation|country|group)\\b`),
    });
  }

  async itemTitles(): Promise<string[]> {
    return (await this.items.locator('.nl-item__title').allTextContents()).sort();
  }

  /** The visible window the timeline reports, in epoch ms. */
  async window(): Promise<{ start: number; end: number }> {
    const shown = await visibleWindow(this.page);
    return { start: Date.parse(shown?.start ?? ''), end: Date.parse(shown?.end ?? '') };
  }
}

export const test = base.extend<{ timelinePage: TimelinePage }>({
  timelinePage: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new TimelinePage(page));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
