/**
 * What "the same text" means in the library: saving it twice, or importing a file that holds it again, must
 * not make a second copy. Text pasted from Word, a PDF or a portal differs in ways a reader cannot see
 * (non-breaking and zero-width spaces, full-width letters, a final full stop), so those differences are
 * ignored; a difference in words is not.
 */
import type { Proposal, Snippet } from './types';

// Zero-width space, non-joiner, joiner, word joiner, BOM and soft hyphen: invisible, and left behind by
// copying out of PDFs and rich editors. NFKC does not remove them.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const TRAILING = /[\s\p{P}]+$/u;

/** The text reduced to what a reader sees: two texts with the same key are the same text. */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING, '');
}

/** The key a snippet is deduplicated by: its section and its text, not its title or tags. */
export function snippetKey(s: Pick<Snippet, 'section' | 'text'>): string {
  return `${s.section}\n${textKey(s.text)}`;
}

/** Same section, same text: the second is a duplicate of the first whatever its title and tags. */
export function sameSnippet(a: Pick<Snippet, 'section' | 'text'>, b: Pick<Snippet, 'section' | 'text'>): boolean {
  return a.section === b.section && textKey(a.text) === textKey(b.text);
}

/** FNV-1a over UTF-16 code units, from a given offset basis; 32 bits as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A short stable key for a proposal's content: its title, year, competition and the text of its sections.
 * Two 32-bit FNV-1a runs from different offset bases (64 bits): a collision would make an import skip a
 * real proposal as "already there", and at 32 bits that becomes likely once a library holds a few
 * thousand proposals.
 */
export function proposalKey(p: Pick<Proposal, 'title' | 'year' | 'profileId' | 'sections'>): string {
  // JSON keeps the parts apart: no title can end where a section begins.
  const canonical = JSON.stringify([
    textKey(p.title), p.year, p.profileId, p.sections.map((s) => [s.section, textKey(s.text)]),
  ]);
  return fnv1a(canonical, 0x811c9dc5) + fnv1a(canonical, 0x050c5d1f);
}

/**
 * The snippet already in the library that `candidate` would duplicate, or null. Deleted snippets do not
 * count (the user threw them away), and neither does the candidate itself when it is being edited.
 */
export function findDuplicateSnippet(
  library: readonly Snippet[],
  candidate: Pick<Snippet, 'section' | 'text'> & { id?: string },
): Snippet | null {
  const key = snippetKey(candidate);
  return library.find((s) => s.deletedAt === undefined && s.id !== candidate.id && snippetKey(s) === key) ?? null;
}
