/**
 * Limits stated in a field's label or help text, Indonesian and English: "maksimal 200 kata",
 * "maks. 2.000 karakter", "min. 300 kata", "100–300 kata", "≤ 500 kata", "Max words: 250", counters
 * ("0/200 kata"). A number only counts as a limit when a unit (kata, words, karakter, huruf, char…) sits
 * beside it, so "Tahun 2023", "3. Kebaruan", "PermenPANRB 7/2021", "1–2 MB" and "5 menit" are never limits.
 *
 * "Sisa 150 kata" / "150 kata tersisa" is a live countdown, not a limit (it shrinks as the user types), so it
 * is recognised — `stripLimits` removes it from labels — but never returned as a limit.
 */
export interface ParsedLimits {
  minWords?: number;
  maxWords?: number;
  minChars?: number;
  maxChars?: number;
}

const r = String.raw;
/** "2.000" (Indonesian) and "2,000" (English) are thousands; a plain run of digits otherwise. */
const NUM = r`(\d{1,3}(?:[.,]\d{3})+|\d+)`;
/** "kata kunci" (keywords) is not a word limit: "5 kata kunci". */
const UNIT = r`(kata|words?|karakter|characters?|chars?|huruf)(?!\p{L})(?!\s*kunci)`;
const MINQ = r`minimal|minimum|min|paling\s+sedikit|sekurang-kurangnya|setidak(?:-tidak)?nya|(?:tidak|tak)\s+kurang\s+dari|at\s+least|no\s+(?:less|fewer)\s+than|≥|>=|>`;
const MAXQ = r`maksimal|maksimum|maks|maximal|maximum|max|paling\s+banyak|sebanyak-banyaknya|(?:tidak|tak)\s+(?:lebih\s+dari|melebihi)|up\s+to|at\s+most|no\s+more\s+than|not\s+(?:more\s+than|exceeding|to\s+exceed)|batas|limit|≤|<=|<`;
/** A qualifier is a whole word ("admin 200 kata" has no "min"); "maks." and "min:" are fine. One group. */
const Q = (q: string) => r`(?<!\p{L})(${q})(?!\p{L})`;
const QUAL = r`(?:${Q(MINQ)}|${Q(MAXQ)})\.?\s*:?\s*`;
const RANGE = r`\s*(?:-|–|—|s\.?\s*d\.?|s\s*/\s*d|sampai(?:\s+dengan)?|hingga|to)\s*`;
const TRAIL_MIN = r`atau\s+lebih|or\s+more|minimal|minimum`;
const TRAIL_MAX = r`atau\s+kurang|or\s+(?:less|fewer)|maksimal|maksimum|maks|max`;
/** A trailing qualifier must not be the leading qualifier of the next limit ("200 kata maks 2000 karakter"). */
const TRAIL = r`(?:\s*(${TRAIL_MIN})|\s*(${TRAIL_MAX}))(?!\p{L})(?!\.?\s*:?\s*\d)`;

interface Patterns {
  /** Number before unit. Groups: 1 sisa, 2 min-q, 3 max-q, 4 n, 5 range end, 6 unit, 7 t-min, 8 t-max, 9 left. */
  numFirst: RegExp;
  /** Unit before number: "Max words: 250", "Batas karakter 2000", "Jumlah kata maksimal 200", "Word limit 250".
   * Groups: 1 min-q, 2 max-q, 3 unit | 4 unit, 5 min-q, 6 max-q | 7 n. */
  unitFirst: RegExp;
}

/**
 * Built on first use, not at import: the content script loads on every portal page and reads no limit until a
 * panel connects, and compiling these Unicode patterns is a good part of its start-up.
 */
let patterns: Patterns | undefined;
function limitPatterns(): Patterns {
  return (patterns ??= {
    numFirst: new RegExp(
      r`(sisa\s*:?\s*)?(?:${QUAL})?(?<!\d|\d[.,])(?:\d+\s*/\s*)?${NUM}(?:${RANGE}${NUM})?\s*${UNIT}(?:${TRAIL})?` +
        r`(\s*(?:tersisa|lagi|remaining|left)(?!\p{L}))?`,
      'giu',
    ),
    unitFirst: new RegExp(
      r`(?:${QUAL}(?:jumlah\s+)?${UNIT}|(?:jumlah\s+)?(?<!\p{L})${UNIT}\s*${QUAL})\.?\s*:?\s*${NUM}(?![.,]?\d)`,
      'giu',
    ),
  });
}

const toInt = (s: string) => Number(s.replace(/[.,]/g, ''));
const isWords = (unit: string) => /^(?:kata|word)/i.test(unit);

type Key = keyof ParsedLimits;
function put(out: ParsedLimits, unit: string, kind: 'min' | 'max', n: number): void {
  if (!(n > 0 && n <= 1_000_000)) return;
  const key: Key = `${kind}${isWords(unit) ? 'Words' : 'Chars'}`;
  const old = out[key];
  // Two statements of the same limit: keep the stricter one (warn before the edge, never after it).
  out[key] = old === undefined ? n : kind === 'max' ? Math.min(old, n) : Math.max(old, n);
}

export function parseLimits(text: string): ParsedLimits {
  const out: ParsedLimits = {};
  const { numFirst, unitFirst } = limitPatterns();
  for (const m of text.matchAll(numFirst)) {
    if (m[1] || m[9]) continue; // a countdown, not a limit
    const unit = m[6] ?? '';
    const a = toInt(m[4] ?? '');
    if (m[5] !== undefined) {
      const b = toInt(m[5]);
      if (a < b) put(out, unit, 'min', a);
      put(out, unit, 'max', b);
      continue;
    }
    const isMin = m[2] !== undefined || (m[3] === undefined && m[7] !== undefined);
    put(out, unit, isMin ? 'min' : 'max', a);
  }
  for (const m of text.matchAll(unitFirst)) {
    const unit = m[3] ?? m[4] ?? '';
    put(out, unit, m[1] !== undefined || m[5] !== undefined ? 'min' : 'max', toInt(m[7] ?? ''));
  }
  return out;
}

/** Removes limit phrases and counters from a label ("Ringkasan (maks. 200 kata)" → "Ringkasan ()"). */
export function stripLimits(text: string): string {
  const { numFirst, unitFirst } = limitPatterns();
  return text.replace(numFirst, ' ').replace(unitFirst, ' ');
}
