// The house's boundaries hold: each forbidden import below fails `npm run lint` with a message that
// says where the code belongs, and the allowed ones pass. Probe files are linted as text at the
// path they would have, except the cycle, which needs two files on disk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({
  // Type-aware rules need the file on disk in a tsconfig; these probes are about imports only.
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
});

// ESLint loads its plugins and the house's config on its first file: seconds on a loaded machine,
// paid here rather than by whichever probe runs first.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'src/app/model/probe.ts' });
}, 60_000);

async function importProblems(filePath: string, source: string): Promise<Linter.LintMessage[]> {
  const code = `import * as probe from '${source}';\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter(
    (message) =>
      message.ruleId === 'import-x/no-restricted-paths' || message.ruleId === 'no-restricted-imports',
  );
}

describe('forbidden imports fail lint, saying where the code belongs', () => {
  const forbidden: [what: string, file: string, source: string, says: RegExp][] = [
    ['model → store', 'src/app/model/dates/probe.ts', '../../store/store', /app\/model\/ holds the rules/],
    ['store → a feature', 'src/app/store/probe.ts', '../panel/EventPanel', /store\/ holds state/],
    ['ui → a feature', 'src/app/ui/probe.tsx', '../timeline/Timeline', /ui\/ holds components/],
    ['ui → vis-data', 'src/app/ui/probe.ts', 'vis-data', /Only src\/app\/timeline\/ touches vis/],
    [
      'a feature → another',
      'src/app/list/probe.ts',
      '../panel/EventPanel',
      /Features do not import each other/,
    ],
    [
      'a folder nested in a feature → another feature',
      'src/app/panel/deep/er/probe.ts',
      '../../../list/EventList',
      /Features do not import each other/,
    ],
    [
      'panel → pipeline',
      'src/app/panel/probe.ts',
      '../../pipeline/runPipeline',
      /only article\/ runs the pipeline/,
    ],
    ['schema → app', 'src/schema/probe.ts', '../app/model/formatCount', /schema\/ defines the dataset/],
    ['formats → pipeline', 'src/formats/probe.ts', '../pipeline/runPipeline', /formats\/ converts files/],
    ['pipeline → app', 'src/pipeline/probe.ts', '../app/store/store', /pipeline\/ turns articles/],
    ['a feature → zustand', 'src/app/panel/probe.ts', 'zustand', /Only src\/app\/store\/ imports zustand/],
    ['model → React', 'src/app/model/probe.ts', 'react', /React belongs in ui\/ or a feature/],
    ['shipped code → test data', 'src/app/panel/probe.ts', '../../testing/datasetFixture', /test data/],
  ];
  it.each(forbidden)('%s', async (_what, file, source, says) => {
    const problems = await importProblems(file, source);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(says)]);
  });
});

describe('allowed imports pass', () => {
  const allowed: [what: string, file: string, source: string][] = [
    ['a feature → store', 'src/app/panel/probe.ts', '../store/store'],
    ['a feature → model', 'src/app/panel/probe.ts', '../model/formatCount'],
    ['a feature → ui', 'src/app/panel/probe.ts', '../ui/ModalDialog'],
    ['timeline → vis-timeline', 'src/app/timeline/probe.ts', 'vis-timeline/standalone'],
    ['article → pipeline', 'src/app/article/probe.ts', '../../pipeline/runPipeline'],
    ['store → model', 'src/app/store/probe.ts', '../model/dates/formatDate'],
    ['App → a feature', 'src/app/App.tsx', './panel/EventPanel'],
    ['a test → test data', 'src/app/panel/probe.test.ts', '../../testing/datasetFixture'],
  ];
  it.each(allowed)('%s', async (_what, file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });
});

describe('import cycles fail lint', () => {
  const folder = mkdtempSync(join('src', 'app', 'model', 'lint-probe-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('names the cycle', async () => {
    writeFileSync(join(folder, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(folder, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([relative('.', join(folder, 'a.ts'))]);
    const cycles = (result?.messages ?? []).filter((message) => message.ruleId === 'import-x/no-cycle');
    expect(cycles).toHaveLength(1);
  });
});
