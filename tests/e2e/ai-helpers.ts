/**
 * The AI flows of the panel as a user goes through them, shared by the e2e tests (ai.e2e.ts) and the benchmark
 * (scripts/bench/ai.ts): point the Settings view at the local Messages API server, and start a rewrite.
 */
import type { Page } from 'playwright-core';
import type { AnthropicServer } from '../anthropic-server';
import { rowOf, WAIT } from './panel-helpers';

/** Settings → base URL and key → Simpan dan periksa → the key works → back. Forgets the key check's requests. */
export async function configureAi(panel: Page, server: AnthropicServer, apiKey: string): Promise<void> {
  await panel.locator('[data-action="settings"]').click({ timeout: WAIT });
  await panel.locator('[data-setting="baseUrl"]').fill(server.baseURL);
  await panel.locator('[data-setting="apiKey"]').fill(apiKey);
  await panel.locator('[data-action="save-settings"]').click();
  await panel.locator('[data-role="key-check"][data-check="ok"]').waitFor({ timeout: WAIT });
  await panel.locator('[data-action="close-settings"]').click();
  server.reset(); // the key check is not what the callers count
}

/** The row's "Tulis ulang" (when the editor is not open yet), then a mode. */
export async function startRewrite(panel: Page, key: string, mode: string): Promise<void> {
  const modeButton = panel.locator(`[data-role="editor"] [data-action="rewrite"][data-mode="${mode}"]`);
  if ((await modeButton.count()) === 0) await rowOf(panel, key).locator('[data-action="rewrite"]').click({ timeout: WAIT });
  await modeButton.click({ timeout: WAIT });
}
