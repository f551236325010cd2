/**
 * The question a field asks, as the page words it, and its help text. Real portals get labels wrong
 * (labels pointing at ids that do not exist, duplicated ids, no ids at all), so several sources are tried in
 * order and each is checked to really belong to this field before it is trusted.
 */
import type { Candidate } from './candidates';
import { isOwnUi, squash } from './dom';

const MAX_LABEL = 300;
const FIELD_SEL = 'input:not([type="hidden"]), textarea, select, [contenteditable], trix-editor, .ck-editor, .cke, .tox-tinymce, .note-editor, .ql-container';
const HELP_SEL = '.help-block, .form-text, .help-text, .text-muted, small, .hint, .keterangan, .form-hint, .invalid-feedback + .form-text';
const TEXT_BLOCK = /^(LABEL|H[1-6]|P|LEGEND|STRONG|B|SPAN|DIV|DT|TH|TD)$/;

/** Text of an element without the text of fields, scripts and help blocks inside it. */
function ownText(el: Element, skipHelp = true): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll(`script, style, select, textarea, option, ${skipHelp ? HELP_SEL : 'template'}`).forEach((n) => n.remove());
  return squash(clone.textContent ?? '');
}

function byIds(el: Element, attr: string): string {
  const ids = (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
  const root = el.getRootNode() as Document | ShadowRoot;
  return squash(ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
}

function containsOtherField(block: Element, self: Candidate): boolean {
  for (const f of Array.from(block.querySelectorAll(FIELD_SEL))) {
    if (!self.anchor.contains(f) && !f.contains(self.anchor) && f !== self.control && !self.group?.includes(f as HTMLInputElement)) return true;
  }
  return false;
}

/** The nearest text block before the field: a heading, label or short paragraph, not another field's. */
function precedingText(start: Element, self: Candidate): string {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 5; depth++) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!TEXT_BLOCK.test(prev.tagName) && !prev.matches('section, header, .form-label, .control-label')) {
        if (prev.matches(FIELD_SEL) || prev.querySelector(FIELD_SEL)) return '';
        continue;
      }
      if (prev.matches(HELP_SEL) || isOwnUi(prev)) continue;
      if (containsOtherField(prev, self)) return '';
      const text = ownText(prev);
      if (text) return text;
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

function labelsOf(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  if (!labels || labels.length === 0) return '';
  return squash(Array.from(labels, (l) => ownText(l)).join(' '));
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
  return box ? precedingText(box, c) || tableHeader(box) : '';
}

/** The question for a candidate: the label sources tried in order. */
export function questionOf(c: Candidate): string {
  const el = c.control && c.control !== c.editable && c.control.tagName !== 'INPUT' ? c.control : c.editable;
  const sources: (() => string)[] = c.group
    ? [() => groupLabel(c)]
    : [
        () => byIds(c.editable, 'aria-labelledby') || byIds(el, 'aria-labelledby'),
        () => c.editable.getAttribute('aria-label') ?? '',
        () => labelsOf(el) || (c.control && c.control !== el ? labelsOf(c.control) : ''),
        () => tableHeader(c.anchor),
        () => precedingText(c.anchor, c),
        () => el.closest('fieldset')?.querySelector('legend')?.textContent ?? '',
        () => el.getAttribute('placeholder') ?? c.editable.getAttribute('data-placeholder') ?? '',
        () => el.getAttribute('title') ?? '',
      ];
  for (const source of sources) {
    const text = squash(source());
    // Editors label their editable area generically ("Rich Text Editor, editor1"): not the question.
    if (text && !/^(rich text editor|editor|editing area)\b/i.test(text)) return text.slice(0, MAX_LABEL);
  }
  return '';
}

/** Help text: aria-describedby, help blocks in the field's group, or the short text right after it. */
export function helpOf(c: Candidate): string {
  const described = byIds(c.editable, 'aria-describedby') || (c.control ? byIds(c.control, 'aria-describedby') : '');
  if (described) return described.slice(0, MAX_LABEL);
  let box: Element | null = c.anchor.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (containsOtherField(box, c)) break;
    const help = box.querySelector(HELP_SEL);
    if (help && !c.anchor.contains(help)) return ownText(help, false).slice(0, MAX_LABEL);
  }
  const next = c.anchor.nextElementSibling;
  if (next && !next.matches(FIELD_SEL) && !next.querySelector(FIELD_SEL) && !next.matches('label')) {
    const text = ownText(next, false);
    if (text.length < 200) return text;
  }
  return '';
}
