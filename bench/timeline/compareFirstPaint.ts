// `npm run bench:first-paint -- --a <built app> --b <built app>`: the first painted frame of two
// builds of the app over the same generated dataset, alternated run by run (a, b, b, a, …) so a
// shared machine's load weighs on both alike. For a change to the load path, where whole bench runs
// minutes apart differ by more than the change does. Build each with `npx vite build --outDir <dir>`
// at its commit. It reports medians with their spread and b's as a ratio of a's; it asserts nothing.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium';
import { formatSpread, median, spread } from '../report';
import { installProbe } from './pageProbe';
import { DATA_DIR, prepareScenario } from './scenario';
import { serveFolders } from './staticServer';

const LOAD_LIMIT_MS = 120_000;
const POLL_MS = 50;

function readOptions() {
  const { values } = parseArgs({
    options: {
      a: { type: 'string' },
      b: { type: 'string' },
      size: { type: 'string', default: '100000' },
      lanes: { type: 'string', default: 'none' },
      runs: { type: 'string', default: '8' },
    },
  });
  if (!values.a || !values.b) throw new Error('--a and --b: the folders of two builds of the app');
  const size = Number(values.size);
  const runs = Number(values.runs);
  if (!Number.isInteger(size) || size < 1) throw new Error('--size: a positive integer');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: a positive integer');
  if (!['none', 'actor', 'kind'].includes(values.lanes)) throw new Error('--lanes: none, actor or kind');
  return { builds: [resolve(values.a), resolve(values.b)] as const, size, runs, lanes: values.lanes };
}

/** One page load: ms from navigation to the first frame with an item of the timeline in view. */
async function firstPaint(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  try {
    // tsx names functions with a helper the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
    await page.addInitScript(installProbe);
    await page.goto(url);
    for (const started = Date.now(); Date.now() - started < LOAD_LIMIT_MS;) {
      const report = await page.evaluate(() => window.__probe!.report());
      if (report.problem !== null) throw new Error(`${url} did not load: ${report.problem}`);
      if (report.firstItemPainted !== null) return report.firstItemPainted;
      await page.waitForTimeout(POLL_MS);
    }
    throw new Error(`${url}: nothing painted within ${LOAD_LIMIT_MS / 1000} s`);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const { builds, size, runs, lanes } = readOptions();
  const scenario = prepareScenario(size);
  const servers = await Promise.all(
    builds.map((build) => serveFolders({ '/data/': `${DATA_DIR}/`, '/': `${build}/` })),
  );
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  const times: [number[], number[]] = [[], []];
  try {
    const query = `?${lanes === 'none' ? '' : `lanes=${lanes}&`}data=${scenario.dataPath}`;
    for (let run = 0; run < runs; run++) {
      for (const which of run % 2 === 0 ? [0, 1] : [1, 0]) {
        times[which]!.push(await firstPaint(browser, `${servers[which]!.origin}/${query}`));
      }
    }
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }
  console.log(
    `first painted frame (ms), ${size.toLocaleString('en')} events, lanes ${lanes}, ${runs} runs each`,
  );
  times.forEach((values, which) =>
    console.log(`  ${which === 0 ? 'a' : 'b'} ${builds[which]}: ${formatSpread(spread(values)!, 0)}`),
  );
  console.log(`  b ÷ a (medians): ${(median(times[1]) / median(times[0])).toFixed(2)}`);
}

await main();
