import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and DOM tests. End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    globals: true,
  },
});
