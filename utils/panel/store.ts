/**
 * The side panel's state: the one module that talks to messaging and storage. Components read `PanelData`
 * and call `actions`; they never see a port or `browser.*`.
 *
 * Life of a connection: connect a port to the tab, say `hello`, wait for a `snapshot`. A port that closes
 * before anything arrived means no content script is listening, so the background is asked whether Jendela
 * may run there (→ 'inactive' with an activate button). A port that closes after it worked means the page
 * went away: rows are cleared at once and the panel reconnects. Each connection has a generation number, so
 * late messages from an old page are dropped instead of painting stale rows.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MessageKey, Params } from '../i18n';
import type { BackgroundReplies, ContentToPanel } from '../messages';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, type Language } from '../storage';
import { browserTransport, type PanelPort, type Transport } from './connection';
import { applyCounts, fromSnapshot, type FieldView, type PageInfo } from './fields';

export type PanelStatus = 'connecting' | 'form' | 'no-form' | 'inactive' | 'error';
export type SiteStatus = BackgroundReplies['siteStatus'];

export interface Notice {
  key: MessageKey;
  params?: Params;
}

export interface PanelData {
  status: PanelStatus;
  tabId: number | null;
  language: Language;
  page: PageInfo | null;
  order: string[];
  fields: Record<string, FieldView>;
  site: SiteStatus | null;
  /** Set when the page cannot run Jendela at all (browser pages, the web store): shown instead of "no form". */
  unsupported: boolean;
  notice: Notice | null;
  activating: boolean;
}

export interface PanelActions {
  /** Attach to `tabId`, or (without it) follow the active tab of the panel's window. */
  start(tabId?: number): Promise<void>;
  stop(): void;
  focus(key: string): void;
  setProfile(profileId: string | null): void;
  /** Call straight from the click: it may open the browser's permission prompt. */
  activate(remember: boolean): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  retry(): void;
  dismissNotice(): void;
}

export type PanelState = PanelData & { actions: PanelActions };
export type PanelStore = StoreApi<PanelState>;

/** How long to wait for the first snapshot before showing an error with a retry button. */
export const SNAPSHOT_TIMEOUT_MS = 10_000;
/** Pause before reconnecting to a page whose connection dropped (it is often mid-navigation). */
export const RECONNECT_DELAY_MS = 400;
/** On sites where Jendela starts by itself, a refused connection may just be a page still loading. */
export const AUTO_RETRIES = 2;
export const AUTO_RETRY_DELAY_MS = 700;

const NO_FORM = { page: null, order: [] as string[], fields: {} as Record<string, FieldView> };

export function initialData(): PanelData {
  return {
    status: 'connecting', tabId: null, language: DEFAULT_SETTINGS.language, ...NO_FORM, site: null,
    unsupported: false, notice: null, activating: false,
  };
}

export function createPanelStore(transport: Transport = browserTransport): PanelStore {
  let port: PanelPort | null = null;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let cleanups: (() => void)[] = [];

  return createStore<PanelState>()((set, get) => {
    const later = (ms: number, fn: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
    const disconnect = () => {
      generation++;
      clearTimeout(timer);
      port?.close();
      port = null;
    };

    const receive: { [K in keyof ContentToPanel]: (msg: ContentToPanel[K]) => void } = {
      snapshot: ({ snapshot }) =>
        set(snapshot ? { status: 'form', ...fromSnapshot(snapshot) } : { status: 'no-form', ...NO_FORM }),
      counts: ({ updates }) => {
        const fields = applyCounts(get().fields, updates);
        if (fields !== get().fields) set({ fields });
      },
      focused: ({ ok }) => {
        if (!ok) set({ notice: { key: 'notice.focusFailed' } });
      },
    };

    async function checkSite(tabId: number, gen: number) {
      clearTimeout(timer);
      let site: SiteStatus;
      try {
        site = await transport.ask('siteStatus', { tabId });
      } catch {
        if (gen === generation) set({ status: 'error' });
        return;
      }
      if (gen !== generation) return;
      if (!site.injectable) return set({ status: 'no-form', site, unsupported: true });
      if ((site.auto || site.remembered) && retries < AUTO_RETRIES) {
        retries++;
        return later(AUTO_RETRY_DELAY_MS * retries, connect);
      }
      set({ status: 'inactive', site });
    }

    function connect() {
      const { tabId } = get();
      disconnect();
      set({ status: 'connecting', ...NO_FORM, unsupported: false });
      if (tabId === null) return set({ status: 'no-form', unsupported: true });
      const gen = generation;
      let answered = false;
      later(SNAPSHOT_TIMEOUT_MS, () => {
        if (gen !== generation) return;
        disconnect();
        set({ status: 'error', ...NO_FORM });
      });
      port = transport.connect(tabId, {
        onMessage(msg) {
          if (gen !== generation) return;
          if (!answered) {
            answered = true;
            retries = 0;
            clearTimeout(timer);
          }
          (receive[msg.type] as (m: typeof msg) => void)(msg);
        },
        onDisconnect() {
          if (gen !== generation) return;
          port = null;
          if (!answered) return void checkSite(tabId, gen);
          set({ status: 'connecting', ...NO_FORM });
          later(RECONNECT_DELAY_MS, connect);
        },
      });
      port.send({ type: 'hello' });
    }

    function attach(tabId: number) {
      retries = 0;
      set({ tabId, site: null, notice: null });
      connect();
    }

    function onTabUpdated(tabId: number, update: { status?: string }) {
      if (tabId !== get().tabId) return;
      if (update.status === 'loading') {
        // The page is going away: drop its rows now rather than show them over the next page.
        disconnect();
        set({ status: 'connecting', ...NO_FORM, notice: null, unsupported: false });
      } else if (update.status === 'complete' && !port) {
        retries = 0;
        connect();
      }
    }

    const actions: PanelActions = {
      async start(tabId) {
        actions.stop();
        cleanups.push(watchSettings((s) => set({ language: s.language })));
        cleanups.push(transport.onTabUpdated(onTabUpdated));
        void loadSettings().then((s) => set({ language: s.language }));
        if (tabId !== undefined) return attach(tabId);
        const active = await transport.activeTab();
        cleanups.push(
          transport.onTabActivated((id, windowId) => {
            if (windowId === active.windowId && id !== get().tabId) attach(id);
          }),
        );
        if (active.tabId === null) set({ status: 'no-form', unsupported: true });
        else if (get().tabId === null) attach(active.tabId);
      },
      stop() {
        disconnect();
        cleanups.forEach((off) => off());
        cleanups = [];
      },
      focus(key) {
        port?.send({ type: 'focus', key });
      },
      setProfile(profileId) {
        port?.send({ type: 'setProfile', profileId });
      },
      async activate(remember) {
        const { tabId, site } = get();
        if (tabId === null || get().activating) return;
        set({ activating: true, notice: null });
        try {
          // The permission prompt only opens inside the user's click, so it comes before any other await.
          const granted = remember && site?.origin ? await transport.requestOrigin(site.origin) : remember;
          const reply = await transport.ask('activate', { tabId, remember: granted });
          if (!reply.ok) {
            set({ notice: { key: 'notice.activateFailed', params: { error: reply.error ?? '—' } } });
            return;
          }
          if (remember && !granted) set({ notice: { key: 'notice.permissionDenied' } });
          retries = 0;
          connect();
        } catch (error) {
          set({ notice: { key: 'notice.activateFailed', params: { error: String(error) } } });
        } finally {
          set({ activating: false });
        }
      },
      async setLanguage(language) {
        set({ language });
        await saveSettings({ language });
      },
      retry() {
        retries = 0;
        connect();
      },
      dismissNotice() {
        set({ notice: null });
      },
    };

    return { ...initialData(), actions };
  });
}
