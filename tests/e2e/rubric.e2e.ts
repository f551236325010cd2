/**
 * "Periksa sebelum kirim" (issue 10): a SINOVIK form filled with a weak proposal shows its blocking problems
 * and, per section, the evidence it lacks, with a bar per KIPP 2023 criterion carrying its official weight; the
 * report downloads as Markdown. The AI review runs the real SDK against the local Messages API server: its
 * structured answer (a forced tool call) becomes the bars and the weighted estimate; a malformed answer or a
 * dropped connection is reported and draws nothing; "Perbaiki" opens the rewrite of the criterion's section.
 * On an IGA form, the indicators' evidence checklist reminds, with hints read from the text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lastUserText, startAnthropicServer, textOf, type AnthropicServer } from '../anthropic-server';
import { configureAi } from './ai-helpers';
import { getHarness } from './harness';
import { openFixture, WAIT, type Opened } from './panel-helpers';
import { loadExpected } from './detect';

const KEY = 'sk-ant-api03-e2e-rubric-key-4242';
let server: AnthropicServer;
const pages: Page[] = [];
let open: Opened | null = null;
beforeAll(async () => {
  server = await startAnthropicServer({ apiKey: KEY });
});
afterAll(() => server.close());
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
  await open?.close();
  open = null;
  server.reset();
});

const WEAK = 'Inovasi ini sangat bermanfaat bagi masyarakat dan akan terus dikembangkan.';
/** The KIPP 2023 criteria of the SINOVIK fixture, in the form's order, with the scores the "model" gives. */
const KIPP_SCORES: Record<string, number> = {
  summary: 40, background: 55, novelty: 60, implementation: 50, impact: 35, replication: 20, resources: 45, sustainability: 30,
};
/** As long as a real answer: two sentences a part (about 25 words each). */
const entry = (criterion: string, score: number) => ({
  criterion, score,
  strengths: `Bagian ${criterion} sudah menyebut inovasinya dan siapa yang menjalankannya. Alurnya runtut dan mudah diikuti penilai yang membaca cepat.`,
  gap: `Bagian ${criterion} belum memuat angka sebelum dan sesudah. Penilai tidak bisa melihat seberapa besar perubahan yang terjadi bagi warga.`,
  suggestion: `Tambahkan waktu layanan sebelum dan sesudah untuk ${criterion}, beserta sumber datanya. Sebutkan juga tahun pengukurannya dan jumlah warga yang terlayani.`,
});
const kippReview = (scores = KIPP_SCORES) => ({ criteria: Object.entries(scores).map(([c, s]) => entry(c, s)), summary: 'Signifikansi belum menunjukkan dampak terukur.' });

async function weakSinovik(): Promise<Opened> {
  const h = await getHarness();
  open = await openFixture(h, 'kipp-sinovik');
  const { page } = open;
  await page.fill('[name="input_7"]', WEAK);
  await page.fill('[name="input_11"]', `${WEAK} [data: jumlah warga terlayani]`);
  await page.fill('[name="input_15"]', WEAK);
  return open;
}

it('shows a weak proposal its blocking problems, what each section lacks, and a bar per weighted criterion', async () => {
  const h = await getHarness();
  const page = await h.context.newPage();
  pages.push(page);
  await page.goto(h.url(loadExpected('kipp-sinovik').host, '/fixtures/kipp-sinovik.html'), { waitUntil: 'load' });
  const panel = await h.context.newPage();
  pages.push(panel);
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${await h.tabIdOf(page)}`);
  await panel.locator('[data-status="form"]').waitFor({ timeout: WAIT });
  const weak = 'Inovasi ini sangat bermanfaat bagi masyarakat dan akan terus dikembangkan.';
  await page.fill('[name="input_7"]', weak);
  await page.fill('[name="input_11"]', `${weak} [data: jumlah warga terlayani]`);
  await page.fill('[name="input_15"]', weak);

  await panel.locator('[data-action="check-rubric"]').click();
  const view = panel.locator('[data-role="rubric"]');
  await view.locator('[data-blocking]').waitFor({ timeout: WAIT });
  expect(Number(await view.locator('[data-blocking]').getAttribute('data-blocking'))).toBeGreaterThan(3);
  await view.locator('[data-blocking-kind="placeholder"][data-field-ref="input_11"]').waitFor();
  await view.locator('[data-blocking-kind="duplicate-section"]').first().waitFor();
  expect(await view.locator('[data-blocking-kind="empty-required"]').count()).toBeGreaterThan(3);
  const lacks = await view.locator('[data-finding][data-field-ref="input_15"]').allTextContents();
  expect(lacks.join(' ')).toContain('Strategi Keberlanjutan');
  const bar = view.locator('[data-criterion="impact"]');
  expect([await bar.getAttribute('data-weight'), await bar.getAttribute('data-score')]).toEqual(['30', '0']);
  expect(await view.locator('[data-criterion][data-weight="15"]').count()).toBe(2); // Kebaruan, Keberlanjutan
  const [dl] = await Promise.all([panel.waitForEvent('download'), view.locator('[data-action="export-rubric"]').click()]);
  const md = readFileSync((await dl.path())!, 'utf8');
  expect(md).toContain('# Periksa sebelum kirim');
  expect(md).toMatch(/Signifikansi[^\n]*: masih ada isian sementara "\[data: jumlah warga terlayani\]"/);
});

it('scores each criterion with the AI review, draws the bars and the weighted estimate, and "Perbaiki" opens the rewrite', async () => {
  const { panel } = await weakSinovik();
  await configureAi(panel, server, KEY);
  await panel.locator('[data-action="check-rubric"]').click();
  const view = panel.locator('[data-role="rubric"]');
  await view.locator('[data-blocking]').waitFor({ timeout: WAIT });
  expect(await view.locator('[data-criterion][data-source="evidence"]').count()).toBe(8);

  server.script({ kind: 'reply', tool: { name: 'nilai_proposal', input: kippReview(), jsonPerDelta: 60 }, delayMs: 40 });
  await view.locator('[data-action="ai-review"]').click();
  // While it streams: how many criteria have come, and a way to stop.
  await view.locator('[data-review-status="streaming"] [data-action="stop-review"]').waitFor({ timeout: WAIT });
  await view.locator('[data-review-status="done"]').waitFor({ timeout: WAIT });
  const sent = server.requests.at(-1)!;
  expect(sent.body!.tool_choice).toEqual({ type: 'tool', name: 'nilai_proposal' });
  expect(lastUserText(sent.body!)).toContain('[data: jumlah warga terlayani]');
  expect(textOf(sent.body!.system)).toContain('id "impact": Signifikansi, bobot 30%');

  for (const [criterion, score] of Object.entries(KIPP_SCORES)) {
    const bar = view.locator(`[data-criterion="${criterion}"]`);
    expect(await bar.getAttribute('data-score')).toBe(String(score));
    expect(await bar.getAttribute('data-source')).toBe('ai');
  }
  const impact = view.locator('[data-criterion="impact"]');
  expect(await impact.getAttribute('data-weight')).toBe('30');
  expect(await impact.locator('[data-part="gap"]').textContent()).toBe(entry('impact', 0).gap);
  // (10×55 + 15×60 + 5×50 + 30×35 + 20×20 + 5×45 + 15×30) / 100 = 38.25; the summary weighs 0.
  const total = view.locator('[data-role="estimated-total"]');
  expect(await total.getAttribute('data-total')).toBe('38.3');
  expect(await total.textContent()).toContain('perkiraan');

  // Printed (the browser's print to PDF), the report with eight reviewed criteria fits one A4 page.
  const pdf = (await panel.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);

  const [dl] = await Promise.all([panel.waitForEvent('download'), view.locator('[data-action="export-rubric"]').click()]);
  const md = readFileSync((await dl.path())!, 'utf8');
  expect(md).toMatch(/\| Signifikansi \| 30 \| \d+\/\d+ \| \d+ \| 35 \|/);
  expect(md).toContain('### Signifikansi: 35/100');
  expect(md).toContain('38.3');

  // Perbaiki: the editor of Signifikansi, a rewrite with the criterion and the review's advice as instruction.
  server.script({ kind: 'reply', text: 'Waktu layanan turun dari [data: waktu sebelum] menjadi [data: waktu sesudah].' });
  await impact.locator('[data-action="fix-criterion"]').click();
  await panel.locator('[data-role="editor"][data-editor-key="input_11"]').waitFor({ timeout: WAIT });
  await panel.locator('[data-role="rewrite"][data-rewrite-status="done"]').waitFor({ timeout: WAIT });
  const fix = server.requests.at(-1)!;
  const system = textOf(fix.body!.system);
  expect(system).toContain('«Signifikansi» (bobot 30%)');
  expect(system).toContain('Tambahkan waktu layanan sebelum dan sesudah untuk impact');
  expect(lastUserText(fix.body!)).toContain('[data: jumlah warga terlayani]');
});

it('reports a malformed review and a dropped connection without drawing them, then a retry works', async () => {
  const { panel } = await weakSinovik();
  await configureAi(panel, server, KEY);
  await panel.locator('[data-action="check-rubric"]').click();
  const view = panel.locator('[data-role="rubric"]');
  await view.locator('[data-blocking]').waitFor({ timeout: WAIT });

  server.script({ kind: 'reply', tool: { name: 'nilai_proposal', input: kippReview({ ...KIPP_SCORES, impact: 140 }) } });
  await view.locator('[data-action="ai-review"]').click();
  await view.locator('[data-review-status="invalid"]').waitFor({ timeout: WAIT });
  expect(await view.locator('[data-role="review-invalid"] [data-problem="range"]').textContent()).toContain('Signifikansi');
  expect(await view.locator('[data-source="ai"]').count()).toBe(0);
  expect(await view.locator('[data-role="estimated-total"]').count()).toBe(0);

  server.script({ kind: 'reply', tool: { name: 'nilai_proposal', input: null, raw: '{"criteria": [{"criterion": "impact", "score": 3' }, stopReason: 'max_tokens' });
  await view.locator('[data-action="ai-review"]').click();
  await view.locator('[data-role="review-invalid"] [data-problem="truncated"]').waitFor({ timeout: WAIT });

  server.script({ kind: 'drop', afterDeltas: 2 });
  await view.locator('[data-action="ai-review"]').click();
  await view.locator('[data-review-status="failed"] [data-role="ai-error"]').waitFor({ timeout: WAIT });
  expect(await view.locator('[data-source="ai"]').count()).toBe(0);

  server.script({ kind: 'reply', tool: { name: 'nilai_proposal', input: kippReview() } });
  await view.locator('[data-action="ai-review"]').click();
  await view.locator('[data-review-status="done"]').waitFor({ timeout: WAIT });
  expect(await view.locator('[data-source="ai"]').count()).toBe(8);
});

it('on an IGA form: equal weights, the indicators\' evidence checklist with hints from the text, ticks kept', async () => {
  const h = await getHarness();
  open = await openFixture(h, 'iga-profil');
  const { page, panel } = open;
  await page.fill('[name="rancang_bangun"]', 'Inovasi ditetapkan dengan Peraturan Bupati Nomor 5 Tahun 2022 untuk memangkas antrean layanan.');
  await page.fill('[name="manfaat"]', 'Sebanyak 1.250 warga lansia menerima obat di rumah setiap bulan.');
  await configureAi(panel, server, KEY);
  await panel.locator('[data-action="check-rubric"]').click();
  const view = panel.locator('[data-role="rubric"]');
  const list = view.locator('[data-role="iga-checklist"]');
  await list.waitFor({ timeout: WAIT });
  expect(await list.locator('[data-indicator]').count()).toBe(20);
  expect(await list.locator('[data-mandatory]').count()).toBe(5);
  expect(await list.locator('[data-indicator="33"]').getAttribute('data-hint')).toBe('3');
  expect(await list.locator('[data-indicator="16"]').getAttribute('data-hint')).toBe('2');
  await list.locator('[data-indicator="16"] input[type="checkbox"]').check();
  expect(await view.locator('[data-role="equal-weights"]').count()).toBe(1);
  expect(await view.locator('[data-criterion]').evaluateAll((els) => els.map((e) => e.getAttribute('data-weight')))).toEqual(['25', '25', '25', '25']);

  const scores: Record<string, number> = { design: 70, goal: 50, benefit: 90, impact: 30 };
  server.script({ kind: 'reply', tool: { name: 'nilai_proposal', input: { criteria: Object.entries(scores).map(([c, s]) => entry(c, s)) } } });
  await view.locator('[data-action="ai-review"]').click();
  await view.locator('[data-review-status="done"]').waitFor({ timeout: WAIT });
  expect(await view.locator('[data-role="estimated-total"]').getAttribute('data-total')).toBe('60');

  // Back and in again: the tick is kept for this form.
  await view.locator('[data-action="close-rubric"]').click();
  await panel.locator('[data-action="check-rubric"]').click();
  await expect.poll(() => panel.locator('[data-indicator="16"] input[type="checkbox"]').isChecked(), { timeout: WAIT }).toBe(true);
  expect(await panel.locator('[data-role="iga-checklist"] summary').textContent()).toContain('1 dari 20');
});
