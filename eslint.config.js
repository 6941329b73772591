// Lint rules, including the house boundaries: only timeline/ imports vis, only store/ imports
// zustand, the schema imports nothing of ours, file formats only the schema, and features never
// reach into each other.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'article',
  'loading',
  'notices',
  'embed',
  'export',
  'filter',
  'layout',
  'list',
  'panel',
  'print',
  'search',
  'timeline',
  'undated',
  'url',
  'vertical',
];

const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/app/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: FEATURES.filter((other) => other !== feature).map((other) => `../${other}/*`),
            message: 'Features do not import each other: share through the store or model/.',
          },
          ...(feature === 'timeline'
            ? []
            : [
                {
                  group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
                  message: 'Only src/app/timeline/ touches vis.',
                },
              ]),
          { group: ['zustand', 'zustand/*'], message: 'Use the store hooks from store/.' },
        ],
      },
    ],
  },
}));

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
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', '!./*'], message: 'The schema imports nothing of ours.' }] },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../app/*', '../app/**'],
              message: 'The pipeline depends on the schema only, never on the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/formats/**/*.ts'],
    ignores: ['src/formats/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../app/*', '../app/**', '../pipeline/*', '../pipeline/**'],
              message: 'File formats depend on the schema only.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/app/model/**/*.ts', 'src/app/App.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*', 'zustand', 'zustand/*'],
              message: 'Only timeline/ touches vis; only store/ imports zustand.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/host/**/*.mjs'],
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
