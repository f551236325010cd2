/**
 * The number check: which numbers in an AI result do not appear in the source (the field's text and any
 * context sent with it)? The panel flags them, because the prompt forbids new numbers and a proposal with an
 * invented figure is worse than a plain one.
 *
 * Numbers are compared by value, not by spelling, so "1.250" = "1250" = "1,250" (English), "2,5 juta" =
 * "2.500.000", "12%" = "12 persen" = "12". An ambiguous spelling ("1.250": Indonesian 1250 or English 1.25)
 * takes every reading, and a result number is new only when none of its readings is in the source: the check
 * errs towards not flagging, so a flag is worth reading. Units are not compared ("15 hari" and "15 orang"
 * match), and numbers written as words ("lima belas") are not numbers here. Placeholders `[data: …]` are not
 * part of the result's numbers.
 */

/** Scale words after a number ("2,5 juta"), Indonesian and English, with their common abbreviations. */
const SCALES: Record<string, number> = {
  ribu: 1e3, rb: 1e3, thousand: 1e3, k: 1e3,
  juta: 1e6, jt: 1e6, million: 1e6,
  miliar: 1e9, milyar: 1e9, billion: 1e9,
  triliun: 1e12, trilyun: 1e12, trillion: 1e12,
};

/**
 * An optional currency, the digits with their separators, an optional scale word, an optional percent sign.
 * Digits are not required to stand alone ("COVID-19" holds 19, "K3" holds 3): a digit is a fact wherever it is.
 */
const NUMBER =
  /(?:(?:\bRp|\bIDR|\bUSD|\$)\.?\s?)?(\d+(?:[.,]\d+)*)(?:\s?(ribu|rb|thousand|juta|jt|million|miliar|milyar|billion|triliun|trilyun|trillion|k)\b)?(?:\s?(%|persen\b|percent\b))?/giu;

/** `[data: …]` placeholders (and any bracketed `[…: …]` of that shape) are not numbers. */
const PLACEHOLDER = /\[\s*data\s*:[^\]]*\]/giu;

export interface FoundNumber {
  /** As written, with currency, scale and percent sign where present. */
  text: string;
  /** Every value the spelling can mean. */
  values: number[];
}

/** The readings of a digit string with `.`/`,` separators. */
export function readings(digits: string): number[] {
  const seps = digits.match(/[.,]/g) ?? [];
  if (seps.length === 0) return [Number(digits)];
  const groups = digits.split(/[.,]/);
  const first = groups[0] ?? '';
  const kinds = new Set(seps);
  const plain = (s: string) => Number(s.replace(/[.,]/g, ''));

  if (kinds.size === 2) {
    // "1.250,5" (Indonesian) or "1,250.5" (English): the last separator is the decimal one.
    const lastSep = seps[seps.length - 1] ?? '.';
    const cut = digits.lastIndexOf(lastSep);
    return [Number(`${plain(digits.slice(0, cut))}.${digits.slice(cut + 1)}`)];
  }

  const thousandsShape = first.length >= 1 && first.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  const values: number[] = [];
  if (thousandsShape) values.push(plain(digits)); // "1.250" / "1,250" / "2.500.000"
  if (seps.length === 1) {
    // "1,5" (Indonesian decimal) / "1.5" (English decimal); "1.250" is also 1.25 in English.
    values.push(Number(digits.replace(',', '.')));
  }
  // "1.2.3" (a numbering like a regulation article): read each part.
  if (!values.length) for (const g of groups) values.push(Number(g));
  return [...new Set(values)];
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  const clean = text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
  for (const m of clean.matchAll(NUMBER)) {
    const digits = m[1];
    if (!digits) continue;
    const scale = m[2] ? (SCALES[m[2].toLowerCase()] ?? 1) : 1;
    const values = readings(digits).map((v) => round(v * scale));
    found.push({ text: m[0].trim(), values });
  }
  return found;
}

/**
 * Numbers in `result` that are not in `source` (a string, or several: the field's text and its context),
 * as they are written in the result, first occurrence first, without repeats.
 */
export function newNumbers(source: string | readonly string[], result: string): string[] {
  const known = new Set<number>();
  for (const s of typeof source === 'string' ? [source] : source) {
    for (const n of findNumbers(s)) for (const v of n.values) known.add(v);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const n of findNumbers(result)) {
    if (n.values.some((v) => known.has(v))) continue;
    if (seen.has(n.text)) continue;
    seen.add(n.text);
    out.push(n.text);
  }
  return out;
}
