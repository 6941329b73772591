// Shows that the browser tests fail when a protection goes: `npm run check:mutations`. In a
// temporary copy of the repository (the app as committed, the specs as they are in this working
// tree, node_modules linked), it builds and tests the copy once unchanged (the specs must pass),
// then once per mutation: one protection removed (a text rendered as HTML, the link gate opened,
// the embed code left unescaped, the CSP left out, ...), the copy built, the specs that guard it
// run (browser specs against the copy's build, on free ports of their own; unit tests with
// Vitest), and the result printed as a table. Every mutation must make the specs
// fail; the exit code says whether they all did. `-- --only=a,b` runs some mutations; `-- --keep`
// leaves the copy in place for a look.
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

interface Mutation {
  name: string;
  /** The protection it removes, as docs/security.md names it. */
  removes: string;
  file: string;
  /** Text that occurs exactly once in the file, and what it becomes. */
  find: string;
  replace: string;
  /** The specs (browser or unit tests) that must fail; the XSS spec unless said. */
  specs?: string[];
}

const XSS_SPEC = 'e2e/xss.spec.ts';

const MUTATIONS: Mutation[] = [
  {
    name: 'panel-quotes-html',
    removes: 'text stays text: the quotes and reported statements (panel and story slides)',
    file: 'src/app/ui/EventDetails.tsx',
    find: '<Highlighted text={statement.text} />',
    replace: '<span dangerouslySetInnerHTML={{ __html: statement.text }} />',
  },
  {
    name: 'item-title-innerHTML',
    removes: 'text stays text: timeline items built with textContent',
    file: 'src/app/timeline/timelineItems.ts',
    find: 'title.textContent = item.label;',
    replace: 'title.innerHTML = item.label;',
  },
  {
    name: 'safeUrl-any-scheme',
    removes: 'links are http(s) only (safeUrl)',
    file: 'src/app/model/url/safeUrl.ts',
    find: "return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;",
    replace: 'return url.href;',
  },
  {
    name: 'list-title-html',
    removes: 'text stays text: the list’s titles',
    file: 'src/app/list/EventList.tsx',
    find: '<Highlighted text={event.title} />',
    replace: '<span dangerouslySetInnerHTML={{ __html: event.title }} />',
  },
  {
    name: 'highlights-as-html',
    removes: 'text stays text: search highlights built as React elements',
    file: 'src/app/ui/Highlighted.tsx',
    find: `  return (
    <>
      {highlightParts(text, terms).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );`,
    replace: `  const html = highlightParts(text, terms)
    .map((part) => (part.match ? \`<mark>\${part.text}</mark>\` : part.text))
    .join('');
  return <span dangerouslySetInnerHTML={{ __html: html }} />;`,
  },
  {
    name: 'notices-html',
    removes: 'text stays text: notices about a link’s parameters',
    file: 'src/app/notices/Notices.tsx',
    find: '<span className="notice__text">{notice}</span>',
    replace: '<span className="notice__text" dangerouslySetInnerHTML={{ __html: notice }} />',
  },
  {
    name: 'embed-code-unescaped',
    removes: 'the embed code escapes what it quotes',
    file: 'src/app/model/url/embedSnippet.ts',
    find: "return value.replace(/&/g, '&amp;').replace(/\"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');",
    replace: 'return value;',
  },
  {
    name: 'no-csp',
    removes: 'the Content-Security-Policy in the production build',
    file: 'vite.config.ts',
    find: "name: 'newsline-content-security-policy',\n    apply: 'build',",
    replace: "name: 'newsline-content-security-policy',\n    apply: 'serve',",
    specs: [XSS_SPEC, 'e2e/csp.spec.ts'],
  },
  {
    name: 'embed-any-origin',
    removes: 'the embed API acts only on messages from parentOrigin',
    file: 'src/app/embed/hostMessages.ts',
    find: '  if (origin !== allowedOrigin) return { accept: false, reason: `origin ${origin} is not ${allowedOrigin}` };\n',
    replace: '',
    specs: ['e2e/embed.spec.ts', 'src/app/embed/hostMessages.test.ts'],
  },
  {
    name: 'csv-formulas-kept',
    removes: 'exported CSV cells that a spreadsheet would run as formulas get a leading quote',
    file: 'src/formats/timelineJsCsv.ts',
    find: '{ escapeFormulae: /^[=+\\-@\\t\\r]/ }',
    replace: '{ escapeFormulae: false }',
    specs: ['src/formats/timelineJsCsv.test.ts'],
  },
  {
    name: 'scripts-read-as-text',
    removes: 'TimelineJS HTML is read by a tokenizer that drops scripts and styles',
    file: 'src/formats/plainText.ts',
    find: "const SILENT = new Set(['script', 'style', 'template', 'noscript']);",
    replace: 'const SILENT = new Set<string>();',
    specs: ['src/formats/plainText.test.ts', 'src/formats/timelineJs.test.ts'],
  },
];

const args = process.argv.slice(2);
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const keep = args.includes('--keep');
const root = process.cwd();
const log = (line: string) => process.stderr.write(`${line}\n`);

/** True when nothing listens on `port` now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/**
 * Three free ports in a row for the copy's servers: the suite puts the app on E2E_PORT, the embed
 * host page and the stranger on the next two (e2e/origins.ts), and never reuses a server it did
 * not start, so a taken port fails the run instead of testing another checkout's build.
 */
async function ownPorts(copy: string): Promise<NodeJS.ProcessEnv> {
  const origins = readFileSync(join(copy, 'e2e/origins.ts'), 'utf8');
  if (!origins.includes('process.env.E2E_PORT'))
    throw new Error('e2e/origins.ts does not read E2E_PORT: cannot give the copy ports of its own');
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const free = await Promise.all([base, base + 1, base + 2].map(isFree));
    if (free.every(Boolean)) return { ...process.env, E2E_PORT: String(base) };
  }
  throw new Error('no three free ports in a row');
}

interface Outcome {
  failed: boolean;
  tests: number;
  failedTests: number;
  /** The first failure of each spec file and describe block, in a line. */
  failures: string[];
  seconds: number;
}

interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: { title: string; tests: { results: { status: string; error?: { message?: string } }[] }[] }[];
}

/**
 * The first line of an error; for a probe's report (elements, violations, scripts that ran,
 * dialogs), how many of each it found and the first of them.
 */
function summarise(message: string): string {
  const lines = stripVTControlCharacters(message)
    .split('\n')
    .map((line) => line.trim());
  const first = lines.find((line) => line !== '') ?? '';
  const found = new Map<string, string[]>();
  let key: string | null = null;
  for (const line of lines) {
    const opened = /^[+-]?\s*"(\w+)": Array \[$/.exec(line);
    if (opened) key = opened[1]!;
    else if (/^[+-]?\s*\],?$/.test(line)) key = null;
    else if (key && /^\+\s+"/.test(line))
      found.set(key, [...(found.get(key) ?? []), line.replace(/^\+\s+/, '').replace(/,$/, '')]);
  }
  if (found.size === 0) return first.slice(0, 200);
  const counts = [...found].map(([name, items]) => `${name} ${items.length}`).join(', ');
  const ran = found.get('ran')?.[0];
  const example = (ran ?? [...found.values()][0]![0]!).slice(0, 160);
  return `${first} — found ${counts}; ${ran ? 'ran' : 'first'}: ${example}`;
}

function runPlaywright(copy: string, specs: string[], env: NodeJS.ProcessEnv): Outcome {
  const started = Date.now();
  const run = spawnSync('npx', ['playwright', 'test', ...specs, '--retries=0', '--reporter=json'], {
    cwd: copy,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  let report: { suites: JsonSuite[] };
  try {
    report = JSON.parse(run.stdout) as { suites: JsonSuite[] };
  } catch {
    return {
      failed: true,
      tests: 0,
      failedTests: 0,
      failures: [`no report: ${(run.stderr || run.stdout).slice(0, 300)}`],
      seconds,
    };
  }
  let tests = 0;
  let failedTests = 0;
  const failures = new Map<string, string>();
  const walk = (suite: JsonSuite, path: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        tests++;
        const result = test.results.at(-1);
        if (result?.status === 'passed' || result?.status === 'skipped') continue;
        failedTests++;
        const where = path.join(' › ');
        if (!failures.has(where))
          failures.set(where, `${where}: ${summarise(result?.error?.message ?? result?.status ?? '')}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites) walk(suite, [suite.title]);
  return { failed: run.status !== 0, tests, failedTests, failures: [...failures.values()], seconds };
}

interface VitestReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

function runVitest(copy: string, files: string[], env: NodeJS.ProcessEnv): Outcome {
  const started = Date.now();
  const out = join(copy, '.mutation-vitest.json');
  rmSync(out, { force: true });
  const run = spawnSync('npx', ['vitest', 'run', ...files, '--reporter=json', `--outputFile=${out}`], {
    cwd: copy,
    env,
    encoding: 'utf8',
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  let report: VitestReport;
  try {
    report = JSON.parse(readFileSync(out, 'utf8')) as VitestReport;
  } catch {
    return {
      failed: true,
      tests: 0,
      failedTests: 0,
      failures: [`no report: ${run.stderr.slice(0, 300)}`],
      seconds,
    };
  }
  const failures = report.testResults.flatMap((file) => {
    const failed = file.assertionResults.find((test) => test.status === 'failed');
    const where = file.name.slice(copy.length + 1);
    if (failed) return [`${where} › ${failed.fullName}: ${summarise(failed.failureMessages[0] ?? '')}`];
    return file.message ? [`${where}: ${summarise(file.message)}`] : [];
  });
  return {
    failed: run.status !== 0,
    tests: report.numTotalTests,
    failedTests: report.numFailedTests,
    failures,
    seconds,
  };
}

const isUnitTest = (spec: string) => spec.endsWith('.test.ts');

/** Runs the browser specs (against the copy's build) and the unit tests among `specs`. */
function runTests(copy: string, specs: string[], env: NodeJS.ProcessEnv): Outcome {
  const e2e = specs.filter((spec) => !isUnitTest(spec));
  const unit = specs.filter(isUnitTest);
  const outcomes = [
    ...(e2e.length > 0 ? [runPlaywright(copy, e2e, env)] : []),
    ...(unit.length > 0 ? [runVitest(copy, unit, env)] : []),
  ];
  return {
    failed: outcomes.some((outcome) => outcome.failed),
    tests: outcomes.reduce((sum, outcome) => sum + outcome.tests, 0),
    failedTests: outcomes.reduce((sum, outcome) => sum + outcome.failedTests, 0),
    failures: outcomes.flatMap((outcome) => outcome.failures),
    seconds: outcomes.reduce((sum, outcome) => sum + outcome.seconds, 0),
  };
}

function build(copy: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: copy,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function main(): Promise<number> {
  const mutations = only ? MUTATIONS.filter((mutation) => only.includes(mutation.name)) : MUTATIONS;
  if (only && mutations.length !== only.length) {
    log(`unknown mutation in --only; known: ${MUTATIONS.map((mutation) => mutation.name).join(', ')}`);
    return 2;
  }
  const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  const copy = mkdtempSync(join(tmpdir(), 'newsline-mutations-'));
  log(`copy of ${commit} in ${copy}`);
  try {
    // The app as committed, without touching the repository's git state (no worktree, no stash).
    execSync(`git archive --format=tar HEAD | tar -x -C ${JSON.stringify(copy)}`, { cwd: root });
    symlinkSync(resolve(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const specs = [...new Set(mutations.flatMap((mutation) => mutation.specs ?? [XSS_SPEC]))];
    for (const file of [...specs, 'e2e/fixtures.ts']) copyFileSync(join(root, file), join(copy, file));
    const env = await ownPorts(copy);
    log(`E2E_PORT=${env.E2E_PORT}; specs from the working tree: ${specs.join(', ')}`);

    const rows: string[] = [];
    const details: string[] = [];
    log('baseline: no mutation, building and testing');
    if (specs.some((spec) => !isUnitTest(spec))) build(copy);
    const baseline = runTests(copy, specs, env);
    rows.push(
      `| none (baseline) | — | ${specs.join(', ')} | ${baseline.failed ? 'yes (must not!)' : 'no'} | ${baseline.tests - baseline.failedTests} of ${baseline.tests} passed, ${baseline.seconds} s |`,
    );
    let ok = !baseline.failed && baseline.tests > 0;
    if (!ok) for (const failure of baseline.failures) log(`  baseline: ${failure}`);

    for (const mutation of mutations) {
      const path = join(copy, mutation.file);
      const original = readFileSync(path, 'utf8');
      const occurrences = original.split(mutation.find).length - 1;
      if (occurrences !== 1) {
        rows.push(
          `| ${mutation.name} | ${mutation.file} | — | not run | the code to mutate occurs ${occurrences} times: update the mutation |`,
        );
        ok = false;
        continue;
      }
      log(`${mutation.name}: ${mutation.removes}`);
      writeFileSync(
        path,
        original.replace(mutation.find, () => mutation.replace),
      );
      try {
        const mutationSpecs = mutation.specs ?? [XSS_SPEC];
        if (mutationSpecs.some((spec) => !isUnitTest(spec))) build(copy);
        const outcome = runTests(copy, mutationSpecs, env);
        ok &&= outcome.failed;
        rows.push(
          `| ${mutation.name} | ${mutation.file} | ${mutationSpecs.join(', ')} | ${outcome.failed ? 'yes' : '**NO**'} | ${outcome.failedTests} of ${outcome.tests} tests failed, ${outcome.seconds} s |`,
        );
        details.push(
          `- ${mutation.name} (${mutation.removes}):`,
          ...(outcome.failures.length > 0 ? outcome.failures : ['every test passed']).map(
            (line) => `  - ${line}`,
          ),
        );
        for (const failure of outcome.failures) log(`  ${failure}`);
      } finally {
        writeFileSync(path, original);
      }
    }

    process.stdout.write(
      [
        `Mutation check of ${commit} (app as committed, specs from the working tree), ${new Date().toISOString().slice(0, 10)}`,
        '',
        '| mutation | file | specs | spec failed | result |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        'The first failure in each spec and block:',
        '',
        ...details,
        '',
        ok
          ? 'Every mutation made the specs fail, and they pass without one.'
          : 'NOT OK: a mutation survived, or the baseline failed.',
        '',
      ].join('\n'),
    );
    return ok ? 0 : 1;
  } finally {
    if (keep) log(`kept ${copy}`);
    else rmSync(copy, { recursive: true, force: true });
  }
}

process.exitCode = await main();
