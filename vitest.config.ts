import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and DOM tests. End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  // wxt#1575: under jsdom, WXT's setup import of `wxt/testing` drags in vite's Node code; keep only the fake browser.
  resolve: { alias: [{ find: /^wxt\/testing$/, replacement: '@webext-core/fake-browser' }] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    globals: true,
  },
});
