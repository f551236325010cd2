/**
 * The editor kinds on their fixture pages, reached the way the portal's own scripts reach them (the editors'
 * APIs in the page's main world), and the panel's request sent over a port from the extension's service
 * worker exactly as the panel sends it. Shared by the write tests (tests/e2e/write.e2e.ts) and the write
 * benchmark (scripts/bench/write.ts), so no vitest here.
 *
 * Code that runs in the page or the worker is passed as strings: tsx wraps named functions in a `__name`
 * helper that neither of them has.
 */
import type { Page } from 'playwright-core';
import type { WriteResult } from '../../utils/messages';
import type { Harness } from './harness';

/** A write of 600 words into a slow editor on a busy CI box: generous. */
export const WRITE_WAIT = 20_000;

/** The panel's requests on a field, as `utils/messages.ts` declares them. */
export type PortRequest =
  | { op: 'read'; key: string }
  | { op: 'write'; key: string; text: string; mode: 'replace' | 'insert'; force?: boolean }
  | { op: 'undo'; key: string };

export interface PortReply<R = unknown> {
  result: R;
  /** Milliseconds from posting the request to the reply, measured in the service worker. */
  ms: number;
}

let nextId = 1_000_000; // far from the panel's own ids, though each port has its own numbering anyway

/**
 * Connects to the page's content script from the service worker like a panel does (`jendela-panel` port to
 * the top frame, `hello` unless a panel is attached already and the page scanned), sends one request and
 * resolves with its reply.
 */
export async function portRequest<R = WriteResult>(h: Harness, tabId: number, req: PortRequest, hello = true): Promise<PortReply<R>> {
  const id = nextId++;
  const script = `(async () => {
    const port = chrome.tabs.connect(${tabId}, { name: 'jendela-panel', frameId: 0 });
    return await new Promise((resolve, reject) => {
      let t0 = 0;
      const timer = setTimeout(() => { port.disconnect(); reject(new Error('no reply in ${WRITE_WAIT} ms')); }, ${WRITE_WAIT});
      port.onMessage.addListener((msg) => {
        if (!msg || msg.type !== 'reply' || msg.id !== ${id}) return;
        const ms = performance.now() - t0;
        clearTimeout(timer);
        port.disconnect();
        resolve({ result: msg.result, ms });
      });
      port.onDisconnect.addListener(() => {
        clearTimeout(timer);
        reject(new Error('port closed: ' + (chrome.runtime.lastError && chrome.runtime.lastError.message)));
      });
      if (${hello}) port.postMessage({ type: 'hello' });
      t0 = performance.now();
      port.postMessage(Object.assign({ type: 'request', id: ${id} }, ${JSON.stringify(req)}));
    });
  })()`;
  return (await h.serviceWorker.evaluate(script)) as PortReply<R>;
}

/** Runs a JS expression in the page's main world (where the editors' objects live). */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

// ── The editors, as each fixture page has them ────────────────────────────────────────────────────────

export type ExpectedPath = 'editor-api' | 'typed-input' | 'value-setter';

/** One editor kind on its fixture page, and how to reach it from the page's own JavaScript. */
export interface EditorCase {
  /** The editor kind, as the report and the benchmark name it. */
  kind: string;
  fixture: string;
  /** The field's key (what the form submits). */
  key: string;
  /** The kind the panel lists the field as (`data-kind`). */
  panelKind: string;
  /** Main-world expression: the editor's own data through its API (HTML), or the control's value. */
  data: string;
  /** Main-world expression: the editor's plain text through its API, where it has one (Quill, Trix). */
  text?: string;
  /**
   * Main-world expression that puts `v` (a JS string expression) in the field the editor's way, firing what a
   * user's edit fires, so the page's counter and synced control follow.
   */
  seed(html: string): string;
  /** The page's own word counter for the field, and how it shows the count. */
  counter: { selector: string; read: 'data-count' | 'text' };
  /** The form's submit button. */
  submit: string;
  /** The write path the ladder takes for this kind. */
  path: ExpectedPath;
}

const js = (s: string) => JSON.stringify(s);
const q = (sel: string) => `document.querySelector(${js(sel)})`;
const counterFor = (key: string) => ({ selector: `[data-counter-for="${key}"]`, read: 'data-count' as const });
/** Sets a plain control as a user's typing would (the native setter, then `input`: React and Vue see it). */
const seedControl = (sel: string) => (v: string) => `(() => {
  const el = ${q(sel)};
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set.call(el, ${v});
  el.dispatchEvent(new Event('input', { bubbles: true }));
})()`;
const ck4 = (id: string) => `CKEDITOR.instances[${js(id)}]`;
const ck5 = (sel: string) => `${q(`${sel} .ck-editor__editable`)}.ckeditorInstance`;
const tiny = (id: string) => `tinymce.get(${js(id)})`;
const quill = (sel: string) => `Quill.find(${q(sel)})`;
const trix = (input: string) => `${q(`trix-editor[input="${input}"]`)}.editor`;
const tiptap = (sel: string) => `${q(`${sel} .ProseMirror`)}.editor`;

export const EDITOR_CASES: EditorCase[] = [
  {
    kind: 'textarea', fixture: 'kipp-sinovik', key: 'input_7', panelKind: 'textarea',
    data: `${q('textarea[name="input_7"]')}.value`, seed: seedControl('textarea[name="input_7"]'),
    // SINOVIK's counter is a bare span the page puts after the textarea ("12 / 200 kata").
    counter: { selector: 'textarea[name="input_7"] + .counter', read: 'text' },
    submit: '#form_proposal button[type="submit"]', path: 'typed-input',
  },
  {
    kind: 'input', fixture: 'spa', key: 'nama_inovasi', panelKind: 'input',
    data: `${q('#nama_inovasi')}.value`, seed: seedControl('#nama_inovasi'),
    counter: counterFor('nama_inovasi'), submit: '#aplikasi button[type="submit"]', path: 'typed-input',
  },
  {
    kind: 'contenteditable', fixture: 'spa', key: 'ringkasan', panelKind: 'contenteditable',
    data: `${q('#isian-ringkasan')}.innerHTML`,
    seed: (v) => `(() => { const el = ${q('#isian-ringkasan')}; el.innerHTML = ${v}; el.dispatchEvent(new Event('input', { bubbles: true })); })()`,
    counter: counterFor('ringkasan'), submit: '#aplikasi button[type="submit"]', path: 'typed-input',
  },
  {
    kind: 'ckeditor4 (iframe)', fixture: 'ckeditor4-iframe', key: 'deskripsi_singkat', panelKind: 'ckeditor4',
    data: `${ck4('deskripsi_singkat')}.getData()`,
    seed: (v) => `new Promise((done) => ${ck4('deskripsi_singkat')}.setData(${v}, { callback: done })).then(() => ${ck4('deskripsi_singkat')}.fire('change'))`,
    counter: counterFor('deskripsi_singkat'), submit: '#formInovasi button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'ckeditor4 (inline)', fixture: 'ckeditor4-inline', key: 'tujuan', panelKind: 'ckeditor4',
    data: `${ck4('editor_tujuan')}.getData()`,
    seed: (v) => `new Promise((done) => ${ck4('editor_tujuan')}.setData(${v}, { callback: done })).then(() => ${ck4('editor_tujuan')}.fire('change'))`,
    counter: counterFor('tujuan'), submit: '#form-inovasi button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'ckeditor5', fixture: 'ckeditor5-regional', key: 'proposal[ringkasan]', panelKind: 'ckeditor5',
    data: `${ck5('#ringkasan + .ck-editor')}.getData()`, seed: (v) => `${ck5('#ringkasan + .ck-editor')}.setData(${v})`,
    counter: counterFor('proposal[ringkasan]'), submit: '#form-proposal button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'tinymce (iframe)', fixture: 'tinymce', key: 'ringkasan', panelKind: 'tinymce',
    data: `${tiny('ringkasan')}.getContent()`, seed: (v) => `${tiny('ringkasan')}.setContent(${v}); ${tiny('ringkasan')}.fire('change')`,
    counter: counterFor('ringkasan'), submit: '#proposal-form button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'tinymce (inline)', fixture: 'tinymce', key: 'signifikansi', panelKind: 'tinymce',
    data: `${tiny('editor-signifikansi')}.getContent()`, seed: (v) => `${tiny('editor-signifikansi')}.setContent(${v}); ${tiny('editor-signifikansi')}.fire('change')`,
    counter: counterFor('signifikansi'), submit: '#proposal-form button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'summernote', fixture: 'summernote', key: 'input_1', panelKind: 'summernote',
    data: `$('#input_1').summernote('code')`, seed: (v) => `$('#input_1').summernote('code', ${v})`,
    counter: counterFor('input_1'), submit: '#btnSimpan', path: 'editor-api',
  },
  {
    kind: 'quill', fixture: 'quill', key: 'ringkasan', panelKind: 'quill',
    data: `${quill('#quill-ringkasan')}.root.innerHTML`, text: `${quill('#quill-ringkasan')}.getText()`,
    seed: (v) => `${quill('#quill-ringkasan')}.clipboard.dangerouslyPasteHTML(${v}, 'user')`,
    counter: counterFor('ringkasan'), submit: '#form-kipp-khusus button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'tiptap (prosemirror)', fixture: 'tiptap', key: 'inovasi[implementasi]', panelKind: 'prosemirror',
    data: `${tiptap('#editor-implementasi')}.getHTML()`,
    seed: (v) => `${tiptap('#editor-implementasi')}.commands.setContent(${v}, { emitUpdate: true })`,
    counter: counterFor('inovasi[implementasi]'), submit: '#form-proposal button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'trix', fixture: 'trix', key: 'latar_belakang', panelKind: 'trix',
    data: `${q('trix-editor[input="latar_belakang"]')}.value`, text: `${trix('latar_belakang')}.getDocument().toString()`,
    seed: (v) => `${trix('latar_belakang')}.loadHTML(${v})`,
    counter: counterFor('latar_belakang'), submit: '#form-lid button[type="submit"]', path: 'editor-api',
  },
  {
    kind: 'react textarea', fixture: 'react-form', key: 'deskripsi', panelKind: 'textarea',
    data: `${q('#deskripsi')}.value`, seed: seedControl('#deskripsi'),
    // The page renders its React state: "{value.length} karakter · {words} kata".
    counter: { selector: '[data-length-for="deskripsi"]', read: 'text' },
    submit: '#root button[type="submit"]', path: 'typed-input',
  },
  {
    kind: 'vue textarea', fixture: 'vue-form', key: 'latar_belakang', panelKind: 'textarea',
    data: `${q('#latar_belakang')}.value`, seed: seedControl('#latar_belakang'),
    // The page renders its Vue state the same way: "{length} karakter · {words} kata".
    counter: { selector: '[data-vue-state-for="latar_belakang"]', read: 'text' },
    submit: '#app button[type="submit"]', path: 'typed-input',
  },
];

/** What the page's own counter for the field shows now. */
export function readCounter(page: Page, c: EditorCase): Promise<string | null> {
  const attr = c.counter.read === 'data-count';
  return inPage<string | null>(page, `(() => {
    const el = ${q(c.counter.selector)};
    return el ? ${attr ? `el.getAttribute('data-count')` : `el.textContent`} : null;
  })()`);
}
