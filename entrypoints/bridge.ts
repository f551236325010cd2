import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startBridge } from '../utils/bridge/main-world';

/** Injected into the page's main world by the background, only when the page has a rich editor. */
export default defineUnlistedScript(() => startBridge());
