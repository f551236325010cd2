/**
 * The panel's drafts actions against an in-memory IndexedDB and a fake page (what `read` and `write` answer):
 * what is offered back after a reload, restoring one or all through the write path with the page's text kept
 * first, a field's history, and nothing offered when the page already holds the saved text.
 */
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PanelMsg } from '../../utils/messages';
import { createDraftActions, initialSaved } from '../../utils/panel/drafts-actions';
import { fromSnapshot } from '../../utils/panel/fields';
import { PendingRequests } from '../../utils/panel/requests';
import { initialData, type PanelData } from '../../utils/panel/store';
import { db } from '../../utils/store/db';
import { recordVersion, saveDrafts, versionsOf } from '../../utils/store/drafts';
import { countText } from '../../utils/text/count';
import type { FieldInfo } from '../../utils/types';

const FORM = 'https://sinovik.menpan.go.id/proposal?id=9';
const field = (key: string, label: string): FieldInfo => ({
  key, label, help: '', section: 'summary', kind: 'textarea', fact: false, limits: {}, counts: countText(''),
});

function setup(page: Record<string, string>, loadedAt = 10_000) {
  let data: PanelData = {
    ...initialData(), status: 'form', saved: initialSaved(),
    ...fromSnapshot({
      url: FORM, formKey: FORM, loadedAt, title: 'Proposal', profileId: 'kipp-2023-umum', profileScores: [], profileChosen: false,
      skippedFrames: 0, fields: [field('ringkasan', 'Ringkasan'), field('signifikansi', 'Signifikansi')],
    }),
  };
  const writes: string[] = [];
  const asked: string[] = [];
  const requests: PendingRequests = new PendingRequests((msg: PanelMsg) => {
    if (msg.type !== 'request') return false;
    queueMicrotask(() => {
      const content = (key: string) => ({ key, text: page[key] ?? '', html: null, counts: countText(page[key] ?? '') });
      if (msg.op === 'read') requests.resolve(msg.id, content(msg.key));
      else if (msg.op === 'write') {
        writes.push(`${msg.key}=${msg.text}`);
        page[msg.key] = msg.text;
        requests.resolve(msg.id, { ok: true, key: msg.key, path: 'typed-input', content: content(msg.key), undoable: true });
      }
    });
    return true;
  });
  const actions = createDraftActions({
    get: () => data,
    set: (patch) => void (data = { ...data, ...patch }),
    requests,
    ask: async (type, payload) => {
      asked.push(type);
      if (type === 'recordVersion') {
        const p = payload as { formKey: string; fieldKey: string; text: string; reason: 'before-restore' };
        await recordVersion(db(), { ...p, html: null }, 20_000);
      }
      return { ok: true };
    },
  });
  return { get: () => data, actions, writes, asked, page };
}

const saveBefore = (fieldKey: string, text: string, at: number) =>
  saveDrafts(db(), {
    formKey: FORM, url: FORM, title: 'Proposal', profileId: 'kipp-2023-umum', pageSession: 'old',
    fields: [{ key: fieldKey, label: fieldKey, section: 'summary', kind: 'textarea' }],
    changed: [{ key: fieldKey, label: fieldKey, section: 'summary', kind: 'textarea', text, html: null }],
  }, at);

beforeEach(async () => {
  fakeBrowser.reset();
  await db().delete();
  await db().open();
});

it('offers back what a reload emptied, not what the page already holds', async () => {
  await saveBefore('ringkasan', 'Ringkasan yang hilang.', 5000);
  await saveBefore('signifikansi', 'Sama dengan halaman.', 5000);
  const s = setup({ ringkasan: '', signifikansi: 'Sama  dengan halaman. ' });
  await s.actions.loadSaved();
  expect(Object.keys(s.get().saved.offers)).toEqual(['ringkasan']);
  expect(s.get().saved.at).toEqual({ ringkasan: 5000, signifikansi: 5000 });
});

it('does not offer what was saved after this page was loaded (the user is typing in it)', async () => {
  await saveBefore('ringkasan', 'Baru saja diketik.', 15_000);
  const s = setup({ ringkasan: 'Baru saja diketik lagi' });
  await s.actions.loadSaved();
  expect(s.get().saved.offers).toEqual({});
});

it('restores all through the write path, keeping what the page held first', async () => {
  await saveBefore('ringkasan', 'Teks lengkap ringkasan.', 5000);
  await saveBefore('signifikansi', 'Teks lengkap signifikansi.', 5000);
  const s = setup({ ringkasan: 'R', signifikansi: '' });
  await s.actions.loadSaved();
  await s.actions.restoreAll();
  expect(s.writes.sort()).toEqual(['ringkasan=Teks lengkap ringkasan.', 'signifikansi=Teks lengkap signifikansi.']);
  expect(s.get().saved.offers).toEqual({});
  expect(s.get().notice).toEqual({ key: 'notice.restored', params: { n: '2' }, ok: true });
  expect(s.get().lastWrite.ringkasan?.undoable).toBe(true);
  // "R" was on the page: it is in the history now; the empty field left nothing.
  expect((await versionsOf(db(), FORM, 'ringkasan')).map((v) => [v.text, v.reason])).toContainEqual(['R', 'before-restore']);
  expect((await versionsOf(db(), FORM, 'signifikansi')).map((v) => v.reason)).not.toContain('before-restore');
});

it("lists a field's history newest first and restores the chosen entry", async () => {
  await saveBefore('ringkasan', 'Versi pertama.', 1000);
  await recordVersion(db(), { formKey: FORM, fieldKey: 'ringkasan', text: 'Sebelum AI.', html: null, reason: 'before-ai' }, 2000);
  await saveDrafts(db(), {
    formKey: FORM, url: FORM, title: '', profileId: 'kipp-2023-umum', pageSession: 'old',
    fields: [], changed: [{ key: 'ringkasan', label: '', section: 'summary', kind: 'textarea', text: 'Draf terakhir.', html: null }],
  }, 3000);
  const s = setup({ ringkasan: 'Draf terakhir.' });
  await s.actions.openHistory('ringkasan');
  const h = s.get().history!;
  expect(h.entries.map((e) => [e.text, e.reason])).toEqual([
    ['Draf terakhir.', 'latest'], ['Sebelum AI.', 'before-ai'], ['Versi pertama.', 'autosave'],
  ]);
  s.actions.selectVersion(h.entries[1]!.id);
  await s.actions.restore('ringkasan');
  expect(s.page.ringkasan).toBe('Sebelum AI.');
  expect(s.get().history?.outcome).toBe('restored');
});

it('shows a settings change at once, before storage answers, and keeps it once stored', async () => {
  const s = setup({});
  const pending = s.actions.saveDraftSettings({ autosave: false });
  expect(s.get().saved.settings.autosave).toBe(false);
  await pending;
  expect(s.get().saved.settings.autosave).toBe(false);
  const stored = (await fakeBrowser.storage.local.get('drafts')) as Record<string, { autosave?: boolean }>;
  expect(stored.drafts?.autosave).toBe(false);
});
