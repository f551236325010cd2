/**
 * Writing into a field the user picked: one entry point for every feature that puts text into a page.
 * Every write keeps what the field held before (for undo), goes down a ladder — the editor's own API through
 * the main-world bridge, then typed input, then the value setter — and is verified by reading back through
 * what the portal submits (the editor's data, the control it syncs to). A write that cannot be verified is
 * rolled back, so a field is never left half-written. Read side (detection) lives elsewhere.
 */
import { TARGET_ATTR } from '../../bridge-protocol';
import type { FieldContent, WriteError, WritePath, WriteResult } from '../../messages';
import { countText } from '../../text/count';
import type { BridgeClient } from '../bridge-client';
import type { Candidate } from '../candidates';
import { readText } from '../read';
import { isTextControl, setValueDirectly, writeControl, writeEditable } from './plain';
import { htmlToText, paragraphs, sameText, textToHtml } from './text';

const RICH = new Set(['ckeditor4', 'ckeditor5', 'tinymce', 'summernote', 'quill', 'prosemirror', 'trix']);
const UNDO_DEPTH = 20;

/** What a field held, exactly enough to put it back. */
interface Saved {
  html: string | null;
  value: string;
}

/**
 * Whether the field is still in the page. Its anchor is the test, not the editable: an iframe editor may
 * replace its own body (CKEditor 4's setData rewrites the iframe's document), which is no re-render of the
 * field. For plain fields the anchor is the editable.
 */
export const present = (c: Candidate): boolean => c.anchor.isConnected;

export class WriteFailure extends Error {
  constructor(readonly code: WriteError) {
    super(code);
  }
}

export class FieldWriter {
  private undo = new Map<string, Saved[]>();
  private busy = new Set<string>();
  private tokens = 0;

  constructor(private readonly bridge: BridgeClient) {}

  canUndo(key: string): boolean {
    return (this.undo.get(key)?.length ?? 0) > 0;
  }

  /** Call the editor's own API on this candidate (null when the page's editor cannot be reached). */
  private async editor(c: Candidate, op: 'read' | 'write' | 'insert', html?: string, text?: string): Promise<string | null> {
    if (!RICH.has(c.kind)) return null;
    const token = `t${++this.tokens}`;
    c.anchor.setAttribute(TARGET_ATTR, token);
    try {
      const res = await this.bridge.request('editor', { editor: { op, kind: c.kind, token, html, text } });
      return res && 'html' in res ? res.html : null;
    } finally {
      c.anchor.removeAttribute(TARGET_ATTR);
    }
  }

  async read(key: string, c: Candidate): Promise<FieldContent> {
    const html = await this.editor(c, 'read');
    const text = html !== null ? htmlToText(html) : readText(c);
    return { key, text, html, counts: countText(text) };
  }

  private async save(c: Candidate): Promise<Saved> {
    const html = await this.editor(c, 'read');
    const value = isTextControl(c.editable) ? c.editable.value : html ?? (c.editable as HTMLElement).innerHTML;
    return { html, value };
  }

  /** The texts a portal would submit for this field right now (editor data and the synced control). */
  private async submitted(c: Candidate): Promise<string[]> {
    const html = await this.editor(c, 'read');
    const out: string[] = [html !== null ? htmlToText(html) : readText(c)];
    const ctl = c.control;
    // A control other than the editable is what an editor (or a page's own contenteditable script) syncs its
    // HTML into: read it as HTML, as the portal will.
    if (ctl && ctl !== c.editable && isTextControl(ctl)) out.push(htmlToText(ctl.value));
    return out;
  }

  private async apply(c: Candidate, text: string, mode: 'replace' | 'insert', force: boolean): Promise<WritePath> {
    const viaApi = await this.editor(c, mode === 'replace' ? 'write' : 'insert', textToHtml(text), text);
    if (viaApi !== null) return 'editor-api';
    if (isTextControl(c.editable)) {
      const max = c.editable.maxLength;
      const tooLong = max > 0 && text.length > max;
      if (tooLong && !force) throw new WriteFailure('over-maxlength');
      // Typing into a maxlength field would be cut short silently: past the limit only the setter writes.
      return writeControl(c.editable, text, mode, !tooLong);
    }
    return writeEditable(c.editable as HTMLElement, text, mode);
  }

  private async restore(c: Candidate, saved: Saved): Promise<void> {
    if (saved.html !== null && (await this.editor(c, 'write', saved.html)) !== null) return;
    if (isTextControl(c.editable)) setValueDirectly(c.editable, saved.value);
    else {
      (c.editable as HTMLElement).innerHTML = saved.value;
      // The page syncs a contenteditable to what it submits (and counts it) on `input`: let it see the restore.
      c.editable.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  async write(key: string, c: Candidate, draft: string, mode: 'replace' | 'insert', force = false): Promise<WriteResult> {
    if (!present(c)) return this.fail(key, 'field-gone');
    // An <input> holds one line, and the browser drops the line breaks of a text put into it (gluing the last
    // word of a paragraph to the first of the next): its paragraphs go in joined by a space instead.
    const text = c.editable.tagName === 'INPUT' ? draft.replace(/\s*(\r\n?|\n)\s*/g, ' ') : draft;
    if (this.busy.has(key)) return this.fail(key, 'busy');
    this.busy.add(key);
    try {
      const saved = await this.save(c);
      const intended = mode === 'replace' ? text : null;
      let path: WritePath;
      try {
        path = await this.apply(c, text, mode, force);
      } catch (err) {
        if (err instanceof WriteFailure) return this.fail(key, err.code);
        await this.restore(c, saved);
        return this.fail(key, 'not-verified');
      }
      const got = await this.submitted(c);
      const squash = (s: string) => s.replace(/\s+/g, ' ');
      const ok = intended === null
        ? got.every((g) => paragraphs(text).every((p) => squash(g).includes(squash(p))))
        : got.every((g) => sameText(g, intended));
      if (!ok || !present(c)) {
        if (present(c)) await this.restore(c, saved);
        return { ...this.fail(key, 'not-verified'), content: present(c) ? await this.read(key, c) : undefined };
      }
      const stack = this.undo.get(key) ?? [];
      stack.push(saved);
      if (stack.length > UNDO_DEPTH) stack.shift();
      this.undo.set(key, stack);
      return { ok: true, key, path, content: await this.read(key, c), undoable: true };
    } finally {
      this.busy.delete(key);
    }
  }

  /** Put back exactly what the field held before the last write from Jendela. */
  async revert(key: string, c: Candidate): Promise<WriteResult> {
    const saved = this.undo.get(key)?.pop();
    if (!saved) return this.fail(key, 'nothing-to-undo');
    if (!present(c)) return this.fail(key, 'field-gone');
    await this.restore(c, saved);
    const now = await this.save(c);
    const exact = saved.html !== null ? now.html === saved.html : now.value === saved.value;
    return exact
      ? { ok: true, key, path: saved.html !== null ? 'editor-api' : 'value-setter', content: await this.read(key, c), undoable: this.canUndo(key) }
      : this.fail(key, 'not-verified');
  }

  private fail(key: string, error: WriteError): WriteResult {
    return { ok: false, key, error, undoable: this.canUndo(key) };
  }
}
