/**
 * The background's side of local drafts on the fake browser and an in-memory IndexedDB: saves honour the
 * autosave setting, history entries and deletions from the panel, pruning by the chosen age, and a damaged
 * settings entry falling back to the defaults.
 */
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onDeleteDrafts, onRecordVersion, onSaveDrafts, prune } from '../../utils/background/drafts';
import { db } from '../../utils/store/db';
import { loadForm, versionsOf, type SaveBatch } from '../../utils/store/drafts';
import { loadDraftSettings, saveDraftSettings } from '../../utils/storage';

const FORM = 'https://inovasi.pontianak.go.id/proposal?id=3';
const batch = (text: string): SaveBatch => ({
  formKey: FORM, url: FORM, title: 'KIK 2025', profileId: 'generic', pageSession: 'p1',
  fields: [{ key: 'latar', label: 'Latar Belakang', section: 'background', kind: 'textarea' }],
  changed: [{ key: 'latar', label: 'Latar Belakang', section: 'background', kind: 'textarea', text, html: null }],
});

beforeEach(async () => {
  fakeBrowser.reset();
  await db().delete();
  await db().open();
});

it('saves what the page sends while autosave is on, and nothing once it is off', async () => {
  expect(await onSaveDrafts({ batch: batch('Warga antre sejak subuh.') }, 5000)).toEqual({ ok: true, savedAt: 5000 });
  expect((await loadForm(db(), FORM)).drafts.map((d) => d.text)).toEqual(['Warga antre sejak subuh.']);
  await saveDraftSettings({ autosave: false });
  expect(await onSaveDrafts({ batch: batch('Teks baru.') }, 6000)).toEqual({ ok: false, off: true });
  expect((await loadForm(db(), FORM)).drafts.map((d) => d.text)).toEqual(['Warga antre sejak subuh.']);
});

it('keeps history entries from the panel and deletes one proposal on request', async () => {
  await onSaveDrafts({ batch: batch('Versi satu.') }, 1);
  expect(await onRecordVersion({ formKey: FORM, fieldKey: 'latar', text: 'Sebelum AI.', html: null, reason: 'before-ai' }, 2)).toEqual({ ok: true });
  expect((await versionsOf(db(), FORM, 'latar')).map((v) => v.reason)).toEqual(['before-ai', 'autosave']);
  expect(await onDeleteDrafts({ formKey: FORM })).toEqual({ ok: true });
  expect((await loadForm(db(), FORM)).drafts).toEqual([]);
});

it('prunes by the chosen age, and keeps everything when the user chose never', async () => {
  const day = 86_400_000;
  await onSaveDrafts({ batch: batch('Lama sekali.') }, 1 * day);
  await saveDraftSettings({ keepDays: 0 });
  await prune(400 * day);
  expect((await loadForm(db(), FORM)).drafts).toHaveLength(1);
  await saveDraftSettings({ keepDays: 30 });
  await prune(400 * day);
  expect((await loadForm(db(), FORM)).drafts).toHaveLength(0);
});

it('reads a damaged settings entry as the defaults, one field at a time', async () => {
  await fakeBrowser.storage.local.set({ drafts: { autosave: 'ya', keepDays: 7 } });
  expect(await loadDraftSettings()).toEqual({ autosave: true, keepDays: 180 });
  await fakeBrowser.storage.local.set({ drafts: { autosave: false, keepDays: 'x' } });
  expect(await loadDraftSettings()).toEqual({ autosave: false, keepDays: 180 });
});
