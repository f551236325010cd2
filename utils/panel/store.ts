/**
 * The side panel's state: the one module that talks to messaging and storage (through `Transport` and
 * `TabLink`, and utils/storage). Components read `PanelData` and call `actions`; they never see a port or
 * `browser.*`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { NO_ACCESS, type ContentToPanel } from '../messages';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings } from '../storage';
import { browserTransport, type TabUpdate, type Transport } from './connection';
import { createAiActions } from './ai-actions';
import { createDraftActions, initialSaved } from './drafts-actions';
import { createEditActions } from './edit-actions';
import { downloadFile, exportProposal } from './export-actions';
import { createLibraryActions } from './library-actions';
import { createRubricActions } from './rubric-actions';
import { createReviewActions } from './review-actions';
import { initialLibrary } from './library-state';
import type { VersionReason } from '../store/db';
import type { Editing } from './editor';
import { applyCounts, fromSnapshot, type FieldView } from './fields';
import { PendingRequests } from './requests';
import { initialAi, type AiState, type Rewrite } from './rewrite';
import { TabLink, type SiteStatus } from './tab-link';

export type { AiState, Editing, Rewrite, SiteStatus };
export type { Notice, PanelActions, PanelData, PanelStatus } from './panel-types';
import type { Notice, PanelActions, PanelData } from './panel-types';
export type PanelState = PanelData & { actions: PanelActions };
export type PanelStore = StoreApi<PanelState>;

const NO_FORM = { page: null, order: [] as string[], fields: {} as Record<string, FieldView> };

export function initialData(): PanelData {
  return {
    status: 'connecting', tabId: null, language: DEFAULT_SETTINGS.language, ...NO_FORM, site: null,
    unsupported: false, notice: null, activating: false, editing: null, drafts: {}, lastWrite: {},
    view: 'main', ai: initialAi(), rewrite: null, saved: initialSaved(), history: null, library: initialLibrary(), rubric: null,
    review: null, ticks: [],
  };
}

export interface StoreOptions {
  /** How long an AI request may take to answer before it fails as a timeout (default: the client's 60 s). */
  aiTimeoutMs?: number;
}

export function createPanelStore(transport: Transport = browserTransport, options: StoreOptions = {}): PanelStore {
  let cleanups: (() => void)[] = [];

  return createStore<PanelState>()((set, get) => {
    // Declared before the link: a new connection fails the requests of the old one.
    const requests: PendingRequests = new PendingRequests((msg) => link.send(msg));
    // "Tulis ulang dengan AI" from the context menu: asked of the background once per connection (a panel
    // opened by the menu click), and again whenever the background announces a click in this tab.
    let menuChecked = false;
    const checkMenu = async () => {
      const tabId = get().tabId;
      if (tabId === null) return;
      const { pending } = await transport.ask('takeMenuTarget', { tabId }).catch(() => ({ pending: false }));
      if (pending && get().tabId === tabId) link.send({ type: 'menuTarget' });
    };
    // Drafts are looked up once per page load of a form (snapshots come again on every change of the list).
    let savedFor = '';
    const receive: { [K in keyof ContentToPanel]: (msg: ContentToPanel[K]) => void } = {
      snapshot: ({ snapshot }) => {
        set(snapshot ? { status: 'form', ...fromSnapshot(snapshot) } : { status: 'no-form', ...NO_FORM });
        const formId = snapshot ? `${snapshot.formKey} ${snapshot.loadedAt}` : '';
        if (formId !== savedFor) {
          savedFor = formId;
          set({ history: null });
          void draftActions.loadSaved();
        }
        if (!menuChecked && snapshot) {
          menuChecked = true;
          void checkMenu();
        }
      },
      menuTarget: ({ key }) => {
        const field = key === null ? undefined : get().fields[key];
        if (key !== null && field && !field.fact) void actions.edit(key, true);
        else set({ notice: { key: 'notice.menuNoField' } });
      },
      counts: ({ updates }) => {
        const fields = applyCounts(get().fields, updates);
        if (fields !== get().fields) set({ fields });
      },
      focused: ({ ok }) => {
        if (!ok) set({ notice: { key: 'notice.focusFailed' } });
      },
      reply: ({ id, result }) => requests.resolve(id, result),
      saved: ({ keys, at }) => draftActions.markSaved(keys, at),
    };

    const link = new TabLink(transport, {
      connecting: () => {
        menuChecked = false;
        requests.failAll();
        set({ status: 'connecting', ...NO_FORM, unsupported: false });
      },
      message: (msg) => (receive[msg.type] as (m: typeof msg) => void)(msg),
      absent: (site) =>
        set(site.injectable ? { status: 'inactive', site } : { status: 'no-form', site, unsupported: true }),
      failed: () => set({ status: 'error', ...NO_FORM }),
    });

    function attach(tabId: number) {
      // Another tab is another form: its editor, rewrite and undo buttons go; drafts stay (the user's text).
      aiActions.discardRewrite();
      review.stopReview();
      savedFor = '';
      set({ tabId, site: null, notice: null, editing: null, lastWrite: {}, history: null, rubric: null, review: null, ticks: [], saved: { ...initialSaved(), settings: get().saved.settings } });
      link.attach(tabId);
    }

    function onTabUpdated(tabId: number, update: TabUpdate) {
      if (tabId !== get().tabId) return;
      if (update.status === 'loading') {
        // The page is going away: drop its rows now rather than show them over the next page.
        link.close();
        // A new page has a new content script, with no writes to undo.
        set({ status: 'connecting', ...NO_FORM, notice: null, unsupported: false, lastWrite: {}, history: null });
      } else if (update.status === 'complete' && !link.connected) {
        link.reconnect();
      }
    }

    const focus = (key: string) => void link.send({ type: 'focus', key });
    const draftActions = createDraftActions({ get, set, requests, ask: (type, payload) => transport.ask(type, payload) });
    const { loadSaved: _loadSaved, markSaved: _markSaved, loadDraftSettings, beforeWrite, ...drafts } = draftActions;
    const editActions = createEditActions({
      get, set, requests, focus, clipboard: (text) => transport.clipboard(text),
      beforeWrite: (key: string, text: string, reason: VersionReason) => beforeWrite(key, text, reason),
    });

    const aiActions = createAiActions({
      get, set, requests, timeoutMs: options.aiTimeoutMs,
      edit: { setDraft: (t) => editActions.setDraft(t), apply: (f) => editActions.apply(f) },
    });
    const { loadAi, ...ai } = aiActions;

    const { loadLibrary, ...library } = createLibraryActions({
      get, set, requests, ask: (type, payload) => transport.ask(type, payload), beforeWrite,
      download: downloadFile, now: Date.now, newId: () => crypto.randomUUID(),
    });
    /** After a snippet went into the field open in the editor, the editor shows what the page holds now. */
    const reread = (key: string) => {
      if (get().editing?.key === key) void actions.edit(key);
    };
    const review = createReviewActions({
      get, set, requests, timeoutMs: options.aiTimeoutMs,
      open: { edit: (key, focusAi) => actions.edit(key, focusAi), rewrite: (mode, free) => actions.rewrite(mode, free) },
    });
    const rubricActions = createRubricActions({ get, set, requests, download: downloadFile, now: Date.now, checked: review.checked });
    const actions: PanelActions = {
      ...editActions,
      ...ai,
      ...drafts,
      ...library,
      ...rubricActions,
      reviewRubric: review.reviewRubric,
      stopReview: review.stopReview,
      fixCriterion: review.fixCriterion,
      async insertSnippet(key, id, mode) {
        await library.insertSnippet(key, id, mode);
        if (!get().library.insert) reread(key);
      },
      async answerVariables(answers) {
        const key = get().library.insert?.key;
        await library.answerVariables(answers);
        if (key) reread(key);
      },
      exportProposal: (format) => exportProposal(format, { get, set, requests }),
      async edit(key, focusAi = false) {
        // Another field: its rewrite (if any) is about other text.
        if (get().rewrite?.key !== key) ai.discardRewrite();
        set({ view: 'main', history: null });
        await editActions.edit(key, focusAi);
      },
      async start(tabId) {
        actions.stop();
        cleanups.push(watchSettings((s) => set({ language: s.language })));
        cleanups.push(transport.onTabUpdated(onTabUpdated));
        cleanups.push(
          transport.onMenuRewrite((tabId) => {
            if (tabId === get().tabId && get().status === 'form') void checkMenu();
          }),
        );
        void loadSettings().then((s) => set({ language: s.language }));
        void loadAi();
        void loadDraftSettings();
        void loadLibrary();
        cleanups.push(transport.onLibraryChanged(() => void loadLibrary()));
        if (tabId !== undefined) return attach(tabId);
        const active = await transport.activeTab();
        cleanups.push(
          transport.onTabActivated((id, windowId) => {
            if (windowId === active.windowId && id !== get().tabId) attach(id);
          }),
        );
        if (active.tabId === null) set({ status: 'no-form', unsupported: true });
        else attach(active.tabId);
      },
      stop() {
        link.close();
        cleanups.forEach((off) => off());
        cleanups = [];
      },
      focus,
      setProfile: (profileId) => link.send({ type: 'setProfile', profileId }),
      async activate(remember) {
        const { tabId, site, activating } = get();
        if (tabId === null || activating) return;
        set({ activating: true, notice: null });
        try {
          // The permission prompt only opens inside the user's click, so it comes before any other await.
          // A site is remembered only with its permission (and only a known site can be asked for).
          const granted = remember && site?.origin ? await transport.requestOrigin(site.origin) : false;
          const reply = await transport.ask('activate', { tabId, remember: granted });
          if (!reply.ok) {
            const notice: Notice = reply.error === NO_ACCESS
              ? { key: 'notice.noAccess' }
              : { key: 'notice.activateFailed', params: { error: reply.error ?? '—' } };
            set({ notice });
            return;
          }
          if (remember && !granted) set({ notice: { key: 'notice.permissionDenied' } });
          link.reconnect();
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
      retry: () => link.reconnect(),
      dismissNotice: () => set({ notice: null }),
    };

    return { ...initialData(), actions };
  });
}
