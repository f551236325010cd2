/**
 * The connected panel for the editing tests: the App on a store with a fake transport, attached to a tab
 * whose fake content script holds each field's text and answers read, write and undo as the real one does.
 * Tests drive it through the `data-*` contract only.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/sidepanel/App';
import type { PanelRequest, WriteError, WriteResult } from '@/utils/messages';
import { createPanelStore, type PanelStore, type StoreOptions } from '@/utils/panel/store';
import { countText } from '@/utils/text/count';
import { FakeTransport, flush, info, snapshot } from './panel-fakes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The page as the content script sees it: each field's text, what a write did, what undo puts back. */
export class FakePage {
  text: Record<string, string> = { a: 'Teks lama di halaman', b: '' };
  maxlength: Record<string, number> = {};
  failWith: WriteError | null = null;
  /** Leave writes unanswered (the request times out, or the test replies itself). */
  silent = false;
  private history: Record<string, string[]> = {};
  content = (key: string) => ({ key, text: this.text[key]!, html: null, counts: countText(this.text[key]!) });
  answer = (req: PanelRequest) => {
    const { key } = req;
    if (!(key in this.text)) return req.op === 'read' ? { error: 'field-gone' as const } : this.fail(key, 'field-gone');
    if (req.op === 'read') return this.content(key);
    if (req.op === 'undo') {
      const prev = this.history[key]?.pop();
      if (prev === undefined) return this.fail(key, 'nothing-to-undo');
      this.text[key] = prev;
      return { ok: true, key, path: 'value-setter' as const, content: this.content(key), undoable: this.undoable(key) };
    }
    if (this.silent) return undefined;
    if (req.op !== 'write') return { ok: false, key, error: 'failed' as const };
    const max = this.maxlength[key];
    if (max !== undefined && req.text.length > max && !req.force) return this.fail(key, 'over-maxlength');
    if (this.failWith) return { ...this.fail(key, this.failWith), content: this.content(key) };
    (this.history[key] ??= []).push(this.text[key]!);
    this.text[key] = req.text;
    return { ok: true, key, path: 'typed-input' as const, content: this.content(key), undoable: true };
  };
  private undoable = (key: string) => (this.history[key]?.length ?? 0) > 0;
  private fail = (key: string, error: WriteError): WriteResult => ({ ok: false, key, error, undoable: this.undoable(key) });
}

export interface Mounted {
  transport: FakeTransport;
  page: FakePage;
  store: PanelStore;
  el: HTMLElement;
  $<T extends HTMLElement = HTMLElement>(sel: string): T | null;
  draft(): HTMLTextAreaElement;
  message(): HTMLElement | null;
  /** Messages sent to the content script other than `hello`. */
  sent(): { type: string }[];
  click(sel: string): Promise<void>;
  type(text: string): void;
  key(key: string, init?: KeyboardEventInit): void;
  unmount(): void;
}

/** Mounts the panel on tab 9 with text fields `a` (label "Ringkasan inovasi"), `b` (empty), and a fact. */
export async function mountPanel(options: StoreOptions = {}): Promise<Mounted> {
  fakeBrowser.reset();
  const transport = new FakeTransport();
  const page = new FakePage();
  transport.answer = page.answer;
  const store = createPanelStore(transport, options);
  const el = document.createElement('div');
  document.body.append(el);
  const root: Root = createRoot(el);
  act(() => root.render(<App store={store} />));
  await act(async () => { await store.getState().actions.start(9); });
  const fields = [info('a', { label: 'Ringkasan inovasi' }), info('b'), info('tahap', { fact: true, kind: 'select' })];
  transport.last.emit({ type: 'snapshot', snapshot: snapshot(fields) });

  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => el.querySelector<T>(sel);
  const draft = () => $<HTMLTextAreaElement>('[data-role="draft"]')!;
  return {
    transport, page, store, el, $, draft,
    message: () => $('[data-role="edit-message"]'),
    sent: () => transport.last.sent.filter((m) => m.type !== 'hello'),
    async click(sel) {
      await act(async () => $<HTMLButtonElement>(sel)!.click());
      await flush();
    },
    type(text) {
      const area = draft();
      act(() => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    key(key, init = {}) {
      const target = document.activeElement ?? el;
      act(() => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init })));
    },
    unmount() {
      store.getState().actions.stop();
      act(() => root.unmount());
      el.remove();
    },
  };
}

export const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
