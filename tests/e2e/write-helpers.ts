/**
 * Helpers for the write tests (tests/e2e/write.e2e.ts): drive a write from the panel as a user does (Sunting →
 * draft → Terapkan / Batalkan, through the DESIGN.md contract attributes only), and compare what the page
 * holds afterwards. The editor kinds and how to reach them in the page are in ./editors.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { WRITE_WAIT } from './editors';
import { rowOf, WAIT } from './panel-helpers';

export * from './editors';

/** Words as the portals' counters count them: tags stripped, `&nbsp;` a space, split on white space. */
export function portalWords(htmlOrText: string): number {
  const text = htmlOrText.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/gi, ' ').trim();
  return text === '' ? 0 : text.split(/\s+/).filter(Boolean).length;
}

/** Occurrences of `needle` in `hay`: a write must never double the text. */
export const occurrences = (hay: string, needle: string) => hay.split(needle).length - 1;

/** An empty paragraph an editor or a careless write leaves behind (`<p>&nbsp;</p>`, `<p><br></p>`). */
export const EMPTY_BLOCK = /<(p|div)[^>]*>(\s|&nbsp;|\u00a0|<br[^>]*>)*<\/\1>/i;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The paragraphs of a plain text as escaped `<p>` HTML: what a rich editor should hold after the write. */
export const asParagraphs = (paras: string[]) => paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
export { escapeHtml };

// ── The panel, as a user drives it ──────────────────────────────────────────────────────────────────────

const cssString = (s: string) => s.replace(/["\\]/g, '\\$&');

/** The panel's editor view for this field (it replaces the field list while it is open). */
export const editorOf = (panel: Page, key: string): Locator =>
  panel.locator(`section[data-role="editor"][data-editor-key="${cssString(key)}"]`);

/** The message the editor shows after a write or an undo. */
export const messageOf = (panel: Page, key: string): Locator => editorOf(panel, key).locator('[data-role="edit-message"]');

/**
 * Opens the field's editor (the row's Edit button, unless it is open already) and waits until the draft holds
 * the field's text as read from the page. Returns the draft box.
 */
export async function openEditor(panel: Page, key: string): Promise<Locator> {
  const view = editorOf(panel, key);
  if ((await view.count()) === 0) await rowOf(panel, key).locator('[data-action="edit"]').click({ timeout: WAIT });
  await view.waitFor({ timeout: WAIT });
  await expect.poll(() => view.getAttribute('data-edit-status'), { timeout: WAIT, message: `editor of ${key} read the field` })
    .not.toBe('loading');
  return view.locator('textarea[data-role="draft"]');
}

/** Replaces the draft with `text` as a user does (select all, type over it). */
export async function fillDraft(panel: Page, key: string, text: string): Promise<void> {
  const draft = editorOf(panel, key).locator('textarea[data-role="draft"]');
  await draft.fill(text);
  await expect.poll(() => draft.inputValue(), { timeout: WAIT }).toBe(text);
  // A new draft clears what was said about the last write: the message awaited next is this write's own.
  await expect.poll(() => messageOf(panel, key).count(), { timeout: WAIT }).toBe(0);
}

/** The outcome the editor's message reports (`data-outcome`), once the request is answered. */
export async function outcome(panel: Page, key: string, timeout = WRITE_WAIT): Promise<string> {
  const view = editorOf(panel, key);
  await expect.poll(async () => {
    const status = await view.getAttribute('data-edit-status');
    return status !== 'applying' && status !== 'loading' && (await messageOf(panel, key).count()) === 1;
  }, { timeout, message: `the editor of ${key} answered` }).toBe(true);
  return (await messageOf(panel, key).getAttribute('data-outcome')) ?? '';
}

/** Clicks Terapkan and waits for the answer; returns the outcome and, after a write, the path it took. */
export async function clickApply(panel: Page, key: string): Promise<{ outcome: string; path: string | null }> {
  await editorOf(panel, key).locator('[data-action="apply"]').click({ timeout: WAIT });
  const said = await outcome(panel, key);
  return { outcome: said, path: await messageOf(panel, key).getAttribute('data-path') };
}

/** Clicks the editor's Batalkan and waits for the answer. */
export async function clickUndo(panel: Page, key: string): Promise<string> {
  await editorOf(panel, key).locator('[data-action="undo"]').click({ timeout: WAIT });
  return outcome(panel, key);
}

