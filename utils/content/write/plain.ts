/**
 * Writing into plain fields (textarea, input, contenteditable) from the content script. The typed-input path
 * first (execCommand('insertText') fires the beforeinput/input events a typing user fires, so React, Vue and
 * the page's counters see it, and the browser's own undo works); the native value setter with input/change
 * events only when typing cannot be used (a maxlength the user chose to exceed, or a field that ignores it).
 */
import type { WritePath } from '../../messages';
import { textToHtml } from './text';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const isTextControl = (el: Element): el is TextControl => el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

function nativeSetter(el: TextControl): ((v: string) => void) | undefined {
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

/** The last resort: set the value the way frameworks cannot miss, and fire what a user's edit fires. */
export function setValueDirectly(el: TextControl, value: string): void {
  nativeSetter(el)?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function typeInto(doc: Document, text: string): boolean {
  // An empty text is a deletion; insertText with '' does nothing in some engines.
  return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
}

/** Replace the whole value, or insert at the selection the field remembers. */
export function writeControl(el: TextControl, text: string, mode: 'replace' | 'insert', allowTyping: boolean): WritePath {
  const before = el.value;
  const start = mode === 'insert' ? (el.selectionStart ?? before.length) : 0;
  const end = mode === 'insert' ? (el.selectionEnd ?? before.length) : before.length;
  const expected = before.slice(0, start) + text + before.slice(end);
  if (allowTyping) {
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    if (typeInto(el.ownerDocument, text) && el.value === expected) return 'typed-input';
  }
  setValueDirectly(el, expected);
  return 'value-setter';
}

/** Replace or insert in a contenteditable: typed input, paragraphs as the editor's own paragraphs. */
export function writeEditable(el: HTMLElement, text: string, mode: 'replace' | 'insert'): WritePath {
  const doc = el.ownerDocument;
  el.focus({ preventScroll: true });
  const sel = doc.getSelection();
  if (sel && (mode === 'replace' || !sel.rangeCount || !el.contains(sel.anchorNode))) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    if (mode === 'insert') range.collapse(false);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  const multi = text.includes('\n');
  const ok = multi ? doc.execCommand('insertHTML', false, textToHtml(text)) : typeInto(doc, text);
  if (!ok) throw new Error('typed input refused');
  return 'typed-input';
}

export { isTextControl };
