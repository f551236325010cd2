/**
 * The question a field asks, as the page words it, and its help text. Real portals get labels wrong
 * (labels pointing at ids that do not exist, duplicated ids, no ids at all), so several sources are tried in
 * order and each is checked to really belong to this field before it is trusted.
 */
import { EDITOR_CHROME, type Candidate } from './candidates';
import { isOwnUi, isRendered, squash } from './dom';
import { tiedLabels, resetLabels } from './labels';
import { COUNTER, COUNTER_SEL, GUIDE_SEL, HELP_SEL, isCounter, isHelpOnly, ownText, resetOwnText } from './own-text';
import { resetWithin, within } from './within';

const MAX_LABEL = 300;
const FIELD_SEL = 'input:not([type="hidden"]), textarea, select, [contenteditable], trix-editor, .ck-editor, .cke, .tox-tinymce, .note-editor, .ql-container';
const TEXT_BLOCK = /^(LABEL|H[1-6]|P|LEGEND|STRONG|B|SPAN|DIV|DT|TH|TD|TR)$/;
/** A toolbar of the portal's own editor ("B I • Daftar") says nothing about the question. */
const TOOLBAR = '[role="toolbar"], [class*="toolbar"]';

/** File pickers label themselves with their own chrome ("Pilih berkas…", "No file chosen"): not a question. */
const WIDGET_TEXT = /^(pilih|choose|browse|cari)\s+(berkas|file|dokumen)\W*$|^browse\W*$|belum ada (berkas|file)|no file (chosen|selected)/i;

function byIds(el: Element, attr: string): string {
  const ids = (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
  const root = el.getRootNode() as Document | ShadowRoot;
  return squash(ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
}

/**
 * Per-scan memos (with the index of what each box holds, ./within, the blocks' texts, ./own-text, and the
 * labels, ./labels): the same ancestors (the form, its sections) are asked about for every field, and a query
 * over a whole form per field made detection quadratic. `beginScan` clears them; scanPage calls it.
 */
let countsAsField = new WeakMap<Element, boolean>();
export function beginScan(): void {
  resetWithin();
  resetOwnText();
  resetLabels();
  countsAsField = new WeakMap();
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

function containsOtherField(block: Element, self: Candidate): boolean {
  for (const f of within(block, FIELD_SEL)) {
    if (isField(f) && !self.anchor.contains(f) && !f.contains(self.anchor) && f !== self.control && !self.group?.includes(f as HTMLInputElement)) return true;
  }
  return false;
}

interface Preceding {
  question: Element;
  /** A sentence of guidance between the question and the field. */
  guidance?: Element;
}

/** The nearest text block before the field: a heading, label or short paragraph, not another field's. */
function precedingText(start: Element, self: Candidate): Preceding | null {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 7; depth++) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      // The field's own parts before it: its source control, its editor's toolbar (Trix's holds a link input).
      if (prev === self.control || prev.matches(EDITOR_CHROME) || prev.matches(TOOLBAR)) continue;
      if (!TEXT_BLOCK.test(prev.tagName) && !prev.matches('section, header, .form-label, .control-label')) {
        if (hasField(prev)) return null;
        continue;
      }
      if (prev.matches(HELP_SEL) || prev.matches(COUNTER_SEL) || isOwnUi(prev)) continue;
      if (containsOtherField(prev, self)) return null;
      const text = ownText(prev);
      // A line that only states a limit or "wajib diisi" is help, and a ":" cell is layout: look further back.
      if (!text || !WORDY.test(text) || COUNTER.test(text) || isHelpOnly(text)) continue;
      const title = titleBefore(prev);
      return title ? { question: title, guidance: prev } : { question: prev };
    }
    node = node.parentElement;
    if (!node || node.tagName === 'FORM' || node.tagName === 'BODY') break;
  }
  return null;
}

const WORDY = /[\p{L}\p{N}]/u;
/** Longer than a section name: a sentence of guidance ("Gambarkan kondisi sebelum inovasi: …"). */
const GUIDANCE_WORDS = 10;
const wordsIn = (text: string) => text.split(' ').length;

/**
 * A question worded as a short title and then a sentence of guidance, in one box: the title is the question
 * (the guidance is still read for limits, see questionOf).
 */
function titleBefore(block: Element): Element | null {
  if (wordsIn(ownText(block)) <= GUIDANCE_WORDS) return null;
  for (let prev = block.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (!TEXT_BLOCK.test(prev.tagName) || hasField(prev)) return null;
    const text = ownText(prev);
    if (!text || !WORDY.test(text) || isHelpOnly(text) || prev.matches(HELP_SEL)) continue;
    return wordsIn(text) <= GUIDANCE_WORDS ? prev : null;
  }
  return null;
}

function tableHeader(el: Element): Element | null {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return null;
  const th = row.querySelector('th');
  if (th) return th;
  const first = row.firstElementChild;
  return first && first !== cell ? first : null;
}

/** The first text block inside a box, before its first field (a group's caption inside its wrapper). */
function captionInside(box: Element, self: Candidate): string {
  for (const child of Array.from(box.children)) {
    if (hasField(child)) return '';
    if (!TEXT_BLOCK.test(child.tagName) || child.matches(HELP_SEL) || containsOtherField(child, self)) continue;
    const text = ownText(child);
    if (text && WORDY.test(text) && !COUNTER.test(text) && !isHelpOnly(text)) return text;
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
  if (!box) return '';
  const text = (el: Element | null) => (el ? ownText(el) : '');
  return captionInside(box, c) || text(precedingText(box, c)?.question ?? null) || text(tableHeader(box));
}

const PLAIN_KINDS = new Set(['input', 'textarea', 'contenteditable', 'select', 'date', 'file', 'trix']);

export interface Question {
  /** The question as the page words it. */
  text: string;
  /** What the page says about answering it that is not the question: guidance lists inside the question's
   *  label or cell, labels beside the box that state only a limit. Read for limits; help when there is none. */
  guide: string;
}

/** What a label source found: text, or the elements whose own text is the question. */
type Found = string | Element | Element[] | null;

/** Editors label their editable area generically ("Rich Text Editor, editor1"): not the question. */
const GENERIC = /^(rich text editor|editor|editing area)\b/i;

function guideIn(els: Element[]): string {
  return els.flatMap((el) => within(el, GUIDE_SEL).filter((l) => !l.parentElement?.closest(GUIDE_SEL)))
    .map((l) => ownText(l, false)).join(' ');
}

/** The question for a candidate: the label sources tried in order. */
export function questionOf(c: Candidate): Question {
  const el = c.control && c.control !== c.editable && c.control.tagName !== 'INPUT' ? c.control : c.editable;
  // A rich editor's editable carries the library's own aria text ("Rich Text Area"), not the question.
  const own = PLAIN_KINDS.has(c.kind) ? c.editable : el;
  let tiedHelp = '';
  let guidance: Element | undefined;
  const tied = (): Element[] => {
    const mine = tiedLabels(el, c, FIELD_SEL, isField);
    const ctl = mine.question.length === 0 && c.control && c.control !== el ? tiedLabels(c.control, c, FIELD_SEL, isField) : null;
    tiedHelp = [mine.help, ctl?.help ?? ''].filter(Boolean).join(' ');
    return mine.question.length ? mine.question : (ctl?.question ?? []);
  };
  const sources: (() => Found)[] = c.group
    ? [() => groupLabel(c)]
    : [
        () => byIds(own, 'aria-labelledby') || byIds(el, 'aria-labelledby'),
        () => own.getAttribute('aria-label') ?? '',
        tied,
        () => tableHeader(c.anchor),
        () => {
          const found = precedingText(c.anchor, c);
          guidance = found?.guidance;
          return found?.question ?? null;
        },
        () => el.closest('fieldset')?.querySelector('legend') ?? null,
        () => el.getAttribute('placeholder') ?? c.editable.getAttribute('data-placeholder') ?? '',
        () => el.getAttribute('title') ?? '',
      ];
  for (const source of sources) {
    const found = source();
    const els = found === null || typeof found === 'string' ? [] : Array.isArray(found) ? found : [found];
    const text = squash(typeof found === 'string' ? found : els.map((e) => ownText(e)).join(' '));
    if (text && !GENERIC.test(text) && !WIDGET_TEXT.test(text)) {
      const guide = `${guidance ? ownText(guidance, false) : ''} ${guideIn(els)} ${tiedHelp}`;
      return { text: text.slice(0, MAX_LABEL), guide: squash(guide).slice(0, MAX_LABEL) };
    }
  }
  return { text: '', guide: tiedHelp.slice(0, MAX_LABEL) };
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
  if (prev && (prev.matches(HELP_SEL) || isHelpLabel(prev)) && !isCounter(prev)) return ownText(prev, false).slice(0, MAX_LABEL);
  return textAfter(c);
}

/** A label beside the box, tied to nothing, that states only a limit ("Maksimal 200 kata" in red). */
const isHelpLabel = (el: Element) => el.tagName === 'LABEL' && isHelpOnly(ownText(el, false));

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
    if (next) return helpFrom(next);
    node = node.parentElement;
    if (!node || node.matches('form, body') || containsOtherField(node, c)) return '';
  }
  return '';
}

/**
 * Help from `next` on: labels that state only a limit ("wajib diisi"), then the first short text block,
 * unless that block is the question of the field after it.
 */
function helpFrom(next: Element): string {
  const parts: string[] = [];
  for (let el: Element | null = next; el; el = el.nextElementSibling) {
    if (isHelpLabel(el)) {
      parts.push(ownText(el, false));
      continue;
    }
    if (hasField(el) || el.matches('label')) break;
    const after = el.nextElementSibling;
    const text = ownText(el, false);
    if (!(after && hasField(after)) && text.length < 300) parts.push(text);
    break;
  }
  return parts.join(' ');
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
