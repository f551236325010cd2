/**
 * The text a label or help block shows for itself: without the text of fields, scripts and live counters
 * (and, for labels, of help blocks inside them). Part of detection: scanPage clears the memo (through
 * beginScan) before each scan, during which the page does not change.
 */
import { stripLimits } from '../text/limits';
import { squash } from './dom';

export const HELP_SEL = '.help-block, .form-text, .help-text, .help, .text-muted, small, .hint, .keterangan, .ket, .form-hint';
/** Where pages show a live counter. (`[class*="count"]` also covers "counter" in a class.) */
export const COUNTER_SEL = '[data-counter-for], .counter, [class*="count"], .penghitung';
/** A live counter ("0/200 kata", "Sisa 200 kata") is not a question. */
export const COUNTER = /^(sisa\s*)?\d[\d.,]*\s*(\/\s*\d[\d.,]*)?\s*(kata|karakter|huruf|words?|char\w*)(\s*tersisa)?$/i;

const DROPPED = `script, style, select, textarea, option, ${COUNTER_SEL}`;
/** Evaluators' guidance as a list inside a label or question cell: help, read for limits, not the question. */
export const GUIDE_SEL = 'ul, ol';
const DROPPED_IN_LABEL = `${DROPPED}, ${HELP_SEL}, ${GUIDE_SEL}`;
const DROPPED_IN_HELP = `${DROPPED}, template`;
const COUNTER_LEAF = 'span, small, em, i, b';

/** Per scan: the same blocks are read for neighbouring fields, and as a counter check before their text. */
let labelTexts = new WeakMap<Element, string>();
let helpTexts = new WeakMap<Element, string>();
export function resetOwnText(): void {
  labelTexts = new WeakMap();
  helpTexts = new WeakMap();
}

/** Text of an element as a label (help blocks left out) or, with `skipHelp` false, as help text. */
export function ownText(el: Element, skipHelp = true): string {
  // Most labels hold nothing to strip.
  if (el.childElementCount === 0) return squash(el.textContent ?? '');
  const memo = skipHelp ? labelTexts : helpTexts;
  let text = memo.get(el);
  if (text === undefined) memo.set(el, (text = readOwnText(el, skipHelp ? DROPPED_IN_LABEL : DROPPED_IN_HELP)));
  return text;
}

/**
 * Walks the element rather than stripping a clone of it: cloning every block looked at (the neighbours of a
 * field are often big) was the largest cost of detection. Same result: what is dropped is skipped with all it
 * holds, and an inline element left empty of elements that holds only a counter is skipped too.
 */
function readOwnText(el: Element, dropped: string): string {
  let out = '';
  const walk = (node: Element): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 || n.nodeType === 4) out += (n as CharacterData).data;
      else if (n.nodeType === 1) {
        const child = n as Element;
        if (child.matches(dropped) || (child.matches(COUNTER_LEAF) && isCounterLeaf(child, dropped))) continue;
        walk(child);
      }
    }
  };
  walk(el);
  return squash(out);
}

function isCounterLeaf(el: Element, dropped: string): boolean {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (!(n as Element).matches(dropped)) return false;
    } else if (n.nodeType === 3 || n.nodeType === 4) text += (n as CharacterData).data;
  }
  return COUNTER.test(squash(text));
}

/** The page's own live counter ("13 / 300 kata") says what was typed, not what is asked. */
export function isCounter(el: Element): boolean {
  return el.matches(COUNTER_SEL) || COUNTER.test(ownText(el, false));
}

/** A line that only says how to answer starts with a limit, "wajib" or a format: "Maks. 200 kata, tanpa tabel". */
const HELP_LEAD = /^(?:maks(?:imal|imum)?|max(?:imal|imum)?|min(?:imal|imum)?|paling\s+(?:banyak|sedikit)|(?:tidak|tak)\s+(?:lebih|kurang|melebihi)|batas|wajib|harus\s+diisi|required|at\s+(?:most|least)|up\s+to|(?:format|contoh|example)\s*:|\d[\d.,]*\s*(?:kata|karakter|huruf|words?|char))/i;
/** What is left of such a line once limits are taken out: required marks, punctuation. */
const REQUIRED = /\b(?:wajib(?:\s+diisi)?|harus\s+diisi|required|tidak\s+wajib|opsional|optional)\b/gi;
const MAX_HELP_WORDS = 14;

/**
 * A label or line that states only a limit, a format or "wajib diisi" is help text, never the question
 * ("Maksimal 200 kata" in red beside a box, "(wajib diisi)", "Format: https://youtu.be/…"): the question is
 * further back.
 */
export function isHelpOnly(text: string): boolean {
  const lead = text.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!lead) return false;
  if (HELP_LEAD.test(lead) && lead.split(/\s+/).length <= MAX_HELP_WORDS) return true;
  return stripLimits(lead).replace(REQUIRED, ' ').replace(/[^\p{L}\p{N}]+/gu, '') === '';
}
