/** What the benchmark does in Chromium: run the probe in a page, type and watch the panel, inspect contexts. */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import type { BenchApi } from './probe';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** The real detection code (utils/content/scan.ts) and the in-page timers, as one IIFE. */
export async function bundleProbe(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'probe.ts')],
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** The local store's probe (drafts-probe.ts): the real Dexie store code, evaluated in an extension page. */
export async function bundleDraftsProbe(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'drafts-probe.ts')],
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * The diff probe (diff-probe.tsx): the panel's real DiffBody and diffText with React's production build, as one
 * IIFE. `@/` imports resolve to the repository root, as in the extension's build.
 */
export async function bundleDiffProbe(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'diff-probe.tsx')],
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent',
    jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, alias: { '@': resolve(import.meta.dirname, '../..') },
  });
  return out.outputFiles[0]!.text;
}

/**
 * Calls `window.jendelaBench[method](...args)` in the page. Passed as a string so that no transpiled helper
 * (tsx keeps function names with a `__name` wrapper the page does not have) reaches the page.
 */
export function probe<K extends keyof BenchApi>(page: Page, method: K, ...args: Parameters<BenchApi[K]>) {
  return page.evaluate(`window.jendelaBench.${method}(...${JSON.stringify(args)})`) as Promise<ReturnType<BenchApi[K]>>;
}

/**
 * Isolated worlds our extension has in the page, i.e. whether our content script runs there. `Runtime.enable`
 * replays every execution context that exists; an extension's content-script world is `auxData.type`
 * "isolated" with the extension's origin (and its name as the world name).
 */
export async function extensionWorlds(page: Page, extensionId: string, name: string): Promise<number> {
  interface Ctx { origin: string; name: string; auxData?: { type?: string } }
  const cdp = await page.context().newCDPSession(page);
  const contexts: Ctx[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: Ctx }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return contexts.filter((c) => c.auxData?.type === 'isolated' &&
    (c.origin === `chrome-extension://${extensionId}` || c.name === name)).length;
}

export interface ScriptWork { total: number; compile: number; tasks: number }
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; args?: Record<string, unknown> }

/**
 * The content script's own main-thread work on one page load, from a Chromium trace: the `EvaluateScript`
 * task that compiles and runs content.js at document_idle (WXT calls main() synchronously inside it), plus
 * any later task (`FunctionCall`: listeners, timers) whose code is in content.js. Nested events are counted
 * once. This is exactly the time the page's main thread spends in our code, not page load noise. `script` is
 * the URL prefix of the content script's files.
 */
export async function contentScriptWork(context: BrowserContext, script: string, url: string): Promise<ScriptWork> {
  const browser = context.browser();
  if (!browser) throw new Error('no Browser for tracing');
  const page = await context.newPage();
  try {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8'] });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(600); // document_idle comes at the latest shortly after load; let any follow-up task run too
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const ours = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes(script);
    const top = traceEvents
      .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && ours(e))
      .sort((a, b) => a.ts - b.ts);
    let total = 0;
    let tasks = 0;
    const endByThread = new Map<number, number>();
    for (const e of top) {
      if (e.ts < (endByThread.get(e.tid) ?? -1)) continue; // nested in one already counted
      endByThread.set(e.tid, e.ts + (e.dur ?? 0));
      total += e.dur ?? 0;
      tasks++;
    }
    const compile = traceEvents.filter((e) => e.name === 'v8.compile' && ours(e)).reduce((s, e) => s + (e.dur ?? 0), 0);
    return { total: total / 1000, compile: compile / 1000, tasks };
  } finally {
    await page.close();
  }
}

/**
 * End-to-end meter latency: the field's page (on a portal host, so the content script runs) and the side
 * panel attached to its tab. Each sample types a space (no new word; then waits for that update to pass),
 * arms a MutationObserver in the panel page, and types one letter, which starts a new word. The delay is from
 * the page's `keydown` (Date.now() in the page) to the moment the row's `data-words` attribute changes
 * (Date.now() in the MutationObserver callback in the panel page). Both are wall-clock ms of the same machine,
 * read in two processes, so each sample is accurate to about 1 ms. Paint of the panel is not included.
 */
export async function typingLatency(h: Harness, url: string, key: string, editableId: string, runs: number, warmup: number) {
  const page = await h.openPage(url);
  const panel = await h.openPanel(await h.tabIdOf(page));
  try {
    const row = `[data-field-key="${key}"]`;
    await panel.locator(row).waitFor({ timeout: 20_000 });
    const wordsNow = async () => Number(await panel.locator(row).getAttribute('data-words'));
    const before = await wordsNow();
    await page.bringToFront();
    await page.evaluate(`(() => {
      const el = document.getElementById(${JSON.stringify(editableId)});
      el.focus();
      if (el.tagName === 'TEXTAREA') el.setSelectionRange(el.value.length, el.value.length);
      else {
        const range = document.createRange();
        range.selectNodeContents(el.lastElementChild || el);
        range.collapse(false);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      }
      addEventListener('keydown', () => { window.__benchKeydown = Date.now(); }, true);
    })()`);
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      await page.keyboard.press('Space');
      await sleep(250); // past the content script's 80 ms flush, so the letter's update stands alone
      const prev = String(await wordsNow());
      await panel.evaluate(`(() => {
        window.__benchChanged = 0;
        const mo = new MutationObserver(() => {
          const el = document.querySelector(${JSON.stringify(row)});
          if (el && el.getAttribute('data-words') !== ${JSON.stringify(prev)}) { window.__benchChanged = Date.now(); mo.disconnect(); }
        });
        mo.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-words'] });
      })()`);
      await page.keyboard.press('KeyK');
      // A function, not a string: the panel's CSP forbids eval, which a string predicate needs.
      await panel.waitForFunction(() => (window as { __benchChanged?: number }).__benchChanged! > 0, undefined, {
        polling: 10, timeout: 10_000,
      });
      const changed = Number(await panel.evaluate('window.__benchChanged'));
      const keydown = Number(await page.evaluate('window.__benchKeydown'));
      if (i >= warmup) samples.push(changed - keydown);
    }
    return { samples, wordsBefore: before, wordsAfter: await wordsNow(), typed: 2 * (warmup + runs) };
  } finally {
    await panel.close();
    await page.close();
  }
}
