// Lint rules, including the house's boundaries. Each layer imports only the layers below it:
//   schema ← editing ← formats, pipeline ← app/model ← app/store ← app/ui ← features ← App.tsx
// Features (one folder each under src/app/) never import each other, only timeline/ imports vis,
// only store/ imports zustand, and no module imports itself through a cycle. A forbidden import
// fails with a message that says where the code belongs.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Each folder of src/app/ that is one feature of the page. */
const FEATURES = [
  'article',
  'edit',
  'embed',
  'export',
  'filter',
  'language',
  'lanes',
  'layout',
  'list',
  'loading',
  'notices',
  'panel',
  'print',
  'search',
  'story',
  'timeline',
  'undated',
  'url',
  'vertical',
];
const APP_SHELL = ['src/app/App.tsx', 'src/main.tsx'];
const featureFolders = FEATURES.map((feature) => `src/app/${feature}`);

/** Layers, bottom up: what each may not import, and where the code belongs instead. */
const LAYER_ZONES = [
  {
    target: 'src/schema',
    from: ['src/formats', 'src/pipeline', 'src/app', ...APP_SHELL],
    message:
      'schema/ defines the dataset and imports nothing of ours: put code that needs more beside its user (formats/, pipeline/ or app/model/).',
  },
  {
    target: 'src/formats',
    from: ['src/pipeline', 'src/app', ...APP_SHELL],
    message:
      'formats/ converts files and imports only schema/: put app code in app/, extraction in pipeline/.',
  },
  {
    target: 'src/editing',
    from: ['src/formats', 'src/pipeline', 'src/app', ...APP_SHELL],
    message:
      'editing/ holds the edits to a dataset as pure functions and imports only schema/: the pipeline (curation) and the app both call it.',
  },
  {
    target: 'src/pipeline',
    from: ['src/formats', 'src/app', ...APP_SHELL],
    message:
      'pipeline/ turns articles into a dataset and imports only schema/: the app calls it (app/article/), never the other way round.',
  },
  {
    target: 'src/app/model',
    from: ['src/pipeline', 'src/app/store', 'src/app/ui', ...featureFolders, ...APP_SHELL],
    message:
      'app/model/ holds the rules as pure functions (schema/ and formats/ only): code that needs the store belongs in store/ or a feature, React components in ui/ or a feature.',
  },
  {
    target: 'src/app/store',
    from: ['src/pipeline', 'src/app/ui', ...featureFolders, ...APP_SHELL],
    message:
      'store/ holds state and may import only app/model/, schema/ and formats/: move shared logic down to app/model/, and let the feature subscribe to the store.',
  },
  {
    target: 'src/app/ui',
    from: ['src/pipeline', ...featureFolders, ...APP_SHELL],
    message:
      'ui/ holds components any feature may use: it knows app/model/ and store/, never a feature. Move what it needs from a feature down to app/model/ or ui/.',
  },
];

/** A feature imports the layers below it, never another feature; pipeline/ only from article/. */
const FEATURE_ZONES = FEATURES.map((feature) => ({
  target: `src/app/${feature}`,
  from: [
    ...featureFolders.filter((folder) => folder !== `src/app/${feature}`),
    ...(feature === 'article' ? [] : ['src/pipeline']),
    ...APP_SHELL,
  ],
  message:
    feature === 'article'
      ? 'Features do not import each other: share through the store, or move the shared code down to app/model/ or ui/.'
      : 'Features do not import each other (and only article/ runs the pipeline): share through the store, or move the shared code down to app/model/ or ui/.',
}));

/** Packages only one layer may import. */
const packageRule = (banned) => ({
  'no-restricted-imports': ['error', { patterns: banned }],
});
const VIS = {
  group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
  message: 'Only src/app/timeline/ touches vis: ask its controller, or read what it publishes in the store.',
};
const ZUSTAND = {
  group: ['zustand', 'zustand/*'],
  message: 'Only src/app/store/ imports zustand: use the hooks and state types from store/.',
};
const REACT = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message: 'This layer is plain TypeScript: React belongs in ui/ or a feature under src/app/.',
};

export default tseslint.config(
  {
    ignores: [
      '.scratch',
      '.tmp',
      'dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      // Type-aware rules read each file's tsconfig.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Which files import-x parses to follow imports (for no-cycle): TypeScript through its parser.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests sit beside the code they test and may use any of it (a format's round trip through
    // the app's loader, say); the code itself keeps to its layer, and never needs test data.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...LAYER_ZONES,
            ...FEATURE_ZONES,
            {
              target: 'src',
              from: 'src/testing',
              message: 'src/testing/ is test data and helpers: the shipped code never imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schema/**', 'src/formats/**', 'src/pipeline/**', 'src/app/model/**'],
    rules: packageRule([VIS, ZUSTAND, REACT]),
  },
  { files: ['src/app/store/**'], rules: packageRule([VIS]) },
  {
    files: ['src/app/**'],
    ignores: ['src/app/store/**', 'src/app/timeline/**', 'src/app/model/**'],
    rules: packageRule([VIS, ZUSTAND]),
  },
  { files: ['src/app/timeline/**'], rules: packageRule([ZUSTAND]) },
  {
    // Every word the interface shows goes through t() (src/app/model/i18n), so each shipped
    // language has it: words written straight into JSX would be English in every language.
    files: ['src/app/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}{2,}/u]',
          message: 'Interface words go through t() from app/model/i18n/intl, with a key in every catalog.',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}{2,}/u]',
          message: 'A label, title or alt text is interface words: use t() from app/model/i18n/intl.',
        },
        {
          selector: 'JSXExpressionContainer > Literal[value=/\\p{L}{2,}/u]',
          message: 'Interface words go through t() from app/model/i18n/intl, with a key in every catalog.',
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'scripts/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['e2e/host/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/host/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
