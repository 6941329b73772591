// Edit mode: every kind of field edited and found again after a reload; undo and redo across
// reloads; a burst of edits that survives the tab closing; merges and splits whose references
// follow; My timelines; and the edits file that `npm run extract` turns into the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, eventTitled, shippedDataset, test, TimelinePage } from './fixtures';

const WITHDRAWAL = eventTitled('US withdraws from Afghanistan; Taliban take control');
const RALLY = eventTitled('Trump threatens to cut aid unless the Taliban return US equipment');

/** Opens the shipped timeline, presses Edit and waits for the edit bar. */
async function startEditing(timelinePage: TimelinePage): Promise<void> {
  await timelinePage.open();
  await timelinePage.page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(editBar(timelinePage.page)).toContainText('No edits yet');
  await expect(timelinePage.page).toHaveURL(/[?&]edit=kept-[a-z0-9]+/);
}

const editBar = (page: Page) => page.getByRole('region', { name: 'Edit mode' });
const editor = (page: Page) => page.getByTestId('event-editor');

/** Opens an event's form from the timeline. */
async function openEvent(timelinePage: TimelinePage, title: string): Promise<Locator> {
  await timelinePage.item(title).click();
  const form = editor(timelinePage.page);
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue(title);
  return form;
}

/** Waits until the edit bar says every edit is stored. */
async function stored(page: Page, edits: number): Promise<void> {
  await expect(editBar(page).getByRole('status')).toHaveText(
    `Editing. ${edits} edit${edits === 1 ? '' : 's'}, all stored in this browser.`,
  );
}

test.describe('edit mode', () => {
  test('each kind of field, edited, is there after a reload', async ({ page, timelinePage }) => {
    await startEditing(timelinePage);
    let form = await openEvent(timelinePage, WITHDRAWAL.title);
    await form.getByLabel('Title', { exact: true }).fill('The last US troops leave Afghanistan');
    await form.getByLabel('Summary').fill('The last US troops left Kabul at the end of August.');
    await form.getByLabel('Date, or first day').fill('2021-08-30');
    await form.getByLabel('Approximate').check();
    await form.getByRole('button', { name: 'Remove Taliban from this event' }).click();
    await form.getByLabel('Add an actor').fill('Joe Biden');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByLabel('Add an actor').fill('Lloyd Austin');
    await form.getByLabel('Add an actor').press('Enter');
    await expect(timelinePage.item('The last US troops leave Afghanistan')).toContainText('c. 30 Aug 2021');

    form = await openEvent(timelinePage, RALLY.title);
    const quote = form.getByRole('group', { name: 'Quotes' });
    await quote.getByLabel('Speaker').selectOption({ label: 'Joe Biden' });
    await quote.getByRole('button', { name: 'Make it reported speech' }).click();
    await expect(form.getByRole('group', { name: 'Quotes' })).toHaveCount(0);
    const reported = form.getByRole('group', { name: 'Reported statements' });
    await expect(reported.getByLabel('Speaker')).toHaveValue('joe-biden');
    // Title, summary, date (as typed: one edit per change), actors, speaker, move.
    await expect(editBar(page).getByRole('status')).toContainText('all stored in this browser');

    await page.reload();
    await expect(editBar(page).getByRole('status')).toContainText('all stored in this browser');
    form = await openEvent(timelinePage, 'The last US troops leave Afghanistan');
    await expect(form.getByLabel('Summary')).toHaveValue(
      'The last US troops left Kabul at the end of August.',
    );
    await expect(form.getByLabel('Date, or first day')).toHaveValue('2021-08-30');
    await expect(form.getByLabel('Approximate')).toBeChecked();
    const actors = form.getByRole('group', { name: 'Actors' });
    await expect(actors.getByRole('listitem')).toHaveText([
      'Afghanistan×',
      'United States×',
      'U.S. military×',
      'Joe Biden×',
      'Lloyd Austin×',
    ]);
    form = await openEvent(timelinePage, RALLY.title);
    await expect(form.getByRole('group', { name: 'Reported statements' }).getByLabel('Speaker')).toHaveValue(
      'joe-biden',
    );
    // What readers see: the preview shows the event as edited.
    await editBar(page).getByRole('button', { name: 'Preview' }).click();
    await timelinePage.item('The last US troops leave Afghanistan').click();
    await expect(timelinePage.panelTitle).toHaveText('The last US troops leave Afghanistan');
    await expect(timelinePage.panel).toContainText('Lloyd Austin');
  });

  test('a refused value is shown with its reason, and the timeline keeps the last valid one', async ({
    page,
    timelinePage,
  }) => {
    await startEditing(timelinePage);
    const form = await openEvent(timelinePage, WITHDRAWAL.title);
    await form.getByLabel('Title', { exact: true }).fill('');
    await expect(form.getByRole('alert')).toContainText('title');
    await form.getByLabel('Date, or first day').fill('2021-13');
    await expect(form.getByRole('alert').last()).toContainText('not a real calendar date');
    await form.getByLabel('Last day (a span)').fill('2020');
    await expect(timelinePage.item(WITHDRAWAL.title)).toContainText('2021');
    await expect(editBar(page).getByRole('status')).toContainText('No edits yet');
  });

  test('undo and redo work across reloads', async ({ page, timelinePage }) => {
    await startEditing(timelinePage);
    const form = await openEvent(timelinePage, WITHDRAWAL.title);
    await form.getByLabel('Title', { exact: true }).fill('Withdrawal');
    await form.getByRole('button', { name: 'Drop this event' }).click();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length - 1);
    await stored(page, 2);

    await page.reload();
    await stored(page, 2);
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length - 1);
    await editBar(page).getByRole('button', { name: 'Undo' }).click();
    await expect(timelinePage.item('Withdrawal')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(timelinePage.item(WITHDRAWAL.title)).toHaveCount(1);
    await expect(editBar(page).getByRole('status')).toHaveText(
      'Editing. Every edit undone: Redo brings them back. All stored in this browser.',
    );
    await expect(editBar(page).getByRole('button', { name: 'Undo' })).toBeDisabled();

    await page.reload();
    await expect(timelinePage.item(WITHDRAWAL.title)).toHaveCount(1);
    await editBar(page).getByRole('button', { name: 'Redo' }).click();
    await expect(timelinePage.item('Withdrawal')).toHaveCount(1);
    await stored(page, 1);
    await page.reload();
    await expect(timelinePage.item('Withdrawal')).toHaveCount(1);
    await page.keyboard.press('Control+Shift+z');
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length - 1);
    await stored(page, 2);
  });

  test('closing the page in the middle of a burst of edits loses nothing', async ({
    context,
    page,
    timelinePage,
  }) => {
    await startEditing(timelinePage);
    const form = await openEvent(timelinePage, WITHDRAWAL.title);
    const title = form.getByLabel('Title', { exact: true });
    await title.fill('');
    // One key at a time, as an editor types: each is an edit stored as it is made.
    const typed = 'Withdrawal, as typed key by key';
    await title.pressSequentially(typed);
    const url = page.url();
    await page.close({ runBeforeUnload: false });

    const again = await context.newPage();
    await again.goto(url);
    const reopened = new TimelinePage(again);
    await expect(reopened.item(typed)).toHaveCount(1);
  });

  test('merging and splitting events and actors: every reference follows', async ({ page, timelinePage }) => {
    await startEditing(timelinePage);
    // Actors: Taliban Foreign Ministry becomes Taliban, in every event and every statement.
    await editBar(page).getByRole('button', { name: 'Actors…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Timeline and actors' });
    const taliban = dialog.locator('[data-actor-id="taliban"]');
    await taliban.getByLabel('The same actor as').selectOption({ label: 'Taliban Foreign Ministry' });
    await taliban.getByRole('button', { name: 'Merge into Taliban' }).click();
    await expect(dialog.locator('[data-actor-id="taliban-foreign-ministry"]')).toHaveCount(0);
    await expect(taliban.getByLabel('Other names, separated by commas')).toHaveValue(
      /Taliban Foreign Ministry/,
    );
    await taliban.getByLabel('Name', { exact: true }).fill('The Taliban');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(timelinePage.actorCheckbox('Taliban Foreign Ministry')).toHaveCount(0);
    const talibanEvents = shippedDataset.events.filter((e) =>
      e.actorIds.some((id) => id === 'taliban' || id === 'taliban-foreign-ministry'),
    ).length;
    await expect(timelinePage.actorCheckbox('The Taliban')).toHaveAccessibleName(
      new RegExp(`${talibanEvents} events`),
    );

    // Events: merge one into another, then split a source off it again.
    const form = await openEvent(timelinePage, WITHDRAWAL.title);
    const deployment = eventTitled('Nearly two decades of US deployment in Afghanistan');
    // Each passage once: a passage both events rest on is not repeated.
    const passages = new Set(
      [...WITHDRAWAL.sources, ...deployment.sources].map((s) => `${s.sourceId} ${s.excerpt}`),
    );
    await form.getByLabel('Another event that tells the same happening').selectOption({
      label: `${'c. 2001 – 2021'}: Nearly two decades of US deployment in Afghanistan`,
    });
    await form.getByRole('button', { name: 'Merge into this one' }).click();
    await expect(timelinePage.item('Nearly two decades of US deployment in Afghanistan')).toHaveCount(0);
    const sources = form.getByRole('group', { name: 'Sources' });
    await expect(sources.getByRole('blockquote')).toHaveCount(passages.size);
    await sources.getByRole('button', { name: 'Split into an event of its own' }).last().click();
    await expect(editor(page).getByLabel('Title', { exact: true })).not.toHaveValue(WITHDRAWAL.title);
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);

    await page.reload();
    await expect(timelinePage.actorCheckbox('The Taliban')).toBeVisible();
    await expect(timelinePage.actorCheckbox('Taliban Foreign Ministry')).toHaveCount(0);
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
  });

  test('a dropped event comes back from the edit bar', async ({ page, timelinePage }) => {
    await startEditing(timelinePage);
    const form = await openEvent(timelinePage, RALLY.title);
    await form.getByRole('button', { name: 'Drop this event' }).click();
    await expect(timelinePage.item(RALLY.title)).toHaveCount(0);
    await editBar(page).getByText('Dropped (1)').click();
    await editBar(page).getByRole('button', { name: 'Bring back' }).click();
    await expect(timelinePage.item(RALLY.title)).toHaveCount(1);
    await expect(editor(page).getByLabel('Title', { exact: true })).toHaveValue(RALLY.title);
  });

  test('My timelines lists, opens, duplicates and deletes (with confirmation and undo)', async ({
    page,
    timelinePage,
  }) => {
    await startEditing(timelinePage);
    const form = await openEvent(timelinePage, RALLY.title);
    await form.getByLabel('Title', { exact: true }).fill('Rally');
    await stored(page, 1);
    await page.getByRole('button', { name: 'My timelines' }).click();
    const dialog = page.getByRole('dialog', { name: 'My timelines' });
    await expect(dialog.getByRole('listitem')).toHaveCount(1);
    await expect(dialog.getByRole('listitem')).toContainText('1 edit');
    await dialog.getByRole('button', { name: `Duplicate ${shippedDataset.title}` }).click();
    await expect(dialog.getByRole('listitem')).toHaveCount(2);
    await expect(dialog.getByText(`${shippedDataset.title} (copy)`)).toBeVisible();

    await dialog.getByRole('button', { name: `Delete ${shippedDataset.title} (copy)` }).click();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog.getByRole('listitem')).toHaveCount(2);
    await dialog.getByRole('button', { name: `Delete ${shippedDataset.title} (copy)` }).click();
    await dialog.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(dialog.getByRole('listitem')).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Undo' }).click();
    await expect(dialog.getByRole('listitem')).toHaveCount(2);

    // The copy opens with its edit.
    await dialog.getByRole('button', { name: `Open ${shippedDataset.title} (copy)` }).click();
    await expect(dialog).toBeHidden();
    await expect(timelinePage.item('Rally')).toHaveCount(1);
    await expect(page.locator('.app__title')).toHaveText(shippedDataset.title);
  });

  test('the edits file, given to npm run extract, gives the edited dataset byte for byte', async ({
    page,
    timelinePage,
  }) => {
    await startEditing(timelinePage);
    const form = await openEvent(timelinePage, WITHDRAWAL.title);
    await form.getByLabel('Title', { exact: true }).fill('US completes its withdrawal');
    await form.getByLabel('Date, or first day').fill('2021-08-30');
    await form.getByRole('button', { name: 'Remove Taliban from this event' }).click();
    await editBar(page).getByRole('button', { name: 'Actors…' }).click();
    const actors = page.getByRole('dialog', { name: 'Timeline and actors' });
    await actors.getByLabel('Title of the timeline').fill('US weapons in Afghanistan');
    const isis = actors.locator('[data-actor-id="isis"]');
    await isis.getByLabel('The same actor as').selectOption({ label: 'ISIS-K' });
    await isis.getByRole('button', { name: 'Merge into ISIS' }).click();
    await actors.getByRole('button', { name: 'Close' }).click();
    await (
      await openEvent(timelinePage, RALLY.title)
    )
      .getByRole('button', { name: 'Make it reported speech' })
      .click();
    await stored(page, 6);

    await editBar(page).getByRole('button', { name: 'Publish…' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish this timeline' });
    const datasetDownload = page.waitForEvent('download');
    await publish.getByRole('button', { name: 'Download events.json' }).click();
    const datasetFile = await (await datasetDownload).path();
    const editsDownload = page.waitForEvent('download');
    await publish.getByRole('button', { name: 'Download the edits' }).click();
    const edits = await editsDownload;
    expect(edits.suggestedFilename()).toMatch(/\.edits\.yaml$/);

    const output = join(mkdtempSync(join(tmpdir(), 'newsline-edits-')), 'events.json');
    execFileSync('npx', ['tsx', 'scripts/extract.ts', '--edits', await edits.path(), '--output', output], {
      stdio: 'pipe',
    });
    const fromCli = readFileSync(output, 'utf8');
    expect(fromCli).toContain('US completes its withdrawal');
    expect(fromCli).toBe(readFileSync(datasetFile, 'utf8'));
  });

  test('an embed has no edit mode, even when its link asks', async ({ page }) => {
    await page.goto('/?embed=1&edit=kept-12345678');
    await expect(page.locator('.vis-item.nl-item').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Edit mode' })).toHaveCount(0);
  });

  test('an article added in the browser is still there after a reload, with its text kept', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await page.getByRole('button', { name: 'Add an article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog
      .getByLabel('The article’s text')
      .fill('The harbour board said the north pier would reopen on May 4.');
    await dialog.getByLabel('Publisher').fill('Harbour Weekly');
    await dialog.getByLabel('Published').fill('2025-04-30');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await dialog.getByRole('button', { name: /^Add 1 event/ }).click();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length + 1);
    await expect(editBar(page).getByRole('status')).toContainText('1 edit, all stored in this browser');

    await page.reload();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length + 1);
    await expect(timelinePage.item('The harbour board said')).toHaveCount(1);
  });

  test('an event from a passage keeps the article’s exact words and where they start', async ({
    page,
    timelinePage,
  }) => {
    const article =
      'The harbour board met on Monday.\n\nIt said the north pier would reopen on May 4, after two years of repairs.';
    await timelinePage.open();
    await page.getByRole('button', { name: 'Add an article' }).click();
    const adding = page.getByRole('dialog', { name: 'Add an article' });
    await adding.getByLabel('The article’s text').fill(article);
    await adding.getByLabel('Publisher').fill('Harbour Weekly');
    await adding.getByLabel('Published').fill('2025-04-30');
    await adding.getByRole('button', { name: 'Find events' }).click();
    await adding.getByRole('button', { name: /^Add \d+ events?/ }).click();
    await editBar(page).getByRole('button', { name: 'Preview' }).click();

    await editBar(page).getByRole('button', { name: 'Event from a passage…' }).click();
    const dialog = page.getByRole('dialog', { name: 'An event from a passage' });
    await expect(dialog.getByLabel('Article', { exact: true })).toHaveValue('harbour-weekly-2025-04-30');
    const text = dialog.getByTestId('passage-text');
    await expect(text).toHaveText(article);
    // Words already resting under an event are highlighted.
    await expect(text.locator('mark').first()).toBeVisible();

    // With the mouse: the words between two points of the text.
    const words = 'after two years of repairs';
    await text.evaluate((box, wanted) => {
      const node = [...box.querySelectorAll('span, mark')]
        .map((element) => element.firstChild)
        .find((child) => child?.textContent?.includes(wanted));
      if (!node?.textContent) throw new Error('words not drawn');
      const at = node.textContent.indexOf(wanted);
      const range = document.createRange();
      range.setStart(node, at - 1); // a space before: trimmed away
      range.setEnd(node, at + wanted.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, words);
    const offset = article.indexOf(words);
    await expect(dialog.getByRole('status').last()).toHaveText(
      `Passage: “${words}” (from character ${offset})`,
    );

    // From the keyboard: found words are selected instead.
    await dialog.getByLabel('Or find the words').fill('north pier would reopen');
    await dialog.getByLabel('Or find the words').press('Enter');
    const found = article.indexOf('north pier would reopen');
    await expect(dialog.getByRole('status').last()).toHaveText(
      `Passage: “north pier would reopen” (from character ${found})`,
    );
    await dialog.getByLabel('Title of the new event').fill('North pier to reopen');
    await dialog.getByLabel('Date (empty: undated)').fill('2025-05-04');
    await dialog.getByRole('button', { name: 'Add the event' }).click();
    await expect(dialog).toBeHidden();
    await expect(timelinePage.item('North pier to reopen')).toContainText('4 May 2025');
    await expect(timelinePage.panel).toContainText('north pier would reopen');

    // The dataset carries the words at their offset, as the CLI would write them.
    await editBar(page).getByRole('button', { name: 'Publish…' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish this timeline' });
    const download = page.waitForEvent('download');
    await publish.getByRole('button', { name: 'Download events.json' }).click();
    const published = JSON.parse(
      readFileSync(await (await download).path(), 'utf8'),
    ) as typeof shippedDataset;
    const event = published.events.find((e) => e.title === 'North pier to reopen');
    const ref = event?.sources[0];
    expect(ref?.excerpt).toBe('north pier would reopen');
    expect(article.slice(ref?.offset ?? -1, (ref?.offset ?? 0) + (ref?.excerpt.length ?? 0))).toBe(
      ref?.excerpt,
    );

    // The article's text is still here after a reload.
    await page.reload();
    await editBar(page).getByRole('button', { name: 'Event from a passage…' }).click();
    await expect(page.getByTestId('passage-text')).toHaveText(article);
  });

  test('the text of a shipped article is brought from its file, and checked against its excerpts', async ({
    page,
    timelinePage,
  }) => {
    await startEditing(timelinePage);
    await editBar(page).getByRole('button', { name: 'Event from a passage…' }).click();
    const dialog = page.getByRole('dialog', { name: 'An event from a passage' });
    await dialog
      .getByLabel('Article', { exact: true })
      .selectOption({ value: 'centralasianlight-2025-03-30' });
    await dialog.getByLabel('The article’s text').fill('Another article altogether.');
    await dialog.getByRole('button', { name: 'Keep this text' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'This is not the text the timeline’s excerpts come from',
    );

    const file = readdirSync('data/articles')
      .map((name) => join('data/articles', name))
      .find((path) => readFileSync(path, 'utf8').includes('centralasianlight'));
    if (!file) throw new Error('no CentralasianLIGHT article in data/articles');
    await dialog.locator('input[type="file"]').setInputFiles(file);
    const text = dialog.getByTestId('passage-text');
    await expect(text).toBeVisible();
    const used = shippedDataset.events
      .flatMap((e) => e.sources)
      .filter((r) => r.sourceId === 'centralasianlight-2025-03-30');
    await expect(text.locator('mark')).not.toHaveCount(0);
    for (const ref of used.slice(0, 3))
      await expect(text.locator('mark', { hasText: ref.excerpt.slice(0, 40) })).toHaveCount(1);
  });

  test('an article being pasted survives a reload before its events are added', async ({
    page,
    timelinePage,
  }) => {
    await timelinePage.open();
    await page.getByRole('button', { name: 'Add an article' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('The article’s text').fill('The ferry company said crossings resume on June 2.');
    await dialog.getByLabel('Publisher').fill('Island Post');
    await page.reload();
    await page.getByRole('button', { name: 'Add an article' }).click();
    dialog = page.getByRole('dialog', { name: 'Add an article' });
    await expect(dialog.getByLabel('The article’s text')).toHaveValue(
      'The ferry company said crossings resume on June 2.',
    );
    await expect(dialog.getByLabel('Publisher')).toHaveValue('Island Post');
    await expect(dialog.getByText('The article you left unfinished was kept in this browser')).toBeVisible();
    // Once its events are added, the draft is done with.
    await dialog.getByLabel('Published').fill('2025-05-30');
    await dialog.getByRole('button', { name: 'Find events' }).click();
    await dialog.getByRole('button', { name: /^Add \d+ events?/ }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Add an article' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Add an article' }).getByLabel('The article’s text'),
    ).toHaveValue('');
  });
});
