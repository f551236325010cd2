/**
 * Local drafts (issue 8), as a user meets them: type straight into the portal with no panel open, lose the
 * page (a reload that empties the form, a tab closed mid-typing), then open the panel and get the text back
 * through the same write path as every other write; a field's history; export.
 */
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getHarness, type Harness } from './harness';
import { rowOf, WAIT, watchDialogs } from './panel-helpers';
import { EDITOR_CASES, inPage, type EditorCase } from './write-helpers';
import { loadExpected } from './detect';

const pages: Page[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
});

async function openPage(h: Harness, fixture: string): Promise<{ page: Page; url: string }> {
  const url = h.url(loadExpected(fixture).host, `/fixtures/${fixture}.html`);
  const page = await h.context.newPage();
  pages.push(page);
  watchDialogs(page, 'page', []);
  await page.goto(url, { waitUntil: 'load' });
  return { page, url };
}

async function openPanel(h: Harness, page: Page): Promise<Page> {
  const panel = await h.context.newPage();
  pages.push(panel);
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${await h.tabIdOf(page)}`);
  await panel.locator('[data-status="form"]').waitFor({ timeout: WAIT });
  return panel;
}

/** Where a user clicks to type into each kind (iframe editors: their body). */
const TYPING_TARGET: Record<string, { frame?: string; sel: string }> = {
  'textarea': { sel: 'textarea[name="input_7"]' },
  'ckeditor5': { sel: '#ringkasan + .ck-editor .ck-editor__editable' },
  'quill': { sel: '#quill-ringkasan .ql-editor' },
  'trix': { sel: 'trix-editor[input="latar_belakang"]' },
  'summernote': { sel: '#input_1 + .note-editor .note-editable' },
  'tinymce (iframe)': { frame: '#ringkasan_ifr', sel: 'body' },
  'ckeditor4 (iframe)': { frame: '#cke_deskripsi_singkat iframe', sel: 'body' },
};
const CASES = EDITOR_CASES.filter((c) => c.kind in TYPING_TARGET);

async function typeInto(page: Page, c: EditorCase, text: string, delay = 0): Promise<void> {
  const t = TYPING_TARGET[c.kind]!;
  const target = t.frame ? page.frameLocator(t.frame).locator(t.sel) : page.locator(t.sel);
  await target.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay });
}

describe('autosave and restore', () => {
  it.each(CASES)('$kind: typed with no panel open, reloaded, restored from the panel', async (c) => {
    const h = await getHarness();
    const { page } = await openPage(h, c.fixture);
    const phrase = ` Warga Sambas kini mengurus akta dari desa ${c.kind.length}x.`;
    await typeInto(page, c, phrase);
    const typed = await inPage<string>(page, c.data);
    expect(typed).toContain('mengurus akta dari desa');
    // Autosave writes within half a second of the last keystroke; give a slow machine some more.
    await page.waitForTimeout(1500);
    await page.reload({ waitUntil: 'load' });
    expect(await inPage<string>(page, c.data)).not.toContain('mengurus akta dari desa');
    const panel = await openPanel(h, page);
    const row = rowOf(panel, c.key);
    await row.locator('[data-action="restore"]').waitFor({ timeout: WAIT });
    await panel.locator('[data-role="restore-banner"] [data-action="restore"][data-scope="all"]').click();
    await expect.poll(() => inPage<string>(page, c.data), { timeout: WAIT }).toContain('mengurus akta dari desa');
    await panel.locator('[data-role="restore-banner"]').waitFor({ state: 'detached', timeout: WAIT });
    // The restore is an ordinary write from Jendela: undoable from the row, and the row says when it was saved.
    await row.locator('[data-action="undo"]').waitFor({ timeout: WAIT });
    await row.locator('[data-saved-at]').waitFor({ timeout: WAIT });
  });

  it('a tab closed mid-typing loses at most the last second', async () => {
    const h = await getHarness();
    const c = CASES.find((x) => x.kind === 'textarea')!;
    const { page, url } = await openPage(h, c.fixture);
    const log: { at: number; text: string }[] = [];
    let text = await inPage<string>(page, c.data);
    await typeInto(page, c, '');
    const started = Date.now();
    for (let i = 0; Date.now() - started < 2500; i++) {
      const word = `kata${i} `;
      await page.keyboard.type(word, { delay: 15 });
      text += word;
      log.push({ at: Date.now(), text });
    }
    const closedAt = Date.now();
    await page.close();
    pages.splice(pages.indexOf(page), 1);
    const again = await h.context.newPage();
    pages.push(again);
    await again.goto(url, { waitUntil: 'load' });
    const panel = await openPanel(h, again);
    await panel.locator('[data-role="restore-banner"] [data-scope="all"]').click();
    await expect.poll(() => inPage<string>(again, c.data), { timeout: WAIT }).toMatch(/kata\d+/);
    const restored = await inPage<string>(again, c.data);
    const secondBefore = log.filter((l) => l.at <= closedAt - 1000).at(-1)!;
    expect(log.length).toBeGreaterThan(10);
    expect(restored.startsWith(secondBefore.text.trimEnd())).toBe(true);
  });
});

describe('restore one field, and autosave switched off', () => {
  it("a row's Pulihkan shows the saved text as a diff against the page, then restores it", async () => {
    const h = await getHarness();
    const c = CASES.find((x) => x.kind === 'ckeditor5')!;
    const { page } = await openPage(h, c.fixture);
    await typeInto(page, c, ' Kalimat yang disimpan sebelum sesi habis.');
    await page.waitForTimeout(1500);
    await page.reload({ waitUntil: 'load' });
    const panel = await openPanel(h, page);
    await rowOf(panel, c.key).locator('[data-action="restore"]').click({ timeout: WAIT });
    const history = panel.locator('[data-role="history"]');
    await expect.poll(() => history.locator('[data-role="rewrite-diff"] ins').allTextContents(), { timeout: WAIT })
      .toEqual(expect.arrayContaining([expect.stringContaining('sesi habis')]));
    await history.locator('[data-action="restore"]').click();
    await expect.poll(() => inPage<string>(page, c.data), { timeout: WAIT }).toContain('sebelum sesi habis');
    await history.locator('[role="status"]').waitFor({ timeout: WAIT });
  });

  it("deletes this form's drafts on request, and keeps nothing once autosave is switched off", async () => {
    const h = await getHarness();
    const c = CASES.find((x) => x.kind === 'quill')!;
    const { page } = await openPage(h, c.fixture);
    await typeInto(page, c, ' Disimpan dulu.');
    const panel = await openPanel(h, page);
    const row = rowOf(panel, c.key);
    await row.locator('[data-saved-at]').waitFor({ timeout: WAIT });
    // Delete asks once more, then the rows forget when they were saved.
    await panel.locator('[data-action="delete-drafts-ask"]').click();
    await panel.locator('[data-action="delete-drafts"]').click();
    await row.locator('[data-saved-at]').waitFor({ state: 'detached', timeout: WAIT });
    await panel.locator('[data-action="settings"]').click();
    const box = panel.locator('[data-setting="autosave"]');
    await box.uncheck();
    try {
      await panel.locator('[data-action="settings"]').click();
      await typeInto(page, c, ' Tidak boleh disimpan.');
      await page.waitForTimeout(1500);
      expect(await row.locator('[data-saved-at]').count()).toBe(0);
      await page.reload({ waitUntil: 'load' });
      const again = await openPanel(h, page);
      await rowOf(again, c.key).waitFor({ timeout: WAIT });
      await again.waitForTimeout(500);
      expect(await again.locator('[data-role="restore-banner"]').count()).toBe(0);
      expect(await rowOf(again, c.key).locator('[data-saved-at]').count()).toBe(0);
    } finally {
      await panel.locator('[data-action="settings"]').click().catch(() => {});
      await box.check().catch(() => {});
    }
  });
});

describe('history and export', () => {
  it('keeps the text before an apply, and brings back a chosen version', async () => {
    const h = await getHarness();
    const c = CASES.find((x) => x.kind === 'textarea')!;
    const { page } = await openPage(h, c.fixture);
    await typeInto(page, c, ' Versi pertama dari ringkasan.');
    const first = await inPage<string>(page, c.data);
    const panel = await openPanel(h, page);
    const row = rowOf(panel, c.key);
    await row.locator('[data-action="edit"]').click();
    const draft = panel.locator('textarea[data-role="draft"], [data-role="editor"] textarea').first();
    await draft.fill('Versi kedua yang menggantikan semuanya.');
    await panel.locator('[data-action="apply"]').click();
    await expect.poll(() => inPage<string>(page, c.data), { timeout: WAIT }).toBe('Versi kedua yang menggantikan semuanya.');
    await panel.locator('[data-action="close-editor"], .editor-close').first().click();
    await row.locator('[data-action="history"]').click();
    const history = panel.locator('[data-role="history"]');
    const before = history.locator('[data-version-id]', { hasText: /sebelum Terapkan/ });
    await before.first().click({ timeout: WAIT });
    await history.locator('[data-role="rewrite-diff"]').waitFor({ timeout: WAIT });
    await history.locator('[data-action="restore"]').click();
    await expect.poll(() => inPage<string>(page, c.data), { timeout: WAIT }).toBe(first);
  });

  it('exports the proposal as Markdown and .docx, a heading per section in the competition order', async () => {
    const h = await getHarness();
    const c = CASES.find((x) => x.kind === 'textarea')!;
    const { page } = await openPage(h, c.fixture);
    await typeInto(page, c, ' Teks yang diekspor.');
    const panel = await openPanel(h, page);
    const [md] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="export-md"]').click()]);
    const markdown = await readFile((await md.path())!, 'utf8');
    expect(markdown).toContain('Teks yang diekspor.');
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(3);
    const [docx] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="export-docx"]').click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const html = (await mammoth.convertToHtml({ buffer: await readFile((await docx.path())!) })).value;
    const docxHeadings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!);
    expect(docxHeadings).toEqual(headings.map((x) => x.replace(/\\(.)/g, '$1')));
    expect(html).toContain('Teks yang diekspor.');
  });
});
