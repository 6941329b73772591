// A timeline read as time tiles (`npm run tiles`): it opens as one count per period, reads a period
// when the reader zooms to it (and no other), searches what it read, and says what is wrong with a
// manifest or a tile it cannot read.
import type { Page, Route } from '@playwright/test';
import { generateArchive } from '../src/testing/syntheticArchive';
import { cutIntoTiles } from '../src/tiles/cutIntoTiles';
import { MANIFEST_FILE, tiledDatasetFiles } from '../src/tiles/writeTiles';
import { expect, test } from './fixtures';

// 70,000 events in 14 tiles: more than the page reads at once, so the whole archive stays counts.
const tiled = cutIntoTiles(generateArchive(70_000), { maxEvents: 5_000, folder: 'tiles' });
const tileTexts = tiledDatasetFiles(tiled);
const manifestText = tileTexts.get(MANIFEST_FILE)!;
const ROOT = '/e2e-tiles/';

/** Serves the tiles under /e2e-tiles/ (the manifest given, or the real one), counting each tile asked for. */
async function serveTiles(page: Page, options: { manifest?: string; missing?: string } = {}) {
  const asked: string[] = [];
  await page.context().route(
    (url) => url.pathname.startsWith(ROOT),
    (route: Route) => {
      const path = new URL(route.request().url()).pathname.slice(ROOT.length);
      if (path === MANIFEST_FILE)
        return route.fulfill({
          contentType: 'application/json',
          body: options.manifest ?? manifestText,
        });
      asked.push(path);
      const text = path === options.missing ? undefined : tileTexts.get(path);
      return text === undefined
        ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ contentType: 'application/json', body: text });
    },
  );
  return asked;
}

/** How long a period may take to be read: a download and a check of 5,000 events in a worker. */
const TILE_READ_MS = 20_000;

const tileBar = (page: Page, file: string) => page.locator(`.vis-item[data-id="~tile/${file}"]`);

test('a tiled archive opens as one count per period, and reads a period only when zoomed to it', async ({
  page,
}) => {
  const asked = await serveTiles(page);
  await page.goto(`/?tiles=${ROOT}manifest.json`);
  const status = page.getByTestId('tiles-status');
  await expect(status).toContainText('0 of 70,000 events read (0 of 14 periods)');
  const fifth = tiled.manifest.tiles[4]!;
  await expect(tileBar(page, fifth.file)).toContainText(`${fifth.events.toLocaleString('en-US')} events`);
  await expect(tileBar(page, fifth.file)).toContainText('zoom in to read');
  // The filter counts the whole archive, from the manifest, before any tile is read.
  const share = Object.values(tiled.manifest.tiles).reduce(
    (sum, tile) => sum + (tile.actorEvents?.['amara-okafor'] ?? 0),
    0,
  );
  await expect(page.getByRole('checkbox', { name: /^Amara Okafor / })).toBeVisible();
  expect(share).toBeGreaterThan(0);
  expect(asked).toEqual([]);

  await tileBar(page, fifth.file).click();
  // Reading a period is a download and a check of 5,000 events in a worker: seconds on a busy machine.
  await expect(tileBar(page, fifth.file)).toHaveCount(0, { timeout: TILE_READ_MS });
  await expect(status).toContainText(/[\d,]+ of 70,000 events read \([1-3] of 14 periods\)/);
  expect(asked).toContain(fifth.file);
  expect(asked.length).toBeLessThanOrEqual(3); // the period and at most its neighbours
  // Its events are on the timeline now, drawn or counted from what was read.
  await expect(page.locator('.vis-item:not(.nl-cluster--tile)').first()).toBeVisible();

  // Search covers what was read: an event of that period is found and opens.
  const event = tiled.files.find(({ file }) => file === fifth.file)!.dataset.events[17]!;
  await page.getByRole('searchbox', { name: 'Search events' }).fill(`"${event.title}"`);
  await page.getByRole('button', { name: 'List' }).click();
  await page
    .getByRole('button', { name: new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
});

test('a link to an event of a period not read yet opens it once that period is read', async ({ page }) => {
  const asked = await serveTiles(page);
  const tile = tiled.manifest.tiles[6]!;
  const event = tiled.files.find(({ file }) => file === tile.file)!.dataset.events[40]!;
  const day = (iso: string) => iso.slice(0, 10);
  await page.goto(
    `/?tiles=${ROOT}manifest.json&event=${event.id}&start=${day(tile.start)}&end=${day(tile.end)}`,
  );
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible({
    timeout: TILE_READ_MS,
  });
  expect(asked).toContain(tile.file);
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
});

test('a manifest that is wrong is refused, saying what and where', async ({ page }) => {
  const broken = JSON.parse(manifestText) as { tiles: { file: string }[] };
  broken.tiles[0]!.file = '../../secrets.json';
  await serveTiles(page, { manifest: JSON.stringify(broken) });
  await page.goto(`/?tiles=${ROOT}manifest.json`);
  await expect(page.getByText('This is not a Newsline tiles manifest')).toBeVisible();
  await expect(page.getByText('tiles[0].file')).toBeVisible();
});

test('a tile that cannot be read says so; the others still read', async ({ page }) => {
  const third = tiled.manifest.tiles[2]!;
  await serveTiles(page, { missing: third.file });
  await page.goto(`/?tiles=${ROOT}manifest.json`);
  await tileBar(page, third.file).click();
  // A failed read is tried again once before it is said: as long as a read can take.
  await expect(tileBar(page, third.file)).toContainText('could not be read', { timeout: TILE_READ_MS });
  await expect(page.getByTestId('tiles-status')).toContainText('1 period could not be read');
  // The periods beside it are read meanwhile: as long as a read can take, too.
  await expect(page.getByTestId('tiles-status')).toContainText(/[1-9][\d,]* of 70,000 events read/, {
    timeout: TILE_READ_MS,
  });
});
