/**
 * AI rewrite speed (section 6 of the bench).
 *
 * 6a "first word": the panel's own delay from the moment the local Messages API server (tests/anthropic-server.ts)
 * writes the first text delta of a stream to the moment that text is in the panel's diff. The stream is opened
 * first (message_start … ping) and the first delta follows after a pause, so the SDK's request and the stream's
 * setup are behind us and the figure holds only what happens per chunk: the socket, the SDK's SSE parsing, the
 * store update, React's render and commit. Both instants are epoch milliseconds read on the same machine
 * (`performance.timeOrigin + performance.now()` in Node and in the panel page); a round-trip check of the two
 * clocks is reported beside the figures. "DOM" is the first MutationObserver callback that sees non-whitespace
 * text in `[data-role="rewrite-diff"]`; "frame" is the next requestAnimationFrame after it, about the frame
 * that shows it.
 *
 * 6b "diff re-render": the real DiffBody (components/DiffView.tsx) in a page (diff-probe.tsx), re-rendered for
 * every prefix of a 1,000-word result that edits ~20% of a 1,000-word original, as a stream would; against a
 * plain `<div>{text}</div>` for the same prefixes, and `diffText` alone for the split between diff and React.
 * Renders are timed in a cross-origin-isolated page (5 µs timer steps); garbage collection makes single
 * renders jittery, hence medians over rounds and the pooled maximum.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startAnthropicServer } from '../../tests/anthropic-server';
import { configureAi, startRewrite } from '../../tests/e2e/ai-helpers';
import { EDITOR_CASES } from '../../tests/e2e/editors';
import type { Harness } from '../../tests/e2e/harness';
import { openFixture, rowOf } from '../../tests/e2e/panel-helpers';
import { diffStats, diffText } from '../../utils/ai/diff';
import { countText } from '../../utils/text/count';
import type { DiffBenchApi } from './diff-probe';
import { rng, words } from './pages';

const KEY = 'sk-ant-api03-bench-key-0000';
const WAIT = 20_000;

// ------------------------------------------------------------------------------------------------ texts

/** Paragraphs of sentences of words, formatted only at the end (capital first word, full stop). */
type Doc = string[][][];

const format = (doc: Doc) =>
  doc.map((para) => para.filter((s) => s.length).map((s) => {
    const w = [...s];
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')}.`;
  }).join(' ')).join('\n\n');

/** `n` words of portal vocabulary in sentences of 8–20 words, five sentences a paragraph (deterministic). */
function makeDoc(n: number, seed: number): Doc {
  const r = rng(seed);
  const doc: Doc = [];
  let left = n;
  for (let i = 0; left > 0; i++) {
    if (i % 5 === 0) doc.push([]);
    const len = Math.min(left, 8 + Math.floor(r() * 13));
    doc[doc.length - 1]!.push(words(len, seed * 1000 + i));
    left -= len;
  }
  return doc;
}

export interface Edits { replaced: number; dropped: number; inserted: number; sentencesMoved: number }

/**
 * The original's words with about `share` of them edited (replaced, dropped, or followed by an inserted word,
 * in the proportions 0.4 / 0.3 / 0.3), and `swaps` pairs of neighbouring sentences swapped.
 */
function editDoc(doc: Doc, share: number, swaps: number, seed: number): { doc: Doc; edits: Edits } {
  const r = rng(seed);
  const pool = words(2000, seed + 7);
  let next = 0;
  const other = (w: string) => {
    let x = pool[next++ % pool.length]!;
    while (x === w) x = pool[next++ % pool.length]!;
    return x;
  };
  const edits: Edits = { replaced: 0, dropped: 0, inserted: 0, sentencesMoved: 0 };
  const out: Doc = doc.map((para) => para.map((sentence) => sentence.flatMap((w) => {
    const x = r();
    if (x < share * 0.4) return (edits.replaced++, [other(w)]);
    if (x < share * 0.7) return (edits.dropped++, []);
    if (x < share) return (edits.inserted++, [w, other(w)]);
    return [w];
  })));
  for (let k = 0; k < swaps; k++) {
    const para = out[Math.floor(r() * out.length)]!;
    if (para.length < 2) continue;
    const i = Math.floor(r() * (para.length - 1));
    [para[i], para[i + 1]] = [para[i + 1]!, para[i]!];
    edits.sentencesMoved += 2;
  }
  return { doc: out, edits };
}

export interface DiffTexts { original: string; result: string; edits: Edits }

export function diffTexts(n: number, share: number, swaps: number, seed: number): DiffTexts {
  const doc = makeDoc(n, seed);
  const edited = editDoc(doc, share, swaps, seed + 1);
  return { original: format(doc), result: format(edited.doc), edits: edited.edits };
}

// ---------------------------------------------------------------------------------------- 6a first word

interface FirstWordClock { dom: number; frame: number; seenEmpty: boolean }

/**
 * Arms the panel page's clock: the first time the diff shows non-whitespace text after it was absent or empty
 * (a retry first clears the previous result), and the next animation frame after that.
 */
const ARM = `(() => {
  const w = (window.__benchFirstWord = { dom: 0, frame: 0, seenEmpty: false });
  const now = () => performance.timeOrigin + performance.now();
  const check = () => {
    if (w.dom) return;
    const el = document.querySelector('[data-role="rewrite-diff"]');
    if (!el || !/\\S/.test(el.textContent || '')) { w.seenEmpty = true; return; }
    if (!w.seenEmpty) return;
    w.dom = now();
    mo.disconnect();
    requestAnimationFrame(() => { w.frame = now(); });
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, characterData: true });
  check();
})()`;

/**
 * The panel page's clock minus Node's (ms), from the evaluation round trip with the smallest span: the panel's
 * reading falls within that span, so the offset is known to ± half of it.
 */
async function clockOffset(panel: Page, tries = 25): Promise<{ offset: number; uncertainty: number }> {
  const now = () => performance.timeOrigin + performance.now();
  let best = { offset: NaN, uncertainty: Infinity };
  for (let i = 0; i < tries; i++) {
    const t0 = now();
    const p = Number(await panel.evaluate('performance.timeOrigin + performance.now()'));
    const t1 = now();
    if ((t1 - t0) / 2 < best.uncertainty) best = { offset: p - (t0 + t1) / 2, uncertainty: (t1 - t0) / 2 };
  }
  return best;
}

export interface FirstWordTiming {
  fixture: string;
  key: string;
  /** Words of the field's text and of each reply. */
  words: number;
  replyWords: number;
  firstDeltaDelayMs: number;
  deltaDelayMs: number;
  /** First delta written by the server → first text in the diff (MutationObserver), ms. */
  dom: number[];
  /** First delta written by the server → the next animation frame after it, ms. */
  frame: number[];
  clock: { offset: number; uncertainty: number };
  visibility: string;
}

/**
 * `warmup` + `runs` rewrites of the SINOVIK textarea (mode "perjelas", then Ulangi), each answered by a
 * scripted stream of a different edit of the field's text.
 */
export async function firstWordLatency(
  h: Harness, runs: number, warmup: number, firstDeltaDelayMs: number, deltaDelayMs: number,
): Promise<FirstWordTiming> {
  const c = EDITOR_CASES.find((k) => k.kind === 'textarea')!;
  const server = await startAnthropicServer({ apiKey: KEY });
  const open = await openFixture(h, c.fixture);
  try {
    const { page, panel } = open;
    const doc = makeDoc(40, 40);
    const original = format(doc);
    const n = countText(original).words;
    await page.evaluate(c.seed(JSON.stringify(original)));
    await rowOf(panel, c.key).and(panel.locator(`[data-words="${n}"]`)).waitFor({ timeout: WAIT });
    await configureAi(panel, server, KEY);
    const dom: number[] = [];
    const frame: number[] = [];
    let replyWords = 0;
    for (let i = 0; i < warmup + runs; i++) {
      // A different edit of the field's text each run.
      const reply = format(editDoc(doc, 0.2, 1, 500 + i).doc);
      replyWords = countText(reply).words;
      server.script({ kind: 'reply', text: reply, firstDeltaDelayMs, delayMs: deltaDelayMs });
      await panel.evaluate(ARM);
      if (i === 0) await startRewrite(panel, c.key, 'perjelas');
      else await panel.locator('[data-role="rewrite"] [data-action="retry-rewrite"]').click({ timeout: WAIT });
      // A function, not a string: the panel's CSP forbids eval, which a string predicate needs.
      await panel.waitForFunction(() => (window as unknown as { __benchFirstWord: FirstWordClock }).__benchFirstWord.frame > 0,
        undefined, { polling: 10, timeout: WAIT });
      // The first word came from the new stream, so this "done" is the new one.
      await panel.locator('[data-role="rewrite"][data-rewrite-status="done"]').waitFor({ timeout: WAIT });
      const clock = (await panel.evaluate('window.__benchFirstWord')) as FirstWordClock;
      const sent = server.requests.filter((r) => r.path === '/v1/messages').at(-1);
      if (!sent?.completed || sent.textSent !== reply || sent.firstDeltaAt === undefined) {
        throw new Error(`first word: run ${i} was not answered by the scripted stream (${sent?.answer ?? 'no request'})`);
      }
      if (i >= warmup) {
        dom.push(clock.dom - sent.firstDeltaAt);
        frame.push(clock.frame - sent.firstDeltaAt);
      }
      server.reset();
    }
    const clock = await clockOffset(panel);
    const visibility = String(await panel.evaluate('document.visibilityState'));
    return {
      fixture: c.fixture, key: c.key, words: n, replyWords, firstDeltaDelayMs, deltaDelayMs, dom, frame, clock, visibility,
    };
  } finally {
    await open.close();
    await server.close();
  }
}

// ------------------------------------------------------------------------------------ 6b diff re-render

/** Calls `window.jendelaDiffBench[method](...args)` in the page (a string: no tsx helper reaches the page). */
function diffProbe<K extends keyof DiffBenchApi>(page: Page, method: K, ...args: Parameters<DiffBenchApi[K]>) {
  return page.evaluate(`window.jendelaDiffBench.${method}(...${JSON.stringify(args)})`) as Promise<ReturnType<DiffBenchApi[K]>>;
}

export interface DiffRerenderTiming {
  originalWords: number;
  resultWords: number;
  edits: Edits;
  /** Share of the original's words the final diff shows as removed. */
  changedShare: number;
  step: number;
  renders: number;
  rounds: number;
  /** Prefixes counted as the stream's end: the last 10% of the result's words (this many words and more). */
  tailFrom: number;
  /** Per render over the tail, samples of all rounds pooled (ms). */
  tail: { diff: number[]; diffLayout: number[]; plain: number[]; plainLayout: number[]; diffTextOnly: number[] };
  /** Per round: the whole stream (ms). */
  total: { diff: number[]; diffLayout: number[]; plain: number[]; plainLayout: number[]; diffTextOnly: number[] };
  /** Per round: the last render with `partial={false}` (ms). */
  final: { diff: number[]; plain: number[] };
  /** diffText(original, whole result) alone, ms per call. */
  diffTextAtEnd: { partial: number[]; final: number[] };
  crossOriginIsolated: boolean;
}

/** One warm-up round, then `rounds` rounds of the diff stream (with diffText alone per prefix) and the plain one. */
export async function diffRerender(page: Page, texts: DiffTexts, step: number, rounds: number): Promise<DiffRerenderTiming> {
  const { original, result } = texts;
  const resultWords = countText(result).words;
  const tailFrom = Math.ceil(resultWords * 0.9);
  const t: DiffRerenderTiming = {
    originalWords: countText(original).words, resultWords, edits: texts.edits,
    changedShare: diffStats(diffText(original, result)).changedShare, step, renders: 0, rounds, tailFrom,
    tail: { diff: [], diffLayout: [], plain: [], plainLayout: [], diffTextOnly: [] },
    total: { diff: [], diffLayout: [], plain: [], plainLayout: [], diffTextOnly: [] },
    final: { diff: [], plain: [] },
    diffTextAtEnd: { partial: [], final: [] },
    crossOriginIsolated: (await diffProbe(page, 'env')).crossOriginIsolated,
  };
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  for (let round = 0; round <= rounds; round++) {
    const diff = await diffProbe(page, 'stream', 'diff', original, result, step);
    const plain = await diffProbe(page, 'stream', 'plain', original, result, step);
    if (round === 0) continue; // warm-up: JIT, React's first mount
    t.renders = diff.words.length;
    const tail = (xs: number[]) => xs.filter((_, i) => diff.words[i]! >= tailFrom);
    const both = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
    t.tail.diff.push(...tail(diff.render));
    t.tail.diffLayout.push(...tail(both(diff.render, diff.layout)));
    t.tail.plain.push(...tail(plain.render));
    t.tail.plainLayout.push(...tail(both(plain.render, plain.layout)));
    t.tail.diffTextOnly.push(...tail(diff.diffOnly));
    t.total.diff.push(sum(diff.render));
    t.total.diffLayout.push(sum(diff.render) + sum(diff.layout));
    t.total.plain.push(sum(plain.render));
    t.total.plainLayout.push(sum(plain.render) + sum(plain.layout));
    t.total.diffTextOnly.push(sum(diff.diffOnly));
    t.final.diff.push(diff.finalRender);
    t.final.plain.push(plain.finalRender);
  }
  await diffProbe(page, 'diffAt', original, result, true, 10); // warm-up
  for (let i = 0; i < 8; i++) { // interleaved, so that neither gets the other's garbage collections
    t.diffTextAtEnd.partial.push(...await diffProbe(page, 'diffAt', original, result, true, 5));
    t.diffTextAtEnd.final.push(...await diffProbe(page, 'diffAt', original, result, false, 5));
  }
  return t;
}

/** A blank page with the panel's stylesheet and a box as wide as the side panel, for the diff probe. */
export function diffPage(): string {
  const css = readFileSync(resolve(import.meta.dirname, '../../components/panel.css'), 'utf8');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>diff</title><style>${css}</style></head>` +
    `<body><div id="stage" style="width:360px"></div></body></html>`;
}
