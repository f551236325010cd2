/**
 * "Tulis ulang dengan AI" from the context menu. Headless Chromium shows no context menu to click, so the
 * background's part — open the panel inside the click, note the click for a panel that is only now opening,
 * tell one that is open — is checked here; the page and panel parts run in e2e (menu.e2e.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MENU_REWRITE, MENU_TARGET_TTL_MS, onMenuClick, takeMenuTarget } from '../../utils/background/menu';

describe('the context menu rewrite', () => {
  let now = 1_000_000;
  const deps = () => ({
    openPanel: vi.fn(),
    announce: vi.fn(async () => undefined),
    now: () => now,
  });
  beforeEach(() => {
    fakeBrowser.reset();
    now = 1_000_000;
  });

  it('opens the panel first (inside the click), notes the click once, and tells an open panel', async () => {
    const d = deps();
    const order: string[] = [];
    d.openPanel.mockImplementation(() => order.push('open'));
    d.announce.mockImplementation(async () => void order.push('announce'));
    await onMenuClick(MENU_REWRITE, { id: 7, windowId: 2 }, d);
    expect(d.openPanel).toHaveBeenCalledWith({ id: 7, windowId: 2 });
    expect(order).toEqual(['open', 'announce']);
    expect(d.announce).toHaveBeenCalledWith(7);
    expect(await takeMenuTarget(8, now)).toEqual({ pending: false }); // another tab
    expect(await takeMenuTarget(7, now + 10)).toEqual({ pending: true });
    expect(await takeMenuTarget(7, now + 20)).toEqual({ pending: false }); // taken once
  });

  it('works when no panel is open yet to hear the announcement', async () => {
    const d = deps();
    d.announce.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(onMenuClick(MENU_REWRITE, { id: 3, windowId: 1 }, d)).resolves.toBeUndefined();
    expect(await takeMenuTarget(3, now + 500)).toEqual({ pending: true });
  });

  it('ignores other menu items, tabs it cannot name, and clicks too old to act on', async () => {
    const d = deps();
    await onMenuClick('something-else', { id: 3, windowId: 1 }, d);
    await onMenuClick(MENU_REWRITE, undefined, d);
    await onMenuClick(MENU_REWRITE, { id: -1, windowId: 1 }, d);
    expect(d.openPanel).not.toHaveBeenCalled();
    await onMenuClick(MENU_REWRITE, { id: 3, windowId: 1 }, d);
    expect(await takeMenuTarget(3, now + MENU_TARGET_TTL_MS + 1)).toEqual({ pending: false });
  });

  it('treats a damaged session entry as no click', async () => {
    await fakeBrowser.storage.session.set({ menuTarget: { tabId: 'x' } });
    expect(await takeMenuTarget(3, now)).toEqual({ pending: false });
  });
});
