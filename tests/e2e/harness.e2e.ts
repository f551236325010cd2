/** Smoke test of the harness: portal hosts reach the local server, the extension is loaded and injected. */
import type { Page } from 'playwright-core';
import { getHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await getHarness();
});

/** Isolated worlds in the page that belong to our extension, i.e. our content script ran there. */
async function contentScriptWorlds(page: Page, extensionId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { origin: string } }) => origins.push(e.context.origin));
  await cdp.send('Runtime.enable'); // reports the contexts that already exist
  await cdp.detach();
  return origins.filter((o) => o === `chrome-extension://${extensionId}`).length;
}

test('the extension service worker is up', async () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  const id = await h.serviceWorker.evaluate(
    () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
  );
  expect(id).toBe(h.extensionId);
});

test('a *.go.id host on a non-default port is served locally and gets the content script', async () => {
  const url = h.url('sinovik.menpan.go.id', '/fixtures/no-form.html');
  const page = await h.openPage(url);
  try {
    expect(page.url()).toBe(url);
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    await expect.poll(() => contentScriptWorlds(page, h.extensionId)).toBe(1);
    const tabId = await h.tabIdOf(page);
    expect(tabId).toBeGreaterThan(0);
  } finally {
    await page.close();
  }
});

test('a host outside *.go.id gets no content script', async () => {
  const page = await h.openPage(`${h.server.origin}/fixtures/no-form.html`);
  try {
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    expect(await contentScriptWorlds(page, h.extensionId)).toBe(0);
    expect(await h.tabIdOf(page)).toBeGreaterThan(0);
  } finally {
    await page.close();
  }
});

test('the side panel opens attached to a tab', async () => {
  const page = await h.openPage(h.url('sinovik.menpan.go.id', '/fixtures/no-form.html'));
  const panel = await h.openPanel(await h.tabIdOf(page));
  try {
    expect(panel.url()).toContain(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=`);
    await expect.poll(() => panel.evaluate(() => document.readyState)).toBe('complete');
  } finally {
    await panel.close();
    await page.close();
  }
});
