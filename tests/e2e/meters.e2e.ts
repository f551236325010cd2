/**
 * The meter follows the user's typing in every editor kind: a test clicks into the field on the page, types
 * with the keyboard, and waits until the field's row shows the new word count (prefilled words + typed) and
 * the right state. Rows are read only through the testing contract (`data-field-key`, `data-words`,
 * `data-state`, header `data-*`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getHarness } from './harness';
import { attrNow, fieldText, frameBody, openFixture, rowOf, typeAtEnd, waitAttr, waitWords, WAIT, words, type Opened } from './panel-helpers';

let open: Opened | null = null;

afterEach(async () => {
  await open?.close();
  open = null;
});

async function fixture(name: string): Promise<Opened> {
  open = await openFixture(await getHarness(), name);
  return open;
}

/** Nothing the user did may raise a dialog or an uncaught error in the panel. */
function expectQuiet(o: Opened): void {
  expect(o.dialogs).toEqual([]);
  expect(o.panelErrors).toEqual([]);
}

/** The row starts empty, then shows the typed words and the state that goes with them. */
async function typeAndExpect(o: Opened, key: string, field: Parameters<typeof typeAtEnd>[1], typed: string, opts: {
  before?: number;
  state?: string;
} = {}): Promise<void> {
  const before = opts.before ?? 0;
  const row = rowOf(o.panel, key);
  await waitWords(o.panel, key, before);
  if (before === 0) expect(await attrNow(row, 'data-state')).toBe('empty');
  await typeAtEnd(o.page, field, typed);
  // The page's editor took the keystrokes (else a failure below would be the test's, not the meter's).
  await expect.poll(() => fieldText(field), { timeout: WAIT }).toContain(typed.trim());
  await waitWords(o.panel, key, before + typed.trim().split(/\s+/).length);
  if (opts.state) await waitAttr(row, 'data-state', opts.state);
}

describe('meters follow typing in every editor kind', () => {
  it('plain textarea and text input (SINOVIK)', async () => {
    const o = await fixture('kipp-sinovik');
    await typeAndExpect(o, 'input_7', o.page.locator('textarea[name="input_7"]'), 'Layanan izin kilat', { state: 'fine' });
    await typeAndExpect(o, 'input_0', o.page.locator('input[name="input_0"]'), 'SI CEPAT Pontianak', { state: 'fine' });
    await waitAttr(rowOf(o.panel, 'input_0'), 'data-chars', String('SI CEPAT Pontianak'.length));
    expectQuiet(o);
  });

  it('text input with a small word limit goes fine → near → over; Trix', async () => {
    const o = await fixture('trix');
    const judul = o.page.locator('input#judul');
    const row = rowOf(o.panel, 'judul');
    expect(await attrNow(row, 'data-max-words')).toBe('15');
    await typeAndExpect(o, 'judul', judul, words(3), { state: 'fine' });
    await o.page.keyboard.insertText(` ${words(11, 'lagi')}`); // pasted: 14 of 15, within 10 % of the maximum
    await waitWords(o.panel, 'judul', 14);
    await waitAttr(row, 'data-state', 'near');
    await o.page.keyboard.type(' lebih batas');
    await waitWords(o.panel, 'judul', 16);
    await waitAttr(row, 'data-state', 'over');
    await waitAttr(o.panel.locator('[data-over]'), 'data-over', '1');

    const trix = o.page.locator('trix-editor[input="latar_belakang"]');
    await typeAndExpect(o, 'latar_belakang', trix, 'Warga antre berjam jam', { state: 'fine' });
    expectQuiet(o);
  });

  it('CKEditor 4 in an iframe', async () => {
    const o = await fixture('ckeditor4-iframe');
    const body = frameBody(o.page, '#cke_deskripsi_singkat iframe');
    await typeAndExpect(o, 'deskripsi_singkat', body, 'Pelayanan izin daring terpadu', { state: 'fine' });
    expectQuiet(o);
  });

  it('CKEditor 4 inline, and a minimum not yet reached', async () => {
    const o = await fixture('ckeditor4-inline');
    const header = o.panel.locator('[data-under]');
    expect(await attrNow(header, 'data-under')).toBe('0');
    await typeAndExpect(o, 'rancang_bangun', o.page.locator('#editor_rancang_bangun'), 'Dasar hukum inovasi ini', {
      state: 'below',
    });
    await waitAttr(header, 'data-under', '1');
    // (Below the first editor, so its floating toolbar does not cover this one.)
    await typeAndExpect(o, 'tujuan', o.page.locator('#editor_tujuan'), 'Mempercepat layanan publik', { state: 'fine' });
    expectQuiet(o);
  });

  it('CKEditor 5, after the words it was loaded with', async () => {
    const o = await fixture('ckeditor5-regional');
    const editable = o.page.locator('#ringkasan + .ck-editor .ck-editor__editable');
    await typeAndExpect(o, 'proposal[ringkasan]', editable, ' Pasien puas sekali', { before: 10, state: 'fine' });
    expectQuiet(o);
  });

  it('TinyMCE in an iframe and inline', async () => {
    const o = await fixture('tinymce');
    await typeAndExpect(o, 'ringkasan', frameBody(o.page, '#ringkasan_ifr'), 'Izin usaha selesai sehari', { state: 'fine' });
    await typeAndExpect(o, 'signifikansi', o.page.locator('#editor-signifikansi'), 'Waktu tunggu turun', { state: 'fine' });
    expectQuiet(o);
  });

  it('Summernote, after the words it was loaded with', async () => {
    const o = await fixture('summernote');
    const editable = o.page.locator('#input_1 + .note-editor .note-editable');
    await typeAndExpect(o, 'input_1', editable, ' Kini cukup di desa', { before: 13, state: 'fine' });
    expectQuiet(o);
  });

  it('Quill', async () => {
    const o = await fixture('quill');
    await typeAndExpect(o, 'ringkasan', o.page.locator('#quill-ringkasan .ql-editor'), 'Pembaruan layanan keliling', {
      state: 'fine',
    });
    expectQuiet(o);
  });

  it('TipTap (ProseMirror)', async () => {
    const o = await fixture('tiptap');
    const editable = o.page.locator('#editor-implementasi .ProseMirror');
    await typeAndExpect(o, 'inovasi[implementasi]', editable, 'Puskesmas menjemput pasien lansia', { state: 'fine' });
    expectQuiet(o);
  });

  it('React-controlled textarea', async () => {
    const o = await fixture('react-form');
    await typeAndExpect(o, 'deskripsi', o.page.locator('textarea#deskripsi'), 'Aduan warga dijawab cepat', { state: 'fine' });
    // The page's own React state saw the same keystrokes.
    await expect.poll(() => o.page.locator('[data-length-for="deskripsi"]').textContent()).toContain('4 kata');
    expectQuiet(o);
  });

  it('inside an open shadow root and a same-origin iframe', async () => {
    const o = await fixture('modal');
    await typeAndExpect(o, 'monev', o.page.locator('isian-panjang textarea'), 'Evaluasi tiap triwulan', { state: 'fine' });
    const inFrame = o.page.frameLocator('#bingkai-sama').locator('textarea#kolaborasi');
    await typeAndExpect(o, 'kolaborasi', inFrame, 'Dinas kesehatan dan kader posyandu', { state: 'fine' });
    expectQuiet(o);
  });

  it('plain contenteditable (single-page app)', async () => {
    const o = await fixture('spa');
    await typeAndExpect(o, 'ringkasan', o.page.locator('#isian-ringkasan'), 'Laporan warga lewat ponsel', { state: 'fine' });
    expectQuiet(o);
  });
});
