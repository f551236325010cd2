/**
 * Runs inside the benchmarked page (bundled by esbuild into an IIFE and injected with page.addScriptTag), so
 * the real detection code is timed in the page with performance.now(), with no protocol round-trips inside
 * the measured span. Exposes `window.jendelaBench`.
 *
 * performance.now() is coarsened to 100 µs in pages that are not cross-origin isolated, so anything much
 * shorter than a few milliseconds is timed in batches: one sample is `reps` back-to-back calls divided by
 * `reps`, with `reps` doubled until a batch takes ≥ 5 ms.
 */
import { findCandidates } from '../../utils/content/candidates';
import { countsOf, scanPage } from '../../utils/content/scan';
import { Autosaver } from '../../utils/content/autosave';

const MIN_BATCH_MS = 5;
/** Results are summed here so the engine cannot drop a call whose result nobody reads. */
let sink = 0;

function calibrate(fn: () => number): number {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) sink += fn();
    if (performance.now() - t0 >= MIN_BATCH_MS || reps >= 1 << 16) return reps;
    reps *= 2;
  }
}

/** Milliseconds per call: `runs` samples after `warmup` untimed calls. */
function sample(fn: () => number, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) sink += fn();
  const reps = calibrate(fn);
  const out: number[] = [];
  for (let s = 0; s < runs; s++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) sink += fn();
    out.push((performance.now() - t0) / reps);
  }
  return out;
}

/** The editable elements a bare query finds: the baseline detection is compared with. */
const BARE = 'input, textarea, select, [contenteditable]';

const api = {
  /** The page as generated: element counts, and what the detection lists. */
  census(url: string) {
    const { snapshot } = scanPage(document, url);
    return {
      bareMatches: document.querySelectorAll(BARE).length,
      otherElements: document.body.querySelectorAll('*').length - document.querySelectorAll(BARE).length,
      fieldsListed: snapshot?.fields.length ?? 0,
      metered: snapshot?.fields.filter((f) => !f.fact).length ?? 0,
      truncated: !!snapshot?.truncated,
      profile: snapshot?.profileId ?? null,
    };
  },
  /** The very first scan of a freshly loaded page (style not yet computed for checkVisibility): one figure. */
  firstScan(url: string): number {
    const t0 = performance.now();
    sink += scanPage(document, url).snapshot?.fields.length ?? 0;
    return performance.now() - t0;
  },
  scan: (url: string, runs: number, warmup: number) =>
    sample(() => scanPage(document, url).snapshot?.fields.length ?? 0, runs, warmup),
  /** Only finding candidates (no question, help, classification, limits, counts): where the time goes. */
  candidates: (runs: number, warmup: number) => sample(() => findCandidates(document).length, runs, warmup),
  bareQuery: (runs: number, warmup: number) => sample(() => document.querySelectorAll(BARE).length, runs, warmup),
  /** The meter's work for one keystroke in the field whose editable has this id: read its text and count it. */
  countsOf(id: string, runs: number, warmup: number) {
    const c = findCandidates(document).find((x) => x.editable.id === id);
    if (!c) throw new Error(`no candidate #${id}`);
    return { words: countsOf(c).words, samples: sample(() => countsOf(c).words, runs, warmup) };
  },
  /**
   * Autosave's work in the page for one save of the field whose editable has this id (at most one per 500 ms
   * of typing): read its text, build the message, and serialise it as runtime.sendMessage does (structured
   * clone). The background's write is timed on its own (drafts-probe.ts).
   */
  autosaveFlush(url: string, id: string, runs: number, warmup: number) {
    const result = scanPage(document, url);
    const key = [...result.handles].find(([, c]) => c.editable.id === id)?.[0];
    if (!key) throw new Error(`no field #${id}`);
    let i = 0;
    const saver = new Autosaver({ current: () => result, saved: () => {} }, new AbortController().signal, (msg) => {
      sink += JSON.stringify(structuredClone(msg)).length;
      return Promise.resolve(undefined);
    });
    const el = document.getElementById(id) as HTMLTextAreaElement;
    const base = el.value;
    return sample(() => {
      // A new letter each time, as typing gives it (an unchanged text would not be sent at all).
      el.value = `${base} ${i++ % 2 ? 'a' : 'b'}`;
      saver.dirty([key]);
      saver.flush();
      return 1;
    }, runs, warmup);
  },
  sink: () => sink,
};

export type BenchApi = typeof api;
(window as unknown as { jendelaBench: BenchApi }).jendelaBench = api;
