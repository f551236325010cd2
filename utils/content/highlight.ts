/** Bringing a field to the user: scroll to it, focus where they type, and outline it briefly. */
import type { Candidate } from './candidates';
import { OWN_UI_ATTR } from './dom';

const HIGHLIGHT_MS = 1600;

/** The element in the top document to scroll to (an editor inside an iframe scrolls its iframe). */
function topAnchor(c: Candidate): Element {
  const doc = c.anchor.ownerDocument;
  const frame = doc.defaultView?.frameElement;
  return frame && doc !== document ? frame : c.anchor;
}

function focusEditable(c: Candidate): void {
  const el = c.editable as HTMLElement;
  const win = el.ownerDocument.defaultView;
  if (el.ownerDocument !== document) win?.focus();
  el.focus({ preventScroll: true });
}

/** An outline drawn over the field in our own element, so the page's DOM and styles stay untouched. */
function outline(target: Element): void {
  const rect = target.getBoundingClientRect();
  const box = document.createElement('div');
  box.setAttribute(OWN_UI_ATTR, 'highlight');
  Object.assign(box.style, {
    position: 'fixed', left: `${rect.left - 4}px`, top: `${rect.top - 4}px`, width: `${rect.width + 8}px`,
    height: `${rect.height + 8}px`, border: '3px solid #f59e0b', borderRadius: '6px', pointerEvents: 'none',
    zIndex: '2147483647', boxShadow: '0 0 0 4px rgba(245,158,11,.25)', transition: 'opacity .4s',
  });
  document.documentElement.appendChild(box);
  setTimeout(() => (box.style.opacity = '0'), HIGHLIGHT_MS - 400);
  setTimeout(() => box.remove(), HIGHLIGHT_MS);
}

/** Scroll to, focus and highlight a field. False when it is no longer in the page. */
export function revealField(c: Candidate): boolean {
  const target = topAnchor(c);
  if (!target.isConnected || !c.editable.isConnected) return false;
  target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  focusEditable(c);
  outline(target);
  return true;
}
