// @vitest-environment jsdom
/**
 * The store and the connected panel, driven through a fake transport: what the content script and the
 * background would say, and what the user then sees.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/sidepanel/App';
import { tabIdFromSearch } from '@/utils/panel/connection';
import { createPanelStore, type PanelStore } from '@/utils/panel/store';
import { AUTO_RETRIES, AUTO_RETRY_DELAY_MS, RECONNECT_DELAY_MS, SNAPSHOT_TIMEOUT_MS } from '@/utils/panel/tab-link';
import { loadSettings, saveSettings } from '@/utils/storage';
import { FakeTransport, info, snapshot } from './panel-fakes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const counts = (words: number) => ({ words, chars: words * 6, charsSubmitted: words * 6 });

let transport: FakeTransport;
let store: PanelStore;
let root: Root;
let el: HTMLElement;
const flush = () => act(async () => { await Promise.resolve(); await Promise.resolve(); });
const status = () => el.querySelector('main')!.getAttribute('data-status');
const row = (key: string) => el.querySelector<HTMLElement>(`[data-field-key="${key}"]`);

async function open(tabId?: number) {
  await act(async () => { await store.getState().actions.start(tabId); });
}

beforeEach(() => {
  fakeBrowser.reset();
  transport = new FakeTransport();
  store = createPanelStore(transport);
  el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  act(() => root.render(<App store={store} />));
});
afterEach(() => {
  store.getState().actions.stop();
  act(() => root.unmount());
  el.remove();
  vi.useRealTimers();
});

describe('connecting to a tab', () => {
  it('reads the tab to attach to from ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=abc')).toBeUndefined();
    expect(tabIdFromSearch('')).toBeUndefined();
  });

  it('attaches to the given tab, says hello, and lists the snapshot', async () => {
    await open(9);
    expect(status()).toBe('connecting');
    expect(transport.last.tabId).toBe(9);
    expect(transport.last.sent).toEqual([{ type: 'hello' }]);
    transport.last.emit({ type: 'snapshot', snapshot: snapshot([info('a', { counts: counts(3) }), info('b')]) });
    expect(status()).toBe('form');
    expect(row('a')!.dataset).toMatchObject({ words: '3', state: 'fine', maxWords: '10', limitSource: 'page' });
    expect(row('b')!.dataset.state).toBe('empty');
  });

  it('merges live counts by key, recomputing the meter state and leaving other fields untouched', async () => {
    await open(9);
    transport.last.emit({ type: 'snapshot', snapshot: snapshot([info('a'), info('b', { counts: counts(2) })]) });
    const before = store.getState().fields;
    transport.last.emit({ type: 'counts', updates: [{ key: 'a', counts: counts(12) }, { key: 'gone', counts: counts(1) }] });
    expect(row('a')!.dataset).toMatchObject({ words: '12', chars: '72', state: 'over' });
    expect(store.getState().fields.b).toBe(before.b);
    transport.last.emit({ type: 'counts', updates: [{ key: 'a', counts: counts(10) }] });
    expect(row('a')!.dataset.state).toBe('near');
    expect(el.querySelector('[data-profile]')!.getAttribute('data-filled')).toBe('2');
  });

  it('says so when the page has no proposal form', async () => {
    await open(9);
    transport.last.emit({ type: 'snapshot', snapshot: null });
    expect(status()).toBe('no-form');
    expect(el.textContent).toContain('Tidak ada formulir proposal di halaman ini');
  });

  it('follows the active tab of its own window', async () => {
    await open();
    expect(transport.last.tabId).toBe(5);
    transport.tabActivated(6, 2); // another window: not ours
    expect(transport.ports).toHaveLength(1);
    transport.tabActivated(6, 1);
    expect(transport.ports[0]!.closed).toBe(true);
    expect(transport.last.tabId).toBe(6);
  });

  it('times out into an error with a retry', async () => {
    vi.useFakeTimers();
    await open(9);
    act(() => vi.advanceTimersByTime(SNAPSHOT_TIMEOUT_MS));
    expect(status()).toBe('error');
    act(() => el.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click());
    expect(status()).toBe('connecting');
    expect(transport.ports).toHaveLength(2);
  });
});

describe('when Jendela is not running in the tab', () => {
  it('asks the background and offers to activate; activation reconnects', async () => {
    await open(9);
    transport.last.drop();
    await flush();
    expect(transport.asked).toEqual([{ type: 'siteStatus', tabId: 9 }]);
    expect(status()).toBe('inactive');
    act(() => el.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    act(() => el.querySelector<HTMLButtonElement>('[data-action="activate"]')!.click());
    await flush();
    expect(transport.requested).toEqual(['https://example.org']);
    expect(transport.asked.at(-1)).toEqual({ type: 'activate', tabId: 9, remember: true });
    expect(transport.ports).toHaveLength(2);
    transport.last.emit({ type: 'snapshot', snapshot: snapshot([info('a')]) });
    expect(status()).toBe('form');
  });

  it('activates for this visit only when the permission is refused, and says so', async () => {
    transport.grant = false;
    await open(9);
    transport.last.drop();
    await flush();
    await act(() => store.getState().actions.activate(true));
    expect(transport.asked.at(-1)).toEqual({ type: 'activate', tabId: 9, remember: false });
    expect(el.textContent).toContain('Jendela aktif hanya untuk kunjungan ini');
  });

  it('shows why activation failed and stays inactive', async () => {
    transport.activateReply = { ok: false, error: 'unsupported-page' };
    await open(9);
    transport.last.drop();
    await flush();
    await act(() => store.getState().actions.activate(false));
    expect(transport.requested).toEqual([]);
    expect(status()).toBe('inactive');
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('unsupported-page');
  });

  it('offers activation where the tab\'s URL is hidden, and says to click the toolbar icon first', async () => {
    // Chrome hides the URL of a tab the extension was not opened to (e.g. after navigating with the panel open).
    transport.site = { origin: null, auto: false, remembered: false, injectable: true };
    transport.activateReply = { ok: false, error: 'no-access' };
    await open(9);
    transport.last.drop();
    await flush();
    expect(status()).toBe('inactive');
    expect(el.querySelector('input[name="remember"]')).toBeNull(); // an unknown site cannot be remembered
    act(() => el.querySelector<HTMLButtonElement>('[data-action="activate"]')!.click());
    await flush();
    expect(transport.requested).toEqual([]);
    expect(transport.asked.at(-1)).toEqual({ type: 'activate', tabId: 9, remember: false });
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('Klik ikon Jendela di bilah alat');
  });

  it('treats browser pages as pages without a form', async () => {
    transport.site = { origin: null, auto: false, remembered: false, injectable: false };
    await open(9);
    transport.last.drop();
    await flush();
    expect(status()).toBe('no-form');
    expect(el.textContent).toContain('Jendela tidak dapat berjalan di halaman ini');
  });

  it('retries on sites where Jendela starts by itself, then puts it in, before offering activation', async () => {
    vi.useFakeTimers();
    transport.site = { ...transport.site, auto: true };
    await open(9);
    for (let i = 1; i <= AUTO_RETRIES; i++) {
      transport.last.drop();
      await flush();
      expect(status()).toBe('connecting');
      act(() => vi.advanceTimersByTime(AUTO_RETRY_DELAY_MS * i));
      expect(transport.ports).toHaveLength(i + 1);
    }
    transport.last.drop();
    await flush();
    expect(transport.asked.at(-1)).toEqual({ type: 'activate', tabId: 9, remember: false });
    expect(transport.ports).toHaveLength(AUTO_RETRIES + 2);
    expect(status()).toBe('connecting');
    transport.last.drop(); // still nothing: say so, once
    await flush();
    expect(status()).toBe('inactive');
    expect(transport.asked.filter((a) => (a as { type: string }).type === 'activate')).toHaveLength(1);
  });

  it('lists the form once the content script it put in answers', async () => {
    vi.useFakeTimers();
    transport.site = { ...transport.site, auto: true };
    await open(9);
    for (let i = 1; i <= AUTO_RETRIES; i++) {
      transport.last.drop();
      await flush();
      act(() => vi.advanceTimersByTime(AUTO_RETRY_DELAY_MS * i));
    }
    transport.last.drop();
    await flush();
    transport.last.emit({ type: 'snapshot', snapshot: snapshot([info('a')]) });
    expect(status()).toBe('form');
  });
});

describe('navigation and lost connections', () => {
  it('clears rows as soon as the page starts loading, ignores the old page, reconnects when it is done', async () => {
    await open(9);
    const old = transport.last;
    old.emit({ type: 'snapshot', snapshot: snapshot([info('a')]) });
    transport.tabUpdated(3, { status: 'loading' }); // another tab
    expect(row('a')).not.toBeNull();
    transport.tabUpdated(9, { status: 'loading' });
    expect(status()).toBe('connecting');
    expect(row('a')).toBeNull();
    expect(old.closed).toBe(true);
    old.emit({ type: 'counts', updates: [{ key: 'a', counts: counts(4) }] });
    old.emit({ type: 'snapshot', snapshot: snapshot([info('stale')]) });
    expect(row('stale')).toBeNull();
    transport.tabUpdated(9, { status: 'complete' });
    expect(transport.ports).toHaveLength(2);
    expect(transport.last.sent).toEqual([{ type: 'hello' }]);
    transport.last.emit({ type: 'snapshot', snapshot: snapshot([info('next')]) });
    expect(row('next')).not.toBeNull();
  });

  it('clears and reconnects when a working connection drops', async () => {
    vi.useFakeTimers();
    await open(9);
    transport.last.emit({ type: 'snapshot', snapshot: snapshot([info('a')]) });
    transport.last.drop();
    expect(status()).toBe('connecting');
    expect(row('a')).toBeNull();
    act(() => vi.advanceTimersByTime(RECONNECT_DELAY_MS));
    expect(transport.ports).toHaveLength(2);
  });

  it('stops listening and closes the port when the panel closes', async () => {
    await open();
    expect(transport.listeners).toBe(3) // tab activated, tab updated, context-menu announcements;
    store.getState().actions.stop();
    expect(transport.listeners).toBe(0);
    expect(transport.last.closed).toBe(true);
  });
});

describe('actions and settings', () => {
  it('sends focus and profile choices over the port, and reports a field that vanished', async () => {
    await open(9);
    transport.last.emit({ type: 'snapshot', snapshot: snapshot([info('a')]) });
    act(() => row('a')!.querySelector('button')!.click());
    store.getState().actions.setProfile('kipp-2023');
    expect(transport.last.sent.slice(1)).toEqual([
      { type: 'focus', key: 'a' },
      { type: 'setProfile', profileId: 'kipp-2023' },
    ]);
    transport.last.emit({ type: 'focused', key: 'a', ok: false });
    expect(el.textContent).toContain('Kolom tidak ditemukan lagi di halaman.');
  });

  it('loads, saves and follows the language setting', async () => {
    await saveSettings({ language: 'en' });
    await open(9);
    await flush();
    expect(el.querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(el.textContent).toContain('Connecting to the page');
    await act(() => store.getState().actions.setLanguage('id'));
    expect((await loadSettings()).language).toBe('id');
    await act(async () => { await saveSettings({ language: 'en' }); }); // changed elsewhere (another panel)
    await flush();
    expect(store.getState().language).toBe('en');
  });
});
