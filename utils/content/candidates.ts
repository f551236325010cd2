/**
 * Finding the editable things in one root (a document or an open shadow root). Read side only: writing
 * into fields is a separate module. Each rich editor is recognised by the DOM it renders (the isolated world
 * cannot see the page's JavaScript objects), and is reported once, tied to the form control it submits.
 */
import type { EditorKind } from '../types';
import { frameDocument, isOwnUi, isRendered, OWN_UI_ATTR } from './dom';
import { within } from './within';

export interface Candidate {
  kind: EditorKind;
  /** Where the user types (the control itself for plain fields; an iframe's body for iframe editors). */
  editable: Element;
  /** What to scroll to and highlight: the editor's visible box, or the control. */
  anchor: Element;
  /** What the form submits: the control, or the textarea / hidden input a rich editor syncs to. */
  control: Element | null;
  /** Radio and checkbox groups: every member. */
  group?: HTMLInputElement[];
  /** Whether it gets a word meter (false for selects, radios, dates, uploads, emails…). */
  fact: boolean;
}

/** Editor chrome whose inner controls (source view, toolbar inputs) are never fields of their own. */
export const EDITOR_CHROME = '.cke, .ck, .tox, .note-editor, .ql-toolbar, trix-toolbar, .mce-content-body, .ProseMirror';

interface RichRule {
  kind: EditorKind;
  selector: string;
  /** A class every element the selector matches carries (`.name`), or its tag: a cheap test for "none here". */
  mark: string;
  editable(el: Element): Element | null;
  /** The source element the editor replaced, when it renders next to it. */
  source?(el: Element): Element | null;
}

const prevField = (el: Element): Element | null => {
  const prev = el.previousElementSibling;
  return prev && /^(TEXTAREA|INPUT)$/.test(prev.tagName) ? prev : null;
};
const iframeBody = (sel: string) => (el: Element): Element | null => {
  const frame = el.querySelector<HTMLIFrameElement>(sel);
  return frame ? (frameDocument(frame)?.body ?? null) : null;
};

// Order matters: the containers of iframe editors first, then editables that live in the page itself.
const RICH_RULES: RichRule[] = [
  {
    kind: 'ckeditor4', selector: 'div.cke[id^="cke_"]', mark: '.cke', editable: (el) =>
      iframeBody('iframe.cke_wysiwyg_frame')(el) ?? el.querySelector('.cke_wysiwyg_div'),
    source: (el) => el.ownerDocument.getElementById(el.id.slice(4)) ?? prevField(el),
  },
  { kind: 'ckeditor4', selector: '.cke_editable_inline', mark: '.cke_editable_inline', editable: (el) => el },
  {
    kind: 'tinymce', selector: '.tox-tinymce:not(.tox-tinymce-inline)', mark: '.tox-tinymce', editable: iframeBody('iframe'),
    source: prevField,
  },
  {
    kind: 'ckeditor5', selector: '.ck-editor', mark: '.ck-editor', editable: (el) => el.querySelector('.ck-editor__editable'),
    source: prevField,
  },
  {
    kind: 'ckeditor5', selector: '.ck-editor__editable:not(.ck-editor .ck-editor__editable)', mark: '.ck-editor__editable',
    editable: (el) => el,
  },
  { kind: 'tinymce', selector: '.mce-content-body[contenteditable]', mark: '.mce-content-body', editable: (el) => el },
  {
    kind: 'summernote', selector: '.note-editor', mark: '.note-editor', editable: (el) => el.querySelector('.note-editable'),
    source: prevField,
  },
  { kind: 'quill', selector: '.ql-editor', mark: '.ql-editor', editable: (el) => el },
  { kind: 'trix', selector: 'trix-editor', mark: 'trix-editor', editable: (el) => el },
  { kind: 'prosemirror', selector: '.ProseMirror', mark: '.ProseMirror', editable: (el) => el },
];

const SKIPPED_TYPES = new Set(['hidden', 'password', 'search', 'submit', 'button', 'reset', 'image', 'range', 'color']);
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week', 'time']);
const SEARCH_NAMES = /^(q|s|search|cari|keyword|kata_?kunci|query)$/i;
const NOT_CONTROL = /csrf|token|_method|captcha|nonce/i;

/** True for fields nobody writes a proposal into: captchas, site search, password boxes. */
function isNoise(el: Element): boolean {
  const attrs = `${el.id} ${el.getAttribute('name') ?? ''} ${el.className} ${el.getAttribute('placeholder') ?? ''}`;
  if (/captcha/i.test(attrs)) return true;
  if (el.closest('[role="search"], form[role="search"]')) return true;
  return SEARCH_NAMES.test(el.getAttribute('name') ?? '') && el.tagName === 'INPUT';
}

interface Pool {
  list: Element[];
  set: Set<Element>;
}

/** Hidden inputs and named textareas of a root: what editors without a source element sync to. */
function controlPool(root: Document | ShadowRoot): Pool {
  const list = Array.from(root.querySelectorAll('input[type="hidden"][name], textarea[name]')).filter(
    (c) => !NOT_CONTROL.test(c.getAttribute('name') ?? '') && (c.tagName === 'INPUT' || !isRendered(c)),
  );
  return { list, set: new Set(list) };
}

/**
 * The hidden input/textarea an editor without a source element syncs to: the one right beside it (a portal's
 * own editor puts its hidden input after the editor's box), else the only one in the nearest box that has any.
 */
function nearbyControl(anchor: Element, claimed: Set<Element>, pool: Pool): Element | null {
  return besideControl(anchor, claimed, pool.set) ?? onlyControlAround(anchor, claimed, pool.list);
}

/** Beside the editor or the box that holds only it: the next sibling (past help text), or the one before. */
function besideControl(anchor: Element, claimed: Set<Element>, pool: Set<Element>): Element | null {
  const free = (el: Element | null): boolean => !!el && !claimed.has(el) && pool.has(el);
  const stops = (el: Element) => el.matches(BESIDE_STOP) || within(el, BESIDE_STOP).length > 0;
  let node: Element | null = anchor;
  for (let depth = 0; node && depth < 3 && node.tagName !== 'FORM'; depth++, node = node.parentElement) {
    for (let next = node.nextElementSibling, i = 0; next && i < 3; next = next.nextElementSibling, i++) {
      if (free(next)) return next;
      if (stops(next)) break;
    }
    const prev = node.previousElementSibling;
    if (free(prev)) return prev as Element;
    // Go up only while the box around holds nothing else to type into.
    const box = node.parentElement;
    const inside = node;
    if (!box || within(box, BESIDE_STOP).some((e) => e !== inside && !inside.contains(e))) break;
  }
  return null;
}
/** What ends the search for an editor's hidden input: another place to type, or another hidden input. */
const BESIDE_STOP = 'input, textarea, select, [contenteditable], trix-editor';

function onlyControlAround(anchor: Element, claimed: Set<Element>, pool: Element[]): Element | null {
  let scope: Element | null = anchor.parentElement;
  for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
    const s = scope;
    const found = pool.filter((c) => !claimed.has(c) && s.contains(c));
    if (found.length === 1) return found[0]!;
    if (found.length > 1 || scope.tagName === 'FORM') return null;
  }
  return null;
}

/**
 * The rules this root may need. Most pages have no rich editor, and each rule's selector costs a tenth of a
 * millisecond on a long form; the browser finds elements by class or tag much faster (and keeps the lists
 * until the page changes). A shadow root has no such lookups: all rules.
 */
function rulesFor(root: Document | ShadowRoot): RichRule[] {
  if (!('getElementsByClassName' in root)) return RICH_RULES;
  return RICH_RULES.filter(({ mark }) =>
    (mark.startsWith('.') ? root.getElementsByClassName(mark.slice(1)) : root.getElementsByTagName(mark)).length > 0);
}

function richEditors(root: Document | ShadowRoot, claimed: Set<Element>, out: Candidate[], pool: Pool): void {
  for (const rule of rulesFor(root)) {
    for (const el of Array.from(root.querySelectorAll(rule.selector))) {
      if (claimed.has(el) || isOwnUi(el)) continue;
      const editable = rule.editable(el);
      if (!editable || claimed.has(editable)) continue;
      // Nested editables (a ProseMirror inside a container we already took) are the same field.
      if (out.some((c) => c.anchor.contains(el) || c.editable.contains(el))) continue;
      const source = rule.source?.(el) ?? null;
      const control = source ?? nearbyControl(el, claimed, pool);
      claimed.add(el).add(editable);
      if (control) claimed.add(control);
      const anchor = rule.kind === 'quill' ? (el.closest('.ql-container') ?? el) : el;
      out.push({ kind: rule.kind, editable, anchor, control, fact: false });
    }
  }
}

const SKIPPED_INSIDE = `[${OWN_UI_ATTR}], ${EDITOR_CHROME}, fieldset[disabled]`;

function plainFields(root: Document | ShadowRoot, claimed: Set<Element>, out: Candidate[], pool: Pool): void {
  const groups = new Map<string, Candidate>();
  const els = root.querySelectorAll('input, textarea, select, [contenteditable]');
  for (const el of Array.from(els)) {
    if (claimed.has(el)) continue;
    // One walk up for the usual field, which is in none of these boxes; the exact tests only for one that is.
    const boxed = el.closest(SKIPPED_INSIDE) !== null;
    if (boxed && (isOwnUi(el) || el.closest(EDITOR_CHROME))) continue;
    if ((el as HTMLInputElement).disabled || (boxed && el.closest('fieldset[disabled]'))) continue;
    if (el.hasAttribute('contenteditable')) {
      const ce = el as HTMLElement;
      if (!ce.isContentEditable || ce.parentElement?.isContentEditable) continue;
      out.push({ kind: 'contenteditable', editable: el, anchor: el, control: nearbyControl(el, claimed, pool), fact: false });
      continue;
    }
    if (el.tagName === 'TEXTAREA') {
      out.push({ kind: 'textarea', editable: el, anchor: el, control: el, fact: false });
      continue;
    }
    if (el.tagName === 'SELECT') {
      out.push({ kind: 'select', editable: el, anchor: el, control: el, fact: true });
      continue;
    }
    const input = el as HTMLInputElement;
    const type = input.type.toLowerCase();
    if (SKIPPED_TYPES.has(type)) continue;
    if (type === 'radio' || type === 'checkbox') {
      const name = input.name;
      const existing = name ? groups.get(`${type}:${name}`) : undefined;
      if (existing) {
        existing.group!.push(input);
        continue;
      }
      const c: Candidate = { kind: type, editable: input, anchor: input, control: input, group: [input], fact: true };
      if (name) groups.set(`${type}:${name}`, c);
      out.push(c);
      continue;
    }
    // Text-like inputs (text, url, email, tel, number) are short answers with a meter; dates and uploads are facts.
    const kind: EditorKind = DATE_TYPES.has(type) ? 'date' : type === 'file' ? 'file' : 'input';
    out.push({ kind, editable: input, anchor: input, control: input, fact: kind !== 'input' });
  }
}

/** Cheap pre-check: does this root hold anything that could be a field at all? */
export const ANY_FIELD = 'input, textarea, select, [contenteditable], trix-editor, iframe';

/** Candidates of one root in document order, skipping noise and things not rendered. */
export function findCandidates(root: Document | ShadowRoot): Candidate[] {
  const claimed = new Set<Element>();
  const rich: Candidate[] = [];
  const pool = controlPool(root);
  richEditors(root, claimed, rich, pool);
  const plain: Candidate[] = [];
  plainFields(root, claimed, plain, pool);
  const all = rich.concat(plain).filter((c) => !isNoise(c.control ?? c.editable) && visible(c));
  // Plain fields come in document order already (one query); comparing positions of elements far apart in a
  // long form walks their siblings, so sort only when rich editors were added first.
  return rich.length ? all.sort((a, b) => (a.anchor.compareDocumentPosition(b.anchor) & 4 ? -1 : 1)) : all;
}

/** Containers that hide part of a form the user moves through: tabs, wizard steps, collapsed sections. */
const PANE = '[role="tabpanel"], .tab-pane, .step, .wizard-step, [data-step], .collapse, details, section, fieldset';

function visible(c: Candidate): boolean {
  const el = c.group
    ? (c.group.find((g) => isRendered(g) || (g.labels?.[0] ? isRendered(g.labels[0]) : false)) ?? c.group[0]!)
    : c.anchor;
  if (isRendered(el)) return true;
  // A field in a hidden step or tab is still part of the form; a field hidden by itself (a honeypot, an
  // editor's source textarea) or in a closed dialog is not listed until it shows.
  let pane: Element | null = null;
  for (let e = el.parentElement; e && !isRendered(e); e = e.parentElement) pane = e;
  return !!pane && pane.matches(PANE) && (!!c.group || isRenderedWithin(el, pane));
}

/** Whether nothing between the element and the pane hides it (only the pane does). */
function isRenderedWithin(el: Element, pane: Element): boolean {
  for (let e: Element | null = el; e && e !== pane; e = e.parentElement) {
    const style = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    if (e.hasAttribute('hidden')) return false;
  }
  return true;
}
