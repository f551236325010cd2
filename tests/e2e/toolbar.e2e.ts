/**
 * The toolbar button opens the side panel (and the shortcut is declared for it); the built manifests keep
 * Jendela to government sites unless the user switches it on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, getHarness } from './harness';

type Info = { type: string; url: string; targetId: string };

describe('toolbar button and manifest', () => {
  it('opens the side panel when the toolbar button is clicked', async () => {
    const h = await getHarness();
    const session = await h.context.browser()!.newBrowserCDPSession();
    const targets = async () =>
      ((await session.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: Info[] }).targetInfos;
    const panels = async () => (await targets()).filter((t) => t.type === 'page' && t.url.endsWith(`${h.extensionId}/sidepanel.html`)).length;
    // A window of its own: the side panel is per window, and earlier tests may have opened it in theirs.
    const url = h.url('sinovik.menpan.go.id', '/fixtures/kipp-sinovik.html');
    await session.send('Target.createTarget', { url, newWindow: true } as never);
    await expect.poll(async () => (await targets()).some((t) => t.type === 'tab' && t.url === url), { timeout: 10_000 }).toBe(true);
    const tab = (await targets()).find((t) => t.type === 'tab' && t.url === url)!;
    const before = await panels();
    await session.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
    await expect.poll(panels, { timeout: 10_000 }).toBe(before + 1);
    await session.send('Target.closeTarget', { targetId: tab.targetId } as never).catch(() => undefined);
    await session.detach();
  });

  it('declares the keyboard shortcut and runs by itself only on *.go.id', () => {
    const chrome = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(chrome.commands._execute_action.suggested_key.default).toBe('Alt+Shift+J');
    expect(chrome.content_scripts).toEqual([expect.objectContaining({ matches: ['*://*.go.id/*'] })]);
    expect(chrome.host_permissions).toEqual(['*://*.go.id/*']);
    expect(chrome.optional_host_permissions).toEqual(['*://*/*']);
    expect(chrome.side_panel.default_path).toBe('sidepanel.html');
    const firefox = JSON.parse(readFileSync(resolve(EXTENSION_DIR, '../firefox-mv2/manifest.json'), 'utf8'));
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+J');
    expect(firefox.content_scripts[0].matches).toEqual(['*://*.go.id/*']);
  });
});
