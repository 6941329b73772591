// The test host's generated dataset, held part-way until the test releases it: a slow host on cue,
// for what a reader sees while a large dataset is still arriving.
import type { Page, TestInfo } from '@playwright/test';
import { HOST } from './origins';

/** Opens the app on `count` long events (8 KB each), of which the host sends `after` and waits. */
export async function openHeldDataset(
  page: Page,
  testInfo: TestInfo,
  { count = 3_000, after = 1_200 } = {},
): Promise<{ release: () => Promise<void> }> {
  const hold = `held-${testInfo.testId}-${testInfo.retry}-${Date.now()}`;
  const address = `${HOST}/large-dataset.json?count=${count}&hold=${hold}&after=${after}`;
  await page.goto(`/?data=${encodeURIComponent(address)}`);
  return {
    release: async () => {
      await page.request.get(`${HOST}/release?hold=${hold}`);
    },
  };
}
