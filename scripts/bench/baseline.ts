/**
 * A floor for the start-up figure: what Chromium charges for any content script that, like ours, waits for a
 * panel. A throwaway MV3 extension with our manifest's permissions and match pattern, whose content script
 * only gets the runtime API and adds an onConnect listener, is loaded in its own Chromium (launched the way
 * tests/e2e/harness.ts launches ours; run it only when no other browser is up) and traced the same way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { contentScriptWork, type ScriptWork } from './chromium';

const CONTENT = `(() => {
  const api = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
  api.runtime.onConnect.addListener((port) => port.onMessage.addListener(() => {}));
})();
`;

export async function minimalScriptWork(ourManifest: string, url: string, loads: number): Promise<ScriptWork[]> {
  const ours = JSON.parse(readFileSync(ourManifest, 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
  const dir = mkdtempSync(join(tmpdir(), 'jendela-bench-ext-'));
  const profile = mkdtempSync(join(tmpdir(), 'jendela-bench-profile-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Minimal', version: '1.0', permissions: ours.permissions,
    host_permissions: ours.host_permissions, background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['*://*.go.id/*'], run_at: 'document_idle', js: ['cs.js'] }],
  }));
  writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(join(dir, 'cs.js'), CONTENT);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--host-resolver-rules=MAP *.go.id 127.0.0.1, EXCLUDE localhost',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const script = `chrome-extension://${new URL(worker.url()).host}/cs.js`;
    const out: ScriptWork[] = [];
    for (let i = 0; i < loads; i++) out.push(await contentScriptWork(context, script, url));
    return out;
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
