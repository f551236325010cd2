/**
 * The library in the local store (fake IndexedDB): no duplicates on save, edits, delete with undo and purge,
 * damaged rows set aside, and the upgrade from the drafts-only schema keeping every draft.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { JendelaDb, V1 } from '../../utils/store/db';
import { applyMerge, loadLibrary, purgeDeleted, saveProposal, saveSnippet, setDeleted, UNDO_MS, updateSnippet } from '../../utils/store/library';
import type { Proposal, Snippet } from '../../utils/library/types';

let n = 0;
const fresh = () => new JendelaDb(`lib-${++n}`);
const snippet = (id: string, text: string, extra: Partial<Snippet> = {}): Snippet => ({
  id, title: 'Dasar hukum', section: 'background', text, tags: ['adminduk'], favourite: false, source: { competition: 'kipp-2023-umum', year: 2023 },
  createdAt: 1, updatedAt: 1, ...extra,
});
const proposal = (id: string, title: string): Proposal => ({
  id, title, profileId: 'kipp-2023-umum', year: 2024, facts: { stage: 'Penerapan' }, variables: {}, source: {}, createdAt: 1, updatedAt: 1,
  sections: [{ section: 'summary', heading: 'Ringkasan', text: 'Layanan akta keliling.' }],
});

test('saving text that is already there says so and makes no copy', async () => {
  const db = fresh();
  expect((await saveSnippet(db, snippet('a', 'Perbup Kubu Raya Nomor 12 Tahun 2022.'))).duplicate).toBe(false);
  const again = await saveSnippet(db, snippet('b', '  perbup kubu raya nomor 12 tahun 2022 '));
  expect(again).toMatchObject({ duplicate: true, saved: { id: 'a' } });
  expect((await saveProposal(db, proposal('p1', 'Si Jempol'))).duplicate).toBe(false);
  expect((await saveProposal(db, proposal('p2', 'Si Jempol'))).duplicate).toBe(true);
  const lib = await loadLibrary(db);
  expect([lib.snippets.length, lib.proposals.length]).toEqual([1, 1]);
});

test('edits, delete with undo, and purge after the undo window', async () => {
  const db = fresh();
  await saveSnippet(db, snippet('a', 'Satu.'));
  await saveSnippet(db, snippet('b', 'Dua.'));
  expect(await updateSnippet(db, 'a', { title: 'Baru', favourite: true, tags: ['x'] }, 5)).toMatchObject({ title: 'Baru', favourite: true, updatedAt: 5 });
  expect(await updateSnippet(db, 'a', { text: 'dua.' }, 6)).toBe('duplicate');
  expect(await updateSnippet(db, 'zz', { title: 'x' }, 6)).toBe('missing');
  await setDeleted(db, 'snippets', 'a', 1000);
  expect((await loadLibrary(db)).snippets.map((s) => s.id)).toEqual(['b']);
  await setDeleted(db, 'snippets', 'a', undefined);
  expect((await loadLibrary(db)).snippets.map((s) => s.id).sort()).toEqual(['a', 'b']);
  await setDeleted(db, 'snippets', 'b', 1000);
  expect(await purgeDeleted(db, 1000 + UNDO_MS - 1)).toBe(0);
  expect(await purgeDeleted(db, 1000 + UNDO_MS + 1)).toBe(1);
  expect(await db.snippets.get('b')).toBeUndefined();
});

test('a damaged row is set aside and counted; the rest of the library reads', async () => {
  const db = fresh();
  await saveSnippet(db, snippet('a', 'Baik.'));
  await db.snippets.put({ id: 'rusak', title: 5 } as unknown as Snippet);
  await applyMerge(db, { addSnippets: [snippet('c', 'Dari impor.')], addProposals: [proposal('p9', 'Impor')], skippedSnippets: 0, skippedProposals: 0, damaged: 0 });
  const lib = await loadLibrary(db);
  expect(lib.snippets.map((s) => s.id).sort()).toEqual(['a', 'c']);
  expect(lib.proposals.map((p) => p.id)).toEqual(['p9']);
  expect(lib.damaged).toBe(1);
});

test('upgrading a store of version 1 (drafts only) keeps every draft and adds the library', async () => {
  const name = `lib-upgrade-${++n}`;
  const old = new Dexie(name);
  old.version(1).stores(V1);
  await old.table('drafts').put({ formKey: 'f', fieldKey: 'k', text: 'Draf lama.', html: null, words: 2, savedAt: 1, pageSession: 's' });
  old.close();
  const db = new JendelaDb(name);
  expect((await db.drafts.toArray()).map((d) => d.text)).toEqual(['Draf lama.']);
  await saveSnippet(db, snippet('a', 'Baru.'));
  expect(await db.snippets.count()).toBe(1);
  expect(db.verno).toBe(2);
});
