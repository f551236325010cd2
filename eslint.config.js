// Lint, including the context boundaries of shared/DESIGN.md: they are enforced here, not hoped for.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that ends up in the content script or the main-world bridge: small, no UI, no AI, no secrets. */
const PAGE_SIDE = [
  'entrypoints/content/**', 'entrypoints/bridge.ts', 'utils/content/**', 'utils/bridge/**', 'utils/text/**',
  'utils/profiles/**', 'utils/classify.ts', 'utils/sections.ts', 'utils/meter.ts',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'tests/.*', 'node_modules/**', 'tests/fixtures/**/*.js', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: PAGE_SIDE,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'The content script has no UI (25 KB budget).' },
          { group: ['@anthropic-ai/sdk', '@anthropic-ai/*'], message: 'Only the panel calls the AI.' },
          { group: ['zod', '**/storage', '**/panel/**', '**/components/**', '**/background/**'], message: 'Not page-side code: keep the content script small and free of secrets.', allowTypeImports: true },
        ],
      }],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt/browser', 'webextension-polyfill', '**/utils/content/**', '**/utils/storage'], message: 'Components render props; the store talks to messaging and storage.', allowTypeImports: true },
        ],
      }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
);
