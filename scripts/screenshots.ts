// Takes the README's screenshots from the production build: `npm run screenshots` (after a build).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { generateArchive } from '../src/testing/syntheticArchive';
import { HARBOUR_DATASET } from '../e2e/harbourDataset';
import { PIER_IMAGE, mediaDataset } from '../e2e/mediaDataset';
import { ERAS_DATASET } from '../e2e/erasDataset';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium';

const OUT = 'docs/screenshots';

interface Shot {
  file: string;
  width: number;
  height: number;
  query: string;
  click?: string;
  /** Show a generated archive of this many events instead of the built-in dataset. */
  archive?: number;
  /** Show this small dataset instead of the built-in one (served in its place). */
  dataset?: object;
  /** Addresses the page loads (a dataset's pictures), answered with these local files. */
  files?: Record<string, string>;
  /** What a reader does before the picture is taken. */
  prepare?: (page: Page) => Promise<void>;
}

/** Pastes an article into the Add-an-article dialog and lets the extractor propose its events. */
async function reviewAnArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add an article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog
    .getByLabel('The article’s text')
    .fill(
      'The Taliban government said on Tuesday that it would not return the equipment. ' +
        '"The weapons belong to the people of Afghanistan now," Zabihullah Mujahid said.\n' +
        'China’s ambassador met Taliban officials on March 31 to discuss mining contracts.',
    );
  await dialog.getByLabel('Publisher').fill('Kabul Times');
  await dialog.getByLabel('Published').fill('2025-04-02');
  await dialog.getByLabel('Address').fill('https://kabultimes.example/weapons');
  await dialog.getByRole('button', { name: 'Find events' }).click();
  await dialog.getByText(/found in the article/).waitFor();
}

/** Opens the hand-written TimelineJS file the converter tests use. */
async function openTimelineJs(page: Page): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'airlift.json',
    mimeType: 'application/json',
    buffer: readFileSync('src/formats/fixtures/timelinejs.json'),
  });
  await page.getByText('as TimelineJS JSON').click();
}

/** Presses Edit and opens an event's form, with its title corrected. */
async function editAnEvent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByText('No edits yet').waitFor();
  await page.locator('.nl-item__title', { hasText: 'Trump threatens' }).click();
  await page
    .getByTestId('event-editor')
    .getByLabel('Title', { exact: true })
    .fill('Trump threatens to cut aid over US equipment');
  await page.getByTestId('event-editor').getByLabel('Title', { exact: true }).blur();
}

/** Opens a shipped article's text in the passage dialog and selects words for a new event. */
async function pickAPassage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Event from a passage…' }).click();
  const dialog = page.getByRole('dialog', { name: 'An event from a passage' });
  await dialog.getByLabel('Article', { exact: true }).selectOption('centralasianlight-2025-03-30');
  await dialog.locator('input[type="file"]').setInputFiles('data/articles/000_cde5ec266f19755c.md');
  await dialog
    .getByLabel('Or find the words')
    .fill('Balkhi also stressed that the Taliban would be open to US companies investing in mining');
  await dialog.getByLabel('Or find the words').press('Enter');
  await dialog.getByLabel('Title of the new event').fill('Taliban open to US mining investment');
}

/** Keeps two timelines in this browser (one edited, one a copy) and lists them. */
async function listMyTimelines(page: Page): Promise<void> {
  await editAnEvent(page);
  await page.getByRole('button', { name: 'My timelines' }).click();
  const dialog = page.getByRole('dialog', { name: 'My timelines' });
  await dialog.getByRole('button', { name: /^Duplicate / }).click();
  await dialog.getByText('(copy)').waitFor();
}

const SHOTS: Shot[] = [
  { file: 'desktop.png', width: 1280, height: 800, query: '?event=trump-rally-threatens-aid' },
  { file: 'phone.png', width: 390, height: 844, query: '?event=trump-criticises-biden-over-equipment' },
  { file: 'phone-dark.png', width: 390, height: 844, query: '?theme=dark' },
  { file: 'wide-1440.png', width: 1440, height: 900, query: '?event=taliban-reject-trump-demand' },
  {
    file: 'laptop-1280-dark.png',
    width: 1280,
    height: 720,
    query: '?theme=dark&event=us-withdrawal-from-afghanistan',
  },
  {
    file: 'story.png',
    width: 1280,
    height: 800,
    query: '?mode=story&event=trump-criticises-biden-over-equipment',
  },
  {
    file: 'story-embed-320.png',
    width: 320,
    height: 400,
    query: '?embed=1&mode=story&event=trump-criticises-biden-over-equipment',
  },
  { file: 'embed-640.png', width: 640, height: 480, query: '?embed=1' },
  {
    file: 'embed-640-open.png',
    width: 640,
    height: 480,
    query: '?embed=1&event=trump-criticises-biden-over-equipment',
  },
  {
    file: 'embed-320-dark.png',
    width: 320,
    height: 400,
    query: '?embed=1&theme=dark&event=us-withdrawal-from-afghanistan',
  },
  {
    file: 'bounds.png',
    width: 1280,
    height: 720,
    query: '?start=2020-06&end=2025-09&event=trump-rally-threatens-aid',
  },
  { file: 'filtered.png', width: 1280, height: 800, query: '?actors=donald-trump' },
  {
    file: 'dark.png',
    width: 1280,
    height: 800,
    query: '?theme=dark&event=trump-criticises-biden-over-equipment',
  },
  {
    file: 'list.png',
    width: 1280,
    height: 800,
    query: '?view=list&q=taliban&event=china-credentials-to-taliban',
  },
  {
    file: 'embed-dialog.png',
    width: 1280,
    height: 800,
    query: '?event=trump-rally-threatens-aid',
    click: 'Embed',
  },
  {
    file: 'export-dialog.png',
    width: 1280,
    height: 800,
    query: '?actors=donald-trump',
    click: 'Export',
    prepare: (page) => page.getByRole('radio', { name: /^TimelineJS JSON/ }).check(),
  },
  {
    file: 'share-dialog.png',
    width: 1280,
    height: 900,
    query: '?theme=dark&actors=donald-trump',
    click: 'Export',
  },
  { file: 'add-article.png', width: 1280, height: 800, query: '', prepare: reviewAnArticle },
  { file: 'opened-timelinejs.png', width: 1280, height: 800, query: '', prepare: openTimelineJs },
  {
    file: 'archive.png',
    width: 1280,
    height: 800,
    query: '?start=2011-03-22&end=2011-04-12',
    archive: 100_000,
  },
  { file: 'edit-mode.png', width: 1280, height: 800, query: '', prepare: editAnEvent },
  { file: 'edit-passage.png', width: 1280, height: 800, query: '', prepare: pickAPassage },
  { file: 'my-timelines.png', width: 1280, height: 800, query: '', prepare: listMyTimelines },
  {
    file: 'undated.png',
    width: 1280,
    height: 800,
    query: '?event=union-volunteers-pack-food-parcels',
    dataset: HARBOUR_DATASET,
  },
  ...[1440, 390].map((width) => ({
    file: `media-${width}.png`,
    width,
    height: width > 760 ? 900 : 844,
    query: '?event=opening',
    dataset: mediaDataset(),
    files: { [PIER_IMAGE]: 'e2e/host/media/pier.png' },
  })),
  { file: 'eras.png', width: 1440, height: 900, query: '?event=first-pylon', dataset: ERAS_DATASET },
  {
    file: 'lanes.png',
    width: 1440,
    height: 900,
    query: '?lanes=actor&event=taliban-need-no-us-help-against-isis',
  },
  { file: 'eras-phone.png', width: 390, height: 844, query: '?layout=vertical', dataset: ERAS_DATASET },
  { file: 'eras-embed-640.png', width: 640, height: 480, query: '?embed=1', dataset: ERAS_DATASET },
  { file: 'arabic.png', width: 1440, height: 900, query: '?lang=ar&event=trump-rally-threatens-aid' },
  { file: 'arabic-phone.png', width: 390, height: 844, query: '?lang=ar&event=trump-rally-threatens-aid' },
  {
    file: 'french-story.png',
    width: 1280,
    height: 800,
    query: '?lang=fr&mode=story&event=trump-rally-threatens-aid',
  },
];

// `npm run screenshots -- media-1440.png` retakes only the files named; SCREENSHOT_PORT moves the server.
const only = process.argv.slice(2);
const PORT = Number(process.env.SCREENSHOT_PORT) || 4174;
const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const generated: string[] = [];
try {
  for (const shot of SHOTS.filter((candidate) => only.length === 0 || only.includes(candidate.file))) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      locale: 'en-GB', // the dates the README's text quotes
    });
    let query = shot.query;
    if (shot.archive) {
      // Served from the build folder beside the app: too large to pass through a route handler.
      const file = `archive-${shot.archive}.json`;
      writeFileSync(`dist/${file}`, JSON.stringify(generateArchive(shot.archive)));
      generated.push(`dist/${file}`);
      query += `&data=/${file}`;
    }
    const { dataset } = shot;
    if (dataset) await page.route('**/data/events.json', (route) => route.fulfill({ json: dataset }));
    for (const [url, path] of Object.entries(shot.files ?? {}))
      await page.route(url, (route) => route.fulfill({ path, contentType: 'image/png' }));
    await page.goto(`http://127.0.0.1:${PORT}/${query}`);
    await page
      .locator('.nl-item__content, .nl-cluster__content, .event-list__item, .vertical__card')
      .first()
      .waitFor({ timeout: 60_000 });
    if (shot.click) await page.getByRole('button', { name: shot.click }).click();
    await shot.prepare?.(page);
    await page.waitForTimeout(1200); // let vis finish its first redraws and the panel settle
    await page.screenshot({ path: `${OUT}/${shot.file}` });
    await page.close();
    console.log(`wrote ${OUT}/${shot.file}`);
  }
} finally {
  for (const file of generated) rmSync(file, { force: true });
  await browser.close();
  await server.close();
}
