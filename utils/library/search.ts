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

function buildQuery(terms: string[], combineWith: 'AND' | 'OR'): Query {
  return { combineWith, queries: terms.map((w, i) => wordQuery(w, i === terms.length - 1)) };
}

export function createLibrarySearch(): LibrarySearch {
  let index = newIndex();
  const meta = new Map<string, Meta>();

  const add = (doc: SearchDoc) => {
    if (meta.has(doc.id)) index.discard(doc.id);
    index.add(doc);
    meta.set(doc.id, { section: doc.section, favourite: doc.favourite ?? false, updatedAt: doc.updatedAt });
  };
  const remove = (id: string) => {
    if (!meta.delete(id)) return;
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

  function search(query: string, opts: SearchOpts = {}): SearchHit[] {
    const { section, only, limit = DEFAULT_LIMIT } = opts;
    const terms = words(query);
    if (terms.length === 0) return listAll(opts, limit);
    const options: SearchOptions = only && section ? { filter: (r) => r.section === section } : {};
    let results = index.search(buildQuery(terms, 'AND'), options);
    // All words should match; when no doc has them all, the docs with most of them are better than nothing.
    if (results.length === 0 && terms.length > 1) results = index.search(buildQuery(terms, 'OR'), options);
    // MiniSearch sorts by score; the row's section goes first by a stable split, and only `limit` hits are built
    // (a one-word query can match every snippet).
    const ordered = section
      ? [...results.filter((r) => r.section === section), ...results.filter((r) => r.section !== section)]
      : results;
    return ordered.slice(0, limit).map((r) => ({ id: String(r.id), score: r.score, section: r.section as SectionKey }));
  }

  return {
    reset(docs) {
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
