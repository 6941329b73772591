// "Download the site" in edit mode: the zip, unzipped and served from a folder of another origin by
// a plain static server, shows the edited timeline, embeds in a page of a third origin, and asks
// the app it came from for nothing.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { eventTitled, expect, shippedDataset, test } from './fixtures';
import { APP, HOST } from './origins';

const WITHDRAWAL = eventTitled('US withdraws from Afghanistan; Taliban take control');
const EDITED_TITLE = 'The last US troops leave Afghanistan';
/** A folder of the static host, not its root: the site must work from anywhere. */
const FOLDER = '/news/timeline/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A plain static host on a free port of 127.0.0.1, serving these files under FOLDER. */
async function serveStatically(files: Record<string, Uint8Array>) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const inFolder = pathname.startsWith(FOLDER) ? pathname.slice(FOLDER.length) : null;
    const path = inFolder === '' ? 'index.html' : inFolder;
    const body = path === null ? undefined : files[path];
    if (path === null || body === undefined) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static host has no port');
  return {
    url: `http://127.0.0.1:${address.port}${FOLDER}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser's keep-alive connections would hold it open
      }),
  };
}

/** Every address the page (its frames and workers included) asks for from now on. */
function recordRequests(page: Page): string[] {
  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  return requested;
}

test('the downloaded site shows the edit from any folder, embeds cross-origin, and needs nothing of the app', async ({
  page,
  timelinePage,
}) => {
  await timelinePage.open();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editBar = page.getByRole('region', { name: 'Edit mode' });
  await expect(editBar).toContainText('No edits yet');
  await timelinePage.item(WITHDRAWAL.title).click();
  await page.getByTestId('event-editor').getByLabel('Title', { exact: true }).fill(EDITED_TITLE);
  await expect(timelinePage.item(EDITED_TITLE)).toHaveCount(1);

  await editBar.getByRole('button', { name: 'Publish…' }).click();
  const publish = page.getByRole('dialog', { name: 'Publish this timeline' });
  const downloading = page.waitForEvent('download');
  await publish.getByRole('button', { name: 'Download the site (.zip)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.zip$/);
  await expect(publish.getByRole('status').filter({ hasText: '.zip' })).toHaveText(
    /^Downloaded [a-z0-9-]+\.zip: \d+ files\.$/,
  );
  await expect(publish.getByRole('alert')).toHaveCount(0);

  const files = unzipSync(await readFile(await download.path()));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['index.html', 'data/events.json', 'data/events.schema.json', 'README.txt']),
  );
  expect(Object.keys(files).some((file) => /^assets\/datasetWorker-.*\.js$/.test(file))).toBe(true);
  expect(Object.keys(files).some((file) => file.endsWith('.map'))).toBe(false);
  expect(strFromU8(files['README.txt']!)).toContain('https://your-site.example/timeline/index.html?embed=1');

  const site = await serveStatically(files);
  try {
    const requested = recordRequests(page);
    await page.goto(site.url);
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
    await expect(timelinePage.item(EDITED_TITLE)).toHaveCount(1);
    await expect(timelinePage.item(WITHDRAWAL.title)).toHaveCount(0);

    await page.goto(`${HOST}/index.html?src=${encodeURIComponent(`${site.url}index.html?embed=1`)}`);
    const frame = page.frameLocator('iframe');
    const framedItems = frame.locator('.vis-item.nl-item:has(.nl-item__content)');
    await expect(framedItems).toHaveCount(shippedDataset.events.length);
    await expect(framedItems.locator('.nl-item__title', { hasText: EDITED_TITLE })).toHaveCount(1);

    expect(requested.filter((url) => url.startsWith(site.url)).length).toBeGreaterThan(0);
    expect(requested.filter((url) => url.startsWith(APP))).toEqual([]);
  } finally {
    await site.close();
  }
});
