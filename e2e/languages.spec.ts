// The interface in French and Arabic, checked as a reader meets it: every view and dialog walked,
// and no English word of the interface left anywhere a reader or a screen reader finds it.
import type { Page } from '@playwright/test';
import { expect, shippedDataset, test } from './fixtures';
import { CATALOGS, englishLeftOn } from './languageLeaks';

const OTHER_LANGUAGES = [
  { language: 'fr', dir: 'ltr' },
  { language: 'ar', dir: 'rtl' },
] as const;

for (const { language, dir } of OTHER_LANGUAGES) {
  test.describe(`the interface in ${language}`, () => {
    const leaks = (page: Page, linkWords: string[] = []) =>
      englishLeftOn(page, language, shippedDataset, linkWords);

    test('the timeline, the panel, the list and the notices speak it, and nothing else', async ({ page }) => {
      await page.goto(`/?lang=${language}&view=bogus`);
      await expect(page.locator('.vis-item.nl-item').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      // The notice quotes the link's view=bogus and the values view takes, as a link writes them.
      expect(await leaks(page, ['view', 'timeline', 'list'])).toEqual([]);

      await page.goto(`/?lang=${language}&event=${shippedDataset.events[3]!.id}`);
      await expect(page.getByRole('complementary')).toBeVisible();
      expect(await leaks(page)).toEqual([]);

      await page.goto(`/?lang=${language}&view=list&q=taliban`);
      await expect(page.locator('mark').first()).toBeVisible();
      expect(await leaks(page)).toEqual([]);
    });

    test('story mode speaks it', async ({ page }) => {
      await page.goto(`/?lang=${language}&mode=story`);
      await expect(page.locator('.story-slide').first()).toBeVisible();
      expect(await leaks(page)).toEqual([]);
      await page.goto(`/?lang=${language}&mode=story&event=${shippedDataset.events[5]!.id}`);
      await expect(page.locator('.story-slide').first()).toBeVisible();
      expect(await leaks(page)).toEqual([]);
    });

    test('every dialog of the header, and edit mode, speak it', async ({ page }) => {
      const say = CATALOGS[language];
      await page.goto(`/?lang=${language}&event=${shippedDataset.events[3]!.id}`);
      await expect(page.locator('.vis-item.nl-item').first()).toBeVisible();
      for (const key of ['share.embed', 'share.export', 'article.add', 'shell.myTimelines'] as const) {
        await page.getByRole('button', { name: say[key], exact: true }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        expect(await leaks(page), key).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      await page.getByRole('button', { name: say['edit.start'], exact: true }).click();
      await expect(page.getByRole('button', { name: say['edit.bar.publish'] })).toBeVisible();
      expect(await leaks(page), 'edit mode').toEqual([]);
      await page.getByRole('button', { name: say['edit.bar.publish'] }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await leaks(page), 'publish').toEqual([]);
    });

    test('on a phone it speaks it', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`/?lang=${language}&event=${shippedDataset.events[2]!.id}`);
      await expect(page.getByRole('complementary')).toBeVisible();
      expect(await leaks(page)).toEqual([]);
      await context.close();
    });
  });
}
