/**
 * Runs in an extension page (chrome-extension://…/sidepanel.html opened as a tab), where the local store
 * lives: times the background's write of one autosave (the real `saveDrafts` on the real IndexedDB) and
 * measures how much disk 50 proposals of 3,000 words take. Uses a database of its own, deleted at the end.
 * Exposes `window.jendelaDraftsBench`.
 */
import { JendelaDb } from '../../utils/store/db';
import { CHECKPOINT_MS, saveDrafts, type SaveBatch } from '../../utils/store/drafts';
import { storeCounts } from '../../utils/store/drafts';

const SECTIONS = ['summary', 'background', 'novelty', 'implementation', 'impact', 'replication', 'resources', 'sustainability', 'collaboration', 'monitoring'] as const;
/** Syllables of Indonesian: words made of them compress about as real prose does (a small vocabulary would not). */
const SYLLABLES = 'ka ta ri la ma na sa pa da ga ba wa ya ra ke te be me pe se de ne ng an in un at ar il ul si ti mu ku lu'.split(' ');

/** `n` pseudo-Indonesian words, the same for the same seed. */
function words(n: number, seed: number): string {
  let x = seed || 1;
  const next = () => (x = (x * 1103515245 + 12345) & 0x7fffffff);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let k = 1 + (next() % 4); k > 0; k--) w += SYLLABLES[next() % SYLLABLES.length];
    out.push(w + (next() % 12 === 0 ? '.' : ''));
  }
  return out.join(' ');
}

function batch(formKey: string, session: string, texts: string[]): SaveBatch {
  const fields = texts.map((_, i) => ({ key: `f${i}`, label: `Bagian ${i + 1}`, section: SECTIONS[i % SECTIONS.length]!, kind: 'textarea' as const }));
  return {
    formKey, url: formKey, title: 'Proposal', profileId: 'kipp-2023-umum', pageSession: session, fields,
    changed: texts.map((text, i) => ({ ...fields[i]!, text, html: null })),
  };
}

const usage = async () => (await navigator.storage.estimate()).usage ?? 0;

const api = {
  /** Milliseconds per save of one 5,000-word field whose text grows by a word each time. */
  async saveOne(wordsInField: number, runs: number, warmup: number): Promise<number[]> {
    const db = new JendelaDb('jendela-bench-save');
    const text = words(wordsInField, 7);
    const out: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const t0 = performance.now();
      await saveDrafts(db, batch('bench', 's1', [`${text} kata${i}`]), 1000 + i);
      if (i >= warmup) out.push(performance.now() - t0);
    }
    db.close();
    await JendelaDb.delete('jendela-bench-save');
    return out;
  },
  /**
   * 50 proposals of 3,000 words (10 sections of 300), each written in three sittings more than the checkpoint
   * interval apart (1,000, 2,000, then 3,000 words): every field ends with its draft and three versions.
   */
  async growth(proposals: number, wordsEach: number) {
    await JendelaDb.delete('jendela-bench-growth');
    const before = await usage();
    const db = new JendelaDb('jendela-bench-growth');
    const per = wordsEach / SECTIONS.length;
    let textChars = 0;
    let storedChars = 0;
    const t0 = performance.now();
    for (let p = 0; p < proposals; p++) {
      for (let stage = 1; stage <= 3; stage++) {
        const texts = SECTIONS.map((_, i) => words(Math.round((per * stage) / 3), p * 100 + i));
        const chars = texts.reduce((s, t) => s + t.length, 0);
        storedChars += chars; // each sitting's text stays as a version (the last one is the draft too)
        if (stage === 3) textChars += chars;
        await saveDrafts(db, batch(`https://portal.go.id/proposal?id=${p}`, `s${stage}`, texts), stage * (CHECKPOINT_MS + 1));
      }
    }
    const elapsed = performance.now() - t0;
    const counts = await storeCounts(db);
    // What the rows hold, as UTF-8 JSON: the size before IndexedDB's own compression.
    const enc = new TextEncoder();
    let logical = 0;
    for (const table of [db.forms, db.drafts, db.versions] as const) {
      await (table as typeof db.drafts).each((row) => void (logical += enc.encode(JSON.stringify(row)).length));
    }
    db.close();
    // The estimate follows the database files, which are written lazily: give them a moment.
    await new Promise((ok) => setTimeout(ok, 3000));
    const after = await usage();
    await JendelaDb.delete('jendela-bench-growth');
    return { before, after, grown: after - before, textChars, storedChars: storedChars + textChars, logical, counts, elapsedMs: elapsed };
  },
};

/** Puts `n` snippets in the real store (for the panel start figure); `clear` takes them out again. */
const libraryApi = {
  async seedSnippets(n: number) {
    const db = new JendelaDb();
    await db.snippets.clear();
    const now = Date.now();
    await db.snippets.bulkPut(Array.from({ length: n }, (_, i) => ({
      id: `bench-${i}`, title: words(4, i + 1), section: SECTIONS[i % SECTIONS.length]!, text: words(50 + (i % 350), i + 7), tags: [words(1, i)],
      favourite: i % 50 === 0, source: { competition: 'kipp-2023-umum', year: 2020 + (i % 6) }, createdAt: now, updatedAt: now - i,
    })));
    db.close();
  },
  async clearSnippets() {
    const db = new JendelaDb();
    await db.snippets.clear();
    db.close();
  },
};

export type DraftsBenchApi = typeof api & typeof libraryApi;
(window as unknown as { jendelaDraftsBench: DraftsBenchApi }).jendelaDraftsBench = { ...api, ...libraryApi };
