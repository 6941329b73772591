// Share a picture (Export): the PNG of the current view is the page as drawn (compared pixel by
// pixel with Playwright's own screenshot of the title), with a footer band below; the SVG of the
// whole filtered timeline holds every shown event's title and the credits as text, and data text
// stays text in it; both under the production Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, shippedDataset, test } from './fixtures';

const DPR = 2;
test.use({ deviceScaleFactor: DPR });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

async function exportPicture(page: Page, button: string): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
  const download = page.waitForEvent('download');
  // By keyboard: the picture buttons are reachable and pressed with Enter.
  await dialog.getByRole('button', { name: button }).press('Enter');
  const file = await download;
  await expect(dialog.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    file.suggestedFilename(),
  );
  await expect(dialog.getByRole('button', { name: button })).toBeEnabled();
  return file;
}

interface Decoded {
  width: number;
  height: number;
  colours: number;
  nonBackground: number;
  titleDifference: number;
}

/** Decodes both PNGs in the page (a canvas) and compares the title's region with its screenshot. */
function comparePixels(
  page: Page,
  picture: Buffer,
  title: Buffer,
  at: { x: number; y: number },
): Promise<Decoded> {
  return page.evaluate(
    async ({ picture, title, at }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const whole = await decode(picture);
      const crop = await decode(title);
      const colours = new Set<number>();
      const [r0, g0, b0] = whole.data;
      let nonBackground = 0;
      for (let i = 0; i < whole.data.length; i += 4) {
        const [r, g, b] = [whole.data[i]!, whole.data[i + 1]!, whole.data[i + 2]!];
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        if (Math.abs(r - r0!) + Math.abs(g - g0!) + Math.abs(b - b0!) > 30) nonBackground++;
      }
      // Compared in blocks of 4×4 device pixels (text antialiasing differs between the page and a
      // drawing), at the best match within a few pixels (the screenshot's clip rounds the box).
      const B = 4;
      const differenceAt = (dx: number, dy: number) => {
        let difference = 0;
        let blocks = 0;
        for (let by = 0; by + B <= crop.height; by += B) {
          for (let bx = 0; bx + B <= crop.width; bx += B) {
            for (let c = 0; c < 3; c++) {
              let a = 0;
              let b = 0;
              for (let y = by; y < by + B; y++) {
                for (let x = bx; x < bx + B; x++) {
                  a += crop.data[(y * crop.width + x) * 4 + c]!;
                  b += whole.data[((at.y + dy + y) * whole.width + at.x + dx + x) * 4 + c] ?? 0;
                }
              }
              difference += Math.abs(a - b) / (B * B);
            }
            blocks++;
          }
        }
        return difference / (blocks * 3);
      };
      let titleDifference = Infinity;
      for (let dy = -3; dy <= 3; dy++) {
        for (let dx = -3; dx <= 3; dx++) titleDifference = Math.min(titleDifference, differenceAt(dx, dy));
      }
      return {
        width: whole.width,
        height: whole.height,
        colours: colours.size,
        nonBackground: nonBackground / (whole.width * whole.height),
        titleDifference,
      };
    },
    { picture: picture.toString('base64'), title: title.toString('base64'), at },
  );
}

test('the PNG of the current view is what is on screen, with its title, plus a footer band', async ({
  page,
  timelinePage,
}) => {
  await timelinePage.open();
  const title = page.getByRole('heading', { level: 1, name: shippedDataset.title });
  const titleShot = await title.screenshot();
  const titleBox = (await title.boundingBox())!;
  const drawn = await page.evaluate(() => {
    const { width, height, x, y } = document.querySelector('.app')!.getBoundingClientRect();
    return { width, height, x, y };
  });

  const file = await exportPicture(page, 'PNG of the current view');
  expect(file.suggestedFilename()).toMatch(
    /^the-taliban-and-the-us-weapons-left-in-afghanistan-\d{4}-\d\d-\d\d\.png$/,
  );
  const picture = await readFile(await file.path());
  const at = {
    x: Math.round((titleBox.x - drawn.x) * DPR),
    y: Math.round((titleBox.y - drawn.y) * DPR),
  };
  const decoded = await comparePixels(page, picture, titleShot, at);

  // The element's size × device pixel ratio, and a footer band below it.
  expect(Math.abs(decoded.width - drawn.width * DPR)).toBeLessThanOrEqual(1);
  expect(decoded.height).toBeGreaterThan(drawn.height * DPR + 20 * DPR);
  expect(decoded.height).toBeLessThan(drawn.height * DPR + 120 * DPR);
  // Not blank: the timeline's colours, drawn across much of it.
  expect(decoded.colours).toBeGreaterThan(50);
  expect(decoded.nonBackground).toBeGreaterThan(0.05);
  // The title where the page draws it, as the page draws it: mean difference per channel (of 255)
  // about 10 (antialiasing, subpixel placement); the same crop elsewhere in the picture, about 50.
  expect(decoded.titleDifference).toBeLessThan(20);
  expect(await violations(page)).toEqual([]);
});

/** The downloaded SVG, parsed as XML in the page: its error if any, its text, and what it holds. */
async function readSvg(page: Page, file: Download) {
  const text = await readFile(await file.path(), 'utf8');
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const body = doc.querySelector('foreignObject');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      text: body?.textContent ?? '',
      scripts: doc.querySelectorAll('script').length,
      images: doc.querySelectorAll('image').length,
    };
  }, text);
}

test('the SVG holds every event the actor filter shows, as text, with the credits and the day', async ({
  page,
  timelinePage,
}) => {
  await timelinePage.open();
  await timelinePage.actorCheckbox('Donald Trump').check();
  const trump = shippedDataset.actors.find((actor) => actor.name === 'Donald Trump')!;
  const shown = shippedDataset.events.filter((event) => event.actorIds.includes(trump.id));
  const hidden = shippedDataset.events.filter((event) => !event.actorIds.includes(trump.id));
  const publishers = new Set(
    shown.flatMap((event) =>
      event.sources.map(
        (ref) => shippedDataset.sources.find((source) => source.id === ref.sourceId)?.publisher ?? null,
      ),
    ),
  );
  publishers.delete(null);
  expect(shown.length).toBeGreaterThan(1);
  expect(publishers.size).toBeGreaterThan(0);

  const file = await exportPicture(page, 'SVG of the whole filtered timeline');
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  // Before the SVG is parsed here: the page's policy also covers the test's own DOMParser.
  expect(await violations(page)).toEqual([]);
  const svg = await readSvg(page, file);
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.images, 'text, not a picture of text').toBe(0);
  for (const event of shown) expect(svg.text).toContain(event.title);
  for (const event of hidden) expect(svg.text).not.toContain(event.title);
  expect(svg.text).toContain(`${shown.length} of ${shippedDataset.events.length} events`);
  for (const publisher of publishers) expect(svg.text).toMatch(new RegExp(`Sources: [^.]*${publisher}`));
  expect(svg.text).toMatch(/Exported from Newsline on \d{1,2} [A-Z][a-z]{2} \d{4}/);
});

test('data text stays text in the SVG, even `<script>` and `]]>`', async ({ page, timelinePage }) => {
  const hostile = structuredClone(shippedDataset);
  const title = 'Title <script>window.__xss = 1</script> ]]> <![CDATA[ x';
  hostile.title = title;
  hostile.events[0]!.title = 'Event ]]><svg onload="window.__xss = 2"/> & <b>bold</b>';
  hostile.sources[0]!.publisher = 'Publisher <img src=x onerror="window.__xss = 3">';
  await page.route('**/data/events.json', (route) => route.fulfill({ json: hostile }));
  await timelinePage.open();

  const svg = await readSvg(page, await exportPicture(page, 'SVG of the whole filtered timeline'));
  expect(svg.error).toBeNull();
  expect(svg.scripts).toBe(0);
  expect(svg.text).toContain(title);
  expect(svg.text).toContain(hostile.events[0]!.title);
  expect(svg.text).toContain(hostile.sources[0]!.publisher);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a drawing that fails says why, and the buttons work again', async ({ page, timelinePage }) => {
  // What a canvas tainted by an image from another site does when it is read.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = () => {
      throw new DOMException('Tainted canvases may not be exported.', 'SecurityError');
    };
  });
  await timelinePage.open();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
  await dialog.getByRole('button', { name: 'PNG of the current view' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'The picture could not be drawn: Tainted canvases may not be exported.',
  );
  await expect(dialog.getByRole('button', { name: 'PNG of the current view' })).toBeEnabled();
});
