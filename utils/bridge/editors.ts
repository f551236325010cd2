/**
 * Main world: each rich editor's own API, found from the element the content script marked. Writes go
 * through the editor's model (so its undo stack, change events and form sync behave as if a user typed), and
 * `sync` pushes the editor's data into the control the form submits, as the editor itself does on submit.
 */
import type { EditorOp } from '../bridge-protocol';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the page's objects
const w = window as unknown as Any;

interface MainAdapter {
  find(target: Element): Any | null;
  get(ed: Any): string;
  set(ed: Any, html: string): void | Promise<void>;
  insert(ed: Any, html: string, text: string): void;
  sync?(ed: Any, target: Element): void;
}

const ck4List = (): Any[] => Object.values((w.CKEDITOR?.instances ?? {}) as Record<string, Any>);
const tinyList = (): Any[] => (w.tinymce?.get?.() ?? []) as Any[];
const editableOf = (target: Element) => target.querySelector('.ck-editor__editable') ?? target;

const ADAPTERS: Record<string, MainAdapter> = {
  ckeditor5: {
    find: (t) => (editableOf(t) as Any).ckeditorInstance ?? null,
    get: (ed) => ed.getData(),
    set: (ed, html) => ed.setData(html),
    insert: (ed, html, text) => {
      // One line goes in as text at the selection (an HTML paragraph would split the paragraph and lose
      // the spaces at its ends); several lines as paragraphs.
      if (!text.includes('\n')) return ed.model.change((w: Any) => ed.model.insertContent(w.createText(text)));
      ed.model.insertContent(ed.data.toModel(ed.data.processor.toView(html)));
    },
    sync: (ed) => ed.updateSourceElement?.(),
  },
  ckeditor4: {
    find: (t) =>
      ck4List().find((ed) => ed.container?.$ === t || ed.element?.$ === t || ed.editable?.()?.$ === t) ?? null,
    get: (ed) => ed.getData(),
    // setData is asynchronous in iframe mode: wait for its callback. It fires no 'change' by itself, and the
    // portals' counters and form sync listen to 'change'.
    set: (ed, html) =>
      new Promise<void>((done) =>
        ed.setData(html, {
          callback: () => {
            ed.fire('change');
            done();
          },
        }),
      ),
    insert: (ed, html, text) => (text.includes('\n') ? ed.insertHtml(html) : ed.insertText(text)),
    sync: (ed) => ed.updateElement?.(),
  },
  tinymce: {
    find: (t) => tinyList().find((ed) => ed.getContainer?.() === t || ed.getBody?.() === t) ?? null,
    get: (ed) => ed.getContent(),
    set: (ed, html) => {
      ed.setContent(html);
      // setContent alone fires no change: add an undo level and dispatch change as a user edit would.
      ed.undoManager?.add();
      (ed.dispatch ?? ed.fire)?.call(ed, 'change');
      (ed.dispatch ?? ed.fire)?.call(ed, 'input');
    },
    insert: (ed, html, text) => {
      ed.insertContent(text.includes('\n') ? html : ed.dom.encode(text));
      ed.undoManager?.add();
      (ed.dispatch ?? ed.fire)?.call(ed, 'change');
    },
    sync: (ed) => ed.save?.(),
  },
  summernote: {
    find: (t) => {
      const source = t.previousElementSibling;
      return source && w.jQuery?.(source).data('summernote') ? w.jQuery(source) : null;
    },
    get: ($s) => $s.summernote('code'),
    set: ($s, html) => $s.summernote('code', html),
    insert: ($s, html, text) => (text.includes('\n') ? $s.summernote('pasteHTML', html) : $s.summernote('insertText', text)),
  },
  quill: {
    find: (t) => w.Quill?.find?.(t.closest('.ql-container') ?? t) ?? null,
    get: (q) => q.root.innerHTML,
    set: (q, html) => {
      q.setContents(q.clipboard.convert({ html }), 'user');
    },
    insert: (q, _html, text) => {
      const at = q.getSelection()?.index ?? q.getLength() - 1;
      q.insertText(at, text, 'user');
    },
  },
  prosemirror: {
    find: (t) => (t as Any).editor ?? null, // TipTap puts its Editor on the view's DOM node
    get: (ed) => ed.getHTML(),
    set: (ed, html) => ed.commands.setContent(html, { emitUpdate: true }),
    insert: (ed, html, text) => ed.commands.insertContent(text.includes('\n') ? html : { type: 'text', text }),
  },
  trix: {
    find: (t) => (t as Any).editor ?? null,
    get: (ed) => (ed.element?.value as string | undefined) ?? '',
    set: (ed, html) => ed.loadHTML(html),
    insert: (ed, html, text) => (text.includes('\n') ? ed.insertHTML(html) : ed.insertString(text)),
  },
};

/** Find the marked element in the document, its open shadow roots and same-origin frames. */
function findTarget(token: string, root: Document | ShadowRoot = document, depth = 0): Element | null {
  const sel = `[data-jendela-target="${token}"]`;
  const hit = root.querySelector(sel);
  if (hit || depth > 3) return hit;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const inner = el.shadowRoot ?? (el.tagName === 'IFRAME' ? safeDoc(el as HTMLIFrameElement) : null);
    const found = inner ? findTarget(token, inner, depth + 1) : null;
    if (found) return found;
  }
  return null;
}
function safeDoc(f: HTMLIFrameElement): Document | null {
  try {
    return f.contentDocument;
  } catch {
    return null;
  }
}

/** Whether the page's editor instance can be reached (else the content script types instead). */
export async function editorOp(op: EditorOp): Promise<{ html: string } | { missing: true }> {
  const adapter = ADAPTERS[op.kind];
  const target = findTarget(op.token);
  const ed = adapter && target ? adapter.find(target) : null;
  if (!adapter || !target || !ed) return { missing: true };
  if (op.op === 'write') await adapter.set(ed, op.html ?? '');
  else if (op.op === 'insert') adapter.insert(ed, op.html ?? '', op.text ?? '');
  if (op.op !== 'read') adapter.sync?.(ed, target);
  return { html: adapter.get(ed) };
}
