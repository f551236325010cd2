/**
 * Watching the page while a panel is attached: a scoped, debounced observer that rescans only when a
 * mutation can change the list of fields, and per-field dirty marks for live meters. No polling.
 * Everything is torn down through the AbortSignal it is given.
 */
import { ANY_FIELD, type Candidate } from './candidates';
import { isOwnUi } from './dom';

const RESCAN_DEBOUNCE_MS = 200;
const COUNT_FLUSH_MS = 80;
const EDITOR_BOX = '.cke, .ck-editor, .tox-tinymce, .note-editor, .ql-container, trix-editor, .ProseMirror';
const RELEVANT = `${ANY_FIELD}, ${EDITOR_BOX}`;

export interface WatchHooks {
  /** The field list may have changed. */
  rescan(): void;
  /** These fields' text may have changed. */
  dirty(keys: Set<string>): void;
}

function relevantNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (isOwnUi(el) || el.hasAttribute('data-jendela-ui')) return false;
  return el.matches(RELEVANT) || el.querySelector(RELEVANT) !== null;
}

export class PageWatcher {
  private editableKeys = new Map<Node, string>();
  private dirtyKeys = new Set<string>();
  private flushTimer = 0;
  private rescanTimer = 0;
  private frameObservers: MutationObserver[] = [];
  private frameAbort = new AbortController();
  private readonly observer: MutationObserver;

  constructor(private readonly doc: Document, private readonly hooks: WatchHooks, signal: AbortSignal) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(doc.documentElement, {
      childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden', 'disabled', 'type', 'contenteditable'],
    });
    const opts = { capture: true, signal };
    doc.addEventListener('input', (e) => this.onEvent(e), opts);
    doc.addEventListener('change', (e) => this.onEvent(e), opts);
    // Editor iframes (CKEditor 4, TinyMCE) load after their container appears: look again when they do.
    doc.addEventListener('load', (e) => (e.target as Element)?.tagName === 'IFRAME' && this.scheduleRescan(), opts);
    signal.addEventListener('abort', () => this.stop());
  }

  /** Tell the watcher which elements belong to which field (after each scan). */
  track(handles: Map<string, Candidate>): void {
    this.editableKeys.clear();
    this.frameObservers.forEach((o) => o.disconnect());
    this.frameObservers = [];
    this.frameAbort.abort();
    this.frameAbort = new AbortController();
    for (const [key, c] of handles) {
      this.editableKeys.set(c.editable, key);
      if (c.group) c.group.forEach((g) => this.editableKeys.set(g, key));
      const fieldDoc = c.editable.ownerDocument;
      if (fieldDoc !== this.doc) this.watchFrame(fieldDoc, c.editable, key);
    }
  }

  /** Fields inside other documents (editor iframes, same-origin frames) report their own changes. */
  private watchFrame(fieldDoc: Document, editable: Element, key: string): void {
    const mo = new MutationObserver(() => this.markDirty(key));
    mo.observe(editable, { childList: true, subtree: true, characterData: true });
    this.frameObservers.push(mo);
    const opts = { capture: true, signal: this.frameAbort.signal };
    fieldDoc.addEventListener('input', (e) => this.onEvent(e), opts);
    fieldDoc.addEventListener('change', (e) => this.onEvent(e), opts);
  }

  private keyFor(node: Node | null): string | undefined {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      const key = this.editableKeys.get(n);
      if (key) return key;
    }
    return undefined;
  }

  private onEvent(e: Event): void {
    const target = e.composedPath()[0] as Node | undefined;
    const key = this.keyFor(target ?? null);
    if (key) this.markDirty(key);
    // A select or radio changing can reveal the next part of a form.
    else if (e.type === 'change') this.scheduleRescan();
  }

  private onMutations(records: MutationRecord[]): void {
    let rescan = false;
    for (const r of records) {
      const key = this.keyFor(r.target);
      if (key) {
        this.markDirty(key);
        continue;
      }
      if (rescan) continue;
      if (r.type === 'attributes') rescan = relevantNode(r.target);
      else if (r.type === 'childList') {
        rescan = Array.from(r.addedNodes).some(relevantNode) || Array.from(r.removedNodes).some(relevantNode);
      }
    }
    if (rescan) this.scheduleRescan();
  }

  markDirty(key: string): void {
    this.dirtyKeys.add(key);
    if (!this.flushTimer) {
      this.flushTimer = window.setTimeout(() => {
        this.flushTimer = 0;
        const keys = this.dirtyKeys;
        this.dirtyKeys = new Set();
        this.hooks.dirty(keys);
      }, COUNT_FLUSH_MS);
    }
  }

  /** At most one rescan per window, so a page that never stops changing still gets one. */
  scheduleRescan(): void {
    if (this.rescanTimer) return;
    this.rescanTimer = window.setTimeout(() => {
      this.rescanTimer = 0;
      this.hooks.rescan();
    }, RESCAN_DEBOUNCE_MS);
  }

  stop(): void {
    this.observer.disconnect();
    this.frameObservers.forEach((o) => o.disconnect());
    this.frameAbort.abort();
    clearTimeout(this.flushTimer);
    clearTimeout(this.rescanTimer);
  }
}
