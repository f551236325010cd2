/**
 * Vitest environment for the e2e run: plain Node, plus closing the shared browser and server once, when the
 * worker stops. A setupFiles `afterAll` would fire after every file (setup files run per file even without
 * isolation), and a globalSetup teardown runs in the main process, which does not own the browser.
 */
import type { Environment } from 'vitest/environments';

const CLOSE_KEY = Symbol.for('jendela.e2e.closeHarness'); // set by tests/e2e/harness.ts

export default {
  name: 'jendela-e2e',
  viteEnvironment: 'ssr',
  setup() {
    return {
      async teardown(global: Record<symbol, unknown>) {
        const close = global[CLOSE_KEY];
        if (typeof close === 'function') await (close as () => Promise<void>)();
      },
    };
  },
} satisfies Environment;
