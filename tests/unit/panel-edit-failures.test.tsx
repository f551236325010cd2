// @vitest-environment jsdom
/**
 * Editing when things go wrong, and the user's text never lost: a write that cannot be verified, a field that
 * went away, a page that does not answer, a clipboard that refuses; drafts kept per field; the keyboard.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_TIMEOUT_MS } from '@/utils/panel/requests';
import { flush } from './panel-fakes';
import { mountPanel, type Mounted } from './panel-edit-setup';

const PASTE = 'Jendela tidak bisa memastikan teks masuk ke kolom ini. Teks sudah disalin — tempel (Ctrl+V) di kolom yang disorot.';

let m: Mounted;
beforeEach(async () => {
  m = await mountPanel();
});
afterEach(() => {
  m.unmount();
  vi.useRealTimers();
});

async function editAndApply(key: string, text: string) {
  await m.click(`[data-field-key="${key}"] [data-action="edit"]`);
  m.type(text);
  await m.click('[data-action="apply"]');
}

describe('a write that does not go through', () => {
  it.each(['not-verified', 'failed', 'busy'] as const)('%s: copies the draft, highlights the field, says to paste', async (error) => {
    m.page.failWith = error;
    await editAndApply('a', 'Teks yang harus tetap ada');
    expect(m.transport.copied).toEqual(['Teks yang harus tetap ada']);
    expect(m.sent().at(-1)).toEqual({ type: 'focus', key: 'a' });
    expect(m.message()!.textContent).toBe(PASTE);
    expect(m.message()!.dataset).toMatchObject({ outcome: 'failed', error, copied: 'true' });
    expect(m.$('[role="alert"][data-role="edit-message"]')).not.toBeNull();
    expect(m.draft().value).toBe('Teks yang harus tetap ada');
    expect(m.$('[data-role="editor"]')!.dataset.editStatus).toBe('failed');
  });

  it('treats a page that never answers the same way', async () => {
    vi.useFakeTimers();
    m.page.silent = true;
    await editAndApply('a', 'Teks baru');
    expect(m.$('[data-action="apply"]')!.hasAttribute('disabled')).toBe(true);
    expect(m.draft().readOnly).toBe(true);
    act(() => vi.advanceTimersByTime(REQUEST_TIMEOUT_MS));
    await flush();
    expect(m.message()!.dataset).toMatchObject({ error: 'timeout', copied: 'true' });
    expect(m.message()!.textContent).toBe(PASTE);
    expect(m.transport.copied).toEqual(['Teks baru']);
  });

  it('offers a copy button when the browser refuses the clipboard, then says it is copied', async () => {
    m.transport.clipboardWorks = false;
    m.page.failWith = 'not-verified';
    await editAndApply('a', 'Teks baru');
    expect(m.message()!.textContent).toContain('Tekan "Salin teks"');
    m.transport.clipboardWorks = true;
    await m.click('[data-action="copy"]');
    expect(m.transport.copied).toEqual(['Teks baru']);
    expect(m.message()!.textContent).toBe(PASTE);
    expect(m.$('[data-role="copy-message"]')!.dataset.copied).toBe('true');
  });

  it('says a field that went away before the write was not touched, and copies the text anyway', async () => {
    await m.click('[data-field-key="a"] [data-action="edit"]');
    m.type('Teks saya');
    delete m.page.text.a;
    await m.click('[data-action="apply"]');
    expect(m.message()!.textContent).toBe(
      'Kolom ini sudah tidak ada di halaman. Tidak ada yang diubah. Teks Anda sudah disalin agar tidak hilang.',
    );
    expect(m.transport.copied).toEqual(['Teks saya']);
    expect(m.sent().filter((msg) => msg.type === 'focus')).toEqual([]);
  });

  it('still copies and says so when the editor was closed before the answer came', async () => {
    m.page.silent = true;
    await editAndApply('a', 'Teks saya');
    await m.click('[data-action="close-editor"]');
    const write = m.transport.last.sent.at(-1) as { id: number };
    m.transport.last.emit({ type: 'reply', id: write.id, result: { ok: false, key: 'a', error: 'not-verified', undoable: false } });
    await flush();
    expect(m.transport.copied).toEqual(['Teks saya']);
    expect(m.$('[role="alert"][data-notice="edit.failedCopied"] span')!.textContent).toBe(PASTE);
    await m.click('[data-field-key="a"] [data-action="edit"]');
    expect(m.draft().value).toBe('Teks saya'); // the draft outlives the failure
  });

  it('keeps the editor open when a rescan no longer lists the field, and says so', async () => {
    await m.click('[data-field-key="a"] [data-action="edit"]');
    m.type('Teks saya');
    m.transport.last.emit({ type: 'snapshot', snapshot: { ...m.store.getState().page!, fields: [] } });
    expect(m.draft().value).toBe('Teks saya');
    expect(m.$('[data-role="not-on-page"]')).not.toBeNull();
  });
});

describe('drafts and the keyboard', () => {
  it('shows the draft box only once the field\'s text is in it', async () => {
    m.transport.answer = null; // the page is slow to answer
    await m.click('[data-field-key="a"] [data-action="edit"]');
    expect(m.$('[data-role="draft"]')).toBeNull();
    expect(m.$('[data-role="edit-progress"]')!.textContent).toBe('Membaca isi kolom dari halaman…');
    const read = m.transport.last.sent.at(-1) as { id: number };
    m.transport.last.emit({ type: 'reply', id: read.id, result: m.page.content('a') });
    await flush();
    expect(m.draft().value).toBe('Teks lama di halaman');
    expect(document.activeElement).toBe(m.draft());
  });

  it('keeps a draft when the editor closes and brings it back when it opens again', async () => {
    await m.click('[data-field-key="a"] [data-action="edit"]');
    m.type('Draf belum selesai');
    await m.click('[data-action="close-editor"]');
    expect(m.$('[data-role="editor"]')).toBeNull();
    expect(document.activeElement).toBe(m.$('[data-field-key="a"] [data-action="edit"]'));
    await m.click('[data-field-key="b"] [data-action="edit"]');
    expect(m.draft().value).toBe('');
    await m.click('[data-action="close-editor"]');
    await m.click('[data-field-key="a"] [data-action="edit"]');
    expect(m.draft().value).toBe('Draf belum selesai');
    expect(m.$('[data-role="editor"]')!.textContent).toContain('Ini draf Anda yang belum diterapkan');
    await m.click('[data-action="use-page-text"]');
    expect(m.draft().value).toBe('Teks lama di halaman');
  });

  it('applies with Ctrl+Enter and closes with Esc (leaving a warning first)', async () => {
    await m.click('[data-field-key="b"] [data-action="edit"]');
    m.type('dua kata');
    m.key('Enter', { ctrlKey: true });
    await flush();
    expect(m.page.text.b).toBe('dua kata');
    m.type(Array.from({ length: 11 }, () => 'x1').join(' '));
    await m.click('[data-action="apply"]');
    expect(document.activeElement).toBe(m.$('[data-role="limit-warning"]'));
    m.key('Escape');
    expect(m.$('[data-role="limit-warning"]')).toBeNull();
    expect(m.$('[data-role="editor"]')).not.toBeNull();
    m.key('Escape');
    expect(m.$('[data-role="editor"]')).toBeNull();
  });
});
