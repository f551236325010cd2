/**
 * Fakes shared by the panel tests: a transport whose ports record what the panel sends and let a test say
 * what the content script and the background answer, plus builders for fields and snapshots.
 */
import { act } from 'react';
import { vi } from 'vitest';
import type { ContentMsg, PanelMsg, PanelRequest, PanelRequests } from '@/utils/messages';
import type { PortHandlers, TabUpdate, Transport } from '@/utils/panel/connection';
import type { PanelActions, SiteStatus } from '@/utils/panel/store';
import type { FieldInfo, FormSnapshot } from '@/utils/types';

type Response = PanelRequests[keyof PanelRequests]['response'];
/** What the fake content script answers to a request; undefined leaves it unanswered (the test replies). */
export type Answer = (req: PanelRequest) => Response | undefined;

export class FakePort {
  sent: PanelMsg[] = [];
  closed = false;
  constructor(readonly tabId: number, private handlers: PortHandlers, private answer: () => Answer | null) {}
  send(msg: PanelMsg) {
    this.sent.push(msg);
    if (msg.type !== 'request') return;
    const result = this.answer()?.(msg);
    // Answered later, as a real port would (the panel's caller is awaiting by then).
    if (result !== undefined) queueMicrotask(() => this.handlers.onMessage({ type: 'reply', id: msg.id, result }));
  }
  close() { this.closed = true; }
  emit(msg: ContentMsg) { act(() => this.handlers.onMessage(msg)); }
  drop() { act(() => this.handlers.onDisconnect()); }
  /** The requests sent so far (read, write, undo), without their ids. */
  get requests(): Omit<PanelRequest, 'id' | 'type'>[] {
    return this.sent.flatMap((m) => (m.type === 'request' ? [(({ id: _id, type: _type, ...rest }) => rest)(m)] : []));
  }
}

export class FakeTransport implements Transport {
  ports: FakePort[] = [];
  site: SiteStatus = { origin: 'https://example.org', auto: false, remembered: false, injectable: true };
  activateReply = { ok: true } as { ok: boolean; error?: string };
  grant = true;
  asked: unknown[] = [];
  requested: string[] = [];
  active = { windowId: 1, tabId: 5 as number | null };
  answer: Answer | null = null;
  /** What was put on the clipboard, and whether the browser lets it. */
  copied: string[] = [];
  clipboardWorks = true;
  private activated = new Set<(tabId: number, windowId: number) => void>();
  private updated = new Set<(tabId: number, update: TabUpdate) => void>();
  private menu = new Set<(tabId: number) => void>();

  connect = (tabId: number, handlers: PortHandlers) => {
    const port = new FakePort(tabId, handlers, () => this.answer);
    this.ports.push(port);
    return port;
  };
  /** A context-menu click waiting for this panel (taken once, as the background does). */
  menuPending = false;
  ask: Transport['ask'] = async (type, payload) => {
    this.asked.push({ type, ...payload });
    if (type === 'takeMenuTarget') {
      const pending = this.menuPending;
      this.menuPending = false;
      return { pending } as never;
    }
    return (type === 'siteStatus' ? this.site : this.activateReply) as never;
  };
  requestOrigin = async (origin: string) => {
    this.requested.push(origin);
    return this.grant;
  };
  activeTab = async () => this.active;
  onTabActivated = (cb: (tabId: number, windowId: number) => void) => {
    this.activated.add(cb);
    return () => this.activated.delete(cb);
  };
  onTabUpdated = (cb: (tabId: number, update: TabUpdate) => void) => {
    this.updated.add(cb);
    return () => this.updated.delete(cb);
  };
  onMenuRewrite = (cb: (tabId: number) => void) => {
    this.menu.add(cb);
    return () => this.menu.delete(cb);
  };
  /** The background announces a context-menu click in `tabId`. */
  menuRewrite(tabId: number) { act(() => this.menu.forEach((cb) => cb(tabId))); }
  onLibraryChanged = () => () => {};
  clipboard = async (text: string) => {
    if (this.clipboardWorks) this.copied.push(text);
    return this.clipboardWorks;
  };
  tabActivated(tabId: number, windowId: number) { act(() => this.activated.forEach((cb) => cb(tabId, windowId))); }
  tabUpdated(tabId: number, update: TabUpdate) { act(() => this.updated.forEach((cb) => cb(tabId, update))); }
  get last() { return this.ports.at(-1)!; }
  get listeners() { return this.activated.size + this.updated.size + this.menu.size; }
}

export function info(key: string, patch: Partial<FieldInfo> = {}): FieldInfo {
  return {
    key, label: key, help: '', section: 'summary', kind: 'textarea', fact: false,
    limits: { maxWords: { value: 10, source: 'page' } }, counts: { words: 0, chars: 0, charsSubmitted: 0 }, ...patch,
  };
}

export function snapshot(fields: FieldInfo[]): FormSnapshot {
  return {
    url: 'https://example.org/form', formKey: 'https://example.org/form', loadedAt: 0, title: 'Form', profileId: 'generic', profileScores: [{ id: 'generic', score: 1 }],
    profileChosen: false, fields, skippedFrames: 0,
  };
}

export function fakeActions(): PanelActions {
  return {
    start: vi.fn(), stop: vi.fn(), focus: vi.fn(), setProfile: vi.fn(), activate: vi.fn(), setLanguage: vi.fn(),
    retry: vi.fn(), dismissNotice: vi.fn(), edit: vi.fn(), setDraft: vi.fn(), apply: vi.fn(), undo: vi.fn(),
    closeEditor: vi.fn(), dismissWarning: vi.fn(), copyDraft: vi.fn(),
    openSettings: vi.fn(), closeSettings: vi.fn(), saveAi: vi.fn(), checkAi: vi.fn(), rewrite: vi.fn(),
    stopRewrite: vi.fn(), retryRewrite: vi.fn(), discardRewrite: vi.fn(), acceptRewrite: vi.fn(), tightenRewrite: vi.fn(),
    restore: vi.fn(), restoreAll: vi.fn(), dismissRestore: vi.fn(), openHistory: vi.fn(), selectVersion: vi.fn(),
    closeHistory: vi.fn(), deleteDrafts: vi.fn(), saveDraftSettings: vi.fn(), exportProposal: vi.fn(),
    openLibrary: vi.fn(), closeLibrary: vi.fn(), searchLibrary: vi.fn(), saveSnippet: vi.fn(), saveProposal: vi.fn(),
    insertSnippet: vi.fn(), answerVariables: vi.fn(), cancelInsert: vi.fn(), openFill: vi.fn(), setFillProposal: vi.fn(),
    setFillOverwrite: vi.fn(), toggleFillItem: vi.fn(), runFill: vi.fn(), closeFill: vi.fn(), deleteSnippet: vi.fn(),
    undoDelete: vi.fn(), toggleFavourite: vi.fn(), editSnippet: vi.fn(), exportLibrary: vi.fn(), importLibrary: vi.fn(), importDocx: vi.fn(),
    confirmDocx: vi.fn(), cancelDocx: vi.fn(), checkRubric: vi.fn(), closeRubric: vi.fn(), exportRubric: vi.fn(),
    reviewRubric: vi.fn(), stopReview: vi.fn(), fixCriterion: vi.fn(), tickIndicator: vi.fn(),
  };
}

/** Lets queued replies, the store's awaits and React's updates all run. */
export const flush = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
