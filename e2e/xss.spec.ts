// A dataset whose every text field carries an injection payload renders it all as inert text:
// in timeline items, tooltips, the panel, the filter list and the embed dialog.
import type { Dataset } from '../src/schema/dataset';
import { expect, shippedDataset, test } from './fixtures';

const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'; alert(1)">',
  '<svg onload="window.__xss = \'svg\'"><circle r="5"/></svg>',
  '"><iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
  "' onmouseover='window.__xss = 1' x='",
  '&lt;b&gt;entities&lt;/b&gt; &amp; &#60;i&#62; &quot;',
  '\u202Eevil right-to-left override\u202C',
  `very long unicode ${'ሀ𝕏'.repeat(80)}`,
];
const payload = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

function hostileDataset(): Dataset {
  const dataset = structuredClone(shippedDataset);
  let n = 0;
  dataset.title = payload(n++);
  dataset.description = payload(n++);
  for (const source of dataset.sources) {
    source.publisher = payload(n++);
    source.title = payload(n++);
    source.via = payload(n++);
  }
  dataset.sources[0]!.url = 'javascript:window.__xss = "link"';
  dataset.sources[1]!.url = 'data:text/html,<script>alert(1)</script>';
  for (const actor of dataset.actors) {
    actor.name = payload(n++);
    actor.aliases = [payload(n++)];
  }
  for (const event of dataset.events) {
    event.title = payload(n++);
    event.summary = payload(n++);
    if (event.date.basis !== 'bounded' || event.date.phrase !== null) event.date.phrase = payload(n++);
    for (const statement of [...event.quotes, ...event.paraphrases]) statement.text = payload(n++);
    for (const ref of event.sources) ref.excerpt = payload(n++);
  }
  return dataset;
}

test('no payload runs or becomes an element, anywhere', async ({ page, timelinePage }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const dataset = hostileDataset();
  await page.route('**/data/events.json', (route) => route.fulfill({ json: dataset }));
  await timelinePage.open();
  await expect(timelinePage.items).toHaveCount(dataset.events.length);

  // Walk every event (panel: title, summary, date phrase, quotes, excerpts, sources, actor chips),
  // hover items (tooltips), open the embed dialog (title in the snippet and the preview).
  for (let i = 0; i < dataset.events.length; i++) await page.keyboard.press('ArrowRight');
  await timelinePage.items.first().hover();
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').locator('iframe')).toBeVisible();

  const planted = await page.evaluate(() => {
    const inApp = document.querySelectorAll(
      'img, svg circle, iframe[srcdoc], script:not([src]), [onerror], [onload], [onmouseover], a[href^="javascript"], a[href^="data"]',
    ).length;
    return { inApp, xss: (window as unknown as { __xss?: unknown }).__xss ?? null };
  });
  expect(planted).toEqual({ inApp: 0, xss: null });
  expect(dialogs).toEqual([]);

  // The payloads are there, as text.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  const snippet = await page.getByRole('dialog').getByLabel('Code to paste into your page').inputValue();
  expect(snippet).toContain(
    'title="Timeline: &lt;script&gt;window.__xss = &quot;script&quot;&lt;/script&gt;"',
  );
  await page.keyboard.press('Escape');
  // The last event cites one of the two sources with a hostile address: it is shown as text.
  await expect(timelinePage.panel).toContainText(
    /javascript:window\.__xss = "link"|data:text\/html,<script>alert\(1\)<\/script>/,
  );
  const filterNames = await timelinePage.filter.locator('.actor-option__name').allTextContents();
  expect(filterNames.sort()).toEqual(dataset.actors.map((actor) => actor.name).sort());
});
