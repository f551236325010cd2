/**
 * Library search (issue 9): the box that answers while the user types, over snippets and saved proposals'
 * sections. MiniSearch underneath; this module adds Indonesian word forms (./stem), accent folding, the
 * section-first ordering of a field row, and the empty-query listing.
 *
 * Every word is indexed twice, as written and as its stem ("pelayanan" and "layan"): the written form serves
 * prefix and fuzzy matching while the user is mid-word ("pelay", "pelayanna"), the stem serves other word forms
 * ("layanan" finds "pelayanan"). A query word matches either. Favourites and age order only the empty query;
 * a typed query is ordered by relevance (after the row's section).
 */
import MiniSearch, { type Query, type QueryCombination, type SearchOptions } from 'minisearch';
import type { SectionKey } from '../types';
import { stemId } from './stem';

export interface SearchDoc {
  id: string;
  kind: 'snippet' | 'proposal-section';
  title: string;
  text: string;
  tags: string[];
  section: SectionKey;
  favourite?: boolean;
  updatedAt: number;
}

export interface SearchHit {
  id: string;
  score: number;
  section: SectionKey;
}

export interface SearchOpts {
  /** The field row's section: its matches come first. */
  section?: SectionKey;
  /** Only that section's matches. */
  only?: boolean;
  limit?: number;
}

export interface LibrarySearch {
  /** Replace the whole index. */
  reset(docs: SearchDoc[]): void;
  /** Adds the doc, or replaces the one with its id. */
  add(doc: SearchDoc): void;
  /** No-op for an unknown id. */
  remove(id: string): void;
  replace(doc: SearchDoc): void;
  /**
   * Best first; `section` puts that section's matches first (others still follow unless `only`). Empty query:
   * the docs of `section` first, favourites first, newest first.
   */
  search(query: string, opts?: SearchOpts): SearchHit[];
}

/** What the empty query sorts by; kept here rather than in MiniSearch's stored fields. */
interface Meta {
  section: SectionKey;
  favourite: boolean;
  updatedAt: number;
}

const DEFAULT_LIMIT = 50;
/** Words shorter than this get no typo tolerance: one edit turns "itu" into "ibu" or "ini". */
const FUZZY_MIN = 4;
const FUZZY = 0.2;
/** 0.2 of a 13-letter word would be 3 edits: slow, and it matches words that are not the same word. */
const MAX_FUZZY = 2;
/** A last word shorter than this is matched in titles and tags only (see wordQuery). */
const SHORT_PREFIX = 4;

/** Lowercase, accents off, split on anything that is not a letter or digit ("Kebaruán/inovasi" → 2 words). */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Stems, memoised: a library has a few thousand distinct words but millions of occurrences. Cleared when it
 * grows past a bound rather than kept as an LRU: refilling costs one stemId per word.
 */
const stems = new Map<string, string>();
function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 100_000) stems.clear();
    s = stemId(word);
    stems.set(word, s);
  }
  return s;
}

function newIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'tags', 'text'],
    // Texts can run to 20,000 words: only the id and section are kept beside the index.
    storeFields: ['section'],
    extractField: (doc, field) => (field === 'tags' ? doc.tags.join(' ') : doc[field as keyof SearchDoc]),
    tokenize: words,
    processTerm: (term) => {
      const stem = stemOf(term);
      return stem === term ? term : [term, stem];
    },
    searchOptions: {
      boost: { title: 3, tags: 2 },
      maxFuzzy: MAX_FUZZY,
      // Query words arrive already folded by `words`; their stems are added by `wordQuery`, not here.
      processTerm: (term) => term,
    },
  });
}

/**
 * One query word: as typed (prefix if it is the last, fuzzy if long enough) or as its stem (exact).
 *
 * A last word of three letters or fewer is prefix-matched in titles and tags only (a 3-letter one is also
 * matched whole everywhere): in Indonesian those letters are mostly an affix ("pen", "per", "ber", "ke"), a
 * prefix of a large part of the vocabulary, and scoring every long text for it took most of the per-keystroke
 * budget.
 */
function wordQuery(word: string, last: boolean): QueryCombination {
  const fuzzy = word.length >= FUZZY_MIN ? FUZZY : false;
  const forms: Query[] = [];
  if (last && word.length < SHORT_PREFIX) {
    forms.push({ queries: [word], prefix: true, fuzzy: false, fields: ['title', 'tags'] });
    // Whole 3-letter words are worth finding in texts ("ibu", "air", "sop"); 1–2 letters are "di", "ke", "yg".
    if (word.length === SHORT_PREFIX - 1) forms.push({ queries: [word], prefix: false, fuzzy });
  } else {
    forms.push({ queries: [word], prefix: last, fuzzy });
  }
  const stem = stemOf(word);
  if (stem !== word) forms.push({ queries: [stem], prefix: false, fuzzy: false });
  return { combineWith: 'OR', queries: forms };
}

function buildQuery(terms: string[], combineWith: 'AND' | 'OR', open: boolean): Query {
  return { combineWith, queries: terms.map((w, i) => wordQuery(w, open && i === terms.length - 1)) };
}

type Candidate = SearchHit;

const union = (a: string[], b: string[]) => (b.every((t) => a.includes(t)) ? a : [...a, ...b.filter((t) => !a.includes(t))]);

/** MiniSearch's scoring step and its id table (public in its code, undocumented): null when absent. */
interface Internals {
  executeQuery(query: Query, options: SearchOptions): Map<number, { score: number; terms: string[] }>;
  _documentIds: Map<number, unknown>;
}
function internals(index: MiniSearch<SearchDoc>): Internals | null {
  const i = index as unknown as Partial<Internals>;
  return typeof i.executeQuery === 'function' && i._documentIds instanceof Map ? (i as Internals) : null;
}

/**
 * The `n` best by score, best first; ties keep their order (as MiniSearch's stable sort does). Finds the n-th
 * score on a typed copy first, so only the candidates above it are sorted as objects.
 */
function bestOf(list: Candidate[], n: number): Candidate[] {
  if (n <= 0 || list.length === 0) return [];
  if (list.length > n * 4) {
    const scores = Float64Array.from(list, (c) => c.score).sort();
    const cut = scores[scores.length - n]!;
    list = list.filter((c) => c.score >= cut);
  }
  return list.sort((a, b) => b.score - a.score).slice(0, n);
}

export interface SearchOptionsInternal {
  /** Use MiniSearch's `search` even where its scoring step is reachable (tests compare the two paths). */
  publicOnly?: boolean;
}

export function createLibrarySearch(internal: SearchOptionsInternal = {}): LibrarySearch {
  const fast = !internal.publicOnly;
  let index = newIndex();
  const meta = new Map<string, Meta>();

  const add = (doc: SearchDoc) => {
    wordCache.clear();
    if (meta.has(doc.id)) index.discard(doc.id);
    index.add(doc);
    meta.set(doc.id, { section: doc.section, favourite: doc.favourite ?? false, updatedAt: doc.updatedAt });
  };
  const remove = (id: string) => {
    if (!meta.delete(id)) return;
    wordCache.clear();
    // discard, not remove: remove needs the original text to unindex it, and we keep no texts.
    index.discard(id);
  };

  /** The field row's section before the others (0 when there is no row section or both agree). */
  const sectionFirst = (section: SectionKey | undefined, a: SectionKey, b: SectionKey) =>
    section ? Number(b === section) - Number(a === section) : 0;

  function listAll({ section, only }: SearchOpts, limit: number): SearchHit[] {
    const docs = [...meta].filter(([, m]) => !only || !section || m.section === section);
    docs.sort(([, a], [, b]) => sectionFirst(section, a.section, b.section)
      || Number(b.favourite) - Number(a.favourite)
      || b.updatedAt - a.updatedAt);
    return docs.slice(0, limit).map(([id, m]) => ({ id, score: 0, section: m.section }));
  }

  /**
   * The top `limit` of a query, the row's section first. MiniSearch's `search` builds a result object for every
   * match (a one-word query in a library of service innovations matches nearly every snippet) and sorts them
   * all; only `limit` are shown. So its scoring step (`executeQuery`) is used directly and only the top is
   * built, with the same score (× the number of query terms matched) and the same order as `search`. A
   * MiniSearch without that method falls back to `search` (tests compare the two).
   */
  type Raw = Map<number, { score: number; terms: string[] }>;
  /**
   * Each word's scored matches, kept while the index is unchanged: typing "layanan publik", every keystroke
   * after the space rescored "layanan" over nearly every snippet. Bounded; cleared on any change to the index.
   */
  const wordCache = new Map<string, Raw>();
  const WORD_CACHE = 4;
  function wordResults(raw: Internals, word: string, last: boolean): Raw {
    // The word being typed changes on every keystroke: only finished words are worth keeping.
    if (last) return raw.executeQuery(wordQuery(word, true), {});
    let hit = wordCache.get(word);
    if (!hit) {
      hit = raw.executeQuery(wordQuery(word, false), {});
      if (wordCache.size >= WORD_CACHE) wordCache.delete(wordCache.keys().next().value!);
      wordCache.set(word, hit);
    }
    return hit;
  }

  /**
   * MiniSearch's AND / OR of the words' matches, without touching the cached maps: scores add up, matched
   * query terms are unioned, and the order of the map is the one MiniSearch's own fold gives.
   */
  function combine(maps: Raw[], how: 'AND' | 'OR'): Raw {
    let acc: Raw = maps[0]!;
    for (const b of maps.slice(1)) {
      const next: Raw = new Map();
      if (how === 'AND') {
        for (const [id, r] of b) {
          const a = acc.get(id);
          if (a) next.set(id, { score: a.score + r.score, terms: union(a.terms, r.terms) });
        }
      } else {
        for (const [id, a] of acc) {
          const r = b.get(id);
          next.set(id, r ? { score: a.score + r.score, terms: union(a.terms, r.terms) } : a);
        }
        for (const [id, r] of b) if (!acc.has(id)) next.set(id, r);
      }
      acc = next;
    }
    return acc;
  }

  /**
   * The top `limit` of a query, the row's section first. MiniSearch's `search` builds a result object for every
   * match (a one-word query in a library of service innovations matches nearly every snippet) and sorts them
   * all; only `limit` are shown. So its scoring step (`executeQuery`) is used directly, word by word (see
   * wordCache), and only the top is built, with the same score (× the number of query terms matched) and the
   * same order as `search`. A MiniSearch without that method falls back to `search` (tests compare the two).
   */
  function top(terms: string[], open: boolean, how: 'AND' | 'OR', section: SectionKey | undefined, only: boolean, limit: number): SearchHit[] {
    const raw = fast ? internals(index) : null;
    if (!raw) {
      const results = index.search(buildQuery(terms, how, open), only && section ? { filter: (r) => r.section === section } : {});
      const ordered = section
        ? [...results.filter((r) => r.section === section), ...results.filter((r) => r.section !== section)]
        : results;
      return ordered.slice(0, limit).map((r) => ({ id: String(r.id), score: r.score, section: r.section as SectionKey }));
    }
    const mine: Candidate[] = [];
    const others: Candidate[] = [];
    const scored = combine(terms.map((w, i) => wordResults(raw, w, open && i === terms.length - 1)), how);
    for (const [short, { score, terms: matched }] of scored) {
      const id = raw._documentIds.get(short);
      const m = id === undefined ? undefined : meta.get(String(id));
      if (!m) continue;
      const inSection = !section || m.section === section;
      if (only && section && !inSection) continue;
      (inSection ? mine : others).push({ id: String(id), score: score * (matched.length || 1), section: m.section });
    }
    const best = bestOf(mine, limit);
    return best.length < limit ? best.concat(bestOf(others, limit - best.length)) : best;
  }

  function search(query: string, opts: SearchOpts = {}): SearchHit[] {
    const { section, only = false, limit = DEFAULT_LIMIT } = opts;
    let terms = words(query);
    // The last word is still being typed unless a space (or any separator) follows it.
    let open = /[\p{L}\p{N}]$/u.test(query);
    // "layanan p": one or two letters after finished words narrow almost nothing yet, and matching them as a
    // prefix costs the most. The finished words answer until the new one has three letters.
    if (open && terms.length > 1 && terms[terms.length - 1]!.length < SHORT_PREFIX - 1) {
      terms = terms.slice(0, -1);
      open = false;
    }
    if (terms.length === 0) return listAll(opts, limit);
    let hits = top(terms, open, 'AND', section, only, limit);
    // All words should match; when no doc has them all, the docs with most of them are better than nothing.
    if (hits.length === 0 && terms.length > 1) hits = top(terms, open, 'OR', section, only, limit);
    return hits;
  }

  return {
    reset(docs) {
      wordCache.clear();
      index = newIndex();
      meta.clear();
      for (const doc of docs) add(doc);
    },
    add,
    remove,
    replace: add,
    search,
  };
}
