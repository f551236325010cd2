/**
 * Remembering a site the user switched Jendela on for. Chromium's permission prompt cannot be answered
 * headless, so the e2e suite cannot reach this path; here the browser's scripting and permission calls are
 * spied on the fake browser and our logic is checked: what is registered, stored, restored and forgotten.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { activate, restoreRememberedSites, siteStatus } from '../../utils/background/sites';
import { loadActivatedSites, rememberSite } from '../../utils/storage';

type Registered = { id: string; matches?: string[]; js?: string[] };

describe('switching Jendela on for a site', () => {
  let registered: Registered[];
  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    vi.restoreAllMocks();
    const s = fakeBrowser.scripting as unknown as Record<string, unknown>;
    s.executeScript = vi.fn(async () => []);
    s.registerContentScripts = vi.fn(async (scripts: Registered[]) => void registered.push(...scripts));
    s.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)));
  });

  async function openTab(url: string): Promise<number> {
    const tab = await fakeBrowser.tabs.create({ url });
    return tab.id!;
  }

  it('injects now and, when remembered, registers a content script for that origin and stores it', async () => {
    const tabId = await openTab('https://inovasi.example.org/form?id=3');
    expect(await activate(tabId, true)).toEqual({ ok: true });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['content-scripts/content.js'] });
    expect(registered).toEqual([expect.objectContaining({ matches: ['https://inovasi.example.org/*'], js: ['content-scripts/content.js'] })]);
    expect(await loadActivatedSites()).toEqual(['https://inovasi.example.org']);
    expect(await siteStatus(tabId)).toEqual({ origin: 'https://inovasi.example.org', auto: false, remembered: true, injectable: true });
    // Switching on again does not register twice.
    await activate(tabId, true);
    expect(registered).toHaveLength(1);
  });

  it('switches on for this visit only without remembering', async () => {
    const tabId = await openTab('https://inovasi.example.org/form');
    expect(await activate(tabId, false)).toEqual({ ok: true });
    expect(registered).toEqual([]);
    expect(await loadActivatedSites()).toEqual([]);
  });

  it('after an update, keeps remembered sites that still have their permission and forgets the others', async () => {
    await rememberSite('https://a.example.org');
    await rememberSite('https://b.example.org');
    const p = fakeBrowser.permissions as unknown as Record<string, unknown>;
    p.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins[0] === 'https://a.example.org/*');
    await restoreRememberedSites();
    expect(registered.map((r) => r.matches)).toEqual([['https://a.example.org/*']]);
    expect(await loadActivatedSites()).toEqual(['https://a.example.org']);
  });

  it('says government sites run by themselves and other pages need switching on', async () => {
    const gov = await openTab('http://sinovik.menpan.go.id/proposal');
    expect((await siteStatus(gov)).auto).toBe(true);
    const other = await openTab('https://example.org/');
    expect((await siteStatus(other)).auto).toBe(false);
  });
});
