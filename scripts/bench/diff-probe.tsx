/**
 * In-page timers for the diff's re-render cost (bench section 6b), bundled by bundleDiffProbe() in chromium.ts
 * with the real components/DiffView.tsx and utils/ai/diff.ts, React in its production build. Exposes
 * `window.jendelaDiffBench`.
 *
 * A stream is simulated as prefixes of the result growing by `step` words; every prefix is rendered
 * synchronously (`flushSync`), as if each chunk were committed at once (the panel's DiffView may skip chunks
 * through useDeferredValue; this is the work per chunk it does not skip). Each render is timed alone, then the
 * forced style and layout that follows it, in a 360 px wide box (the side panel's width). For the diff, each
 * prefix is also diffed alone (`diffText`, no React) just before its render, so both see the same heap and the
 * split between diffing and rendering is not skewed by garbage collections of another loop.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';
import { DiffBody } from '../../components/DiffView';
import { diffText } from '../../utils/ai/diff';

export interface StreamTiming {
  /** Words in each prefix. */
  words: number[];
  /** ms per render (flushSync: render and commit to the DOM). */
  render: number[];
  /** ms of the forced style and layout after each render. */
  layout: number[];
  /** ms of `diffText` alone on each prefix (the diff only; empty for the plain baseline). */
  diffOnly: number[];
  /** The render with the whole result once the stream has ended (`partial={false}` for the diff). */
  finalRender: number;
  finalLayout: number;
}

export interface DiffBenchApi {
  /** One simulated stream through `<DiffBody>`, or through a plain `<div>{prefix}</div>` for the baseline. */
  stream(kind: 'diff' | 'plain', base: string, result: string, step: number): StreamTiming;
  /** `diffText(base, text, { partial })` `runs` times, ms each. */
  diffAt(base: string, text: string, partial: boolean, runs: number): number[];
  /** Page facts that bear on the figures. */
  env(): { crossOriginIsolated: boolean; visibility: string; sink: number };
}

/** diffText's results are counted here, so the engine cannot drop a call whose result nobody reads. */
let sink = 0;

function prefixes(result: string, step: number): Array<{ words: number; text: string }> {
  const tokens = result.match(/\s*\S+\s*/g) ?? [];
  const out: Array<{ words: number; text: string }> = [];
  for (let n = step; n < tokens.length + step; n += step) {
    const k = Math.min(n, tokens.length);
    out.push({ words: k, text: tokens.slice(0, k).join('') });
  }
  return out;
}

function stream(kind: 'diff' | 'plain', base: string, result: string, step: number): StreamTiming {
  const stage = document.getElementById('stage')!;
  const box = document.createElement('div');
  stage.append(box);
  const root = createRoot(box);
  const view = (text: string, partial: boolean): ReactElement =>
    kind === 'diff' ? <DiffBody base={base} text={text} partial={partial} label="x" /> : <div className="diff">{text}</div>;
  const timed = (el: ReactElement) => {
    const t0 = performance.now();
    flushSync(() => root.render(el));
    const t1 = performance.now();
    void box.offsetHeight; // style and layout, as the frame that shows it would do
    return [t1 - t0, performance.now() - t1] as const;
  };
  const out: StreamTiming = { words: [], render: [], layout: [], diffOnly: [], finalRender: 0, finalLayout: 0 };
  for (const p of prefixes(result, step)) {
    if (kind === 'diff') {
      const t0 = performance.now();
      sink += diffText(base, p.text, { partial: true }).length;
      out.diffOnly.push(performance.now() - t0);
    }
    const [render, layout] = timed(view(p.text, true));
    out.words.push(p.words);
    out.render.push(render);
    out.layout.push(layout);
  }
  [out.finalRender, out.finalLayout] = timed(view(result, false));
  root.unmount();
  box.remove();
  return out;
}

const api: DiffBenchApi = {
  stream,
  diffAt(base, text, partial, runs) {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      sink += diffText(base, text, { partial }).length;
      out.push(performance.now() - t0);
    }
    return out;
  },
  env: () => ({ crossOriginIsolated: globalThis.crossOriginIsolated, visibility: document.visibilityState, sink }),
};

(window as unknown as { jendelaDiffBench: DiffBenchApi }).jendelaDiffBench = api;
