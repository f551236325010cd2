/**
 * The rest of the write contract: inserting at the caret and reading back text and HTML (by key, as every
 * later feature will), and a write the page will not keep — rolled back, copied for the user, field shown.
 */
import { describe, expect, it } from 'vitest';
import type { FieldContent, WriteResult } from '../../utils/messages';
import { getHarness } from './harness';
import { openFixture } from './panel-helpers';
import { clickApply, EDITOR_CASES, editorOf, fillDraft, inPage, messageOf, openEditor, portRequest } from './write-helpers';

describe('insert at the caret, read back', () => {
  it('inserts into a textarea at the selection the field keeps, and reads back its text', async () => {
    const h = await getHarness();
    const o = await openFixture(h, 'kipp-sinovik');
    try {
      await inPage(o.page, `(() => { const t = document.querySelector('[name="input_7"]'); t.value = 'Awal akhir.'; t.setSelectionRange(5, 5); })()`);
      const tabId = await h.tabIdOf(o.page);
      const write = await portRequest<WriteResult>(h, tabId, { op: 'write', key: 'input_7', text: 'tengah ', mode: 'insert' });
      expect(write.result).toMatchObject({ ok: true, path: 'typed-input', undoable: true });
      expect(await inPage(o.page, `document.querySelector('[name="input_7"]').value`)).toBe('Awal tengah akhir.');
      const read = await portRequest<FieldContent>(h, tabId, { op: 'read', key: 'input_7' });
      expect(read.result).toMatchObject({ key: 'input_7', text: 'Awal tengah akhir.', html: null, counts: { words: 3 } });
    } finally {
      await o.close();
    }
  });

  it('inserts into CKEditor 5 at its selection through its model, and reads back its HTML', async () => {
    const h = await getHarness();
    const o = await openFixture(h, 'ckeditor5-regional');
    try {
      const ed = `document.querySelector('textarea[name="proposal[latar_belakang]"]').nextElementSibling.querySelector('.ck-editor__editable').ckeditorInstance`;
      await inPage(o.page, `(() => { const e = ${ed}; e.setData('<p>Satu tiga.</p>');
        e.model.change((w) => w.setSelection(e.model.document.getRoot().getChild(0), 5)); })()`);
      const tabId = await h.tabIdOf(o.page);
      const write = await portRequest<WriteResult>(h, tabId, { op: 'write', key: 'proposal[latar_belakang]', text: 'dua ', mode: 'insert' });
      expect(write.result).toMatchObject({ ok: true, path: 'editor-api' });
      expect(await inPage(o.page, `${ed}.getData()`)).toBe('<p>Satu dua tiga.</p>');
      const read = await portRequest<FieldContent>(h, tabId, { op: 'read', key: 'proposal[latar_belakang]' });
      expect(read.result).toMatchObject({ text: 'Satu dua tiga.', html: '<p>Satu dua tiga.</p>' });
    } finally {
      await o.close();
    }
  });
});

describe('a write the page does not keep', () => {
  it('rolls back, copies the text, highlights the field and says to paste it', async () => {
    const h = await getHarness();
    const o = await openFixture(h, 'locked');
    try {
      const before = await inPage<string>(o.page, `document.getElementById('ringkasan').value`);
      const postedBefore = JSON.stringify(h.server.lastPost());
      await openEditor(o.panel, 'ringkasan');
      const text = 'Ringkasan baru dari Jendela.\nParagraf kedua.';
      await fillDraft(o.panel, 'ringkasan', text);
      const { outcome } = await clickApply(o.panel, 'ringkasan');
      expect(outcome).toBe('failed');
      const message = messageOf(o.panel, 'ringkasan');
      expect(await message.getAttribute('data-error')).toBe('not-verified');
      expect(await message.textContent()).toMatch(/tempel/i);
      await expect.poll(async () => (await editorOf(o.panel, 'ringkasan').locator('[data-copied]').first().getAttribute('data-copied')), { timeout: 10_000 }).not.toBeNull();
      // Nothing half-written: the field holds exactly what it held, and the draft is still there to paste.
      expect(await inPage(o.page, `document.getElementById('ringkasan').value`)).toBe(before);
      expect(await editorOf(o.panel, 'ringkasan').locator('textarea[data-role="draft"]').inputValue()).toBe(text);
      // The field is shown to the user.
      await expect.poll(() => o.page.locator('[data-jendela-ui="highlight"]').count(), { timeout: 10_000 }).toBe(1);
      expect(JSON.stringify(h.server.lastPost())).toBe(postedBefore); // and nothing was submitted
    } finally {
      await o.close();
    }
  });
});

describe('the draft a rich editor opens with', () => {
  it('has one line per paragraph in every rich editor, with no blank lines from the editor\'s own formatting', async () => {
    const h = await getHarness();
    const rich = EDITOR_CASES.filter((c) => c.path === 'editor-api' || c.kind === 'contenteditable');
    const seen: Record<string, string> = {};
    for (const c of rich) {
      const o = await openFixture(h, c.fixture);
      try {
        await inPage(o.page, c.seed(JSON.stringify('<p>Satu dua.</p><p>Tiga empat.</p><ul><li>Lima</li><li>Enam</li></ul>')));
        await expect.poll(async () => {
          const tabId = await h.tabIdOf(o.page);
          return (await portRequest<FieldContent>(h, tabId, { op: 'read', key: c.key })).result?.text;
        }, { timeout: 10_000 }).toMatch(/Enam$/);
        seen[c.kind] = await (await openEditor(o.panel, c.key)).inputValue();
      } finally {
        await o.close();
      }
    }
    expect(Object.keys(seen)).toHaveLength(rich.length);
    for (const [kind, draft] of Object.entries(seen)) expect(draft, kind).toBe('Satu dua.\nTiga empat.\nLima\nEnam');
  });
});
