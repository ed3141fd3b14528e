// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** The domain is pure: it computes, it never renders, stores or touches a browser or a disk. */
const domainBoundary = {
  patterns: [
    {
      group: [
        'svelte',
        'svelte/*',
        'astro',
        'astro:*',
        'd3',
        'd3-*',
        'chart.js',
        'chart.js/*',
        'jspdf',
        'jspdf-*',
        'lowdb',
        'lowdb/*',
        'node:*',
        'fs',
        'path',
        '**/state/**',
        '**/components/**',
        '**/lib/**',
        '**/i18n/**',
        '**/server/**',
        '**/layouts/**',
        '**/pages/**',
        '*.svelte',
      ],
      message: 'src/domain is pure TypeScript: no UI, storage, browser or file-system imports.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-workshop/',
      'workshops/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', domainBoundary] },
  },
  {
    // Every end-to-end test runs with the fixture that fails it on a Content-Security-Policy
    // violation, so specs take `test` and `expect` from there.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              message: "import test and expect from './fixtures' (it checks the CSP)",
            },
          ],
        },
      ],
    },
  },
);
