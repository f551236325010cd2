/**
 * Write speed (issue 3): for each editor kind on its fixture page, the time from the user's click on Terapkan
 * in the panel to the panel's message that the write was verified (`data-outcome="applied"`, shown only after
 * the content script read the text back through what the portal submits), for a 600-word text in 6
 * paragraphs. Both instants are taken in the panel page (a capture-phase click listener and a
 * MutationObserver, performance.now()), so the figure holds the whole trip: panel → content script → the
 * editor's API or typed input → verification → reply → the panel's render.
 *
 * Where the field's limit is below 600 words the panel first warns; the clock then starts at the click on
 * "Tetap terapkan" (apply-anyway), the click that sends the write (the user's decision is not ours to time).
 * For comparison, the same write sent over a port from the service worker (request → verified reply, no panel)
 * is timed too. Successive writes alternate between two texts, so every write changes the field.
 */
import type { Page } from 'playwright-core';
import { countText } from '../../utils/text/count';
import { loadExpected } from '../../tests/e2e/detect';
import { EDITOR_CASES, portRequest, type EditorCase } from '../../tests/e2e/editors';
import type { Harness } from '../../tests/e2e/harness';
import type { WriteResult } from '../../utils/messages';
import { words } from './pages';

const WAIT = 20_000;

/** `paragraphs` paragraphs of `per` words each, from the portal vocabulary (deterministic for a seed). */
export function writeText(seed: number, paragraphs = 6, per = 100): string {
  return Array.from({ length: paragraphs }, (_, p) => {
    const w = words(per, seed * 100 + p);
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')}.`;
  }).join('\n\n');
}

export interface WriteTiming {
  kind: string;
  fixture: string;
  key: string;
  path: string;
  /** The panel warned about the field's limit first (the clock started at "Tetap terapkan"). */
  warned: boolean;
  /** Click → verified message in the panel, ms. */
  samples: number[];
  /** Port request → verified reply in the service worker, ms. */
  port: number[];
  words: number;
}

/** Arms the panel page's clock: the last apply click, and the first edit message after it. */
const ARM = `(() => {
  const w = (window.__benchWrite = { click: 0, done: 0, outcome: '', path: '' });
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-action="apply"], [data-action="apply-anyway"]')) {
      w.click = performance.now();
      w.done = 0;
    }
  }, true);
  new MutationObserver(() => {
    const m = document.querySelector('[data-role="edit-message"][data-outcome]');
    if (!w.click || w.done || !m) return;
    w.done = performance.now();
    w.outcome = m.getAttribute('data-outcome') || '';
    w.path = m.getAttribute('data-path') || '';
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;

interface Clock { click: number; done: number; outcome: string; path: string }

async function timedApply(panel: Page): Promise<{ ms: number; warned: boolean; path: string }> {
  await panel.locator('[data-role="editor"] [data-action="apply"]').click({ timeout: WAIT });
  const warning = panel.locator('[data-role="limit-warning"] [data-action="apply-anyway"]');
  const warned = (await warning.count()) > 0;
  if (warned) await warning.click({ timeout: WAIT });
  // A function, not a string: the panel's CSP forbids eval, which a string predicate needs.
  await panel.waitForFunction(() => ((window as unknown as { __benchWrite: Clock }).__benchWrite.done > 0), undefined, {
    polling: 10, timeout: WAIT,
  });
  const clock = (await panel.evaluate('window.__benchWrite')) as Clock;
  if (clock.outcome !== 'applied') throw new Error(`write not verified: ${clock.outcome}`);
  return { ms: clock.done - clock.click, warned, path: clock.path };
}

/** `warmup` + `runs` writes from the panel, then as many over a port, into one editor kind's field. */
export async function writeLatency(h: Harness, c: EditorCase, runs: number, warmup: number): Promise<WriteTiming> {
  const texts = [writeText(1), writeText(2)];
  const expected = loadExpected(c.fixture);
  const page = await h.openPage(h.url(expected.host, `/fixtures/${c.fixture}.html`));
  const tabId = await h.tabIdOf(page);
  const panel = await h.openPanel(tabId);
  try {
    const row = panel.locator(`[data-field-key="${c.key.replace(/["\\]/g, '\\$&')}"]`);
    await row.locator('[data-action="edit"]').click({ timeout: WAIT });
    const draft = panel.locator('[data-role="editor"] textarea[data-role="draft"]');
    await panel.locator('[data-role="editor"]:not([data-edit-status="loading"])').waitFor({ timeout: WAIT });
    await panel.evaluate(ARM);
    const samples: number[] = [];
    let warned = false;
    let path = '';
    for (let i = 0; i < warmup + runs; i++) {
      await draft.fill(texts[i % 2]!);
      const r = await timedApply(panel);
      if (i >= warmup) samples.push(r.ms);
      warned ||= r.warned;
      path = r.path;
    }
    const port: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const req = { op: 'write' as const, key: c.key, text: texts[(i + 1) % 2]!, mode: 'replace' as const, force: true };
      const { result, ms } = await portRequest<WriteResult>(h, tabId, req, false);
      if (!result.ok) throw new Error(`${c.kind}: port write failed: ${result.error}`);
      if (i >= warmup) port.push(ms);
    }
    return { kind: c.kind, fixture: c.fixture, key: c.key, path, warned, samples, port, words: countText(texts[0]!).words };
  } finally {
    await panel.close();
    await page.close();
  }
}

export { EDITOR_CASES };
