/**
 * The panel's only doorway to the browser: the port to a tab's content script, the one-off questions to the
 * background, and the tab events the panel follows. The store gets a `Transport`, so tests hand it a fake one
 * (the fake browser has no `tabs.connect`).
 */
import { browser } from 'wxt/browser';
import {
  PORT_NAME,
  type BackgroundReplies,
  type BackgroundToPanel,
  type ContentMsg,
  type Msg,
  type PanelMsg,
  type PanelToBackground,
} from '../messages';

export interface PortHandlers {
  onMessage(msg: ContentMsg): void;
  /** Fired once, whether the other side went away or the connection never came up. */
  onDisconnect(): void;
}

export interface PanelPort {
  send(msg: PanelMsg): void;
  close(): void;
}

export interface TabUpdate {
  status?: string;
  url?: string;
}

export interface Transport {
  connect(tabId: number, handlers: PortHandlers): PanelPort;
  ask<K extends keyof PanelToBackground>(
    type: K,
    payload: PanelToBackground[K],
  ): Promise<BackgroundReplies[K]>;
  /** Ask for a host permission (must run inside the user's click). Resolves false when refused. */
  requestOrigin(origin: string): Promise<boolean>;
  /** The window the panel lives in and its active tab. */
  activeTab(): Promise<{ windowId: number; tabId: number | null }>;
  onTabActivated(cb: (tabId: number, windowId: number) => void): () => void;
  onTabUpdated(cb: (tabId: number, update: TabUpdate) => void): () => void;
  /** The background says "Tulis ulang dengan AI" was chosen from the context menu in this tab. */
  onMenuRewrite(cb: (tabId: number) => void): () => void;
  /** The background changed the library (a snippet saved from the page's context menu). */
  onLibraryChanged(cb: () => void): () => void;
  /**
   * Put text on the clipboard from the panel's own document. Call it during the user's click (browsers want
   * a user activation and a focused document). Resolves false when the browser refused.
   */
  clipboard(text: string): Promise<boolean>;
}

function connectPort(tabId: number, handlers: PortHandlers): PanelPort {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    handlers.onDisconnect();
  };
  let port: ReturnType<typeof browser.tabs.connect>;
  try {
    // The top frame's content script reads the form (same-origin frames included); other frames stay out.
    port = browser.tabs.connect(tabId, { name: PORT_NAME, frameId: 0 });
  } catch {
    // An invalid or closed tab throws synchronously; report it like a refused connection, but async,
    // so the caller's bookkeeping is in place first.
    queueMicrotask(finish);
    return { send() {}, close() { done = true; } };
  }
  port.onMessage.addListener((msg: unknown) => {
    if (!done) handlers.onMessage(msg as ContentMsg);
  });
  // Reading lastError keeps Chrome from logging "Receiving end does not exist" as an unchecked error.
  port.onDisconnect.addListener(() => {
    void browser.runtime.lastError;
    finish();
  });
  return {
    send(msg) {
      if (done) return;
      try {
        port.postMessage(msg);
      } catch {
        finish();
      }
    },
    close() {
      done = true;
      port.disconnect();
    },
  };
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines, or a document that lost focus: the legacy copy command still works inside a click.
    const before = document.activeElement;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      if (before instanceof HTMLElement) before.focus();
    }
  }
}

export const browserTransport: Transport = {
  clipboard: writeClipboard,
  connect: connectPort,
  ask(type, payload) {
    return browser.runtime.sendMessage({ type, ...payload });
  },
  async requestOrigin(origin) {
    try {
      return await browser.permissions.request({ origins: [`${origin}/*`] });
    } catch {
      return false;
    }
  },
  async activeTab() {
    const win = await browser.windows.getCurrent();
    const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
    return { windowId: win.id ?? -1, tabId: tab?.id ?? null };
  },
  onTabActivated(cb) {
    const listener = (info: { tabId: number; windowId: number }) => cb(info.tabId, info.windowId);
    browser.tabs.onActivated.addListener(listener);
    return () => browser.tabs.onActivated.removeListener(listener);
  },
  onTabUpdated(cb) {
    const listener = (tabId: number, info: TabUpdate) => cb(tabId, info);
    browser.tabs.onUpdated.addListener(listener);
    return () => browser.tabs.onUpdated.removeListener(listener);
  },
  onMenuRewrite(cb) {
    const listener = (raw: unknown) => {
      const msg = raw as Partial<Msg<BackgroundToPanel, 'menuRewrite'>> | null;
      if (msg?.type === 'menuRewrite' && typeof msg.tabId === 'number') cb(msg.tabId);
      return undefined; // not answered: the background does not wait
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
  onLibraryChanged(cb) {
    const listener = (raw: unknown) => {
      if ((raw as { type?: unknown } | null)?.type === 'libraryChanged') cb();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
};

/** The tab named by the panel page's `?tabId=N` (the testing contract), or undefined to follow the active tab. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
