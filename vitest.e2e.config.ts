import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. One worker, no isolation, so every file shares the one
// browser that tests/e2e/harness.ts starts; the custom environment closes it once when the worker stops.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: './tests/e2e/environment.ts',
    globals: true,
    maxWorkers: 1,
    isolate: false,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
