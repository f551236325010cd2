/**
 * Turns a field label as the page shows it into the plain form the classifier compares:
 * "3. Kebaruan / Nilai Tambah * (maks. 200 kata)Wajib" → "kebaruan nilai tambah".
 *
 * Portals glue things onto labels: numbering, required marks, limit hints, live counters ("0/600 kata",
 * "Sisa 200 kata") and reviewer badges ("Wajib", "Revisi", "Sudah dinilai"), often with no space because the
 * badge is a separate element whose text is concatenated by `textContent`.
 */
import { stripLimits } from './limits';

const BADGES = [
  'Wajib diisi', 'Harus diisi', 'Tidak wajib', 'Wajib', 'Required', 'Opsional', 'Optional', 'Baru', 'Revisi',
  'Perlu Perbaikan', 'Sudah Dinilai', 'Belum Dinilai',
];
interface BadgePatterns {
  /** "RingkasanWajib": a capitalised badge glued to a lowercase letter gets a space before it. */
  glued: RegExp;
  /**
   * Badges are stripped only at either end of the label, where portals put them: "Hal baru yang ditawarkan"
   * keeps its "baru".
   */
  edges: RegExp;
}

/** Built on first use: the content script imports this on every portal page but reads labels only for a panel. */
let badges: BadgePatterns | undefined;
function badgePatterns(): BadgePatterns {
  if (badges) return badges;
  const words = BADGES.map((b) => b.toLowerCase()).join('|');
  return (badges = {
    glued: new RegExp(`(?<=\\p{Ll})(?=(?:${BADGES.flatMap((b) => [b, b.toUpperCase()]).join('|')})(?!\\p{Ll}))`, 'gu'),
    edges: new RegExp(`^(?:(?:${words}) )+|(?: (?:${words}))+$`, 'g'),
  });
}
/** "3.", "3.1", "2)", "(2)", "B.", "a)", "III." — numbering at the start. Digits need no punctuation. */
const NUMBERING = /^\s*\(?(?:\d+(?:\.\d+)*[.)]?|(?:[a-z]|[ivx]+)[.)](?=\s|$)|(?:[A-Z]|[IVX]+)[.)](?=\s|$))\s*/;

export function normalizeLabel(raw: string): string {
  const { glued, edges } = badgePatterns();
  let s = raw
    .normalize('NFKD')
    .replace(/<\/?[a-z][^>]*>/gi, ' ') // markup shown as text in a label ("Judul <img onerror=…>") is noise
    .replace(/\p{M}/gu, '') // diacritics: "Kebaruán" → "Kebaruan"
    .replace(glued, ' ')
    .replace(/(?<=\p{L})(?=\d)/gu, ' '); // "Signifikansi0/600 kata"
  // Numbering may hide behind a required mark or a bullet: "* 3. Kebaruan".
  s = s.replace(/^[\s*•·\-–—]+/, '').replace(NUMBERING, '');
  s = stripLimits(s.toLowerCase())
    .replace(/\(?\s*(?:bobot\s*:?\s*)?\d+(?:[.,]\d+)?\s*%\s*\)?/g, ' ') // a rubric weight: "Signifikansi (30%)"
    .replace(/[^\p{L}\p{N}]+/gu, ' ') // punctuation, "/" and "*" → space
    .trim();
  return s.replace(edges, '').trim();
}
