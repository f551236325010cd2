/**
 * "Tulis ulang dengan AI" from the context menu. Headless Chromium draws no context menu, so the one step a
 * browser is needed for — choosing the item — is stood in for by what the background's click handler does
 * (utils/background/menu.ts, unit-tested in background-menu.test.ts): note the click in session storage, and
 * announce it to an open panel. Everything else is real: the right-click in the page, the content script
 * naming the field under it, and the panel opening that field's rewrite.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getHarness, type Harness } from './harness';
import { loadExpected } from './detect';
import { rowOf, WAIT } from './panel-helpers';

/** What the background's menu handler leaves behind, with `announce` for a panel that is already open. */
async function menuClicked(h: Harness, tabId: number, announce: boolean): Promise<void> {
  await h.serviceWorker.evaluate(
    `(async () => {
      await chrome.storage.session.set({ menuTarget: { tabId: ${tabId}, at: Date.now() } });
      ${announce ? `await chrome.runtime.sendMessage({ type: 'menuRewrite', tabId: ${tabId} }).catch(() => {});` : ''}
    })()`,
  );
}

const editorKey = (panel: Page) => panel.locator('[data-role="editor"]').getAttribute('data-editor-key', { timeout: WAIT });
/** The rewrite modes have keyboard focus (the row's "Tulis ulang" and the menu open the editor that way). */
const modesFocused = (panel: Page) =>
  panel.evaluate(`document.activeElement?.getAttribute('data-action') === 'rewrite' && document.activeElement.closest('[data-role="ai"]') !== null`);

describe('rewrite from the context menu', () => {
  it('a panel opened by the menu opens the right-clicked field with the rewrite modes ready', async () => {
    const h = await getHarness();
    const page = await h.openPage(h.url('sinovik.menpan.go.id', '/fixtures/kipp-sinovik.html'));
    let panel: Page | null = null;
    try {
      await page.locator('textarea[name="input_8"]').click({ button: 'right' });
      const tabId = await h.tabIdOf(page);
      await menuClicked(h, tabId, false);
      panel = await h.openPanel(tabId);
      await panel.locator('[data-role="editor"][data-edit-status="ready"]').waitFor({ timeout: WAIT });
      expect(await editorKey(panel)).toBe('input_8');
      await expect.poll(() => modesFocused(panel!), { timeout: WAIT }).toBe(true);

      // The click is taken once: reopening the panel shows the list.
      await panel.close();
      panel = await h.openPanel(tabId);
      await rowOf(panel, 'input_8').waitFor({ timeout: WAIT });
      expect(await panel.locator('[data-role="editor"]').count()).toBe(0);
    } finally {
      await panel?.close();
      await page.close();
    }
  });

  // CKEditor 4 and TinyMCE (iframe editors) show their own context menus instead of the browser's, so the
  // menu item is not offered there; the row's "Tulis ulang" is. CKEditor 5 leaves the browser's menu in place.
  it('an open panel follows a later right-click in a rich editor (CKEditor 5)', async () => {
    const h = await getHarness();
    const page = await h.openPage(h.url(loadExpected('ckeditor5-regional').host, '/fixtures/ckeditor5-regional.html'));
    const tabId = await h.tabIdOf(page);
    const panel = await h.openPanel(tabId);
    try {
      await panel.locator('[data-status="form"]').waitFor({ timeout: WAIT });
      await rowOf(panel, 'proposal[ringkasan]').waitFor({ timeout: WAIT });
      await page.locator('#ringkasan + .ck-editor .ck-editor__editable').click({ button: 'right' });
      await menuClicked(h, tabId, true);
      await panel.locator('[data-role="editor"][data-editor-key="proposal[ringkasan]"]').waitFor({ timeout: WAIT });
      await expect.poll(() => modesFocused(panel), { timeout: WAIT }).toBe(true);
    } finally {
      await panel.close();
      await page.close();
    }
  });

  it('says so when the right-click was not on a text field', async () => {
    const h = await getHarness();
    const page = await h.openPage(h.url('sinovik.menpan.go.id', '/fixtures/kipp-sinovik.html'));
    const tabId = await h.tabIdOf(page);
    const panel = await h.openPanel(tabId);
    try {
      await panel.locator('[data-status="form"]').waitFor({ timeout: WAIT });
      await page.mouse.click(3, 3, { button: 'right' }); // the page's margin, outside any field
      await menuClicked(h, tabId, true);
      await expect.poll(() => panel.locator('[data-status]').textContent(), { timeout: WAIT }).toContain('tidak menemukan kolom teks');
      expect(await panel.locator('[data-role="editor"]').count()).toBe(0);
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
