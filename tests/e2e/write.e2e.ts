/**
 * Writing into the page from the panel (issue 3), in every editor kind, driven as a user does: Sunting (Edit)
 * on the field's row, type over the draft, Terapkan; Batalkan to undo. Each write is checked where the portal
 * would see it: the editor's own API in the page's main world, the page's own word counter (listening to the
 * editor's events), and the form data the local server receives when the test — never Jendela — clicks the
 * page's submit button.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countText } from '../../utils/text/count';
import { getHarness, type Harness } from './harness';
import { openFixture, rowOf, WAIT, waitAttr, type Opened } from './panel-helpers';
import {
  asParagraphs, clickApply, clickUndo, EDITOR_CASES, EMPTY_BLOCK, escapeHtml, fillDraft, inPage, messageOf,
  occurrences, openEditor, outcome, portalWords, readCounter, type EditorCase,
} from './write-helpers';

let open: Opened | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});
async function fixture(h: Harness, name: string): Promise<Opened> {
  open = await openFixture(h, name);
  return open;
}

/** Three paragraphs: Indonesian words, an `&`, a `<b>` that is text (not markup), an emoji. */
const PARAS = [
  'Warga Kecamatan Sungai Raya kini mengurus izin usaha & akta kelahiran dari rumah 🏠.',
  'Petugas menulis <b> di catatan sebagai teks biasa, bukan huruf tebal.',
  'Waktu tunggu turun dari 14 hari menjadi 2 hari; kepuasan warga naik 37 persen.',
];
const TEXT = PARAS.join('\n\n');
/** What the field held before (the user's earlier text, with formatting the undo must bring back). */
const SEED_HTML = '<p>Draf lama: layanan <strong>antar obat</strong> ke rumah.</p><p>Paragraf <em>kedua</em> tetap.</p>';
const SEED_PARAS = ['Draf lama: layanan antar obat ke rumah.', 'Paragraf kedua tetap.'];
const SEED_TEXT = SEED_PARAS.join('\n\n');

/** Form submission sends every line break as CRLF (HTML's form data encoding). */
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
/** The non-empty lines of a text: its paragraphs, however many blank lines separate them. */
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

interface Written {
  /** The editor's data (`EditorCase.data`) right after the write, exactly. */
  data: string;
  /** The editor's plain text through its API (`EditorCase.text`), exactly. */
  text?: string;
  /** What the form posts for the field, exactly. */
  posted: string;
  /** What the page's own counter shows. */
  counter: string;
}

const P = asParagraphs(PARAS); // <p>…</p><p>…</p><p>…</p>, escaped
const words = portalWords(P); // 39: the portals' counters see `&amp;` and `&lt;b&gt;` as words
const BY_KIND: Record<string, Written> = {
  // A textarea keeps the text as typed, paragraphs as blank lines. SINOVIK's counter strips anything that looks
  // like a tag from the value before counting, so the literal "<b>" is not a word to it: 38, the page's own way.
  'textarea': { data: TEXT, posted: crlf(TEXT), counter: `${portalWords(TEXT)} / 200 kata` },
  // An <input> holds one line: the paragraphs go in joined by a space (never glued together).
  'input': { data: PARAS.join(' '), posted: PARAS.join(' '), counter: String(portalWords(TEXT)) },
  'contenteditable': { data: P, posted: P, counter: String(words) },
  // CKEditor 4 formats its output: a blank line after each block (its htmlwriter); the blocks are exact.
  'ckeditor4 (iframe)': { data: `${PARAS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n\n')}\n`, posted: '', counter: String(words) },
  'ckeditor4 (inline)': { data: `${PARAS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n\n')}\n`, posted: '', counter: String(words) },
  'ckeditor5': { data: P, posted: P, counter: String(words) },
  // TinyMCE puts a line break between blocks in getContent().
  'tinymce (iframe)': { data: PARAS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'), posted: '', counter: String(words) },
  'tinymce (inline)': { data: PARAS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'), posted: '', counter: String(words) },
  'summernote': { data: P, posted: P, counter: String(words) },
  // Quill's document always ends with a newline; each paragraph is one line of its text.
  'quill': { data: P, text: `${PARAS.join('\n')}\n`, posted: P, counter: String(words) },
  'tiptap (prosemirror)': { data: P, posted: P, counter: String(words) },
  // Trix has no paragraph element: every block is a <div>, and its document's text ends each block with "\n".
  'trix': {
    data: PARAS.map((p) => `<div>${escapeHtml(p)}</div>`).join(''), text: `${PARAS.join('\n')}\n`,
    posted: PARAS.map((p) => `<div>${escapeHtml(p)}</div>`).join(''), counter: String(words),
  },
  // The page renders its React state: the value's length (UTF-16, as JS counts it) and its words (split on
  // white space, no tags stripped: 39).
  'react textarea': { data: TEXT, posted: crlf(TEXT), counter: `${TEXT.length} karakter · ${TEXT.split(/\s+/).length} kata` },
  'vue textarea': { data: TEXT, posted: crlf(TEXT), counter: `${TEXT.length} karakter · ${TEXT.split(/\s+/).length} kata` },
};
// CKEditor 4 and TinyMCE sync their formatted data into the textarea the form posts.
for (const k of ['ckeditor4 (iframe)', 'ckeditor4 (inline)', 'tinymce (iframe)', 'tinymce (inline)']) {
  BY_KIND[k]!.posted = crlf(BY_KIND[k]!.data);
}

const RICH = (c: EditorCase) => c.path === 'editor-api' || c.kind === 'contenteditable';

/** The field's content, the page's counter and what was posted: one read of what the portal would see. */
async function pageState(o: Opened, c: EditorCase) {
  return {
    data: await inPage<string>(o.page, c.data),
    text: c.text ? await inPage<string>(o.page, c.text) : undefined,
    counter: await readCounter(o.page, c),
  };
}

/** Nothing the user did may raise a dialog or an uncaught error in the panel. */
function expectQuiet(o: Opened): void {
  expect(o.dialogs).toEqual([]);
  expect(o.panelErrors).toEqual([]);
}

/** The test clicks the page's submit button (Jendela never does) and returns what the server received. */
async function submit(h: Harness, o: Opened, c: EditorCase, before: unknown) {
  await o.page.locator(c.submit).click();
  await expect.poll(() => h.server.lastPost() !== before, { timeout: WAIT, message: 'the form was posted' }).toBe(true);
  return h.server.lastPost()!;
}

describe('writing from the panel into every editor kind', () => {
  it.each(EDITOR_CASES.map((c) => [c.kind, c] as const))('%s', async (_kind, c) => {
    const h = await getHarness();
    const o = await fixture(h, c.fixture);
    const want = BY_KIND[c.kind]!;
    expect(await rowOf(o.panel, c.key).getAttribute('data-kind')).toBe(c.panelKind);

    // The user's earlier text, put in the editor's own way (rich editors keep its formatting; an input one line).
    const seed = RICH(c) ? SEED_HTML : c.kind === 'input' ? SEED_PARAS.join(' ') : SEED_TEXT;
    const seedLines = c.kind === 'input' ? [SEED_PARAS.join(' ')] : SEED_PARAS;
    await inPage(o.page, c.seed(JSON.stringify(seed)));
    // The page saw it as an edit: its counter shows the earlier text's 10 words.
    await expect.poll(() => readCounter(o.page, c), { timeout: WAIT, message: 'page counter after the seed' })
      .toMatch(/(^|\D)10(\D|$)/);
    const before = await pageState(o, c);
    expect(before.data).toContain('Draf lama');
    const postBefore = h.server.lastPost();
    const url = o.page.url();

    const draft = await openEditor(o.panel, c.key);
    // The draft opens with the field's text: the same paragraphs, as plain text.
    expect(lines(await draft.inputValue())).toEqual(seedLines);
    await fillDraft(o.panel, c.key, TEXT);
    expect(await clickApply(o.panel, c.key)).toEqual({ outcome: 'applied', path: c.path });

    // (1) The editor's own API returns the new text: paragraphs kept, exact, nothing doubled or left over.
    const after = await pageState(o, c);
    expect(after.data).toBe(want.data);
    if (want.text !== undefined) expect(after.text).toBe(want.text);
    expect(after.data).not.toMatch(EMPTY_BLOCK);
    if (RICH(c)) expect(after.data).not.toMatch(/<b>|<img|<script/i); // the "<b>" went in as text
    expect(occurrences(after.data, RICH(c) ? escapeHtml(PARAS[0]!) : PARAS[0]!)).toBe(1);
    // (3) The page's own counter, listening to the editor's events, counted the new text.
    await expect.poll(() => readCounter(o.page, c), { timeout: WAIT, message: 'page counter' }).toBe(want.counter);
    // The draft's meter counts it Jendela's way ("&" and "<b>" are no words to a reader).
    await waitAttr(o.panel.locator('[data-role="draft-meter"]'), 'data-words', String(countText(TEXT).words));

    // (4) Batalkan puts back exactly what the editor held before the write.
    expect(await clickUndo(o.panel, c.key)).toBe('undone');
    await expect.poll(() => pageState(o, c), { timeout: WAIT, message: 'the field after undo' }).toEqual(before);
    expect(lines(await draft.inputValue())).toEqual(seedLines);

    // Jendela never submitted the form nor left the page; the test writes again, then submits itself.
    await fillDraft(o.panel, c.key, TEXT);
    expect((await clickApply(o.panel, c.key)).outcome).toBe('applied');
    expect(h.server.lastPost()).toBe(postBefore);
    expect(o.page.url()).toBe(url);
    // (2) What the form posts holds the new text, exactly as the editor gave it to the form.
    const posted = await submit(h, o, c, postBefore);
    expect(posted[c.key]).toBe(want.posted);
    expectQuiet(o);
  });
});

/** Every control's value and the page's markup: what "nothing else in the page changed" compares. */
const pageSnapshot = (o: Opened) => inPage<{ html: string; values: string[] }>(o.page, `(() => ({
  html: document.body.innerHTML,
  values: Array.from(document.querySelectorAll('input, textarea, select'), (el) =>
    el.name + '=' + (el.type === 'checkbox' || el.type === 'radio' ? String(el.checked) : el.value)),
}))()`);

describe('writes that must not go wrong', () => {
  it('a page that re-renders the field during the write: the text lands in the new element, verified', async () => {
    const h = await getHarness();
    const o = await fixture(h, 'rerender');
    const saved = 'Petugas puskesmas mendatangi lansia di rumah mereka.';
    const box = () => inPage<{ n: number; mode: string | null; value: string; renders: string | null; counter: string | null }>(o.page, `(() => {
      const all = document.querySelectorAll('[name="uraian"]');
      return {
        n: all.length, mode: all[0].getAttribute('data-mode'), value: all[0].value,
        renders: document.getElementById('form-ubah').getAttribute('data-render'),
        counter: document.querySelector('[data-counter-for="uraian"]').getAttribute('data-count'),
      };
    })()`);
    expect(await box()).toEqual({ n: 1, mode: 'baca', value: saved, renders: '1', counter: '7' });
    const postBefore = h.server.lastPost();

    const draft = await openEditor(o.panel, 'uraian');
    expect(await draft.inputValue()).toBe(saved);
    await fillDraft(o.panel, 'uraian', TEXT);
    // The first `input` of the write replaced the textarea (with the saved text); the write found the new one.
    expect(await clickApply(o.panel, 'uraian')).toEqual({ outcome: 'applied', path: 'typed-input' });
    expect(await box()).toEqual({ n: 1, mode: 'ubah', value: TEXT, renders: '2', counter: String(portalWords(TEXT)) });

    expect(await clickUndo(o.panel, 'uraian')).toBe('undone');
    expect(await box()).toEqual({ n: 1, mode: 'ubah', value: saved, renders: '2', counter: '7' });

    await fillDraft(o.panel, 'uraian', TEXT);
    expect((await clickApply(o.panel, 'uraian')).outcome).toBe('applied');
    expect(h.server.lastPost()).toBe(postBefore);
    await o.page.locator('#form-ubah button[type="submit"]').click();
    await expect.poll(() => h.server.lastPost() !== postBefore, { timeout: WAIT }).toBe(true);
    expect(h.server.lastPost()).toMatchObject({
      uraian: crlf(TEXT), tujuan: 'Lansia terlayani tanpa harus antre.', nama_inovasi: 'Sambang Lansia',
    });
    expectQuiet(o);
  });

  it('a field removed before the write: a clear error, and nothing else in the page changed', async () => {
    const h = await getHarness();
    const o = await fixture(h, 'kipp-sinovik');
    // The user has filled in other fields already.
    await o.page.locator('input[name="input_0"]').fill('SI CEPAT Pontianak');
    await o.page.locator('textarea[name="input_7"]').fill('Ringkasan yang sudah ditulis.');
    await o.page.locator('select[name="input_3"]').selectOption('Pelayanan Publik Inklusif');
    const postBefore = h.server.lastPost();

    await openEditor(o.panel, 'input_8');
    await fillDraft(o.panel, 'input_8', TEXT);
    await o.page.evaluate(`document.querySelector('textarea[name="input_8"]').closest('.form-group').remove()`);
    const before = await pageSnapshot(o);
    // The editor keeps the draft and says the field is not on the page any more.
    await o.panel.locator('[data-role="not-on-page"]').waitFor({ timeout: WAIT });

    expect(await clickApply(o.panel, 'input_8')).toEqual({ outcome: 'gone', path: null });
    const message = messageOf(o.panel, 'input_8');
    expect(await message.getAttribute('data-error')).toBe('field-gone');
    expect(await message.getAttribute('role')).toBe('alert');
    expect(await message.textContent()).toMatch(/^Kolom ini sudah tidak ada di halaman\. Tidak ada yang diubah\./);
    // The draft is still there for the user to use elsewhere.
    expect(await o.panel.locator('textarea[data-role="draft"]').inputValue()).toBe(TEXT);
    expect(await pageSnapshot(o)).toEqual(before);
    expect(h.server.lastPost()).toBe(postBefore);
    expectQuiet(o);
  });

  it('a maxlength field: warned, nothing written until "Tetap terapkan", then the whole text, never cut', async () => {
    const h = await getHarness();
    const o = await fixture(h, 'kipp-sinovik');
    const title = o.page.locator('input[name="input_0"]');
    expect(await title.getAttribute('maxlength')).toBe('200');
    const long = `Sistem Cepat Pelayanan Perizinan Terpadu Satu Pintu Kota Pontianak & Kabupaten Kubu Raya 🚀 ${
      'untuk warga desa yang jauh dari kantor dinas '.repeat(4)}— layanan keliling`.trim();
    expect(long.length).toBeGreaterThan(200);
    const postBefore = h.server.lastPost();

    await openEditor(o.panel, 'input_0');
    await fillDraft(o.panel, 'input_0', long);
    await o.panel.locator('section[data-role="editor"] [data-action="apply"]').click();
    const warning = o.panel.locator('[data-role="limit-warning"]');
    await warning.waitFor({ timeout: WAIT });
    expect(await warning.locator('[data-limit="maxlength"]').getAttribute('data-by')).toBe(String(long.length - 200));
    // Nothing was written while the user decides.
    await new Promise((ok) => setTimeout(ok, 300));
    expect(await title.inputValue()).toBe('');
    expect(await messageOf(o.panel, 'input_0').count()).toBe(0);

    await warning.locator('[data-action="apply-anyway"]').click();
    // Typing stops at maxlength, so past it only the value setter writes: the whole text, never cut.
    expect(await outcome(o.panel, 'input_0')).toBe('applied');
    expect(await messageOf(o.panel, 'input_0').getAttribute('data-path')).toBe('value-setter');
    expect(await title.inputValue()).toBe(long);
    expect(h.server.lastPost()).toBe(postBefore);
    await o.page.locator('#form_proposal button[type="submit"]').click();
    await expect.poll(() => h.server.lastPost() !== postBefore, { timeout: WAIT }).toBe(true);
    expect(h.server.lastPost()!.input_0).toBe(long);
    expectQuiet(o);
  });
});
