import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSession } from '../../utils/content/session';

/**
 * Runs on its own on government sites only; other sites get it injected when the user switches Jendela on
 * (see entrypoints/background.ts). It only listens until a panel connects.
 */
export default defineContentScript({
  matches: ['*://*.go.id/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Injected again (after an update, or switched on by hand on a remembered site)? WXT invalidates the
    // older instance's ctx, whose signal tears its session down, so the newest one serves the panel.
    startSession(document, ctx.signal);
  },
});
