/** Small DOM helpers for the content script: plain text without layout, visibility, roots to search. */

/** Marks the extension's own elements in the page (highlight overlay); detection skips them. */
export const OWN_UI_ATTR = 'data-jendela-ui';

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH', 'BLOCKQUOTE', 'PRE',
  'SECTION', 'ARTICLE', 'FIGCAPTION', 'DT', 'DD', 'TABLE', 'HEADER', 'FOOTER',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'BUTTON']);

/**
 * The text a user sees in an element, with paragraph breaks as newlines. Walks nodes instead of reading
 * `innerText`, which would force a layout on every keystroke (the meter runs on each input event).
 */
export function plainText(root: Node): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // White space between blocks is not rendered (CKEditor 4 writes "\n\n" after every <p>): not a blank line.
        if (!betweenBlocks(child as Text)) out += (child as Text).data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName;
        if (SKIP.has(tag) || el.hasAttribute('data-cke-hidden-sel')) continue;
        if (tag === 'BR') {
          out += '\n';
          continue;
        }
        const block = BLOCK.has(tag);
        if (block && out && !out.endsWith('\n')) out += '\n';
        walk(el);
        if (block && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(root);
  return out.replace(/\n+$/, '');
}

const isBlock = (n: Node) => n.nodeType === 1 && BLOCK.has((n as Element).tagName);
/** Beside `t` there is a block, or the edge of a block (or of the field itself). */
const blockSide = (t: Text, sibling: Node | null) => (sibling ? isBlock(sibling) : !!t.parentNode && isBlock(t.parentNode));

/** White space only, beside a block: it lays nothing out (HTML collapses it), so it is not text. */
function betweenBlocks(t: Text): boolean {
  return !/[^ \t\r\n]/.test(t.data) && (blockSide(t, t.previousSibling) || blockSide(t, t.nextSibling));
}

/** Collapse white space for labels and help text. */
export function squash(text: string): string {
  // Zero-width characters sit inside words ("Man\u200bfaat"): drop them rather than split the word.
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

/** True when the element takes part in layout (not display:none, not in a closed <details>/modal). */
export function isRendered(el: Element): boolean {
  const anyEl = el as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof anyEl.checkVisibility === 'function') {
    return anyEl.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  }
  // jsdom and old engines: fall back to the hidden attribute and inline display on the ancestor chain.
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return false;
    const style = (e as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

export function isOwnUi(el: Element): boolean {
  return el.closest(`[${OWN_UI_ATTR}]`) !== null;
}

/** Same-origin iframe document, or null when cross-origin or not loaded. */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc && doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** Every open shadow root below `root` (one pass over elements). */
export function openShadowRoots(root: Document | ShadowRoot, out: ShadowRoot[] = []): ShadowRoot[] {
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const sr = (all[i] as Element).shadowRoot;
    if (sr) {
      out.push(sr);
      openShadowRoots(sr, out);
    }
  }
  return out;
}

/** FNV-1a, for keys of fields that have neither name nor id. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
