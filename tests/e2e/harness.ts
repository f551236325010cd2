/**
 * One Chromium with the built extension, and one fixture server, shared by every e2e file. Vitest runs the e2e
 * files in one worker without isolation (vitest.e2e.config.ts), so this module-level singleton is shared; the
 * e2e environment (tests/e2e/environment.ts) closes it once when the worker stops.
 *
 * Government hosts resolve to the local server through --host-resolver-rules, so
 * http://sinovik.menpan.go.id:PORT/fixtures/kipp-sinovik.html is served here and no test touches the internet.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startServer, type TestServer } from '../server';

export interface Harness {
  context: BrowserContext;
  server: TestServer;
  extensionId: string;
  /** The extension's service worker (re-acquired if Chromium restarted it). */
  readonly serviceWorker: Worker;
  /** `http://${host}:${port}${path}` on the fixture server. */
  url(host: string, path: string): string;
  /** Opens `url` in a new tab and waits for its load event. */
  openPage(url: string): Promise<Page>;
  /** The tab id Chromium gave this page, read from the extension's service worker. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the side panel page attached to `tabId` in a new tab. */
  openPanel(tabId: number): Promise<Page>;
  /**
   * Clicks the extension's toolbar button for this page, as a user would (CDP Extensions.triggerAction): the
   * real side panel opens and the tab gets activeTab. Playwright does not attach to the side panel's own
   * view, so tests then open the panel page for the tab with `openPanel`.
   */
  clickToolbar(page: Page): Promise<void>;
  /**
   * Closes the browser and starts it again on the same profile (the user quits and reopens Chromium): what
   * the extension stored must still be there. Pages are gone; `context` is the new one.
   */
  restart(): Promise<void>;
  /** Closes the browser and the server; the environment teardown calls this once. */
  close(): Promise<void>;
}

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
/** Where the e2e environment finds the close function (a different module instance from this one). */
export const CLOSE_KEY = Symbol.for('jendela.e2e.closeHarness');

type TabInfo = { id?: number; url?: string; pendingUrl?: string; active: boolean };
type ChromeTabs = { tabs: { query(q: object): Promise<TabInfo[]> } };

let pending: Promise<Harness> | undefined;

export function getHarness(): Promise<Harness> {
  pending ??= launch();
  return pending;
}

async function launch(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first (or npx wxt build).`);
  }
  const server = await startServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'jendela-e2e-'));
  const launchContext = () => chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Playwright's defaults include --disable-extensions; the extension must load.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets the tests press the toolbar button through CDP (Extensions.triggerAction) over Playwright's pipe.
      '--enable-unsafe-extension-debugging',
      '--host-resolver-rules=MAP *.go.id 127.0.0.1, MAP portal.contoh.test 127.0.0.1, EXCLUDE localhost',
    ],
  });
  let context = await launchContext();
  let worker = await extensionWorker(context);
  // The worker appears before its script has run; a toolbar click in the first half second after install could
  // find no listener yet (the local store's Dexie makes the script bigger). An evaluation runs after it.
  await worker.evaluate(() => 0);
  const extensionId = new URL(worker.url()).host;
  const follow = (c: BrowserContext) => c.on('serviceworker', (w) => {
    if (w.url().startsWith(`chrome-extension://${extensionId}/`)) worker = w;
  });
  follow(context);

  let closed = false;
  const harness: Harness = {
    get context() {
      return context;
    },
    server,
    extensionId,
    get serviceWorker() {
      return worker;
    },
    url: (host, path) => `http://${host}:${server.port}${path}`,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    tabIdOf: (page) => tabIdOf(worker, page),
    async openPanel(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`, { waitUntil: 'load' });
      return page;
    },
    async clickToolbar(page) {
      const browser = context.browser();
      if (!browser) throw new Error('No browser-level CDP session for the persistent context');
      const session = await browser.newBrowserCDPSession();
      try {
        type Info = { type: string; url: string; targetId: string };
        const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Info[] };
        const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
        if (!tab) throw new Error(`No tab target for ${page.url()}`);
        await page.bringToFront();
        await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      } finally {
        await session.detach().catch(() => {});
      }
    },
    async restart() {
      await context.close();
      context = await launchContext();
      worker = await extensionWorker(context);
      await worker.evaluate(() => 0);
      follow(context);
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      await server.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  (globalThis as Record<symbol, unknown>)[CLOSE_KEY] = () => harness.close();
  return harness;
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  } catch {
    throw new Error(`The extension's service worker did not start: is ${EXTENSION_DIR} a valid MV3 build?`);
  }
}

/**
 * Matches the page by URL among the tabs the extension can see. Without the "tabs" permission Chromium only
 * shows URLs of hosts the extension may access (*.go.id), so for other pages (or two tabs on the same URL)
 * we bring the page to the front and take the active tab.
 */
async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const query = (q: object) =>
    worker.evaluate(
      (arg) => (globalThis as unknown as { chrome: ChromeTabs }).chrome.tabs.query(arg),
      q,
    );
  const byUrl = (await query({})).filter((t) => t.url === url || t.pendingUrl === url);
  if (byUrl.length === 1 && byUrl[0]?.id !== undefined) return byUrl[0].id;
  await page.bringToFront();
  const active = await query({ active: true, lastFocusedWindow: true });
  const id = active[0]?.id;
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}
