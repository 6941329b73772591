import { eventTitled, expect, shippedDataset, test } from './fixtures';

test.describe('event panel', () => {
  test('clicking an event shows its date, summary, actors, quote with speaker and sources', async ({
    timelinePage,
  }) => {
    await timelinePage.open();
    const rally = eventTitled('Trump threatens to cut aid unless the Taliban return US equipment');
    await timelinePage.item(rally.title).click();
    const { panel } = timelinePage;
    await expect(timelinePage.panelTitle).toHaveText(rally.title);
    await expect(panel.getByText(rally.summary)).toHaveCount(1);
    const quote = rally.quotes[0]!;
    const quoteFigure = panel.getByRole('figure').filter({ hasText: quote.text });
    await expect(quoteFigure.locator('blockquote')).toHaveText(`“${quote.text}”`);
    await expect(quoteFigure).toContainText('— Donald Trump');
    for (const ref of rally.sources) await expect(panel.getByText(ref.excerpt)).toBeVisible();
    await expect(panel.getByRole('button', { name: /Donald Trump/ })).toBeVisible();
    await expect(timelinePage.item(rally.title)).toHaveClass(/vis-selected/);
  });

  test('says where a date comes from and when the text gives none', async ({ timelinePage }) => {
    await timelinePage.open();
    await timelinePage.item('Trump criticises Biden').click();
    await expect(timelinePage.panel).toContainText('Precise to the day. Stated in the text: “March 28”');
    await timelinePage.item('Taliban military parade').click();
    await expect(timelinePage.panel).toContainText('uncertain date');
    await expect(timelinePage.panel).toContainText(
      'The text gives no date; it is known only to be before 28 Mar 2025.',
    );
  });

  test('shows a source’s publisher, relay and date, and says what the article does not state', async ({
    timelinePage,
  }) => {
    await timelinePage.open();
    await timelinePage.item('US withdraws from Afghanistan').click();
    const sources = timelinePage.panel
      .getByRole('listitem')
      .filter({ has: timelinePage.page.locator('.source__card') });
    await expect(sources).toHaveCount(2);
    await expect(sources.filter({ hasText: 'CentralasianLIGHT.org' })).toContainText('via Khaama.com');
    await expect(sources.filter({ hasText: 'CentralasianLIGHT.org' })).toContainText('Published 30 Mar 2025');
    await expect(sources.filter({ hasText: 'Publisher not stated' })).toContainText(
      'Publication date not stated',
    );
  });

  test('a source link opens in a new tab, without access to this page', async ({ timelinePage, page }) => {
    const dataset = structuredClone(shippedDataset);
    dataset.sources[0]!.url = 'https://example.org/report';
    await page.route('**/data/events.json', (route) => route.fulfill({ json: dataset }));
    await timelinePage.open('?event=trump-criticises-biden-over-equipment');
    const link = timelinePage.panel.getByRole('link', { name: /Untitled article/ });
    await expect(link).toHaveAttribute('href', 'https://example.org/report');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('← and → walk through every event in date order; Esc closes the panel', async ({
    timelinePage,
    page,
  }) => {
    await timelinePage.open();
    await page.keyboard.press('ArrowRight');
    await expect(timelinePage.panel).toContainText(`1 of ${shippedDataset.events.length}`);
    // The expected order, read off the screen: a point's date is the centre of its box, a span's its
    // left edge, a date known by its bounds the right edge (its latest instant).
    const onScreen = await timelinePage.items.evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        const x = element.classList.contains('vis-range')
          ? box.left
          : element.classList.contains('nl-item--bounded')
            ? box.right
            : box.left + box.width / 2;
        return { title: element.querySelector('.nl-item__title')?.textContent ?? '', x };
      }),
    );
    const expected = onScreen
      .sort((a, b) => a.x - b.x || a.title.localeCompare(b.title))
      .map((item) => item.title);
    const walked = [await timelinePage.panelTitle.textContent()];
    for (let step = 1; step < shippedDataset.events.length; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(timelinePage.panel).toContainText(`${step + 1} of ${shippedDataset.events.length}`);
      walked.push(await timelinePage.panelTitle.textContent());
      const selectedItem = timelinePage.items.and(page.locator('.vis-selected'));
      await expect(selectedItem.locator('.nl-item__title')).toHaveText(walked.at(-1) ?? '');
    }
    expect(walked).toEqual(expected);
    await page.keyboard.press('ArrowRight');
    await expect(timelinePage.panelTitle).toHaveText(expected.at(-1)!);
    await page.keyboard.press('ArrowLeft');
    await expect(timelinePage.panelTitle).toHaveText(expected.at(-2)!);
    await page.keyboard.press('Escape');
    await expect(timelinePage.panel).toBeHidden();
  });

  test('Previous and Next buttons walk the events and stop at the ends', async ({ timelinePage }) => {
    await timelinePage.open('?event=us-deployment-in-afghanistan');
    const previous = timelinePage.panel.getByRole('button', { name: '← Previous' });
    const next = timelinePage.panel.getByRole('button', { name: 'Next →' });
    await expect(previous).toBeDisabled();
    await expect(timelinePage.panel).toContainText(`1 of ${shippedDataset.events.length}`);
    await next.click();
    await expect(timelinePage.panelTitle).toHaveText('US withdraws from Afghanistan; Taliban take control');
    await previous.click();
    await expect(timelinePage.panelTitle).toHaveText('Nearly two decades of US deployment in Afghanistan');
    await timelinePage.panel.getByRole('button', { name: 'Close panel' }).click();
    await expect(timelinePage.panel).toBeHidden();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the panel is a bottom sheet over the timeline, and tapping an event opens it', async ({
    timelinePage,
  }) => {
    await timelinePage.open('?layout=horizontal');
    await timelinePage.item('Trump criticises Biden').tap();
    await expect(timelinePage.panelTitle).toHaveText(
      'Trump criticises Biden over equipment left in Afghanistan',
    );
    const sheet = await timelinePage.panel.boundingBox();
    expect(sheet).not.toBeNull();
    expect(sheet!.y + sheet!.height).toBeCloseTo(844, 0);
    expect(sheet!.width).toBe(390);
    expect(sheet!.height).toBeLessThan(844 * 0.7);
  });

  test('every control is at least 44 px tall', async ({ timelinePage, page }) => {
    await timelinePage.open('?event=trump-criticises-biden-over-equipment&layout=horizontal');
    await page.locator('summary', { hasText: 'Actors' }).click();
    const small = await page
      .locator('button, summary, .actor-option, input[type="search"], .embed-bar__link')
      .evaluateAll((elements) =>
        elements
          .filter((element) => element.getBoundingClientRect().width > 0)
          .filter((element) => element.getBoundingClientRect().height < 43.5)
          .map((element) => `${element.className}: ${element.textContent?.trim().slice(0, 20)}`),
      );
    expect(small).toEqual([]);
  });
});
