// @vitest-environment jsdom
/**
 * The write ladder's verification and rollback on a DOM (jsdom has no execCommand: each test gives the
 * document the typing behaviour it needs). Found by tests/e2e/write.e2e.ts in Chromium:
 * - a text into an <input> lost its line breaks (the browser drops them, gluing paragraphs together), so the
 *   read-back never matched and every multi-paragraph write into an input failed;
 * - a contenteditable synced by the page to a hidden input was read back from that input as text, not as the
 *   HTML it holds, so every write failed, and the rollback left the hidden input (what the form posts) holding
 *   the text that was reported as not written;
 * - CKEditor 4 (iframe) rewrites its iframe's document on setData, so the body Jendela found is gone after a
 *   write through the editor's own API; the write was taken for a re-render, reported failed and not undoable.
 */
import { afterEach, expect, it } from 'vitest';
import type { BridgeClient } from '../../utils/content/bridge-client';
import type { Candidate } from '../../utils/content/candidates';
import { FieldWriter } from '../../utils/content/write';
import type { EditorOp } from '../../utils/bridge-protocol';

type Exec = (command: string, ui?: boolean, value?: string) => boolean;
const doc = document as unknown as { execCommand?: Exec };
afterEach(() => {
  delete doc.execCommand;
  document.body.innerHTML = '';
});

const noBridge = { request: async () => null } as unknown as BridgeClient;
const TEXT = 'Warga & petugas <b> senang.\n\nAntrean turun.';

it('writes a multi-paragraph text into an <input> as one line, paragraphs joined by a space', async () => {
  document.body.innerHTML = '<input name="judul" value="Lama">';
  const el = document.querySelector('input')!;
  doc.execCommand = () => false; // typing refused: the ladder goes on to the value setter
  const c: Candidate = { kind: 'input', editable: el, anchor: el, control: el, fact: false };
  const writer = new FieldWriter(noBridge);
  expect(await writer.write('judul', c, TEXT, 'replace')).toMatchObject({ ok: true, path: 'value-setter', undoable: true });
  expect(el.value).toBe('Warga & petugas <b> senang. Antrean turun.');
  expect(await writer.revert('judul', c)).toMatchObject({ ok: true });
  expect(el.value).toBe('Lama');
});

function syncedEditable() {
  document.body.innerHTML = '<form><div contenteditable="true"><p>Lama <b>tebal</b></p></div><input type="hidden" name="ringkasan"></form>';
  const el = document.querySelector<HTMLElement>('[contenteditable]')!;
  const hidden = document.querySelector<HTMLInputElement>('input')!;
  el.addEventListener('input', () => (hidden.value = el.innerHTML)); // the page's own sync
  hidden.value = el.innerHTML;
  const c: Candidate = { kind: 'contenteditable', editable: el, anchor: el, control: hidden, fact: false };
  return { el, hidden, c };
}

it('verifies a contenteditable write through the HTML the page syncs to its hidden input', async () => {
  const { el, hidden, c } = syncedEditable();
  doc.execCommand = (command, _ui, value) => {
    if (command !== 'insertHTML') return false;
    el.innerHTML = value ?? '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  };
  const result = await new FieldWriter(noBridge).write('ringkasan', c, TEXT, 'replace');
  expect(result).toMatchObject({ ok: true, path: 'typed-input' });
  expect(hidden.value).toBe('<p>Warga &amp; petugas &lt;b&gt; senang.</p><p>Antrean turun.</p>');
});

it('rolls back an unverified contenteditable write in what the form posts too', async () => {
  const { el, hidden, c } = syncedEditable();
  const before = el.innerHTML;
  doc.execCommand = () => {
    el.innerHTML = '<p>Warga &amp; petugas</p>'; // a half-written field
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  };
  const result = await new FieldWriter(noBridge).write('ringkasan', c, TEXT, 'replace');
  expect(result).toMatchObject({ ok: false, error: 'not-verified', undoable: false });
  expect(el.innerHTML).toBe(before);
  expect(hidden.value).toBe(before);
});

it('keeps a rich editor that replaced its own editable during the write: verified and undoable', async () => {
  document.body.innerHTML = '<div class="cke" id="cke_x"><iframe></iframe><div class="body"></div></div><textarea name="x"></textarea>';
  const anchor = document.querySelector('.cke')!;
  const control = document.querySelector('textarea')!;
  let data = '<p>Lama</p>';
  const bridge = {
    async request(_type: string, payload: { editor: EditorOp }) {
      const op = payload.editor;
      if (op.op === 'write') {
        data = op.html ?? '';
        control.value = data;
        // Like CKEditor 4's setData in iframe mode: a new document, so a new body.
        anchor.querySelector('.body')!.replaceWith(Object.assign(document.createElement('div'), { className: 'body' }));
      }
      return { html: data };
    },
  } as unknown as BridgeClient;
  const c: Candidate = { kind: 'ckeditor4', editable: anchor.querySelector('.body')!, anchor, control, fact: false };
  const writer = new FieldWriter(bridge);
  expect(await writer.write('x', c, TEXT, 'replace')).toMatchObject({ ok: true, path: 'editor-api', undoable: true });
  expect(c.editable.isConnected).toBe(false);
  expect(data).toBe('<p>Warga &amp; petugas &lt;b&gt; senang.</p><p>Antrean turun.</p>');
  expect(await writer.revert('x', c)).toMatchObject({ ok: true });
  expect(data).toBe('<p>Lama</p>');
});
