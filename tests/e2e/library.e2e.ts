/**
 * The library (issue 9) as a user meets it: save a form as a proposal on one portal and fill another portal's
 * form from it; save a field as a snippet, find it by another word form, and insert it (answering its
 * variables) into a field on a different portal; import a proposal kept as .docx; move the library out and
 * refuse a file that is not ours. Everything through the panel's buttons and the page's own fields.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getHarness, type Harness } from './harness';
import { rowOf, WAIT } from './panel-helpers';
import { loadExpected } from './detect';

const pages: Page[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
});

async function open(h: Harness, fixture: string): Promise<{ page: Page; panel: Page }> {
  const page = await h.context.newPage();
  pages.push(page);
  await page.goto(h.url(loadExpected(fixture).host, `/fixtures/${fixture}.html`), { waitUntil: 'load' });
  const panel = await h.context.newPage();
  pages.push(panel);
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${await h.tabIdOf(page)}`);
  await panel.locator('[data-status="form"]').waitFor({ timeout: WAIT });
  return { page, panel };
}
const notice = (panel: Page, key: string) => panel.locator(`[data-notice="${key}"]`).waitFor({ timeout: WAIT });
const stamp = () => Date.now().toString(36);

describe('library', () => {
  it('saves a KIPP form as a proposal and fills an IGA form from it, across portals', async () => {
    const h = await getHarness();
    const id = stamp();
    const kipp = await open(h, 'kipp-sinovik');
    const lbt = `Warga Kubu Raya menempuh 40 km untuk akta (${id}). Tujuannya: akta terbit dalam satu hari.`;
    const sig = `Waktu layanan turun dari 14 hari menjadi 1 hari (${id}).`;
    await kipp.page.fill('[name="input_0"]', `Si Jempol ${id}`);
    await kipp.page.fill('[name="input_8"]', lbt);
    await kipp.page.fill('[name="input_11"]', sig);
    await kipp.page.fill('[name="input_7"]', `Ringkasan ${id}.`);
    await kipp.page.fill('[name="input_1"]', '2023-03-01');
    await kipp.page.selectOption('[name="input_2"]', 'umum');
    // The facts' rows follow the page's choices.
    await expect.poll(() => rowOf(kipp.panel, 'input_1').textContent(), { timeout: WAIT }).toContain('2023-03-01');
    await expect.poll(() => rowOf(kipp.panel, 'input_2').textContent(), { timeout: WAIT }).toContain('Kelompok Umum');
    await expect.poll(() => rowOf(kipp.panel, 'input_11').getAttribute('data-words'), { timeout: WAIT }).not.toBe('0');
    await kipp.panel.locator('[data-action="save-proposal"]').click();
    await notice(kipp.panel, 'notice.proposalSaved');
    // The same form again is the same proposal: said, not saved twice.
    await kipp.panel.locator('[data-action="save-proposal"]').click();
    await notice(kipp.panel, 'notice.proposalDuplicate');

    const iga = await open(h, 'iga-profil');
    await iga.panel.locator('[data-action="fill-from-proposal"]').click();
    const plan = iga.panel.locator('[data-role="fill-plan"]');
    await plan.locator('[data-role="fill-proposal"]').selectOption({ label: `Si Jempol ${id} (${new Date().getFullYear()})` });
    for (const key of ['nama_inovasi', 'rancang_bangun', 'tujuan', 'hasil_inovasi']) await plan.locator(`[data-plan-key="${key}"]`).waitFor({ timeout: WAIT });
    expect(await plan.locator('[data-plan-key="manfaat"]').count()).toBe(0);
    // Facts: the date goes into the first date of the form; "Kelompok Umum" is no option of IGA's Jenis.
    await plan.locator('[data-plan-key="waktu_uji_coba"][data-fact]').waitFor();
    await plan.locator('[data-action="fill"]').click();
    await plan.locator('[role="status"]').waitFor({ timeout: WAIT });
    expect(await iga.page.inputValue('[name="waktu_uji_coba"]')).toBe('2023-03-01');
    expect(await plan.locator('[data-missing="jenis"]').textContent()).toContain('Digital, Non Digital');
    expect(await iga.page.locator('[name="jenis"]:checked').count()).toBe(0);
    expect(await iga.page.inputValue('[name="nama_inovasi"]')).toBe(`Si Jempol ${id}`);
    expect(await iga.page.inputValue('[name="tujuan"]')).toBe(lbt);
    expect(await iga.page.inputValue('[name="rancang_bangun"]')).toBe(lbt);
    expect(await iga.page.inputValue('[name="hasil_inovasi"]')).toBe(sig);
    expect(await iga.page.inputValue('[name="manfaat"]')).toBe('');
  });

  it('saves a field as a snippet, finds it by another word form, and inserts it elsewhere with its variables', async () => {
    const h = await getHarness();
    const id = stamp();
    const kipp = await open(h, 'kipp-sinovik');
    const text = `Pelayanan {{nama_inovasi}} oleh {{instansi}} menjemput warga ke desa ${id}.`;
    await kipp.page.fill('[name="input_9"]', text);
    const row = rowOf(kipp.panel, 'input_9');
    await row.locator('[data-action="save-snippet"]').click({ timeout: WAIT });
    await notice(kipp.panel, 'notice.snippetSaved');
    await row.locator('[data-action="save-snippet"]').click();
    await notice(kipp.panel, 'notice.snippetDuplicate');
    await kipp.panel.locator('[data-action="library"]').click();
    await kipp.panel.getByRole('searchbox').fill(`layanan ${id}`);
    await kipp.panel.locator('[data-role="library"] .snippet', { hasText: id }).waitFor({ timeout: WAIT });
    await kipp.panel.getByRole('searchbox').fill(`antrean ${id}xyz`);
    await kipp.panel.locator('[data-role="library"] .snippet', { hasText: id }).waitFor({ state: 'detached', timeout: WAIT });

    const other = await open(h, 'regional-label-for');
    await other.page.fill('[name="input_0"]', 'Jemput Bola');
    // The row says the library has snippets for its section; its button opens them in the field's editor.
    await rowOf(other.panel, 'input_3').locator('[data-action="suggestions"]').click({ timeout: WAIT });
    const suggestion = other.panel.locator('[data-role="suggestions"] .snippet', { hasText: id });
    await suggestion.locator('[data-action="insert-snippet"][data-mode="replace"]').click({ timeout: WAIT });
    const form = other.panel.locator('[data-role="variables"]');
    expect(await form.locator('[data-variable="nama_inovasi"]').inputValue()).toBe('Jemput Bola');
    await form.locator('[data-variable="instansi"]').fill('Disdukcapil Kubu Raya');
    await form.locator('[data-action="insert-snippet"]').click();
    await expect.poll(() => other.page.inputValue('[name="input_3"]'), { timeout: WAIT })
      .toBe(`Pelayanan Jemput Bola oleh Disdukcapil Kubu Raya menjemput warga ke desa ${id}.`);
    // The answers are remembered for this proposal: the next insertion asks nothing.
    await suggestion.locator('[data-action="insert-snippet"][data-mode="replace"]').click({ timeout: WAIT });
    await notice(other.panel, 'notice.snippetInserted');
    expect(await other.panel.locator('[data-role="variables"]').count()).toBe(0);
  });

  it('imports a proposal kept as .docx, split by its headings, after the user confirms', async () => {
    const h = await getHarness();
    const id = stamp();
    const doc = new Document({ sections: [{ children: [
      new Paragraph({ text: `Nama Inovasi: Posyandu Digital ${id}` }),
      new Paragraph({ text: 'Ringkasan', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Posyandu mencatat tumbuh kembang balita secara daring.' }),
      new Paragraph({ text: 'Latar Belakang dan Tujuan', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Angka stunting 24 persen pada 2022.' }),
      new Paragraph({ text: 'Signifikansi', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Stunting turun menjadi 17 persen pada 2024.' }),
    ] }] });
    const dir = mkdtempSync(join(tmpdir(), 'jendela-docx-'));
    const file = join(dir, `posyandu-${id}.docx`);
    writeFileSync(file, await Packer.toBuffer(doc));
    const { panel } = await open(h, 'kipp-sinovik');
    await panel.locator('[data-action="library"]').click();
    await panel.locator('[data-action="import-docx"]').setInputFiles(file);
    const review = panel.locator('[data-role="docx-review"]');
    await review.waitFor({ timeout: WAIT });
    expect(await review.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')))).toEqual(['summary', 'background', 'impact']);
    await review.locator('[data-action="confirm-import"]').click();
    await notice(panel, 'notice.proposalSaved');
    // A file that is not a Word document is refused with the reason.
    const bad = join(dir, 'bukan.docx');
    writeFileSync(bad, 'ini bukan dokumen Word');
    await panel.locator('[data-action="import-docx"]').setInputFiles(bad);
    await notice(panel, 'import.docxFailed');
  });

  it('exports the library as JSON and refuses a file that is not ours, changing nothing', async () => {
    const h = await getHarness();
    const { panel } = await open(h, 'kipp-sinovik');
    await panel.locator('[data-action="library"]').click();
    const before = await panel.locator('[data-role="library"] .muted', { hasText: /Proposal tersimpan/ }).textContent();
    const [dl] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-action="export-library"]').click()]);
    const exported = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as { format: string; version: number; proposals: unknown[] };
    expect([exported.format, exported.version]).toEqual(['jendela-library', 1]);
    await panel.locator('[data-action="import-library"]').setInputFiles(resolve(import.meta.dirname, '../../package.json'));
    await notice(panel, 'import.not-ours');
    // Our own export back in: nothing new (every row is already there).
    const mine = join(mkdtempSync(join(tmpdir(), 'jendela-lib-')), 'pustaka.json');
    writeFileSync(mine, JSON.stringify(exported));
    await panel.locator('[data-action="import-library"]').setInputFiles(mine);
    await notice(panel, 'notice.imported');
    expect(await panel.locator('[data-notice="notice.imported"]').textContent()).toMatch(/^Impor selesai: 0 snippet dan 0 proposal ditambahkan/);
    expect(await panel.locator('[data-role="library"] .muted', { hasText: /Proposal tersimpan/ }).textContent()).toBe(before);
  });

  it('keeps the library and the drafts when the browser is closed and opened again', async () => {
    const h = await getHarness();
    const id = stamp();
    const kipp = await open(h, 'kipp-sinovik');
    await kipp.page.fill('[name="input_14"]', `Anggaran APBD Rp 150 juta per tahun ${id}.`);
    await rowOf(kipp.panel, 'input_14').locator('[data-action="save-snippet"]').click({ timeout: WAIT });
    await notice(kipp.panel, 'notice.snippetSaved');
    await kipp.page.locator('[name="input_15"]').click();
    await kipp.page.keyboard.type(`Diatur Perbup ${id}.`);
    await kipp.page.waitForTimeout(1500);
    pages.splice(0);
    await h.restart();
    const again = await open(h, 'kipp-sinovik');
    await again.panel.locator('[data-role="restore-banner"]').waitFor({ timeout: WAIT });
    await rowOf(again.panel, 'input_15').locator('[data-action="restore"]').waitFor({ timeout: WAIT });
    await again.panel.locator('[data-action="library"]').click();
    await again.panel.getByRole('searchbox').fill(id);
    await again.panel.locator('[data-role="library"] .snippet', { hasText: `Rp 150 juta per tahun ${id}` }).waitFor({ timeout: WAIT });
  });
});
