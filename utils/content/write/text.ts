/** Text ↔ editor HTML, and the comparison used to verify a write. */
import { plainText } from '../dom';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Paragraphs of a plain text: each non-empty line is one (blank lines only separate). */
export function paragraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Plain text as editor HTML: one `<p>` per paragraph, escaped — no markup from the panel leaks in. */
export function textToHtml(text: string): string {
  return paragraphs(text).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

/** The plain text of editor HTML, read without running anything in it (a parsed, inert document). */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return plainText(doc.body);
}

/** Same words in the same order and paragraphs, ignoring how white space and &nbsp; are spelled. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => paragraphs(s.replace(/\u00a0/g, ' ')).map((p) => p.replace(/\s+/g, ' ')).join('\n');
  return norm(a) === norm(b);
}
