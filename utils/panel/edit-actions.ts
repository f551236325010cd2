/**
 * The editor view's actions: read a field into a draft, write the draft back, undo the last write. Part of the
 * store (it gets the store's `get`/`set` and request channel); split out so each file stays readable.
 * The user's text is never lost: drafts are kept per field key while the panel lives, and a write that fails
 * puts the draft on the clipboard and highlights the field so the user can paste it.
 */
import type { PanelRequests, WriteResult } from '../messages';
import type { VersionReason } from '../store/db';
import { countText } from '../text/count';
import { draftProblems, maxlengthWarning, outcomeMessage, type EditError, type EditOutcome, type Editing } from './editor';
import { applyCounts } from './fields';
import { RequestError, type PendingRequests } from './requests';
import type { PanelActions, PanelData } from './store';

export interface EditDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  /** Highlight the field on the page. */
  focus(key: string): void;
  /** Put text on the clipboard; false when the browser refused. */
  clipboard(text: string): Promise<boolean>;
  /** Keep the field's current text in its local history before a write replaces it. */
  beforeWrite?(key: string, text: string, reason: VersionReason): Promise<void>;
}

export type EditActions = Pick<
  PanelActions,
  'edit' | 'setDraft' | 'apply' | 'undo' | 'closeEditor' | 'dismissWarning' | 'copyDraft'
>;

const reason = (error: unknown): EditError =>
  error instanceof RequestError && error.message === 'timeout' ? 'timeout' : error instanceof RequestError ? 'disconnected' : 'failed';

export function createEditActions(d: EditDeps): EditActions {
  /** The open editor, if it is the one for `key` (the user may have moved on while a request was out). */
  const current = (key: string): Editing | null => {
    const e = d.get().editing;
    return e && e.key === key ? e : null;
  };
  /** Updates the open editor for `key`; false when it is no longer open (say it in a notice instead). */
  const update = (key: string, patch: Partial<Editing>): boolean => {
    const e = current(key);
    if (e) d.set({ editing: { ...e, ...patch } });
    return e !== null;
  };
  const keepDraft = (key: string, text: string | null) => {
    const drafts = { ...d.get().drafts };
    if (text === null) delete drafts[key];
    else drafts[key] = text;
    d.set({ drafts });
  };
  /** Remembers a write/undo answer (for the row's undo) and takes the field's new counts from it. */
  const record = (result: WriteResult) => {
    const { fields, lastWrite } = d.get();
    const content = result.content;
    d.set({
      lastWrite: { ...lastWrite, [result.key]: result },
      fields: content ? applyCounts(fields, [{ key: result.key, counts: content.counts }]) : fields,
    });
  };
  const tell = (key: string, patch: Partial<Editing>, outcome: EditOutcome) => {
    if (!update(key, { ...patch, outcome })) d.set({ notice: { key: outcomeMessage(outcome).key, ok: outcome.ok } });
  };

  async function send<K extends 'write' | 'undo'>(op: K, payload: PanelRequests[K]['request']): Promise<WriteResult | EditError> {
    try {
      return await d.requests.request(op, payload);
    } catch (error) {
      return reason(error);
    }
  }

  return {
    async edit(key, focusAi = false) {
      const field = d.get().fields[key];
      if (!field || field.fact) return;
      const kept = d.get().drafts[key];
      d.set({
        editing: { key, field, draft: kept ?? '', original: '', status: 'loading', restored: kept !== undefined, ...(focusAi ? { focusAi } : {}) },
      });
      let res: PanelRequests['read']['response'];
      try {
        res = await d.requests.request('read', { key });
      } catch (error) {
        update(key, { status: 'failed', outcome: { op: 'read', ok: false, error: reason(error) } });
        return;
      }
      if ('error' in res) {
        update(key, { status: 'failed', outcome: { op: 'read', ok: false, error: res.error } });
        return;
      }
      d.set({ fields: applyCounts(d.get().fields, [{ key, counts: res.counts }]) });
      const restored = kept !== undefined && kept !== res.text;
      update(key, { draft: restored ? kept : res.text, original: res.text, status: 'ready', restored });
    },

    setDraft(text) {
      const e = d.get().editing;
      if (!e || e.status === 'loading' || e.status === 'applying') return;
      // A failed read describes the field, not the draft: it stays said. Anything else is about an older text.
      const readFailed = e.outcome?.op === 'read' && !e.outcome.ok;
      d.set({
        editing: {
          ...e, draft: text, warning: undefined, copied: undefined, restored: false, writeReason: undefined,
          status: readFailed ? 'failed' : 'ready', outcome: readFailed ? e.outcome : undefined,
        },
      });
      keepDraft(e.key, text);
    },

    async apply(force = false) {
      const e = d.get().editing;
      if (!e || e.status === 'loading' || e.status === 'applying') return;
      const { key, draft } = e;
      const limits = (d.get().fields[key] ?? e.field).limits;
      const counts = countText(draft);
      const problems = force ? [] : draftProblems(counts, limits);
      if (problems.length) return void update(key, { warning: { problems, fromPage: false } });
      update(key, { status: 'applying', warning: undefined, outcome: undefined, copied: undefined });
      if (e.original !== draft) await d.beforeWrite?.(key, e.original, e.writeReason ?? 'before-edit');
      const res = await send('write', { key, text: draft, mode: 'replace', ...(force ? { force: true } : {}) });
      if (typeof res !== 'string') record(res);
      if (typeof res !== 'string' && res.ok) {
        keepDraft(key, null); // the page holds it now
        const original = res.content?.text ?? draft;
        return tell(key, { status: 'applied', original, result: res, restored: false }, { op: 'write', ok: true });
      }
      if (typeof res !== 'string' && res.error === 'over-maxlength') {
        // Not a failure: the page's own maxlength is tighter than what the panel knew. The user chooses.
        if (!update(key, { status: 'ready', result: res, warning: maxlengthWarning(counts, limits) })) {
          d.set({ notice: { key: 'notice.overMaxlength' } });
        }
        return;
      }
      keepDraft(key, draft);
      // The clipboard first, while the click's user activation lasts and before the page is asked for anything.
      const copied = await d.clipboard(draft);
      const error: EditError = typeof res === 'string' ? res : res.error ?? 'failed';
      if (error !== 'field-gone') d.focus(key);
      const result = typeof res === 'string' ? {} : { result: res };
      tell(key, { status: 'failed', ...result }, { op: 'write', ok: false, error, copied });
    },

    async undo(key) {
      const e = current(key);
      if (e && (e.status === 'loading' || e.status === 'applying')) return;
      update(key, { status: 'applying', warning: undefined, outcome: undefined, copied: undefined });
      const res = await send('undo', { key });
      if (typeof res !== 'string') record(res);
      if (typeof res !== 'string' && res.ok) {
        keepDraft(key, null);
        const text = res.content?.text;
        const restored = text === undefined ? {} : { draft: text, original: text };
        return tell(key, { status: 'ready', result: res, restored: false, ...restored }, { op: 'undo', ok: true });
      }
      const error: EditError = typeof res === 'string' ? res : res.error ?? 'failed';
      if (error !== 'field-gone' && error !== 'nothing-to-undo') d.focus(key);
      tell(key, { status: 'failed', ...(typeof res === 'string' ? {} : { result: res }) }, { op: 'undo', ok: false, error });
    },

    closeEditor: () => d.set({ editing: null }),

    dismissWarning() {
      const e = d.get().editing;
      if (e) update(e.key, { warning: undefined });
    },

    async copyDraft() {
      const key = d.get().editing?.key;
      const draft = d.get().editing?.draft;
      if (key === undefined || draft === undefined) return;
      const copied = await d.clipboard(draft);
      const o = current(key)?.outcome;
      // After a failed write, a successful copy turns "press Copy" into "copied: paste it".
      const outcome = o && !o.ok && o.op === 'write' && copied ? { outcome: { ...o, copied } } : {};
      update(key, { copied, ...outcome });
    },
  };
}
