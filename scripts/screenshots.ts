// Takes the README's screenshots from the production build: `npm run screenshots` (after a build).
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium';

const OUT = 'docs/screenshots';
const SHOTS = [
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
];

const server = await preview({ preview: { port: 4174, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      locale: 'en-GB', // the dates the README's text quotes
    });
    await page.goto(`http://127.0.0.1:4174/${shot.query}`);
    await page.locator('.nl-item__content, .event-list__item').first().waitFor();
    if (shot.click) await page.getByRole('button', { name: shot.click }).click();
    await page.waitForTimeout(1200); // let vis finish its first redraws and the panel settle
    await page.screenshot({ path: `${OUT}/${shot.file}` });
    await page.close();
    console.log(`wrote ${OUT}/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
