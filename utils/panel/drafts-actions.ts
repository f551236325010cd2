/**
 * The panel's actions on local drafts: what was saved and when, restore after a reload/crash/expired session,
 * a field's history, export, deleting one proposal's drafts, and the drafts settings. Reads the store
 * directly (same extension origin); every change goes through the background, which alone writes it.
 * Restores go through the same write path as the editor (verified, undoable).
 */
import type { BackgroundReplies, PanelToBackground } from '../messages';
import type { VersionReason } from '../store/db';
import { db } from '../store/db';
import { loadForm, restorable, versionsOf } from '../store/drafts';
import { DEFAULT_DRAFT_SETTINGS, loadDraftSettings, saveDraftSettings, type DraftSettings } from '../storage';
import type { PendingRequests } from './requests';
import { readFieldText, writeThrough } from './write-through';
import { sameText, type HistoryEntry, type RestoreOffer, type SavedState } from './saved';
import type { PanelActions, PanelData } from './store';

export interface DraftDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  ask<K extends 'recordVersion' | 'deleteDrafts'>(type: K, payload: PanelToBackground[K]): Promise<BackgroundReplies[K]>;
}

export type DraftActions = Pick<
  PanelActions,
  'restore' | 'restoreAll' | 'dismissRestore' | 'openHistory' | 'selectVersion' | 'closeHistory' | 'deleteDrafts' | 'saveDraftSettings'
> & {
  /** A new snapshot: what this form has saved, and what to offer back. */
  loadSaved(): Promise<void>;
  loadDraftSettings(): Promise<void>;
  /** The content script saved these fields. */
  markSaved(keys: string[], at: number): void;
  /** Keep the field's text in its history before Jendela writes over it. */
  beforeWrite(key: string, text: string, reason: VersionReason): Promise<void>;
};

export const initialSaved = (): SavedState => ({ at: {}, offers: {}, damaged: 0, settings: DEFAULT_DRAFT_SETTINGS, restoring: false });

export function createDraftActions(d: DraftDeps): DraftActions {
  const formKey = () => d.get().page?.formKey ?? null;
  const patchSaved = (patch: Partial<SavedState>) => d.set({ saved: { ...d.get().saved, ...patch } });

  const readPage = (key: string) => readFieldText(d.requests, key);
  /** Writes `text` into the field after keeping what it held; true when the page holds it now. */
  const writeBack = (key: string, text: string) =>
    writeThrough({ ...d, beforeWrite: (k, t, r) => actions.beforeWrite(k, t, r) }, key, text, 'replace', 'before-restore');

  function dropOffer(key: string) {
    const offers = { ...d.get().saved.offers };
    delete offers[key];
    patchSaved({ offers });
  }

  const actions: DraftActions = {
    async loadSaved() {
      const key = formKey();
      const page = d.get().page;
      if (!key || !page) return patchSaved({ at: {}, offers: {}, damaged: 0 });
      const [saved, older] = await Promise.all([loadForm(db(), key), restorable(db(), key, page.loadedAt)]).catch(
        () => [null, null] as const,
      );
      if (!saved || !older || formKey() !== key) return;
      const at: Record<string, number> = {};
      for (const row of saved.drafts) at[row.fieldKey] = row.savedAt;
      patchSaved({ at, damaged: saved.damaged });
      const offers: Record<string, RestoreOffer> = {};
      for (const [fieldKey, row] of older) {
        if (!d.get().fields[fieldKey]) continue;
        const now = await readPage(fieldKey);
        if (now !== null && !sameText(now, row.text)) offers[fieldKey] = { key: fieldKey, text: row.text, savedAt: row.savedAt };
      }
      if (formKey() === key) patchSaved({ offers });
    },

    async loadDraftSettings() {
      patchSaved({ settings: await loadDraftSettings() });
    },

    markSaved(keys, at) {
      const next = { ...d.get().saved.at };
      for (const k of keys) next[k] = at;
      patchSaved({ at: next });
    },

    async beforeWrite(key, text, reason) {
      const fk = formKey();
      if (!fk || !text.trim()) return;
      await d.ask('recordVersion', { formKey: fk, fieldKey: key, text, html: null, reason }).catch(() => undefined);
    },

    async restore(key, entryId) {
      const h = d.get().history;
      const entry = h?.key === key ? h.entries.find((e) => e.id === (entryId ?? h.selected)) : undefined;
      const text = entry?.text ?? d.get().saved.offers[key]?.text;
      if (text === undefined) return;
      const ok = await writeBack(key, text);
      if (ok) dropOffer(key);
      const now = d.get().history;
      if (now?.key === key) d.set({ history: { ...now, outcome: ok ? 'restored' : 'failed', ...(ok ? { pageText: text } : {}) } });
      else if (!ok) d.set({ notice: { key: 'notice.restoreFailed' } });
    },

    async restoreAll() {
      const offers = Object.values(d.get().saved.offers);
      if (!offers.length || d.get().saved.restoring) return;
      patchSaved({ restoring: true });
      let failed = 0;
      for (const o of offers) {
        if (await writeBack(o.key, o.text)) dropOffer(o.key);
        else failed++;
      }
      patchSaved({ restoring: false });
      d.set({ notice: failed ? { key: 'notice.restoreSome', params: { n: String(failed) } } : { key: 'notice.restored', params: { n: String(offers.length) }, ok: true } });
    },

    dismissRestore: () => patchSaved({ offers: {} }),

    async openHistory(key) {
      const fk = formKey();
      if (!fk) return;
      d.set({ editing: null, history: { key, status: 'loading', entries: [], selected: null, pageText: '' } });
      try {
        const [versions, saved, pageText] = await Promise.all([versionsOf(db(), fk, key), loadForm(db(), fk), readPage(key)]);
        const draft = saved.drafts.find((r) => r.fieldKey === key);
        const entries: HistoryEntry[] = versions.map((v) => ({ id: String(v.id), text: v.text, words: v.words, savedAt: v.savedAt, reason: v.reason }));
        if (draft && draft.text.trim() && !entries.some((e) => e.text === draft.text)) {
          entries.unshift({ id: 'latest', text: draft.text, words: draft.words, savedAt: draft.savedAt, reason: 'latest' });
        }
        entries.sort((a, b) => b.savedAt - a.savedAt);
        const offer = d.get().saved.offers[key];
        const selected = (offer && entries.find((e) => e.text === offer.text)?.id) ?? entries[0]?.id ?? null;
        if (d.get().history?.key === key) {
          d.set({ history: { key, status: 'ready', entries, selected, pageText: pageText ?? '' } });
        }
      } catch {
        if (d.get().history?.key === key) d.set({ history: { key, status: 'failed', entries: [], selected: null, pageText: '' } });
      }
    },

    selectVersion(id) {
      const h = d.get().history;
      if (h) d.set({ history: { ...h, selected: id, outcome: undefined } });
    },

    closeHistory: () => d.set({ history: null }),

    async deleteDrafts() {
      const fk = formKey();
      if (!fk) return;
      const reply = await d.ask('deleteDrafts', { formKey: fk }).catch(() => ({ ok: false }));
      if (reply.ok) patchSaved({ at: {}, offers: {} });
      d.set({ notice: reply.ok ? { key: 'notice.draftsDeleted', ok: true } : { key: 'notice.draftsDeleteFailed' } });
    },

    async saveDraftSettings(patch: Partial<DraftSettings>) {
      // The checkbox shows the choice at once; storage confirms it (or puts back what is stored).
      patchSaved({ settings: { ...d.get().saved.settings, ...patch } });
      patchSaved({ settings: await saveDraftSettings(patch).catch(() => loadDraftSettings()) });
    },
  };
  return actions;
}
