import { eventTitled, expect, shippedDataset, test } from './fixtures';

test.describe('timeline', () => {
  test('shows every event of the dataset, each with its date at its real precision', async ({
    timelinePage,
  }) => {
    await timelinePage.open();
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
    expect(await timelinePage.itemTitles()).toEqual(shippedDataset.events.map((event) => event.title).sort());
    await expect(timelinePage.item('Trump criticises Biden')).toContainText('28 Mar 2025');
    await expect(timelinePage.item('US withdraws from Afghanistan')).toContainText(/^2021/);
    await expect(timelinePage.item('Nearly two decades')).toContainText('c. 2001 – 2021');
    await expect(timelinePage.item('Nearly two decades')).toHaveClass(/vis-range/);
  });

  test('keeps undated events at their known bound, visibly marked uncertain', async ({ timelinePage }) => {
    await timelinePage.open();
    const parade = timelinePage.item(eventTitled('Taliban military parade shows off US weapons').title);
    await expect(parade).toContainText('before 28 Mar 2025');
    await expect(parade).toHaveClass(/nl-item--uncertain/);
    await expect(parade.locator('.nl-item__uncertain-mark')).toBeVisible();
    const rally = timelinePage.item('Trump threatens to cut aid');
    await expect(rally).toContainText('after 2021');
    const uncertainCount = shippedDataset.events.filter(
      (event) => event.date.basis === 'bounded' || event.date.approximate,
    ).length;
    await expect(
      timelinePage.page.locator('.vis-item.nl-item--uncertain:has(.nl-item__content)'),
    ).toHaveCount(uncertainCount);
  });

  test('no axis label is cut by the edges of the view, at years, months and days', async ({ page }) => {
    /** The axis's small labels a reader sees whose text runs past the axis's left or right edge. */
    const cutLabels = () =>
      page.evaluate(() => {
        const axis = document.querySelector('.timeline .vis-time-axis.vis-foreground');
        if (!axis) return null;
        const edges = axis.getBoundingClientRect();
        const shown = [...axis.querySelectorAll('.vis-text.vis-minor:not(.vis-measure)')].filter(
          (label) => label.textContent && getComputedStyle(label).visibility !== 'hidden',
        );
        if (shown.length === 0) return null;
        return shown.flatMap((label) => {
          const text = document.createRange();
          text.selectNodeContents(label);
          const { left, right } = text.getBoundingClientRect();
          return left < edges.left - 0.5 || right > edges.right + 0.5 ? [label.textContent] : [];
        });
      });
    // Each window puts a tick a little outside one edge or both, at each of the axis's scales.
    for (const [start, end] of [
      ['2003-07-01', '2019-03-01'],
      ['2010-02-15', '2022-11-20'],
      ['2020-06-10', '2021-09-20'],
      ['2025-03-03', '2025-03-24'],
    ]) {
      await page.goto(`/?start=${start}&end=${end}`);
      await expect.poll(cutLabels, `${start} to ${end}`).toEqual([]);
    }
  });

  test('the axis is drawn again for a new width or a new view, its labels spanning it', async ({ page }) => {
    /** The small labels a reader sees: their texts, and where each starts and ends within the axis. */
    const labels = () =>
      page.evaluate(() => {
        const axis = document.querySelector('.timeline .vis-time-axis.vis-foreground');
        const shown = [...(axis?.querySelectorAll('.vis-text.vis-minor:not(.vis-measure)') ?? [])].filter(
          (label) => label.textContent && getComputedStyle(label).visibility !== 'hidden',
        );
        const edges = axis?.getBoundingClientRect() ?? { left: 0, right: 0 };
        // The text's own box: a label's element runs past its text.
        const boxes = shown.map((label) => {
          const text = document.createRange();
          text.selectNodeContents(label);
          return text.getBoundingClientRect();
        });
        return {
          texts: shown.map((label) => label.textContent).join(' '),
          fromLeft: boxes.map((box) => Math.round(box.left - edges.left)),
          fromRight: boxes.map((box) => Math.round(edges.right - box.right)),
        };
      });
    /**
     * True when every label lies within the axis, and the last one ends within two labels' spacing
     * of its right edge: an axis drawn for another width stops short of the edge or runs past it.
     */
    const spanning = async () => {
      const { fromLeft, fromRight } = await labels();
      if (fromLeft.length < 3) return false;
      const spacing = fromLeft[1]! - fromLeft[0]!;
      const last = Math.min(...fromRight);
      return Math.min(...fromLeft) >= 0 && last >= 0 && last < spacing * 2;
    };
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto('/?start=2020-06-10&end=2021-09-20');
    await expect.poll(spanning).toBe(true);
    const before = await labels();
    await page.setViewportSize({ width: 1440, height: 700 });
    await expect.poll(spanning).toBe(true);
    // Lanes take a column for their names: the same dates over a narrower axis.
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('by actor');
    await expect(page.locator('.nl-lane__name').first()).toBeVisible();
    await expect.poll(spanning).toBe(true);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await labels()).texts).not.toEqual(before.texts);
    await expect.poll(spanning).toBe(true);
  });

  test('creates exactly one vis timeline under StrictMode', async ({ timelinePage }) => {
    await timelinePage.open();
    await expect(timelinePage.page.locator('.vis-timeline')).toHaveCount(1);
  });

  test('zoom buttons change the visible window; fit all shows everything again', async ({ timelinePage }) => {
    await timelinePage.open();
    const initial = await timelinePage.window();
    const span = ({ start, end }: { start: number; end: number }) => end - start;
    await timelinePage.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => span(await timelinePage.window())).toBeLessThan(span(initial) * 0.8);
    const zoomedIn = await timelinePage.window();
    await timelinePage.page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => span(await timelinePage.window())).toBeGreaterThan(span(zoomedIn) * 1.2);
    await timelinePage.page.getByRole('button', { name: 'Zoom in' }).click();
    await timelinePage.page.getByRole('button', { name: 'Fit all' }).click();
    await expect
      .poll(async () => Math.abs(span(await timelinePage.window()) - span(initial)))
      .toBeLessThan(span(initial) * 0.05);
    await expect(timelinePage.items).toHaveCount(shippedDataset.events.length);
  });

  test('the mouse wheel zooms, and zooming stops at a sensible limit', async ({ timelinePage }) => {
    await timelinePage.open();
    const initial = await timelinePage.window();
    const box = await timelinePage.page.locator('.vis-center').boundingBox();
    if (!box) throw new Error('no timeline area');
    await timelinePage.page.mouse.move(box.x + box.width / 2, box.y + 20);
    await timelinePage.page.mouse.wheel(0, -400);
    await expect
      .poll(async () => (await timelinePage.window()).end - (await timelinePage.window()).start)
      .toBeLessThan(initial.end - initial.start);
    const zoomIn = timelinePage.page.getByRole('button', { name: 'Zoom in' });
    const fourteenDays = 14 * 24 * 60 * 60 * 1000;
    await expect
      .poll(
        async () => {
          await zoomIn.click();
          const { start, end } = await timelinePage.window();
          return end - start;
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(fourteenDays * 1.5);
    for (let step = 0; step < 5; step++) await zoomIn.click();
    const narrowest = await timelinePage.window();
    expect(narrowest.end - narrowest.start).toBeGreaterThanOrEqual(fourteenDays * 0.99);
  });
});
