/**
 * Where Jendela runs. On its own on government sites (`*.go.id`); elsewhere only where the user switched it
 * on: once for a tab (injected now), or remembered for the site (a dynamic content script for that origin,
 * which needs the optional host permission the panel asks the user for).
 */
import { browser } from 'wxt/browser';
import { NO_ACCESS, type BackgroundReplies } from '../messages';
import { forgetSite, loadActivatedSites, rememberSite } from '../storage';

export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const AUTO_MATCH = '*://*.go.id/*';

export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function isAutoHost(url: string | undefined): boolean {
  const origin = originOf(url);
  if (!origin) return false;
  const host = new URL(origin).hostname;
  return host === 'go.id' || host.endsWith('.go.id');
}

const scriptId = (origin: string) => `jendela-site-${origin.replace(/[^a-z0-9]/gi, '_')}`;

export async function siteStatus(tabId: number): Promise<BackgroundReplies['siteStatus']> {
  const tab = await browser.tabs.get(tabId);
  const origin = originOf(tab.url);
  const remembered = origin ? (await loadActivatedSites()).includes(origin) : false;
  // Chrome hides a tab's URL until the extension may access it (the toolbar click grants activeTab). A hidden
  // URL is most likely a web page the user can switch Jendela on for: offer that, not "cannot run here".
  return { origin, auto: isAutoHost(tab.url), remembered, injectable: !!origin || !tab.url };
}

async function register(origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [`${origin}/*`], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Switch Jendela on in a tab now, and remember the site when asked (the panel has asked for permission). */
export async function activate(tabId: number, remember: boolean): Promise<BackgroundReplies['activate']> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url) return { ok: false, error: NO_ACCESS };
  const origin = originOf(tab.url);
  if (!origin) return { ok: false, error: 'unsupported-page' };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    if (remember) {
      await register(origin);
      await rememberSite(origin);
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** After install or update: bring back remembered sites that still have their permission. */
export async function restoreRememberedSites(): Promise<void> {
  for (const origin of await loadActivatedSites()) {
    const granted = await browser.permissions.contains({ origins: [`${origin}/*`] });
    if (granted) await register(origin).catch(() => undefined);
    else await forgetSite(origin);
  }
}

/** After install or update, open portal tabs have no content script yet: inject it. */
export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: AUTO_MATCH });
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: t.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}

/** Run the main-world bridge in the frame that asked for it. */
export async function injectBridge(tabId: number | undefined, frameId: number | undefined): Promise<BackgroundReplies['injectBridge']> {
  if (tabId === undefined) return { ok: false, error: 'no-tab' };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId ?? 0] }, world: 'MAIN', files: ['bridge.js'],
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
