// Every message in one voice (issue 14): notices about the link, the search's common words, one
// count of the events shown, dates in English and a printable list of the events.
import { expect, shippedDataset, test } from './fixtures';

const total = shippedDataset.events.length;
const years = (date: string) => Date.parse(`${date}T00:00:00Z`);
const firstYear = Math.min(
  ...shippedDataset.events.flatMap((event) =>
    'start' in event.date ? [years(`${event.date.start.slice(0, 4)}-01-01`)] : [],
  ),
);

test.describe('notices about the link', () => {
  test('a window with no event it can show is ignored with a notice, and all events are fitted', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?start=0001&end=9999');
    await expect(
      page.getByText(
        'Ignored start=0001 and end=9999: the timeline shows at most 120 years at once, so the timeline shows all events.',
      ),
    ).toBeVisible();
    const window = await timelinePage.window();
    expect(window.start).toBeLessThanOrEqual(firstYear);
    expect(window.end).toBeGreaterThan(years('2025-03-28'));

    await timelinePage.open('?start=1990&end=1995');
    await expect(
      page.getByText(
        'Ignored start=1990 and end=1995: no event falls between them, so the timeline shows all events.',
      ),
    ).toBeVisible();
    expect((await timelinePage.window()).end).toBeGreaterThan(years('2025-03-28'));
  });

  test('each notice names the parameter, the value and what is wrong with it', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?view=grid');
    await expect(page.getByText('Ignored view=grid: view can be timeline or list.')).toBeVisible();
    await timelinePage.open('?start=2025-13&end=2026');
    await expect(
      page.getByText(
        'Ignored start=2025-13 and end=2026: start has no month 13 (dates look like 2021, 2025-03 or 2025-03-28).',
      ),
    ).toBeVisible();
  });

  test('several notices fold into one line that opens, and go away together', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open('?view=grid&theme=blue&start=2025-13&end=2026&event=no-such-event');
    const notices = page.getByRole('status').filter({ hasText: 'notices about this link' });
    await expect(notices).toContainText('4 notices about this link');
    const show = notices.getByRole('button', { name: 'Show' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    expect((await notices.boundingBox())?.height).toBeLessThan(45);
    await expect(page.getByText('Ignored theme=blue: theme can be light or dark.')).toBeHidden();

    await show.click();
    await expect(notices.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('Ignored theme=blue: theme can be light or dark.')).toBeVisible();
    await expect(
      page.getByText('Ignored event=no-such-event: this timeline has no such event.'),
    ).toBeVisible();
    await notices.getByRole('button', { name: 'Dismiss all' }).click();
    await expect(page.getByText(/notices about this link|Ignored/)).toHaveCount(0);
  });
});

test.describe('search', () => {
  test('"spoils of war" finds the events about spoils and war, leaving "of" out', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('spoils of war');
    await expect(page.getByText(/Common words left out: of\./)).toBeVisible();
    await expect(timelinePage.item('Taliban see the equipment as war spoils')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('"spoils of war"');
    await expect(page.getByText('No event matches.')).toBeVisible();
  });
});

test.describe('counts of the events shown', () => {
  test('the sidebar, the list and the export dialog give the same count and name the search', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('spoils of war');
    await expect(page.getByText(/(events match|event matches)\./)).toBeVisible();
    const shown = await timelinePage.items.count();
    expect(shown).toBeLessThan(total);
    const count = `${shown} of ${total} events`;
    await expect(timelinePage.filter.getByRole('status')).toHaveText(count);
    await expect(timelinePage.filter).toContainText('Narrowed by the search “spoils of war”.');

    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.getByRole('heading', { name: `${count}, in date order` })).toBeVisible();

    await timelinePage.actorCheckbox('Taliban').check();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
    await expect(dialog.getByRole('radio', { name: /shown, narrowed by/ })).toHaveAccessibleName(
      /of \d+ events shown, narrowed by the actor Taliban and the search “spoils of war”$/,
    );
  });

  test('the export dialog does not say "no filter" while a search narrows nothing away', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Taliban');
    await expect(page.getByText(/(events match|event matches)\./)).toBeVisible();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this timeline' });
    await expect(dialog.getByRole('radio', { name: /narrowed by the search “Taliban”/ })).toBeEnabled();
    await expect(dialog).not.toContainText('no actor filter or search is on');
  });
});

test.describe('a French reader', () => {
  test.use({ locale: 'fr-FR' });

  test('gets the interface in French, its dates too, never a mix of the two', async ({ page }) => {
    await page.goto('/?view=list');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText('avant 30 mars 2025').first()).toBeVisible();
    await expect(page.getByText(/before|Mar 2025/)).toHaveCount(0);
  });

  test("gets English with lang=en, dates in English too, and the menu's choice is kept for the next visit", async ({
    page,
  }) => {
    await page.goto('/?view=list&lang=en');
    await expect(page.getByText('before 30 Mar 2025').first()).toBeVisible();
    await expect(page.getByText(/mars/)).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect(page).toHaveURL(/lang=ar/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.goto('/?view=list');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('is told when a link asks for a language Newsline does not speak', async ({ page }) => {
    await page.goto('/?lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText(/« de »/)).toBeVisible();
  });
});

test.describe('printing', () => {
  test('prints the title and the filtered events as a list, without buttons or the timeline', async ({
    timelinePage,
    page,
  }, testInfo) => {
    // The shipped sources have no address: give one an address to see it printed as text.
    const url = 'https://www.example.org/news/taliban-weapons';
    const [first, ...rest] = shippedDataset.sources;
    const json = {
      ...shippedDataset,
      sources: [{ ...first!, title: 'Taliban keep US weapons', url }, ...rest],
    };
    await page.route('**/data/events.json', (route) => route.fulfill({ json }));
    await timelinePage.open();
    await timelinePage.actorCheckbox('Donald Trump').check();
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.printable');
    await expect(printed.getByRole('heading', { level: 1 })).toHaveText(shippedDataset.title);
    const trump = shippedDataset.events.filter((event) => event.actorIds.includes('donald-trump'));
    await expect(printed.getByRole('heading', { level: 2 })).toHaveCount(trump.length);
    const rally = printed.getByRole('listitem').filter({ hasText: 'Trump threatens to cut aid' }).first();
    const quote = trump.find((event) => event.quotes.length > 0)!.quotes[0]!;
    await expect(rally).toContainText(quote.text);
    await expect(rally).toContainText('Publisher not stated');
    await expect(printed).toContainText(
      `${first!.publisher!}, “Taliban keep US weapons”, via ${first!.via!}, 30 Mar 2025 ${url}`,
    );
    await expect(page.getByRole('button')).toHaveCount(0); // every button is hidden in print
    await expect(timelinePage.timeline).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });

    await page.emulateMedia({ media: 'screen' });
    await expect(printed.getByRole('heading', { level: 1 })).toHaveCount(0);
  });
});
