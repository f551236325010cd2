// @vitest-environment jsdom
/**
 * Editing a field from the panel, end to end inside the panel: the connected view, driven through the
 * `data-*` contract, against a fake content script (see panel-edit-setup).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountPanel, words, type Mounted } from './panel-edit-setup';
import { flush } from './panel-fakes';

let m: Mounted;
beforeEach(async () => {
  m = await mountPanel();
});
afterEach(() => m.unmount());

describe('opening the editor', () => {
  it('puts an edit button in each text row (not facts) that opens the field without showing it on the page', async () => {
    expect(m.$('[data-field-key="tahap"] [data-action="edit"]')).toBeNull();
    await m.click('[data-field-key="a"] [data-action="edit"]');
    expect(m.transport.last.requests).toEqual([{ op: 'read', key: 'a' }]);
    expect(m.sent().some((msg) => msg.type === 'focus')).toBe(false);
    expect(m.$('[data-role="editor"]')!.dataset).toMatchObject({ editorKey: 'a', editStatus: 'ready' });
    expect(m.$('.editor-question')!.textContent).toBe('Ringkasan inovasi');
    expect(m.draft().value).toBe('Teks lama di halaman');
    expect(document.activeElement).toBe(m.draft());
    expect(m.$('[data-field-key]')).toBeNull(); // the editor view replaces the list
  });

  it('meters the draft live against the field\'s limits', async () => {
    await m.click('[data-field-key="b"] [data-action="edit"]');
    const meter = () => m.$('[data-role="draft-meter"]')!;
    expect(meter().dataset).toMatchObject({ words: '0', state: 'empty' });
    m.type('satu dua tiga');
    expect(meter().dataset).toMatchObject({ words: '3', state: 'fine' });
    expect(meter().textContent).toContain('3 / 10 kata');
    m.type(words(12));
    expect(meter().dataset).toMatchObject({ words: '12', state: 'over' });
    expect(meter().textContent).toContain('Melebihi');
  });

  it('says clearly when the field is gone from the page', async () => {
    delete m.page.text.a;
    await m.click('[data-field-key="a"] [data-action="edit"]');
    expect(m.message()!.textContent).toBe('Kolom ini sudah tidak ada di halaman. Tidak ada yang diubah.');
    expect(m.message()!.dataset.outcome).toBe('gone');
  });
});

describe('applying', () => {
  it('writes the draft, confirms, updates the row and offers undo on the row', async () => {
    await m.click('[data-field-key="b"] [data-action="edit"]');
    m.type('Inovasi ini memangkas antrean');
    await m.click('[data-action="apply"]');
    expect(m.transport.last.requests.at(-1)).toEqual({ op: 'write', key: 'b', text: 'Inovasi ini memangkas antrean', mode: 'replace' });
    expect(m.page.text.b).toBe('Inovasi ini memangkas antrean');
    expect(m.message()!.textContent).toBe('Teks diterapkan ke halaman');
    expect(m.$('[data-role="editor"]')!.dataset.editStatus).toBe('applied');
    await m.click('[data-action="close-editor"]');
    expect(m.$('[data-field-key="b"]')!.dataset.words).toBe('4');
    expect(m.$('[data-field-key="b"] [data-action="undo"]')).not.toBeNull();
    expect(m.$('[data-field-key="a"] [data-action="undo"]')).toBeNull();
  });

  it('warns before a write over the maximum, goes back on request, and writes past it only when told', async () => {
    await m.click('[data-field-key="b"] [data-action="edit"]');
    m.type(words(12));
    await m.click('[data-action="apply"]');
    expect(m.transport.last.requests.filter((r) => r.op === 'write')).toEqual([]);
    expect(m.$('[data-role="limit-warning"]')!.textContent).toContain('Lebih 2 kata dari batas maks. 10 kata');
    await m.click('[data-action="back"]');
    expect(m.$('[data-role="limit-warning"]')).toBeNull();
    expect(m.draft().value).toBe(words(12));
    expect(document.activeElement).toBe(m.draft());
    await m.click('[data-action="apply"]');
    await m.click('[data-action="apply-anyway"]');
    expect(m.transport.last.requests.at(-1)).toEqual({ op: 'write', key: 'b', text: words(12), mode: 'replace', force: true });
    expect(m.page.text.b).toBe(words(12)); // never cut
  });

  it('shows the same warning when the page refuses a text longer than its maxlength', async () => {
    m.page.maxlength.b = 10;
    await m.click('[data-field-key="b"] [data-action="edit"]');
    m.type('lima kata yang terlalu panjang');
    await m.click('[data-action="apply"]');
    const warning = m.$('[data-role="limit-warning"]')!;
    expect(warning.dataset.fromPage).toBe('true');
    expect(warning.textContent).toContain('maxlength');
    expect(m.message()).toBeNull();
    await m.click('[data-action="apply-anyway"]');
    expect(m.transport.last.requests.at(-1)).toMatchObject({ op: 'write', force: true });
    expect(m.message()!.dataset.outcome).toBe('applied');
  });

  it('undoes from the editor and puts the restored text in the draft', async () => {
    await m.click('[data-field-key="a"] [data-action="edit"]');
    m.type('Teks baru');
    await m.click('[data-action="apply"]');
    await m.click('[data-action="undo"]');
    expect(m.transport.last.requests.at(-1)).toEqual({ op: 'undo', key: 'a' });
    expect(m.message()!.textContent).toBe('Isi sebelumnya dikembalikan');
    expect(m.draft().value).toBe('Teks lama di halaman');
    expect(m.$('[data-action="undo"]')).toBeNull(); // nothing more to undo
  });

  it('undoes from the row and says so', async () => {
    await m.click('[data-field-key="a"] [data-action="edit"]');
    m.type('Teks baru');
    await m.click('[data-action="apply"]');
    await m.click('[data-action="close-editor"]');
    await m.click('[data-field-key="a"] [data-action="undo"]');
    expect(m.page.text.a).toBe('Teks lama di halaman');
    expect(m.sent().filter((msg) => msg.type === 'focus')).toEqual([]);
    expect(m.$('[role="status"][data-notice="edit.undone"]')!.textContent).toContain('Isi sebelumnya dikembalikan');
    expect(m.$('[data-field-key="a"] [data-action="undo"]')).toBeNull();
  });
});

describe('"Tulis ulang dengan AI" from the context menu', () => {
  it('asks which field was right-clicked when the background announces the click, and opens its rewrite', async () => {
    m.transport.menuPending = true;
    m.transport.menuRewrite(9);
    await flush();
    expect(m.sent()).toContainEqual({ type: 'menuTarget' });
    m.transport.last.emit({ type: 'menuTarget', key: 'a' });
    await flush();
    expect(m.$('[data-role="editor"]')!.dataset.editorKey).toBe('a');
    expect(document.activeElement).toBe(m.$('[data-action="rewrite"][data-mode="perjelas"]'));
  });

  it('ignores an announcement for another tab, and says so when the right-click was not on a text field', async () => {
    m.transport.menuPending = true;
    m.transport.menuRewrite(4);
    await flush();
    expect(m.sent()).not.toContainEqual({ type: 'menuTarget' });
    m.transport.menuRewrite(9);
    await flush();
    m.transport.last.emit({ type: 'menuTarget', key: 'tahap' }); // a fact, not a text field
    await flush();
    expect(m.$('[data-role="editor"]')).toBeNull();
    expect(m.el.textContent).toContain('tidak menemukan kolom teks');
  });
});
