/**
 * "Periksa sebelum kirim" without the AI (issue 10, first part): a SINOVIK form filled with a weak proposal
 * shows its blocking problems and, per section, the evidence it lacks, with a bar per KIPP 2023 criterion
 * carrying its official weight; the report downloads as Markdown.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getHarness } from './harness';
import { WAIT } from './panel-helpers';
import { loadExpected } from './detect';

const pages: Page[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
});

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
