/** Reading a candidate's current text and, for facts, its value as a person would read it. */
import type { Candidate } from './candidates';
import { plainText, squash } from './dom';

/** Plain text of a text field (what the word meter counts). */
export function readText(c: Candidate): string {
  const el = c.editable;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    return (el as HTMLInputElement).value;
  }
  return plainText(el);
}

/** A fact's value as text: the chosen option(s), the checked label(s), the date or file names. */
export function readFact(c: Candidate): string {
  if (c.group) {
    return c.group
      .filter((g) => g.checked)
      .map((g) => squash(g.labels?.[0]?.textContent ?? g.value))
      .join(', ');
  }
  const el = c.editable;
  if (el.tagName === 'SELECT') {
    return Array.from((el as HTMLSelectElement).selectedOptions, (o) => squash(o.text)).filter(Boolean).join(', ');
  }
  const input = el as HTMLInputElement;
  if (input.type === 'file') return Array.from(input.files ?? [], (f) => f.name).join(', ');
  return input.value ?? '';
}
