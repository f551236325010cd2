/**
 * The local store on a real IndexedDB implementation (fake-indexeddb, in memory): saving, history limits,
 * what a reload leaves to restore, pruning, deleting one proposal, damaged rows.
 */
import 'fake-indexeddb/auto';
import { JendelaDb } from '../../utils/store/db';
import {
  CHECKPOINT_MS, deleteForm, HISTORY_LIMIT, loadForm, pruneDrafts, recordVersion, restorable, saveDrafts, versionsOf,
  type SaveBatch,
} from '../../utils/store/drafts';

let n = 0;
const fresh = () => new JendelaDb(`test-${++n}`);
const FORM = 'https://sinovik.menpan.go.id/proposal/edit?id=7';
const fields: SaveBatch['fields'] = [
  { key: 'ringkasan', label: 'Ringkasan', section: 'summary', kind: 'textarea' },
  { key: 'signifikansi', label: 'Signifikansi', section: 'impact', kind: 'ckeditor5' },
];
const batch = (pageSession: string, changed: Record<string, string>): SaveBatch => ({
  formKey: FORM, url: `${FORM}&x=1`, title: 'Proposal', profileId: 'kipp-2023-umum', pageSession, fields,
  changed: Object.entries(changed).map(([key, text]) => ({ ...fields.find((f) => f.key === key)!, text, html: null })),
});

test('keeps the latest text of each field, with when and how many words', async () => {
  const db = fresh();
  await saveDrafts(db, batch('p1', { ringkasan: 'Warga antre lama.' }), 1000);
  await saveDrafts(db, batch('p1', { ringkasan: 'Warga antre lama di kantor.', signifikansi: 'Waktu turun 60%.' }), 2000);
  const { form, drafts, damaged } = await loadForm(db, FORM);
  expect(form?.fields.map((f) => f.key)).toEqual(['ringkasan', 'signifikansi']);
  expect(drafts.map((d) => [d.fieldKey, d.text, d.words, d.savedAt]).sort()).toEqual([
    ['ringkasan', 'Warga antre lama di kantor.', 5, 2000], ['signifikansi', 'Waktu turun 60%.', 3, 2000],
  ]);
  expect(damaged).toBe(0);
});

test('a new page load keeps what the old one left before overwriting it, and offers it back', async () => {
  const db = fresh();
  await saveDrafts(db, batch('p1', { ringkasan: 'Teks lengkap enam ratus kata.' }), 1000);
  // Reloaded at 5000: the form came back empty and the user typed one letter before opening the panel.
  await saveDrafts(db, batch('p2', { ringkasan: 'W' }), 6000);
  const offer = await restorable(db, FORM, 5000);
  expect(offer.get('ringkasan')?.text).toBe('Teks lengkap enam ratus kata.');
  expect((await versionsOf(db, FORM, 'ringkasan')).map((v) => v.text)).toContain('Teks lengkap enam ratus kata.');
  // Nothing saved before this load: nothing to offer.
  expect((await restorable(db, FORM, 500)).size).toBe(0);
});

test('history: a checkpoint per interval of typing, the text before each write, at most the limit', async () => {
  const db = fresh();
  await saveDrafts(db, batch('p1', { ringkasan: 'satu' }), 0);
  await saveDrafts(db, batch('p1', { ringkasan: 'satu dua' }), 1000); // within the interval: no new version
  expect((await versionsOf(db, FORM, 'ringkasan')).map((v) => v.text)).toEqual(['satu']);
  await saveDrafts(db, batch('p1', { ringkasan: 'satu dua tiga' }), CHECKPOINT_MS);
  expect(await recordVersion(db, { formKey: FORM, fieldKey: 'ringkasan', text: 'sebelum AI', html: null, reason: 'before-ai' }, CHECKPOINT_MS + 1)).toBe(true);
  // The same text twice in a row is one version; an empty field is not history.
  expect(await recordVersion(db, { formKey: FORM, fieldKey: 'ringkasan', text: 'sebelum AI', html: null, reason: 'before-fill' }, CHECKPOINT_MS + 2)).toBe(false);
  expect(await recordVersion(db, { formKey: FORM, fieldKey: 'ringkasan', text: '  ', html: null, reason: 'before-fill' }, CHECKPOINT_MS + 3)).toBe(false);
  const v = await versionsOf(db, FORM, 'ringkasan');
  expect(v.map((x) => [x.text, x.reason])).toEqual([['sebelum AI', 'before-ai'], ['satu dua tiga', 'autosave'], ['satu', 'autosave']]);
  for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
    await recordVersion(db, { formKey: FORM, fieldKey: 'ringkasan', text: `versi ${i}`, html: null, reason: 'before-snippet' }, 10 * CHECKPOINT_MS + i);
  }
  const kept = await versionsOf(db, FORM, 'ringkasan');
  expect(kept).toHaveLength(HISTORY_LIMIT);
  expect(kept[0]!.text).toBe(`versi ${HISTORY_LIMIT + 4}`);
  expect(kept.at(-1)!.text).toBe('versi 5');
  // Another field's history is its own.
  expect(await versionsOf(db, FORM, 'signifikansi')).toEqual([]);
});

test('pruning removes what is older than the chosen age, and forms left empty', async () => {
  const db = fresh();
  const day = 86_400_000;
  await saveDrafts(db, batch('p1', { ringkasan: 'lama' }), 1 * day);
  await saveDrafts(db, { ...batch('p1', { ringkasan: 'baru' }), formKey: `${FORM}2` }, 40 * day);
  const removed = await pruneDrafts(db, 30 * day, 45 * day);
  expect(removed).toEqual({ drafts: 1, versions: 1 });
  expect((await loadForm(db, FORM)).form).toBeNull();
  expect((await loadForm(db, `${FORM}2`)).drafts.map((d) => d.text)).toEqual(['baru']);
});

test("deleting one proposal's drafts leaves the others", async () => {
  const db = fresh();
  await saveDrafts(db, batch('p1', { ringkasan: 'A' }), 1);
  await saveDrafts(db, { ...batch('p1', { ringkasan: 'B' }), formKey: 'other' }, 2);
  await deleteForm(db, FORM);
  expect((await loadForm(db, FORM)).drafts).toEqual([]);
  expect(await versionsOf(db, FORM, 'ringkasan')).toEqual([]);
  expect((await loadForm(db, 'other')).drafts).toHaveLength(1);
});

test('a damaged row is left out and counted; the rest of the form still reads', async () => {
  const db = fresh();
  await saveDrafts(db, batch('p1', { ringkasan: 'baik', signifikansi: 'juga baik' }), 1);
  await db.drafts.put({ formKey: FORM, fieldKey: 'rusak', text: 42 as unknown as string, html: null, words: 1, savedAt: 1, pageSession: 'p1' });
  const { drafts, damaged } = await loadForm(db, FORM);
  expect(drafts.map((d) => d.fieldKey).sort()).toEqual(['ringkasan', 'signifikansi']);
  expect(damaged).toBe(1);
});
