/**
 * The question a field asks, as the page words it, and its help text. Real portals get labels wrong
 * (labels pointing at ids that do not exist, duplicated ids, no ids at all), so several sources are tried in
 * order and each is checked to really belong to this field before it is trusted.
 */
import { EDITOR_CHROME, type Candidate } from './candidates';
import { isOwnUi, isRendered, squash } from './dom';
import { COUNTER, COUNTER_SEL, HELP_SEL, isCounter, ownText, resetOwnText } from './own-text';
import { resetWithin, within } from './within';

const MAX_LABEL = 300;
const FIELD_SEL = 'input:not([type="hidden"]), textarea, select, [contenteditable], trix-editor, .ck-editor, .cke, .tox-tinymce, .note-editor, .ql-container';
const TEXT_BLOCK = /^(LABEL|H[1-6]|P|LEGEND|STRONG|B|SPAN|DIV|DT|TH|TD)$/;

/** File pickers label themselves with their own chrome ("Pilih berkas…", "No file chosen"): not a question. */
const WIDGET_TEXT = /^(pilih|choose|browse|cari)\s+(berkas|file|dokumen)\W*$|^browse\W*$|belum ada (berkas|file)|no file (chosen|selected)/i;

function byIds(el: Element, attr: string): string {
  const ids = (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
  const root = el.getRootNode() as Document | ShadowRoot;
  return squash(ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
}

/**
 * Per-scan memos (with the index of what each box holds, ./within, and the blocks' texts, ./own-text): the
 * same ancestors (the form, its sections) are asked about for every field, and a query over a whole form per
 * field made detection quadratic. `beginScan` clears them; scanPage calls it.
 */
let countsAsField = new WeakMap<Element, boolean>();
let idCounts = new WeakMap<Document | ShadowRoot, Map<string, number>>();
let labelMaps = new WeakMap<Document | ShadowRoot, Map<Element, HTMLLabelElement[]>>();
export function beginScan(): void {
  resetWithin();
  resetOwnText();
  countsAsField = new WeakMap();
  idCounts = new WeakMap();
  labelMaps = new WeakMap();
}

/**
 * The labels of every control in a root, from one pass over its labels: `control.labels` walks the whole
 * document on each call, which made a 300-field page take a tenth of a second.
 */
function labelsFor(el: Element): HTMLLabelElement[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  let map = labelMaps.get(root);
  if (!map) {
    map = new Map();
    for (const label of Array.from(root.querySelectorAll('label'))) {
      const control = label.control;
      if (control) map.set(control, [...(map.get(control) ?? []), label]);
    }
    labelMaps.set(root, map);
  }
  return map.get(el) ?? [];
}

/** An editor's own inner controls (toolbar pickers, source view) are not other fields. */
function isField(f: Element): boolean {
  let yes = countsAsField.get(f);
  if (yes === undefined) {
    yes = !f.parentElement?.closest(EDITOR_CHROME) || f.matches('.ck-editor, .cke, .tox-tinymce, .note-editor');
    countsAsField.set(f, yes);
  }
  return yes;
}

const hasField = (el: Element) => el.matches(FIELD_SEL) || within(el, FIELD_SEL).length > 0;

function idCount(root: Document | ShadowRoot, id: string): number {
  let counts = idCounts.get(root);
  if (!counts) {
    counts = new Map();
    for (const el of Array.from(root.querySelectorAll('[id]'))) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
    idCounts.set(root, counts);
  }
  return counts.get(id) ?? 0;
}

function containsOtherField(block: Element, self: Candidate): boolean {
  for (const f of within(block, FIELD_SEL)) {
    if (isField(f) && !self.anchor.contains(f) && !f.contains(self.anchor) && f !== self.control && !self.group?.includes(f as HTMLInputElement)) return true;
  }
  return false;
}

/** The nearest text block before the field: a heading, label or short paragraph, not another field's. */
function precedingText(start: Element, self: Candidate): string {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 7; depth++) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!TEXT_BLOCK.test(prev.tagName) && !prev.matches('section, header, .form-label, .control-label')) {
        if (hasField(prev)) return '';
        continue;
      }
      if (prev.matches(HELP_SEL) || prev.matches(COUNTER_SEL) || isOwnUi(prev)) continue;
      if (containsOtherField(prev, self)) return '';
      const text = ownText(prev);
      if (text && !COUNTER.test(text)) return text;
    }
    node = node.parentElement;
    if (!node || node.tagName === 'FORM' || node.tagName === 'BODY') break;
  }
  return '';
}

function tableHeader(el: Element): string {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  const th = row.querySelector('th');
  if (th) return ownText(th);
  const first = row.firstElementChild;
  return first && first !== cell ? ownText(first) : '';
}

/** A value for a `[attr="…"]` selector (CSS.escape is not everywhere, e.g. jsdom). */
const quoteAttr = (v: string) => v.replace(/["\\]/g, '\\$&');

/** `<label for>` and wrapping labels; a `for` that names a duplicated id is not trusted. */
function labelsOf(el: Element): string {
  const labels = labelsFor(el);
  if (labels.length === 0) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  const unique = !el.id || idCount(root, el.id) === 1;
  const trusted = Array.from(labels).filter((l) => l.contains(el) || unique);
  return squash(trusted.map((l) => ownText(l)).join(' '));
}

/** A `<label for>` naming a control that is not labelable (a hidden input behind Trix or Quill). */
function labelFor(el: Element | null): string {
  if (!el?.id) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  const label = root.querySelector(`label[for="${quoteAttr(el.id)}"]`);
  return label ? ownText(label) : '';
}

/** The first text block inside a box, before its first field (a group's caption inside its wrapper). */
function captionInside(box: Element, self: Candidate): string {
  for (const child of Array.from(box.children)) {
    if (hasField(child)) return '';
    if (!TEXT_BLOCK.test(child.tagName) || child.matches(HELP_SEL) || containsOtherField(child, self)) continue;
    const text = ownText(child);
    if (text && !COUNTER.test(text)) return text;
  }
  return '';
}

function groupLabel(c: Candidate): string {
  const first = c.group![0]!;
  const fieldset = first.closest('fieldset');
  const legend = fieldset?.querySelector('legend');
  if (legend) return ownText(legend);
  const rg = first.closest('[role="radiogroup"], [role="group"]');
  if (rg) return byIds(rg, 'aria-labelledby') || rg.getAttribute('aria-label') || '';
  // The smallest box holding all members; its label is the text before them, not a member's own label.
  let box: Element | null = first.parentElement;
  while (box && !c.group!.every((g) => box!.contains(g))) box = box.parentElement;
  return box ? captionInside(box, c) || precedingText(box, c) || tableHeader(box) : '';
}

const PLAIN_KINDS = new Set(['input', 'textarea', 'contenteditable', 'select', 'date', 'file', 'trix']);

/** The question for a candidate: the label sources tried in order. */
export function questionOf(c: Candidate): string {
  const el = c.control && c.control !== c.editable && c.control.tagName !== 'INPUT' ? c.control : c.editable;
  // A rich editor's editable carries the library's own aria text ("Rich Text Area"), not the question.
  const own = PLAIN_KINDS.has(c.kind) ? c.editable : el;
  const sources: (() => string)[] = c.group
    ? [() => groupLabel(c)]
    : [
        () => byIds(own, 'aria-labelledby') || byIds(el, 'aria-labelledby'),
        () => own.getAttribute('aria-label') ?? '',
        () => labelsOf(el) || (c.control && c.control !== el ? labelsOf(c.control) || labelFor(c.control) : ''),
        () => tableHeader(c.anchor),
        () => precedingText(c.anchor, c),
        () => el.closest('fieldset')?.querySelector('legend')?.textContent ?? '',
        () => el.getAttribute('placeholder') ?? c.editable.getAttribute('data-placeholder') ?? '',
        () => el.getAttribute('title') ?? '',
      ];
  for (const source of sources) {
    const text = squash(source());
    // Editors label their editable area generically ("Rich Text Editor, editor1"): not the question.
    if (text && !/^(rich text editor|editor|editing area)\b/i.test(text) && !WIDGET_TEXT.test(text)) return text.slice(0, MAX_LABEL);
  }
  return '';
}

/** Help text: aria-describedby, help blocks in the field's group, or the short text right after it. */
export function helpOf(c: Candidate): string {
  const described = byIds(c.editable, 'aria-describedby') || (c.control ? byIds(c.control, 'aria-describedby') : '');
  if (described) return described.slice(0, MAX_LABEL);
  const questionCell = c.anchor.closest('td')?.parentElement?.firstElementChild;
  const cellHelp = questionCell && !questionCell.contains(c.anchor) ? (within(questionCell, HELP_SEL)[0] ?? null) : null;
  if (cellHelp) return ownText(cellHelp, false).slice(0, MAX_LABEL);
  let box: Element | null = c.anchor.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (containsOtherField(box, c)) break;
    for (const help of within(box, HELP_SEL)) {
      if (c.anchor.contains(help) || isCounter(help)) continue;
      return ownText(help, false).slice(0, MAX_LABEL);
    }
  }
  const prev = c.anchor.previousElementSibling;
  if (prev?.matches(HELP_SEL) && !isCounter(prev)) return ownText(prev, false).slice(0, MAX_LABEL);
  return textAfter(c);
}

/**
 * The short text right after the field (or after the wrapper that holds only this field): its help, unless
 * it is the question of the field that follows.
 */
function textAfter(c: Candidate): string {
  let node: Element | null = c.anchor;
  for (let depth = 0; node && depth < 3; depth++) {
    let next = node.nextElementSibling;
    // Skip what the user does not read there: the editor's own hidden control, scripts, live counters.
    while (next && (next === c.control || next.matches('input[type="hidden"], script, style, template') || !isRendered(next) || isCounter(next))) {
      next = next.nextElementSibling;
    }
    if (next) {
      if (hasField(next) || next.matches('label')) return '';
      const after = next.nextElementSibling;
      if (after && hasField(after)) return '';
      const text = ownText(next, false);
      return text.length < 300 ? text : '';
    }
    node = node.parentElement;
    if (!node || node.matches('form, body') || containsOtherField(node, c)) return '';
  }
  return '';
}

/** A page counter that states its maximum ("0/300 kata") near the field: the text to read a limit from. */
export function counterLimitText(c: Candidate): string {
  let box: Element | null = c.anchor.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (containsOtherField(box, c)) break;
    for (const el of within(box, COUNTER_SEL)) {
      const text = squash(el.textContent ?? '');
      if (/\d\s*\/\s*\d/.test(text) && COUNTER.test(text)) return text;
    }
  }
  return '';
}
