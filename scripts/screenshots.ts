// Takes the README's screenshots from the production build: `npm run screenshots` (after a build).
import { rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { generateDataset } from '../bench/timeline/generateDataset';
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
}

const SHOTS: Shot[] = [
  { file: 'desktop.png', width: 1280, height: 800, query: '?event=trump-rally-threatens-aid' },
  { file: 'phone.png', width: 390, height: 844, query: '?event=trump-criticises-biden-over-equipment' },
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
  { file: 'embed.png', width: 400, height: 500, query: '?embed=1&event=trump-rally-threatens-aid' },
  {
    file: 'embed-dialog.png',
    width: 1280,
    height: 800,
    query: '?event=trump-rally-threatens-aid',
    click: 'Embed',
  },
  {
    file: 'archive.png',
    width: 1280,
    height: 800,
    query: '?start=2011-03-22&end=2011-04-12',
    archive: 100_000,
  },
];

const server = await preview({ preview: { port: 4174, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const generated: string[] = [];
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      locale: 'en-GB', // the dates the README's text quotes
    });
    let query = shot.query;
    if (shot.archive) {
      // Served from the build folder beside the app: too large to pass through a route handler.
      const file = `archive-${shot.archive}.json`;
      writeFileSync(`dist/${file}`, JSON.stringify(generateDataset(shot.archive)));
      generated.push(`dist/${file}`);
      query += `&data=/${file}`;
    }
    await page.goto(`http://127.0.0.1:4174/${query}`);
    await page
      .locator('.nl-item__content, .nl-cluster__content, .event-list__item')
      .first()
      .waitFor({ timeout: 60_000 });
    if (shot.click) await page.getByRole('button', { name: shot.click }).click();
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
