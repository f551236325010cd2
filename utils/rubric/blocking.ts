/**
 * "Periksa sebelum kirim", the part that needs no AI: problems that cost points or get a proposal rejected at
 * the administrative check (incomplete or careless answers, limits the portal enforces, the same text twice, an
 * earlier year's text resubmitted — see "Common reasons for rejection" in shared/domain/COMPETITIONS.md).
 * Pure: fields in, problems out (per field in field order, then the pairs).
 */
import { countText } from '../text/count';
import type { Counts, Limit, Limits, SectionKey } from '../types';

export interface RubricField {
  key: string;
  label: string;
  section: SectionKey;
  section2?: SectionKey;
  text: string;
  limits: Limits;
  /** Prose is required unless this is false; a fact only when it is true. */
  required?: boolean;
  fact: boolean;
  /** For facts: the chosen value as text. */
  value?: string;
}

export type BlockingKind =
  | 'empty-required' | 'over-limit' | 'under-limit' | 'near-limit' | 'placeholder' | 'duplicate-section'
  | 'same-as-saved';

export interface Blocking {
  kind: BlockingKind;
  key: string;
  otherKey?: string;
  detail: Record<string, string | number>;
}

export interface SavedProposal {
  title: string;
  year: number;
  texts: string[];
}

export interface BlockingOptions {
  /** Warn within this share of a maximum (default 0.05): the portal may count differently from us. */
  margin?: number;
  /** The user's proposals from earlier years: resubmitting one word for word is what judges notice first. */
  saved?: SavedProposal[];
}

/** A warning, not a reason the portal or the judges would reject the proposal. */
export const isSevere = (kind: BlockingKind): boolean => kind !== 'near-limit';

const DEFAULT_MARGIN = 0.05;
/** Short answers ("Belum ada", "Tidak ada") may honestly repeat; a copied section is longer than this. */
const MIN_DUPLICATE_WORDS = 5;
/** A pasted paragraph this long in two sections is a copy, not a shared phrase. */
const MIN_PARAGRAPH_WORDS = 40;

const PLACEHOLDERS: [name: string, re: RegExp][] = [
  ['[data]', /\[\s*(?:data|isi|tulis|angka|nama|jumlah|sumber|tahun)\b[^\]]*\]/giu],
  ['{{variabel}}', /\{\{[^{}]*\}\}/gu],
  ['XXX', /(?<![\p{L}\p{N}])[Xx]{3,}(?![\p{L}\p{N}])/gu],
  // Dots standing alone, as a gap to fill ("sebanyak ... orang"); "dan lain-lain..." ends a sentence.
  ['...', /(?<=^|[\s([])(?:\.{3,}|…)(?=$|[\s)\],;:])/gu],
  ['lorem ipsum', /lorem\s+ipsum/giu],
];

/** What "the same text" means: case and whitespace (incl. NBSP, zero-width) do not make it different. */
export function normalizeForCompare(text: string): string {
  return text.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const isEmpty = (f: RubricField) => (f.fact ? (f.value ?? f.text) : f.text).trim() === '';
const isRequired = (f: RubricField) => (f.fact ? f.required === true : f.required !== false);

/** Same rule as the meter: `maxlength` is enforced on value length, any other limit after the post (CRLF). */
const charsFor = (counts: Counts, limit: Limit) => (limit.source === 'maxlength' ? counts.chars : counts.charsSubmitted);

function limitProblems(f: RubricField, margin: number): Blocking[] {
  const counts = countText(f.text);
  const out: Blocking[] = [];
  const { minWords, maxWords, minChars, maxChars } = f.limits;
  const maxes: [string, Limit | undefined, number][] = [
    ['words', maxWords, counts.words],
    ['chars', maxChars, maxChars ? charsFor(counts, maxChars) : 0],
  ];
  for (const [unit, limit, count] of maxes) {
    if (!limit) continue;
    const detail = { unit, count, max: limit.value, source: limit.source };
    if (count > limit.value) out.push({ kind: 'over-limit', key: f.key, detail: { ...detail, over: count - limit.value } });
    else if (count >= limit.value * (1 - margin)) out.push({ kind: 'near-limit', key: f.key, detail: { ...detail, left: limit.value - count } });
  }
  const mins: [string, Limit | undefined, number][] = [
    ['words', minWords, counts.words],
    ['chars', minChars, minChars ? charsFor(counts, minChars) : 0],
  ];
  for (const [unit, limit, count] of mins) {
    if (limit && count < limit.value) {
      out.push({ kind: 'under-limit', key: f.key, detail: { unit, count, min: limit.value, source: limit.source, missing: limit.value - count } });
    }
  }
  return out;
}

function placeholderProblems(f: RubricField): Blocking[] {
  const out: Blocking[] = [];
  for (const [placeholder, re] of PLACEHOLDERS) {
    const found = [...f.text.matchAll(re)];
    const firstHit = found[0];
    if (firstHit) out.push({ kind: 'placeholder', key: f.key, detail: { placeholder, found: firstHit[0], count: found.length } });
  }
  return out;
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n|\n/).map(normalizeForCompare).filter((p) => countText(p).words >= MIN_PARAGRAPH_WORDS);
}

interface Prose {
  field: RubricField;
  norm: string;
  words: number;
}

function duplicateProblems(prose: Prose[]): Blocking[] {
  const out: Blocking[] = [];
  prose.forEach((a, i) => {
    for (const b of prose.slice(i + 1)) {
      if (a.norm === b.norm && a.words >= MIN_DUPLICATE_WORDS) {
        out.push({ kind: 'duplicate-section', key: a.field.key, otherKey: b.field.key, detail: { how: 'same-text', words: a.words } });
        continue;
      }
      // A long paragraph of either field found inside the other (the other may have lost its line breaks).
      const shared = [...paragraphs(a.field.text).filter((p) => b.norm.includes(p)), ...paragraphs(b.field.text).filter((p) => a.norm.includes(p))][0];
      if (shared) {
        out.push({ kind: 'duplicate-section', key: a.field.key, otherKey: b.field.key, detail: { how: 'paragraph', words: countText(shared).words, paragraph: shared.slice(0, 80) } });
      }
    }
  });
  return out;
}

function savedProblems(prose: Prose[], saved: SavedProposal[]): Blocking[] {
  const out: Blocking[] = [];
  const savedNorm = saved.map((s) => ({ s, texts: new Set(s.texts.map(normalizeForCompare)) }));
  for (const p of prose) {
    if (p.words < MIN_DUPLICATE_WORDS) continue;
    const match = savedNorm.find(({ texts }) => texts.has(p.norm));
    if (match) out.push({ kind: 'same-as-saved', key: p.field.key, detail: { title: match.s.title, year: match.s.year } });
  }
  return out;
}

export function blockingProblems(fields: RubricField[], opts: BlockingOptions = {}): Blocking[] {
  const margin = opts.margin ?? DEFAULT_MARGIN;
  const out: Blocking[] = [];
  for (const f of fields) {
    if (isEmpty(f)) {
      if (isRequired(f)) out.push({ kind: 'empty-required', key: f.key, detail: { label: f.label } });
      continue; // An empty field is under every minimum; saying so twice is noise.
    }
    if (f.fact) continue; // Facts have no word limits and hold no prose to copy.
    out.push(...limitProblems(f, margin), ...placeholderProblems(f));
  }
  const prose = fields
    .filter((f) => !f.fact && f.text.trim() !== '')
    .map((field) => ({ field, norm: normalizeForCompare(field.text), words: countText(field.text).words }));
  out.push(...duplicateProblems(prose), ...savedProblems(prose, opts.saved ?? []));
  return out;
}
