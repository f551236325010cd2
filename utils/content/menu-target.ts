/**
 * Which field the context menu's "Tulis ulang dengan AI" was chosen on. The menu click reaches only the
 * background, so the content script notes the element of the last right-click (a passive capture listener:
 * nothing else runs at start-up) and, when the panel asks, names the field that holds it.
 */
import type { Candidate } from './candidates';

/** A right-click older than this is not the one the menu was opened with. */
const FRESH_MS = 60_000;

export class MenuTarget {
  private target: WeakRef<Element> | null = null;
  private at = 0;

  constructor(private readonly doc: Document, signal: AbortSignal) {
    doc.addEventListener(
      'contextmenu',
      (e) => {
        // The innermost target, inside open shadow roots too.
        const t = e.composedPath()[0];
        if (t instanceof Element) {
          this.target = new WeakRef(t);
          this.at = Date.now();
        }
      },
      { capture: true, passive: true, signal },
    );
  }

  /** The key of the field under the last right-click, else of the field with focus (iframe editors: the frame). */
  keyIn(handles: ReadonlyMap<string, Candidate>): string | null {
    const focused = deepActive(this.doc);
    // A right-click inside an iframe editor is not seen here, but it focuses the frame.
    const clicked = focused?.tagName === 'IFRAME' ? null : this.fresh();
    for (const el of [clicked, focused]) {
      if (!el) continue;
      for (const [key, c] of handles) {
        if (!c.fact && (c.editable === el || c.editable.contains(el) || c.anchor.contains(el))) return key;
      }
    }
    return null;
  }

  private fresh(): Element | null {
    const el = this.target?.deref() ?? null;
    return el?.isConnected && Date.now() - this.at <= FRESH_MS ? el : null;
  }
}

function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}
