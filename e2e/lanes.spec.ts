// Lanes: a lane per actor (chosen under Actors, else the busiest and Other) or per kind of actor,
// the same event in each of its actors' lanes, marked in all when opened, kept in the link; and
// lanes over a 100,000-event archive still drawn from a windowed, clustered few hundred items.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import type { Actor, Dataset, TimelineEvent } from '../src/schema/dataset';
import { generateArchive } from '../src/testing/syntheticArchive';
import { expect, test, type TimelinePage } from './fixtures';

const actor = (id: string, name: string, kind: Actor['kind']): Actor => ({ id, name, kind, aliases: [] });
const event = (id: string, title: string, day: string, actorIds: string[]): TimelineEvent => ({
  id,
  title,
  summary: `${title}, the report says.`,
  date: { basis: 'stated', start: day, approximate: false, phrase: 'that day' },
  actorIds,
  quotes: [],
  paraphrases: [],
  sources: [{ sourceId: 'harbour-gazette', excerpt: `${title}, the report says.` }],
});

const DEAL = 'Reyes and the port authority sign a deal';
const SPEECH = 'Reyes speaks at the docks';
const LETTER = 'A critic writes to the paper';

/** Seven actors: the six busiest get lanes without a choice; the critic's one event goes to Other. */
const LANES_DATASET: Dataset = {
  schemaVersion: 1,
  title: 'The harbour year',
  sources: [
    {
      id: 'harbour-gazette',
      publisher: 'Harbour Gazette',
      title: 'The harbour year',
      url: 'https://gazette.example/year',
      published: '2024-12-31',
    },
  ],
  actors: [
    actor('ana-reyes', 'Ana Reyes', 'person'),
    actor('port-authority', 'Port authority', 'organisation'),
    actor('dock-union', 'Dock workers’ union', 'group'),
    actor('city-council', 'City council', 'organisation'),
    actor('spain', 'Spain', 'country'),
    actor('ferry-company', 'Ferry company', 'organisation'),
    actor('lone-critic', 'Lone critic', 'person'),
  ],
  events: [
    event('reyes-speech', SPEECH, '2024-01-15', ['ana-reyes']),
    event('port-fees', 'Port raises berth fees', '2024-02-01', ['port-authority']),
    event('joint-deal', DEAL, '2024-03-10', ['ana-reyes', 'port-authority']),
    event('union-strike', 'Union strikes', '2024-04-04', ['dock-union']),
    event('reyes-council', 'Reyes addresses the council', '2024-05-20', ['ana-reyes', 'city-council']),
    event('port-union', 'Port and union talk', '2024-06-12', ['port-authority', 'dock-union']),
    event('union-council', 'Union petitions the council', '2024-07-07', ['dock-union', 'city-council']),
    event('reyes-ferry', 'Reyes rides the new ferry', '2024-08-02', ['ana-reyes', 'ferry-company']),
    event('port-spain', 'Spain inspects the port', '2024-09-09', ['port-authority', 'spain']),
    event('council-budget', 'Council passes the budget', '2024-10-10', ['city-council']),
    event('spain-ferry', 'Spain funds the ferry', '2024-11-11', ['spain', 'ferry-company']),
    event('critic-letter', LETTER, '2024-12-01', ['lone-critic']),
  ],
};

async function openLanes(page: Page, timelinePage: TimelinePage, query: string, dataset = LANES_DATASET) {
  const body = JSON.stringify(dataset);
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await timelinePage.open(query);
}

/** A lane's label, which vis draws as tall as the lane's band. */
const lane = (page: Page, name: string) => page.locator('.vis-label').filter({ hasText: name });

/** The lanes' names, top to bottom. */
const laneNames = (page: Page) => page.locator('.nl-lane__name').allTextContents();

/** True when the item's box lies inside the lane's band (between its label's top and bottom). */
async function inLane(item: Locator, laneLabel: Locator): Promise<boolean> {
  const box = await item.boundingBox();
  const band = await laneLabel.boundingBox();
  if (!box || !band) return false;
  return box.y >= band.y - 1 && box.y + box.height <= band.y + band.height + 1;
}

test.describe('lanes by actor', () => {
  test('one lane per chosen actor, with its name and count; a shared event in both, opened and marked in both', async ({
    page,
    timelinePage,
  }) => {
    await openLanes(page, timelinePage, '?lanes=actor&actors=ana-reyes,port-authority');
    expect(await laneNames(page)).toEqual(['Ana Reyes', 'Port authority']);
    await expect(lane(page, 'Ana Reyes')).toContainText('4 events');
    await expect(lane(page, 'Ana Reyes')).toBeVisible();
    await expect(lane(page, 'Port authority')).toBeVisible();

    const deal = timelinePage.item(DEAL);
    await expect(deal).toHaveCount(2);
    for (const item of await deal.all()) await expect(item).toBeVisible();
    const [first, second] = await deal.all();
    // One copy in each lane, not both in one.
    expect(await inLane(first!, lane(page, 'Ana Reyes'))).toBe(true);
    expect(await inLane(second!, lane(page, 'Port authority'))).toBe(true);
    expect(await inLane(second!, lane(page, 'Ana Reyes'))).toBe(false);
    // An event of one actor only is in that actor's lane only.
    await expect(timelinePage.item(SPEECH)).toHaveCount(1);
    expect(await inLane(timelinePage.item(SPEECH), lane(page, 'Ana Reyes'))).toBe(true);

    await second!.click();
    await expect(timelinePage.panelTitle).toHaveText(DEAL);
    await expect(page).toHaveURL(/event=joint-deal/);
    await expect(deal.and(page.locator('.vis-selected'))).toHaveCount(2);
  });

  test('the arrows walk the events in date order, marking each in every lane it is in', async ({
    page,
    timelinePage,
  }) => {
    await openLanes(page, timelinePage, '?lanes=actor&actors=ana-reyes,port-authority');
    await timelinePage.item(SPEECH).click();
    await expect(timelinePage.panelTitle).toHaveText(SPEECH);
    await timelinePage.timeline.focus();
    await page.keyboard.press('ArrowRight'); // the berth fees
    await page.keyboard.press('ArrowRight'); // the deal, in both lanes
    await expect(timelinePage.panelTitle).toHaveText(DEAL);
    await expect(timelinePage.item(DEAL).and(page.locator('.vis-selected'))).toHaveCount(2);
    await expect(timelinePage.item(SPEECH).and(page.locator('.vis-selected'))).toHaveCount(0);
  });

  test('with no actor chosen: the six busiest, then Other with the events of none of them', async ({
    page,
    timelinePage,
  }) => {
    await openLanes(page, timelinePage, '?lanes=actor');
    expect(await laneNames(page)).toEqual([
      'Ana Reyes',
      'Port authority',
      'City council',
      'Dock workers’ union',
      'Ferry company',
      'Spain',
      'Other',
    ]);
    const other = lane(page, 'Other');
    await expect(other).toContainText('1 event');
    await other.scrollIntoViewIfNeeded();
    const letter = timelinePage.item(LETTER);
    await expect(letter).toHaveCount(1);
    expect(await inLane(letter, other)).toBe(true);
    expect(await inLane(timelinePage.item(SPEECH), other)).toBe(false);
  });

  test('the dates stay put when a filter changes the lanes: their names’ column keeps its width', async ({
    page,
    timelinePage,
  }) => {
    await openLanes(page, timelinePage, '?lanes=actor');
    const panel = () => page.locator('.vis-panel.vis-center').boundingBox();
    const before = await panel();
    expect(before?.width).toBeGreaterThan(300);

    // A short name in place of the six busiest (one of them "Dock workers’ union").
    await timelinePage.actorCheckbox('Spain').check();
    await expect.poll(() => laneNames(page)).toEqual(['Spain']);
    // vis names the lanes a task before it draws them: wait for the drawing.
    await expect(timelinePage.item(SPEECH)).toBeHidden();
    await expect(timelinePage.item('Spain inspects the port')).toBeVisible();
    expect(await panel()).toEqual(before);

    await timelinePage.actorCheckbox('Spain').uncheck();
    await expect.poll(() => laneNames(page)).toHaveLength(7);
    await expect(timelinePage.item(SPEECH)).toBeVisible();
    expect(await panel()).toEqual(before);
  });

  test('chosen from the Lanes menu, kept in the link over a reload, and back to one line', async ({
    page,
    timelinePage,
  }) => {
    await openLanes(page, timelinePage, '');
    await expect(page.locator('.nl-lane__name')).toHaveCount(0);
    const lanes = page.getByRole('combobox', { name: 'Lanes' });
    await lanes.selectOption('by actor');
    await expect(page).toHaveURL(/[?&]lanes=actor\b/);
    await expect(lane(page, 'Ana Reyes')).toBeVisible();
    await page.reload();
    await expect(lanes).toHaveValue('actor');
    await expect(lane(page, 'Ana Reyes')).toBeVisible();
    await expect(timelinePage.item(DEAL)).toHaveCount(2);
    await lanes.selectOption('none');
    await expect(page).not.toHaveURL(/lanes=/);
    await expect(page.locator('.nl-lane__name')).toHaveCount(0);
    await expect(timelinePage.item(DEAL)).toHaveCount(1);
  });

  test('the search narrows every lane', async ({ page, timelinePage }) => {
    await openLanes(page, timelinePage, '?lanes=actor&actors=ana-reyes,port-authority');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('deal');
    await expect(lane(page, 'Ana Reyes')).toContainText('1 event');
    await expect(lane(page, 'Port authority')).toContainText('1 event');
    await expect(timelinePage.item(SPEECH)).toHaveCount(0);
    await expect(timelinePage.item(DEAL)).toHaveCount(2);
  });

  test('a bad lanes value is ignored with a notice that says which values there are', async ({
    page,
    timelinePage,
  }) => {
    await openLanes(page, timelinePage, '?lanes=grid');
    await expect(page.getByText('Ignored lanes=grid: lanes can be none, actor or kind.')).toBeVisible();
    await expect(page.locator('.nl-lane__name')).toHaveCount(0);
  });
});

test('lanes by kind: one lane per kind of actor, an event in each of its actors’ kinds', async ({
  page,
  timelinePage,
}) => {
  await openLanes(page, timelinePage, '?lanes=kind');
  expect(await laneNames(page)).toEqual(['People', 'Organisations', 'Countries', 'Groups']);
  const deal = timelinePage.item(DEAL);
  await expect(deal).toHaveCount(2);
  const [first, second] = await deal.all();
  expect(await inLane(first!, lane(page, 'People'))).toBe(true);
  expect(await inLane(second!, lane(page, 'Organisations'))).toBe(true);
});

test.describe('lanes at scale', () => {
  test.setTimeout(180_000);
  // Served over HTTP from a server of the test's own (a free port, answering any origin, as a
  // public dataset host would): 75 MB through Playwright's route would go through the protocol.
  let server: Server;
  let archiveUrl = '';
  test.beforeAll(async () => {
    const body = JSON.stringify(generateArchive(100_000));
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    archiveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/archive.json`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('100,000 events in lanes by actor: every lane drawn from a windowed, clustered few hundred items, and usable', async ({
    page,
    timelinePage,
  }) => {
    await page.goto(`/?lanes=actor&data=${encodeURIComponent(archiveUrl)}`);
    await expect(page.locator('.nl-cluster__content').first()).toBeVisible({ timeout: 120_000 });
    // Its events show as they are checked; what follows is of the whole archive.
    await expect(page.locator('.load-banner')).toHaveCount(0, { timeout: 120_000 });
    await expect(page.locator('.nl-lane__name')).toHaveCount(7);
    // Each lane holds its own clusters; vis holds a few hundred items however many events there are.
    expect(await page.locator('.vis-item').count()).toBeLessThan(1_500);
    const counts = await page.locator('.nl-lane__count').allTextContents();
    expect(counts.every((words) => /^[\d,]+ events?$/.test(words))).toBe(true);

    // Zooming keeps the lanes, and vis still holds a few hundred items.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.nl-lane__name')).toHaveCount(7);
    expect(await page.locator('.vis-item').count()).toBeLessThan(1_500);

    // The keyboard opens the first event and walks on; the opened one is marked where it is drawn.
    await timelinePage.timeline.focus();
    await page.keyboard.press('Enter');
    await expect(timelinePage.panel).toContainText('1 of 100,000');
    const first = await timelinePage.panelTitle.textContent();
    await expect(page.locator('.vis-item.nl-item.vis-selected').first()).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(timelinePage.panel).toContainText('2 of 100,000');
    await expect(timelinePage.panelTitle).not.toHaveText(first ?? '');
    await page.keyboard.press('Escape');

    // The actor filter narrows the lanes to the actors picked.
    const firstLane = (await page.locator('.nl-lane__name').first().textContent()) ?? '';
    const checkbox = timelinePage.actorCheckbox(firstLane);
    if (!(await checkbox.isVisible())) await page.getByText('Actors', { exact: true }).click();
    await checkbox.check();
    await expect(page.locator('.nl-lane__name')).toHaveText([firstLane]);
  });
});
