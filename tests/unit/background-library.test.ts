/**
 * The background's side of the library: "Simpan sebagai snippet" on a page selection keeps the page as its
 * source, saving it twice says so, edits refuse duplicates, and a deletion can be undone.
 */
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onSetDeleted, onUpdateSnippet, saveSelection } from '../../utils/background/library';
import { db } from '../../utils/store/db';
import { loadLibrary } from '../../utils/store/library';

beforeEach(async () => {
  fakeBrowser.reset();
  await db().delete();
  await db().open();
});

it('saves a page selection as a snippet with the page as its source, once', async () => {
  const tab = { url: 'https://e-inovasi.surabaya.go.id/berita/12', title: 'Inovasi Surabaya' };
  const text = 'Pelayanan akta kelahiran kini selesai dalam satu hari di seluruh kelurahan Kota Surabaya sejak 2023.';
  const first = await saveSelection(`  ${text} `, tab, 1000);
  expect(first).toMatchObject({ ok: true, duplicate: false, snippet: { text, section: 'other', source: { url: tab.url, pageTitle: tab.title } } });
  expect(first.snippet?.title).toBe('Pelayanan akta kelahiran kini selesai dalam satu hari…');
  expect(await saveSelection(text.toUpperCase(), tab, 2000)).toMatchObject({ ok: true, duplicate: true });
  expect(await saveSelection('   ', tab, 3000)).toEqual({ ok: false });
  expect((await loadLibrary(db())).snippets).toHaveLength(1);
});

it('refuses an edit that duplicates another snippet, and brings a deleted one back', async () => {
  const a = await saveSelection('Teks pertama.', undefined, 1);
  await saveSelection('Teks kedua.', undefined, 2);
  expect(await onUpdateSnippet({ id: a.snippet!.id, patch: { text: 'teks kedua' } }, 3)).toEqual({ ok: false, error: 'duplicate' });
  expect(await onUpdateSnippet({ id: a.snippet!.id, patch: { tags: ['kesehatan'], section: 'impact' } }, 4)).toMatchObject({ ok: true, snippet: { tags: ['kesehatan'], section: 'impact' } });
  await onSetDeleted({ table: 'snippets', id: a.snippet!.id, deleted: true }, 5);
  expect((await loadLibrary(db())).snippets.map((s) => s.text)).toEqual(['Teks kedua.']);
  await onSetDeleted({ table: 'snippets', id: a.snippet!.id, deleted: false }, 6);
  expect((await loadLibrary(db())).snippets).toHaveLength(2);
});
