/**
 * The context menu's "Tulis ulang dengan AI" on any editable field: it opens the panel, which then opens that
 * field's rewrite. The service worker keeps no state in memory (it can stop at any time), so the click is
 * noted in session storage for a panel that is only now opening, and announced to a panel already open.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const MENU_REWRITE = 'jendela-rewrite';
/** A click older than this is not acted on (the panel took too long to open, or never did). */
export const MENU_TARGET_TTL_MS = 30_000;

const pendingSchema = z.object({ tabId: z.number().int(), at: z.number() });
const pendingItem = storage.defineItem<unknown>('session:menuTarget', { fallback: null });

export interface MenuDeps {
  /** Opens the panel; called first, inside the click (Chrome's sidePanel.open and Firefox's sidebarAction.open need it). */
  openPanel(tab: { id: number; windowId: number }): void;
  /** Tells an open panel (rejects when none listens). */
  announce(tabId: number): Promise<unknown>;
  now(): number;
}

export async function onMenuClick(menuItemId: string | number, tab: { id?: number; windowId?: number } | undefined, d: MenuDeps): Promise<void> {
  if (menuItemId !== MENU_REWRITE || tab?.id === undefined || tab.id < 0) return;
  d.openPanel({ id: tab.id, windowId: tab.windowId ?? -1 });
  await pendingItem.setValue({ tabId: tab.id, at: d.now() });
  await d.announce(tab.id).catch(() => undefined); // no panel open yet: it will ask
}

/** Whether a menu click for this tab is waiting; taking it clears it, so it is acted on once. */
export async function takeMenuTarget(tabId: number, now: number): Promise<{ pending: boolean }> {
  const parsed = pendingSchema.safeParse(await pendingItem.getValue());
  if (!parsed.success || parsed.data.tabId !== tabId) return { pending: false };
  await pendingItem.removeValue();
  return { pending: now - parsed.data.at <= MENU_TARGET_TTL_MS };
}
