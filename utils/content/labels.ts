/**
 * The `<label>`s tied to a control, and which of them to believe. Real portals tie labels wrongly: a `for`
 * copied from the field above names the wrong control, a `for` names a duplicated id, and a second label
 * beside the box holds only "Maksimal 200 kata". A tied label is the question only when it sits with its
 * control (the nearest box around the label that holds any field holds this one) and says more than a
 * limit; a limit-only label is help. Part of detection: memos are per scan (`resetLabels`, from beginScan).
 */
import type { Candidate } from './candidates';
import { isHelpOnly, ownText } from './own-text';
import { within } from './within';

type Root = Document | ShadowRoot;

let idCounts = new WeakMap<Root, Map<string, number>>();
let labelMaps = new WeakMap<Root, Map<Element, HTMLLabelElement[]>>();
export function resetLabels(): void {
  idCounts = new WeakMap();
  labelMaps = new WeakMap();
}

/**
 * The labels of every control in a root, from one pass over its labels: `control.labels` walks the whole
 * document on each call, which made a 300-field page take a tenth of a second.
 */
function labelsFor(el: Element): HTMLLabelElement[] {
  const root = el.getRootNode() as Root;
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

function idCount(root: Root, id: string): number {
  let counts = idCounts.get(root);
  if (!counts) {
    counts = new Map();
    for (const el of Array.from(root.querySelectorAll('[id]'))) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
    idCounts.set(root, counts);
  }
  return counts.get(id) ?? 0;
}

/** A value for a `[attr="…"]` selector (CSS.escape is not everywhere, e.g. jsdom). */
const quoteAttr = (v: string) => v.replace(/["\\]/g, '\\$&');

export interface TiedLabels {
  /** The tied labels that hold the question (none when none can be believed). */
  question: Element[];
  /** Limit-only labels tied to the field: its help. */
  help: string;
}

const NONE: TiedLabels = { question: [], help: '' };

/**
 * Whether a label sits with this field: the nearest box around the label that holds any field must hold
 * this one. `isField` leaves out an editor's own inner controls.
 */
function sitsWith(label: Element, c: Candidate, fieldSel: string, isField: (f: Element) => boolean): boolean {
  for (let box = label.parentElement; box; box = box.parentElement) {
    if (!within(box, fieldSel).some(isField)) continue;
    return box.contains(c.anchor) || (!!c.control && box.contains(c.control));
  }
  return true;
}

function split(labels: Element[]): TiedLabels {
  const question: Element[] = [];
  const help: string[] = [];
  for (const label of labels) {
    const text = ownText(label);
    if (isHelpOnly(text)) help.push(text);
    else if (text) question.push(label);
  }
  return { question, help: help.join(' ') };
}

/**
 * `<label for>` and wrapping labels of `el`; for a control that is not labelable (the hidden input behind
 * Trix or Quill), the labels whose `for` names its id. A `for` that names a duplicated id is not trusted.
 */
export function tiedLabels(el: Element, c: Candidate, fieldSel: string, isField: (f: Element) => boolean): TiedLabels {
  const root = el.getRootNode() as Root;
  let labels: Element[] = labelsFor(el);
  if (labels.length === 0 && el.id && !('labels' in el && (el as HTMLInputElement).labels)) {
    labels = Array.from(root.querySelectorAll(`label[for="${quoteAttr(el.id)}"]`));
  }
  if (labels.length === 0) return NONE;
  const unique = !el.id || idCount(root, el.id) === 1;
  const trusted = labels.filter((l) => l.contains(el) || (unique && sitsWith(l, c, fieldSel, isField)));
  return trusted.length ? split(trusted) : NONE;
}
