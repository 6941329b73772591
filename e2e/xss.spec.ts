// Text from a dataset, a link, a file or a pasted article stays text, wherever it is shown. Every
// text field carries an injection payload, and a probe looks after every step (each event's panel,
// the list and its items, search highlights, the actor filter, print, every dialog, the embed's
// preview and page, `?data=`, each import format, a link's bad parameters) for what a payload would
// make if it became markup: its elements, event-handler attributes, script addresses, and
// Content-Security-Policy violations, in the page and in its frames. The whole walk runs twice: under
// the build's CSP, and on the same build with the CSP stripped from the page, where a payload that
// became markup would run and set window.__xss, so the text rendering is shown to hold on its own.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset, Media, TimelineEvent } from '../src/schema/dataset';
import { expect, shippedDataset, test, type TimelinePage } from './fixtures';

/** Each payload makes an element carrying data-xss if it is ever parsed as HTML; run, it sets __xss. */
const PAYLOADS = [
  `<script data-xss>window.__xss = 'script'</script>`,
  `<img data-xss src=x onerror="window.__xss = 'img'; alert('img')">`,
  `<svg data-xss onload="window.__xss = 'svg'"><circle r="5"/></svg>`,
  `"><iframe data-xss srcdoc="<script>parent.__xss = 'iframe'</script>"></iframe>`,
  `' onmouseover='window.__xss = 1' x='<b data-xss onmouseover="window.__xss = 'b'">breakout</b>`,
  `&lt;b&gt;entities&lt;/b&gt; &amp; &#60;i&#62; &quot; <details data-xss open ontoggle="window.__xss = 'details'">`,
  `\u202Eright-to-left override\u202C <a data-xss href="javascript:window.__xss = 'a'">link</a>`,
  `long unicode ${'ሀ𝕏'.repeat(60)} <style data-xss>@import 'x.css';</style>`,
];
const payload = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

/** Link addresses that must never become links: script and data schemes, however they are spelt. */
const HOSTILE_LINKS = [
  `javascript:window.__xss = 'link'`,
  `JaVaScRiPt:window.__xss = 'link'`,
  ` \tjava\nscript:window.__xss = 'link'`,
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];
/** An http(s) address still becomes a link, whatever it spells. */
const SAFE_LINK = `https://news.example/story?q="><img data-xss src=x onerror=alert(1)>`;
/** A picture's address: http(s), so it is drawn (and fails to load: it shows its alt text). */
const SAFE_IMAGE = `https://news.example/picture.png?q="><img data-xss src=x onerror=alert(1)>`;
/** A video's address: a link opened in a new tab, never a frame. */
const SAFE_VIDEO = `https://video.example/watch?v="><iframe data-xss src=x></iframe>`;

/** The shipped dataset with every text field a payload (numbered, so titles stay apart). */
function hostileDataset(): Dataset {
  const dataset = structuredClone(shippedDataset);
  let n = 3; // the title first: its `">` breaks out of an attribute that forgets to escape it
  const text = (field: string) => `${field} ${n} ${payload(n++)}`;
  dataset.title = text('title');
  dataset.description = text('description');
  for (const source of dataset.sources) {
    source.publisher = text('publisher');
    source.title = text('headline');
    source.via = text('via');
  }
  const links = [...HOSTILE_LINKS, SAFE_LINK].map((url, i) => ({
    id: `hostile-link-${i}`,
    publisher: text('publisher'),
    title: text('headline'),
    url,
    published: '2025-03-30',
  }));
  dataset.sources.push(...links);
  for (const actor of dataset.actors) {
    actor.name = text('actor');
    actor.aliases = [text('alias')];
  }
  const first = dataset.events[0]!;
  dataset.events.push(
    {
      ...structuredClone(first),
      id: 'hostile-undated',
      date: { basis: 'bounded', phrase: 'x', reason: 'x' },
    },
    {
      ...structuredClone(first),
      id: 'hostile-relative',
      date: { basis: 'relative', start: '2024', approximate: false, phrase: 'x', relativeTo: links[0]!.id },
    },
  );
  for (const event of dataset.events) {
    event.title = text('event');
    event.summary = text('summary');
    if (event.date.basis !== 'bounded' || event.date.phrase !== null) event.date.phrase = text('date');
    if (event.date.basis === 'bounded' && event.date.reason !== undefined) event.date.reason = text('reason');
    for (const statement of [...event.quotes, ...event.paraphrases]) statement.text = text('statement');
    for (const ref of event.sources) ref.excerpt = text('excerpt');
    event.sources.push(...links.map((link) => ({ sourceId: link.id, excerpt: text('excerpt') })));
  }
  // Media and eras: every one of their texts a payload too, their addresses http(s) that spell one.
  const picture = (): Media => ({
    kind: 'image',
    url: SAFE_IMAGE,
    alt: text('alt'),
    caption: text('caption'),
    credit: text('credit'),
  });
  dataset.media = picture();
  dataset.events.forEach((event, i) => {
    event.media =
      i % 2 === 0
        ? picture()
        : {
            kind: 'link',
            url: SAFE_VIDEO,
            label: text('label'),
            caption: text('caption'),
            credit: text('credit'),
          };
  });
  dataset.eras = [
    { id: 'hostile-era', title: text('era'), start: '2001', end: '2025', description: text('era text') },
  ];
  return dataset;
}

const HOSTILE = hostileDataset();
const isDated = (event: TimelineEvent) =>
  !(event.date.basis === 'bounded' && event.date.after === undefined && event.date.before === undefined);

/** What an HTML text field of TimelineJS must hold for its plain text to read `text`. */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HTML_PAYLOAD = `<img data-xss src=x onerror="window.__xss = 'html'"><script>window.__xss = 'html'</script>`;

/** A TimelineJS file: entity-spelt markup (which reads as words) and real markup (which is dropped). */
function hostileTimelineJs() {
  return {
    title: {
      text: { headline: asHtmlText(payload(0)), text: `<p>${asHtmlText(payload(1))}</p>${HTML_PAYLOAD}` },
      media: { url: HOSTILE_LINKS[0] },
    },
    events: PAYLOADS.map((text, i) => ({
      start_date: { year: 2020 + i, month: i + 1, display_date: `date ${i} ${payload(i + 2)}` },
      text: {
        headline: asHtmlText(`headline ${i} ${text}`),
        text: `<p>${asHtmlText(`text ${i} ${payload(i + 1)}`)}</p>${HTML_PAYLOAD}<a href="${HOSTILE_LINKS[0]}">a link</a>`,
      },
      group: asHtmlText(`group ${i % 3} ${payload(i % 3)}`),
      media: { url: HOSTILE_LINKS[i % HOSTILE_LINKS.length] },
      [`<img data-xss src=x onerror=alert(${i})>`]: 'an unknown field, named in the notes',
    })),
  };
}

/** A CSV in TimelineJS's layout with hostile cells, a hostile Type and an unread hostile column. */
function hostileCsv(): string {
  const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const header = ['Year', 'Month', 'Day', 'Display Date', 'Headline', 'Text', 'Media', 'Type', 'Group'];
  const rows = [
    ['', '', '', '', asHtmlText(`sheet ${payload(0)}`), asHtmlText(payload(1)), '', 'title', ''],
    ...PAYLOADS.map((text, i) => [
      String(2020 + i),
      String(i + 1),
      '',
      `date ${i} ${payload(i + 3)}`,
      asHtmlText(`row ${i} ${text}`),
      `${asHtmlText(payload(i + 1))}${HTML_PAYLOAD}`,
      HOSTILE_LINKS[i % HOSTILE_LINKS.length]!,
      i === 0 ? payload(2) : '',
      asHtmlText(`group ${payload(i % 2)}`),
    ]),
  ];
  return [[...header, payload(1)], ...rows.map((row) => [...row, payload(4)])]
    .map((row) => row.map(cell).join(','))
    .join('\r\n');
}

// The probe ----------------------------------------------------------------------------------------

interface ProbeWindow {
  __cspViolations?: string[];
  __xss?: unknown;
}

/** Collects every CSP violation in every frame from its first script on (installed as an init script). */
function listenForViolations() {
  const w = window as unknown as ProbeWindow;
  w.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      w.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`),
    true,
  );
}

interface FrameFindings {
  url: string;
  /** Elements and attributes a payload would make. */
  elements: string[];
  /** null where the listener is missing. */
  violations: string[] | null;
  /** What a payload that ran set. */
  ran: unknown;
  csp: boolean;
}

/** Runs in a frame: what payloads made there. Self-contained, as Playwright sends its source. */
function probeFrame(): FrameFindings {
  const elements = new Set<string>();
  const note = (element: Element, why: string) => elements.add(`${why}: ${element.outerHTML.slice(0, 120)}`);
  // The app's own pictures (a media item's) are the one image it makes; a payload's carries data-xss.
  const made =
    'img:not(.media-figure__image), svg, math, object, embed, iframe[srcdoc], script:not([src]), style, [data-xss]';
  for (const element of document.querySelectorAll(made)) note(element, element.localName);
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      // Browsers drop ASCII whitespace and controls when they read a URL's scheme.
      const scheme = [...value]
        .filter((char) => char > ' ')
        .join('')
        .toLowerCase();
      if (name.startsWith('on')) note(element, name);
      else if (
        /^(href|src|action|formaction|xlink:href|data)$/.test(name) &&
        /^(javascript|data|vbscript):/.test(scheme)
      )
        note(element, `${name} ${scheme.slice(0, 11)}`);
    }
  }
  const w = window as unknown as ProbeWindow;
  return {
    url: location.href,
    elements: [...elements],
    violations: w.__cspViolations ?? null,
    ran: w.__xss ?? null,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
  };
}

class Probe {
  readonly dialogs: string[] = [];
  readonly steps: string[] = [];

  constructor(
    readonly page: Page,
    readonly withCsp: boolean,
    readonly appOrigin: string,
  ) {}

  /** Every frame's findings; a frame that goes away while it is asked is left out. */
  async look(): Promise<FrameFindings[]> {
    const found = await Promise.all(
      this.page.frames().map((frame) =>
        frame.evaluate(probeFrame).catch((error: Error) => {
          if (frame.isDetached() || /destroyed|detached/i.test(error.message)) return null;
          throw error;
        }),
      ),
    );
    return found.filter((findings) => findings !== null);
  }

  /** After a step: no payload element, no violation, nothing ran, no dialog; and the CSP as intended. */
  async expectClean(step: string): Promise<void> {
    this.steps.push(step);
    const found = await this.look();
    const app = found.filter((frame) => frame.url.startsWith(this.appOrigin));
    const report = {
      elements: found.flatMap((frame) => frame.elements.map((element) => `${frame.url} ${element}`)),
      violations: found.flatMap((frame) =>
        (frame.violations ?? (app.includes(frame) ? ['no violation listener in this frame'] : [])).map(
          (violation) => `${frame.url} ${violation}`,
        ),
      ),
      ran: found.filter((frame) => frame.ran !== null).map((frame) => `${frame.url} ${String(frame.ran)}`),
      dialogs: this.dialogs,
      appFramesWithCsp: app.filter((frame) => frame.csp).length,
    };
    expect(report, `after: ${step}`).toEqual({
      elements: [],
      violations: [],
      ran: [],
      dialogs: [],
      appFramesWithCsp: this.withCsp ? app.length : 0,
    });
    expect(app.length, `after: ${step}: the app's own frame`).toBeGreaterThan(0);
  }
}

const xssTest = test.extend<{ withCsp: boolean; probe: Probe }>({
  withCsp: [true, { option: true }],
  probe: async ({ page, withCsp, baseURL }, use) => {
    const appOrigin = new URL(baseURL ?? '').origin;
    const probe = new Probe(page, withCsp, appOrigin);
    page.on('dialog', (dialog) => {
      probe.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript(listenForViolations);
    await page.route('**/data/events.json', (route) => route.fulfill({ json: HOSTILE }));
    if (!withCsp) {
      // The same build without its policy: a payload that became markup would run.
      await page.route(
        (url) => url.origin === appOrigin,
        async (route) => {
          if (route.request().resourceType() !== 'document') return route.fallback();
          const response = await route.fetch();
          const html = await response.text();
          const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
          if (stripped === html) throw new Error('no CSP meta tag to strip: the page has changed');
          await route.fulfill({ response, body: stripped });
        },
      );
    }
    await use(probe);
    test.info().annotations.push({ type: 'checked after', description: `${probe.steps.length} steps` });
  },
});

// Walks ------------------------------------------------------------------------------------------

/** The texts of an event its panel must show, as written. */
function panelTexts(event: TimelineEvent, dataset: Dataset): string[] {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const excerpts = event.sources.map((ref) => ref.excerpt);
  return [
    ...(excerpts.includes(event.summary) ? [] : [event.summary]),
    ...[...event.quotes, ...event.paraphrases].map((statement) => statement.text),
    ...excerpts,
    ...event.sources.flatMap((ref) => {
      const source = sources.get(ref.sourceId);
      return [source?.publisher ?? '', source?.title ?? '', source?.url ?? ''];
    }),
  ].filter((text) => text !== '' && text !== SAFE_LINK);
}

/** The panel shows `event`'s texts as text, its hostile addresses as text and its http(s) one as a link. */
async function expectPanelShows(timelinePage: TimelinePage, event: TimelineEvent, dataset: Dataset) {
  await expect(timelinePage.panelTitle).toHaveText(event.title);
  const shown = (await timelinePage.panel.textContent()) ?? '';
  const missing = panelTexts(event, dataset).filter((text) => !shown.includes(text));
  expect(missing, `texts of ${event.id} missing from its panel`).toEqual([]);
  if (event.sources.some((ref) => ref.sourceId === `hostile-link-${HOSTILE_LINKS.length}`))
    await expect(timelinePage.panel.locator('a[href^="https://news.example/story"]')).toHaveCount(1);
}

/**
 * Opens the first event shown (→ from outside any field) and steps through every one with Next,
 * checking each panel: the probe finds nothing, `check` passes, its title is one of `titles`.
 * Returns the titles in the order walked.
 */
async function walkPanels(
  probe: Probe,
  timelinePage: TimelinePage,
  titles: readonly string[],
  where: string,
  check: (title: string) => Promise<void> = async () => {},
): Promise<string[]> {
  const { page, panel, panelTitle } = timelinePage;
  if (await panel.isVisible()) await panel.getByRole('button', { name: 'Close panel' }).click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  const walked: string[] = [];
  for (let i = 0; i < titles.length; i++) {
    await expect(panel.locator('.panel__position')).toHaveText(`${i + 1} of ${titles.length}`);
    const title = (await panelTitle.textContent()) ?? '';
    await probe.expectClean(`${where}: the panel of “${title.slice(0, 30)}…”`);
    await check(title);
    walked.push(title);
    if (i < titles.length - 1) await panel.getByRole('button', { name: 'Next →' }).click();
  }
  expect([...walked].sort(), `${where}: every event walked once`).toEqual([...titles].sort());
  return walked;
}

/** Walks every event of the hostile dataset, checking that each panel shows all its texts. */
function walkHostile(probe: Probe, timelinePage: TimelinePage, dataset: Dataset, where: string) {
  const byTitle = new Map(dataset.events.map((event) => [event.title, event]));
  return walkPanels(probe, timelinePage, [...byTitle.keys()], where, async (title) => {
    const event = byTitle.get(title);
    if (!event) throw new Error(`${where}: the panel shows “${title}”, not an event of the dataset`);
    await expectPanelShows(timelinePage, event, dataset);
  });
}

/** Opens a file through Open… as a reader picks one. */
async function openFile(page: Page, name: string, text: string, mimeType: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await choosing).setFiles({ name, mimeType, buffer: Buffer.from(text) });
}

const HOSTILE_ORIGIN = 'https://hostile.example';
const HOSTILE_NAME = `<img data-xss src=x onerror="window.__xss = 'name'">`;

for (const withCsp of [true, false]) {
  xssTest.describe(withCsp ? 'under the CSP' : 'with the CSP stripped (the text rendering alone)', () => {
    xssTest.use({ withCsp });
    // Long walks, on a machine that may be busy.
    xssTest.describe.configure({ timeout: 120_000 });

    xssTest(
      'the timeline page: every panel, the list, search highlights, the actor filter, print',
      async ({ page, probe, timelinePage }) => {
        const dataset = HOSTILE;
        const dated = dataset.events.filter(isDated);
        await timelinePage.open();
        await expect(timelinePage.items).toHaveCount(dated.length);
        await probe.expectClean('the timeline drawn');

        // The payloads are there, as text.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
        await expect(page.locator('.app__description')).toHaveText(dataset.description ?? '');
        expect(await timelinePage.itemTitles()).toEqual(dated.map((event) => event.title).sort());
        const filterNames = await timelinePage.filter.locator('.actor-option__name').allTextContents();
        expect(filterNames.sort()).toEqual(dataset.actors.map((actor) => actor.name).sort());
        await timelinePage.items.first().hover();
        await probe.expectClean('an item hovered');

        // Every event's panel, in date order, the undated one last.
        const walked = await walkHostile(probe, timelinePage, dataset, 'timeline');
        await expect(page.getByRole('region', { name: /^Undated \(1\)/ })).toContainText(
          dataset.events.find((event) => event.id === 'hostile-undated')!.title,
        );
        await probe.expectClean('the Undated shelf open');

        // The list, with its items, each opened from it.
        await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
        const list = page.locator('.event-list');
        const headings = list.locator('.event-list__heading');
        await expect(headings).toHaveCount(dataset.events.length);
        await probe.expectClean('the list');
        expect(await headings.allTextContents()).toEqual(walked);
        for (const [index, title] of walked.entries()) {
          await headings.nth(index).getByRole('button').click();
          await probe.expectClean(`the list: event ${index} opened from it`);
          await expectPanelShows(
            timelinePage,
            dataset.events.find((event) => event.title === title)!,
            dataset,
          );
        }

        // A search that every text answers: its highlights in the panel and the list.
        const search = page.getByRole('searchbox', { name: 'Search events' });
        await search.fill('xss');
        await expect(page.locator('.search__status')).toHaveText(`${dataset.events.length} events match.`);
        // The answer and its highlights come in one render.
        await probe.expectClean('search highlights in the panel and the list');
        await expect(timelinePage.panel.locator('mark').first()).toBeVisible();
        await expect(list.locator('mark').first()).toBeVisible();
        const marked = [
          ...(await timelinePage.panel.locator('mark').allTextContents()),
          ...(await list.locator('mark').allTextContents()),
        ];
        // A match is a word as the index splits them ("xss>window": `>` is not punctuation).
        expect(marked.filter((text) => !/xss/i.test(text))).toEqual([]);
        await walkHostile(probe, timelinePage, dataset, 'highlighted panels');

        // A search that is itself a payload, repeated in the narrowing words.
        const query = `${HOSTILE_NAME} xss`;
        await search.fill(query);
        await expect(list.locator('.event-list__note').first()).toHaveText(
          `Narrowed by the search “${query}”.`,
        );
        await probe.expectClean('a hostile search');

        // The actor filter, whose names are repeated in the narrowing words.
        await search.fill('');
        await timelinePage.filter.getByRole('checkbox').first().check();
        await expect(timelinePage.filter.locator('.actor-filter__status').nth(1)).toContainText(
          'Narrowed by',
        );
        await expect(list.locator('.event-list__note').first()).toContainText('Narrowed by the actor ');
        await probe.expectClean('the actor filter');
        await timelinePage.filter.getByRole('button', { name: 'Clear' }).click();

        // Printing: every event written out for paper.
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.printable__events > li')).toHaveCount(dataset.events.length);
        await probe.expectClean('print');
        await page.emulateMedia({ media: 'screen' });

        await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Timeline' }).click();
        await expect(timelinePage.items.first()).toBeVisible();
        await probe.expectClean('back to the timeline');

        // Story mode: the title slide with the timeline's picture, then every slide, each with its media.
        await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Story' }).click();
        await page.keyboard.press('Home');
        const slide = page.getByRole('region', { name: 'Current slide' });
        await expect(slide.getByRole('heading', { level: 2 })).toHaveText(dataset.title);
        await expect(
          slide.getByRole('img', { name: dataset.media!.kind === 'image' ? dataset.media!.alt : '' }),
        ).toBeVisible();
        await probe.expectClean('story: the title slide');
        for (const [index, title] of walked.entries()) {
          await page.getByRole('button', { name: 'Next slide' }).click();
          await expect(slide.getByRole('heading', { level: 2 })).toHaveText(title);
          await probe.expectClean(`story: slide ${index + 1}`);
        }
        await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Timeline' }).click();
      },
    );

    xssTest(
      'every dialog: Embed with its preview, Export in each format, Add an article',
      async ({ page, probe, timelinePage }) => {
        const dataset = HOSTILE;
        await timelinePage.open();
        // A view the embed keeps: an event, an actor and a hostile search.
        await timelinePage.items.first().click();
        await timelinePage.filter.getByRole('checkbox').first().check();
        const query = `${HOSTILE_NAME} xss`;
        await page.getByRole('searchbox', { name: 'Search events' }).fill(query);
        await expect(page.locator('.search__status')).toContainText(/match/);

        await page.getByRole('button', { name: 'Embed' }).click();
        const embed = page.getByRole('dialog', { name: 'Embed this timeline' });
        const preview = page.frameLocator('iframe[title="Preview of the embedded timeline"]');
        await expect(preview.locator('.embed-bar__title')).toHaveText(dataset.title);
        await expect(preview.getByRole('searchbox')).toHaveValue(query);
        await expect(preview.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
        await probe.expectClean('the Embed dialog and its preview');
        // The code to paste is one iframe, whatever the title spells. Parsed inert (in a template), on
        // a blank page of its own: parsing its style attribute here would itself break the app's CSP.
        const snippet = await embed.getByLabel('Code to paste into your page').inputValue();
        const blank = await page.context().newPage();
        const pasted = await blank.evaluate((html) => {
          const template = document.createElement('template');
          template.innerHTML = html;
          const elements = [...template.content.querySelectorAll('*')];
          return {
            tags: elements.map((element) => element.localName),
            title: elements[0]?.getAttribute('title'),
          };
        }, snippet);
        await blank.close();
        expect(pasted, 'the embed code, parsed').toEqual({
          tags: ['iframe'],
          title: `Timeline: ${dataset.title}`,
        });
        await embed.getByRole('button', { name: 'Close' }).click();

        await page.getByRole('button', { name: 'Export' }).click();
        const exporting = page.getByRole('dialog', { name: 'Export this timeline' });
        for (const format of [/^Newsline JSON/, /^TimelineJS JSON/, /^CSV/]) {
          await exporting.getByRole('radio', { name: format }).check();
          await expect(exporting.getByRole('button', { name: /^Download / })).toBeEnabled();
          await probe.expectClean(`the Export dialog, ${format.source.slice(1)}`);
        }
        await exporting.getByRole('radio', { name: /shown, narrowed by/ }).check();
        await expect(exporting).toContainText(`narrowed by the actor`);
        await expect(exporting).toContainText(`the search “${query}”`);
        await probe.expectClean('the Export dialog, only the events shown');
        await exporting.getByRole('button', { name: 'Close' }).click();

        await page.getByRole('button', { name: 'Add an article' }).click();
        const article = page.getByRole('dialog', { name: 'Add an article' });
        await probe.expectClean('the Add an article dialog');
        await article
          .getByLabel('The article’s text')
          .fill(
            `The harbour board said on 3 March 2025 that ${payload(1)} had been found in the archive.\n` +
              `Its chair said on 4 March 2025 that ${payload(0)} and ${payload(2)} would be kept.`,
          );
        await article.getByLabel('Publisher').fill(`publisher ${payload(3)}`);
        await article.getByLabel('Headline').fill(`headline ${payload(4)}`);
        await article.getByLabel('Published').fill('2025-03-05');
        await article.getByLabel('Address').fill(SAFE_LINK);
        await article.getByRole('button', { name: 'Find events' }).click();
        const add = article.getByRole('button', { name: /^Add \d+ events? to the timeline$/ });
        await expect(add).toBeEnabled();
        await probe.expectClean('the Add an article review');
        await add.click();
        await expect(article).toBeHidden();
        await expect(timelinePage.panel).toContainText(`publisher ${payload(3)}`);
        await expect(timelinePage.panel).toContainText('data-xss');
        await probe.expectClean('an added article’s event in the panel');
      },
    );

    xssTest(
      'the embed page, the vertical layout, and a link whose every parameter is a payload',
      async ({ page, probe, timelinePage }) => {
        const dataset = HOSTILE;
        await timelinePage.open('?embed=1');
        await expect(page.locator('.embed-bar__title')).toHaveText(dataset.title);
        await probe.expectClean('the embed page');
        await walkHostile(probe, timelinePage, dataset, 'the embed page');

        await page.goto('/?embed=1&view=list&q=xss');
        await expect(page.locator('.event-list__heading')).toHaveCount(dataset.events.length);
        await expect(page.locator('.event-list mark').first()).toBeVisible();
        await probe.expectClean('the embed page as a highlighted list');

        await page.goto('/?layout=vertical');
        await expect(page.locator('.vertical__card').first()).toBeVisible();
        await expect(page.locator('.vertical__title').first()).toContainText(/^event \d+ /);
        await probe.expectClean('the vertical layout');
        await walkHostile(probe, timelinePage, dataset, 'the vertical layout');

        const parameters = ['event', 'actors', 'q', 'view', 'embed', 'theme', 'layout', 'start', 'end'];
        const search = new URLSearchParams(parameters.map((name, i) => [name, payload(i)]));
        search.set('parentOrigin', `javascript:alert(1)//${payload(1)}`);
        search.set('data', `javascript:window.__xss = 'data'//${payload(2)}`);
        await page.goto(`/?${search.toString()}`);
        const notices = page.locator('.notices');
        await expect(notices).toContainText(/notices about this link/);
        await notices.getByRole('button', { expanded: false }).click();
        await expect(notices.locator('.notice').first()).toBeVisible();
        await probe.expectClean('notices about a hostile link');
        // Each value is shown cut short, as text.
        await expect(notices).toContainText(`Ignored event=${payload(0).slice(0, 30)}`);
        await expect(notices).toContainText(`Ignored actors=${payload(1).slice(0, 30)}`);
      },
    );

    xssTest(
      '?data=: a hostile dataset with a record left out, one that fails, an address that is a payload',
      async ({ page, probe, timelinePage }) => {
        const leftOut = { ...structuredClone(HOSTILE.events[0]!), id: HOSTILE_NAME };
        const served = { ...HOSTILE, events: [...HOSTILE.events, leftOut] };
        const failing = {
          schemaVersion: 1,
          title: HOSTILE_NAME,
          events: [{ id: payload(2), title: payload(3) }],
        };
        await page.route(`${HOSTILE_ORIGIN}/**`, (route) => {
          const json = { '/timeline.json': served, '/failing.json': failing }[
            new URL(route.request().url()).pathname
          ];
          return json
            ? route.fulfill({ json, headers: { 'access-control-allow-origin': '*' } })
            : route.fulfill({
                status: 404,
                body: 'not here',
                headers: { 'access-control-allow-origin': '*' },
              });
        });

        await timelinePage.open(`?data=${encodeURIComponent(`${HOSTILE_ORIGIN}/timeline.json`)}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.title);
        await expect(page.getByText('1 invalid record was left out')).toBeVisible();
        await page.getByText('1 invalid record was left out').click();
        await probe.expectClean('?data=: a dataset with a record left out');
        await expect(page.locator('.skipped-warning')).toContainText(`(id ${JSON.stringify(HOSTILE_NAME)})`);
        await walkHostile(probe, timelinePage, HOSTILE, '?data=');

        await page.getByRole('button', { name: 'Embed' }).click();
        const preview = page.frameLocator('iframe[title="Preview of the embedded timeline"]');
        await expect(preview.locator('.embed-bar__title')).toHaveText(HOSTILE.title);
        await probe.expectClean('?data=: the Embed dialog and its preview');

        await page.goto(`/?data=${encodeURIComponent(`${HOSTILE_ORIGIN}/failing.json`)}`);
        await expect(page.getByRole('alert')).toContainText('The timeline could not be loaded');
        await probe.expectClean('?data=: a dataset that fails');

        const address = `${HOSTILE_ORIGIN}/${encodeURIComponent(HOSTILE_NAME)}.json`;
        await page.goto(`/?data=${encodeURIComponent(address)}`);
        await expect(page.getByRole('alert')).toContainText('could not be loaded');
        await probe.expectClean('?data=: an address that is a payload');
      },
    );

    xssTest(
      'imports through Open…: TimelineJS JSON and CSV, crafted and as Export writes them',
      async ({ page, probe, timelinePage }) => {
        await timelinePage.open();

        await openFile(page, `${HOSTILE_NAME}.json`, JSON.stringify(hostileTimelineJs()), 'application/json');
        const notes = page.getByRole('status').filter({ hasText: 'as TimelineJS JSON' });
        await notes.getByText(/notes on what/).click();
        await probe.expectClean('a hostile TimelineJS file opened, its notes shown');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload(0));
        await expect(notes).toContainText(`Opened “${HOSTILE_NAME}.json” as TimelineJS JSON`);
        await expect(notes).toContainText('an unknown field "<img data-xss');
        const imported = PAYLOADS.map((text, i) => `headline ${i} ${text}`);
        expect(await timelinePage.itemTitles()).toEqual([...imported].sort());
        await walkPanels(probe, timelinePage, imported, 'TimelineJS', async (title) => {
          const i = imported.indexOf(title);
          await expect(timelinePage.panel).toContainText(`text ${i} ${payload(i + 1)}`);
          await expect(timelinePage.panel).toContainText(`date ${i} ${payload(i + 2)}`);
        });

        await openFile(page, `${HOSTILE_NAME}.csv`, hostileCsv(), 'text/csv');
        const csvNotes = page.getByRole('status').filter({ hasText: 'as CSV' });
        await csvNotes.getByText(/notes on what/).click();
        await probe.expectClean('a hostile CSV opened, its notes shown');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(`sheet ${payload(0)}`);
        await expect(csvNotes).toContainText(`Columns not read: "${payload(1)}"`);
        const rows = PAYLOADS.map((text, i) => `row ${i} ${text}`);
        await walkPanels(probe, timelinePage, rows, 'CSV', async (title) => {
          const i = rows.indexOf(title);
          await expect(timelinePage.panel).toContainText(payload(i + 1));
        });

        // The hostile dataset, exported by the app and opened again, in each format.
        await page.goto('/');
        await expect(timelinePage.items.first()).toBeVisible();
        for (const [format, mimeType] of [
          [/^TimelineJS JSON/, 'application/json'],
          [/^CSV/, 'text/csv'],
        ] as const) {
          await page.getByRole('button', { name: 'Export' }).click();
          const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
          await dialog.getByRole('radio', { name: format }).check();
          const downloading = page.waitForEvent('download');
          await dialog.getByRole('button', { name: /^Download / }).click();
          const file = await downloading;
          await dialog.getByRole('button', { name: 'Close' }).click();
          const text = readFileSync(await file.path(), 'utf8');
          await openFile(page, file.suggestedFilename(), text, mimeType);
          await expect(page.getByText(`Opened “${file.suggestedFilename()}” as`)).toBeVisible();
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.title);
          await probe.expectClean(`the export as ${format.source.slice(1)}, opened again`);
          const dated = HOSTILE.events.filter(isDated);
          expect(await timelinePage.itemTitles()).toEqual(dated.map((event) => event.title).sort());
          await walkPanels(
            probe,
            timelinePage,
            dated.map((event) => event.title),
            `the export as ${format.source.slice(1)}, opened again`,
          );
        }
      },
    );

    xssTest('the probe sees a payload that became markup', async ({ page, probe, timelinePage }) => {
      // The control: what the probe must catch when a rendering slips.
      await timelinePage.open();
      await probe.expectClean('the timeline drawn');
      await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), payload(1));
      await expect
        .poll(async () => {
          const [top] = await probe.look();
          return {
            elements: top?.elements.length ?? 0,
            violated: (top?.violations?.length ?? 0) > 0,
            ran: top?.ran ?? null,
          };
        })
        .toEqual(
          withCsp ? { elements: 2, violated: true, ran: null } : { elements: 2, violated: false, ran: 'img' },
        );
      expect(probe.dialogs).toEqual(withCsp ? [] : ['alert: img']);
    });
  });
}
