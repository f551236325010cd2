/**
 * Helpers for the e2e tests that drive the panel as a user would: open a fixture page with its panel, find a
 * row by its field key, wait for what the row shows (through the DESIGN.md contract attributes only), type
 * into the page, and watch for things that must never happen (dialogs, uncaught errors).
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadExpected } from './detect';
import type { Expected, ExpectedField } from '../fixtures/expected';
import type { Harness } from './harness';

/** Generous: the meter answers in ~100 ms, but a 2-core CI box running Chromium can stall. */
export const WAIT = 10_000;

export interface Opened {
  page: Page;
  panel: Page;
  expected: Expected;
  /** Dialogs (alert/confirm/prompt) opened by the page or the panel: none may ever appear. */
  dialogs: string[];
  /** Uncaught errors in the panel. */
  panelErrors: string[];
  close(): Promise<void>;
}

const isGovHost = (host: string) => /(^|\.)go\.id$/.test(host);

/** Records dialogs (and dismisses them, so nothing hangs). */
export function watchDialogs(p: Page, label: string, dialogs: string[]): void {
  p.on('dialog', (d) => {
    dialogs.push(`${label}: ${d.type()} ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
}

/**
 * Opens a fixture on its host with the panel attached (switching Jendela on from the toolbar outside
 * government sites) and waits until the rows of every field the page shows on load are listed.
 */
export async function openFixture(h: Harness, name: string, path = `/fixtures/${name}.html`): Promise<Opened> {
  const expected = loadExpected(name);
  const dialogs: string[] = [];
  const panelErrors: string[] = [];
  const page = await h.context.newPage();
  watchDialogs(page, 'page', dialogs);
  await page.goto(h.url(expected.host, path), { waitUntil: 'load' });
  if (!isGovHost(expected.host)) await h.clickToolbar(page);
  const panel = await h.context.newPage();
  watchDialogs(panel, 'panel', dialogs);
  panel.on('pageerror', (e) => panelErrors.push(String(e)));
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${await h.tabIdOf(page)}`);
  if (!isGovHost(expected.host)) {
    await panel.locator('[data-action="activate"]').click({ timeout: WAIT });
  }
  const opened: Opened = {
    page, panel, expected, dialogs, panelErrors,
    async close() {
      await panel.close();
      await page.close();
    },
  };
  if (!expected.form) return opened;
  await panel.locator('[data-status="form"]').waitFor({ timeout: WAIT }).catch(async (error: unknown) => {
    const shown = await panel.locator('[data-status]').evaluate((el) => `${el.getAttribute('data-status')}: ${el.textContent}`);
    const listening = await contentScriptListening(page, h.extensionId);
    throw new Error(`${name}: the panel did not list the form; it shows "${shown}" (content script listening: ${listening})`, { cause: error });
  });
  for (const f of expected.fields) {
    if (!f.key || (f.step ?? 1) > 1 || f.afterOpen) continue;
    await rowOf(panel, f.key, f.kind).waitFor({ timeout: WAIT });
  }
  return opened;
}

const cssString = (s: string) => s.replace(/["\\]/g, '\\$&');

/** The panel row of a field, by the key the form submits (and, when given, the editor kind it was found as). */
export function rowOf(panel: Page, key: string, kind?: string): Locator {
  const k = kind ? `[data-kind="${cssString(kind)}"]` : '';
  return panel.locator(`[data-field-key="${cssString(key)}"]${k}`);
}

/** An attribute of the single element the locator matches, read now (no auto-wait): '(n matches)' otherwise. */
export function attrNow(loc: Locator, name: string): Promise<string | null> {
  return loc.evaluateAll(
    (els, n) => (els.length === 1 ? els[0]!.getAttribute(n) : `(${els.length} matches)`),
    name,
  );
}

/** Waits until the attribute shows `value` (polling; the meter updates asynchronously). */
export async function waitAttr(loc: Locator, name: string, value: string | null, timeout = WAIT): Promise<void> {
  await expect.poll(() => attrNow(loc, name), { timeout, message: `${name} of ${loc}` }).toBe(value);
}

/** Waits until a row shows this many words. */
export const waitWords = (panel: Page, key: string, words: number) => waitAttr(rowOf(panel, key), 'data-words', String(words));

/** The order the panel lists fields in: text fields (with meters) in page order, then the facts. */
export function listedOrder(fields: ExpectedField[]): string[] {
  return [...fields.filter((f) => !f.fact), ...fields.filter((f) => f.fact)].map((f) => f.key ?? `(${f.label})`);
}

/** Field keys the panel lists, in order. */
export function rowKeys(panel: Page): Promise<string[]> {
  return panel.locator('[data-field-key]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.fieldKey ?? ''));
}

/** The text of a field as the page holds it: a control's value, else the element's text. */
export function fieldText(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''),
  );
}

/**
 * Clicks into a field as a user would (a real mouse click on it, once it is in view), puts the caret at the
 * end, and types. The click goes to the point, not through Playwright's stability wait, which rich editors'
 * floating toolbars stretch to seconds.
 */
export async function typeAtEnd(page: Page, target: Locator, text: string): Promise<void> {
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await target.boundingBox();
  if (!box) throw new Error(`${target} has no box to click`);
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 12));
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The body of an iframe editor (CKEditor 4 classic, TinyMCE), found by its iframe. */
export function frameBody(page: Page, iframeSelector: string): Locator {
  const frame: FrameLocator = page.frameLocator(iframeSelector);
  return frame.locator('body');
}

/** `n` distinct words separated by spaces. */
export function words(n: number, stem = 'kata'): string {
  return Array.from({ length: n }, (_, i) => `${stem}${i + 1}`).join(' ');
}

/**
 * Records every state the panel renders (status and listed keys), so a test can tell whether rows of one
 * page were ever shown together with, or after, the rows of another.
 */
export async function recordPanel(panel: Page): Promise<() => Promise<{ status: string; keys: string[] }[]>> {
  await panel.evaluate(() => {
    const w = window as unknown as { __jendelaLog: { status: string; keys: string[] }[] };
    w.__jendelaLog = [];
    const take = () =>
      w.__jendelaLog.push({
        status: document.querySelector<HTMLElement>('[data-status]')?.dataset.status ?? '',
        keys: Array.from(document.querySelectorAll<HTMLElement>('[data-field-key]'), (e) => e.dataset.fieldKey ?? ''),
      });
    new MutationObserver(take).observe(document.body, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-field-key'],
    });
    take();
  });
  return () => panel.evaluate(() => (window as unknown as { __jendelaLog: { status: string; keys: string[] }[] }).__jendelaLog);
}

/**
 * Whether Jendela's content script runs in the page's top frame: its isolated world exists and listens for
 * the panel's port. (Chrome may recreate an empty world for the extension after a reload of a page it once
 * injected into, so the world alone proves nothing; evaluating a check in it runs none of our code.)
 */
export async function contentScriptListening(page: Page, extensionId: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { frameId?: string } } }) => {
      if (e.context.origin === `chrome-extension://${extensionId}`) worlds.push(e.context.id);
    });
    await cdp.send('Runtime.enable'); // reports the contexts that already exist
    for (const contextId of worlds) {
      const { result } = (await cdp.send('Runtime.evaluate', {
        contextId, returnByValue: true, expression: 'chrome.runtime.onConnect.hasListeners()',
      })) as { result: { value?: unknown } };
      if (result.value === true) return true;
    }
    return false;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
