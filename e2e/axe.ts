// axe-core at WCAG 2.1 AA, one helper for every spec: each violation named with the first elements
// it found, so a failure says where to look.
import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/** What one scan may add to its test's time: a full page takes several seconds on a slow CI machine. */
const SCAN_BUDGET_MS = 15_000;

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The page's axe violations as "rule: element | element | element"; `within` narrows the scan to one selector. */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Each scan brings its own time, so a test that scans several states does not overrun its budget.
  const running = test.info();
  // A limit of 0 is none (a debugging run): left as it is.
  if (running.timeout > 0) running.setTimeout(running.timeout + SCAN_BUDGET_MS);
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  if (within) builder.include(within);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
