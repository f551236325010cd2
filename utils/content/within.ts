/**
 * Per-scan index of what lies inside each element. Label and help lookups ask, for every field and for several
 * boxes around it, "which fields / help blocks / counters are in this box?"; a querySelectorAll per box and
 * field made detection grow with fields × page size. Here one query per root and selector answers them all:
 * each match is listed under every ancestor, in document order, which is what `box.querySelectorAll` returns
 * (the selectors used have no combinators, so matching does not depend on where the query starts).
 *
 * The page must not change while an index is in use: `resetWithin` drops them, and scanPage calls it (through
 * beginScan) before each scan.
 */

type Root = Document | ShadowRoot | Element;
type Index = Map<Element, Element[]>;

let indexes = new WeakMap<Root, Map<string, Index>>();
/** The same boxes are asked about for several selectors; finding an element's root is not free. */
let roots = new WeakMap<Element, Root>();
const NONE: readonly Element[] = [];

export function resetWithin(): void {
  indexes = new WeakMap();
  roots = new WeakMap();
}

function rootOf(el: Element): Root {
  let root = roots.get(el);
  if (!root) roots.set(el, (root = el.getRootNode() as Root));
  return root;
}

/** A part that is one class (`.name`) or one tag (`small`, `trix-editor`), nothing else. */
const SIMPLE = /^(?:\.([\w-]+)|([a-z][\w-]*))$/i;

/**
 * The selector without the parts no element of this document can match. A query costs about the same for
 * each part of a selector list, whether or not anything matches it; whether any element has a class or a tag
 * is much cheaper to ask (and the browser keeps the answer until the page changes). Only simple parts are
 * dropped, so the matches are the same (the selectors used here have no commas inside parentheses). Empty
 * when nothing can match. A shadow root cannot be asked by class or tag: its selectors stay whole.
 */
function narrowed(root: Root, selector: string): string {
  if (root.nodeType !== 9) return selector;
  const doc = root as Document;
  return selector.split(/\s*,\s*/).filter((part) => {
    const simple = SIMPLE.exec(part);
    if (!simple) return true;
    return (simple[1] ? doc.getElementsByClassName(simple[1]) : doc.getElementsByTagName(simple[2]!)).length > 0;
  }).join(', ');
}

function build(root: Root, selector: string): Index {
  const index: Index = new Map();
  const query = narrowed(root, selector);
  if (!query) return index;
  const matches = root.querySelectorAll(query);
  for (let i = 0; i < matches.length; i++) {
    const el = matches[i]!;
    // parentElement stops at the root's top (a shadow root's children have none): only this root's boxes.
    for (let box = el.parentElement; box; box = box.parentElement) {
      const list = index.get(box);
      if (list) list.push(el);
      else index.set(box, [el]);
    }
  }
  return index;
}

/** The descendants of `box` that match `selector`, in document order (as `box.querySelectorAll`). */
export function within(box: Element, selector: string): readonly Element[] {
  const root = rootOf(box);
  let bySelector = indexes.get(root);
  if (!bySelector) indexes.set(root, (bySelector = new Map()));
  let index = bySelector.get(selector);
  if (!index) bySelector.set(selector, (index = build(root, selector)));
  return index.get(box) ?? NONE;
}
