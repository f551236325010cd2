/**
 * AI rewrites end to end (issue 4): the built extension's panel runs the real SDK against the local server that
 * speaks the Messages API (tests/anthropic-server.ts), set up through the Settings view's base URL as a user
 * would. A rewrite streams into the panel, Terima writes it into a real editor on a fixture page; each error
 * shows its message and leaves the field as it was; Hentikan stops the stream mid-way.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiError, lastUserText, startAnthropicServer, type AnthropicServer, type Behaviour } from '../anthropic-server';
import { configureAi, startRewrite } from './ai-helpers';
import { getHarness } from './harness';
import { openFixture, WAIT, type Opened } from './panel-helpers';
import { EDITOR_CASES, editorOf, inPage, outcome, readCounter, type EditorCase } from './write-helpers';

const KEY = 'sk-ant-api03-e2e-test-key-7777';
let server: AnthropicServer;
let open: Opened | null = null;

beforeAll(async () => {
  server = await startAnthropicServer({ apiKey: KEY });
});
afterAll(() => server.close());
afterEach(async () => {
  await open?.close();
  open = null;
  server.reset();
});

const byKind = (kind: string): EditorCase => EDITOR_CASES.find((c) => c.kind === kind)!;

const status = (panel: Page) => panel.locator('[data-role="rewrite"]').getAttribute('data-rewrite-status', { timeout: WAIT });
const waitStatus = (panel: Page, s: string, timeout = WAIT) =>
  panel.locator(`[data-role="rewrite"][data-rewrite-status="${s}"]`).waitFor({ timeout });
/** The result as the diff shows it: kept and added words, not the removed ones. */
const shownResult = (panel: Page) =>
  panel.locator('[data-role="rewrite-diff"]').evaluate((el) =>
    Array.from(el.children).filter((c) => c.tagName !== 'DEL').map((c) => c.textContent).join('').replace(/\s+/g, ' ').trim(),
  );

const ANSWER_PARAS = [
  'Layanan antar obat kini menjangkau warga di rumah mereka.',
  'Petugas puskesmas mencatat setiap pengiriman secara daring.',
];

describe('AI rewrite from the panel', () => {
  it('streams into the panel with a diff and a meter; Terima writes it into CKEditor 5 (undoable)', async () => {
    const h = await getHarness();
    const c = byKind('ckeditor5');
    open = await openFixture(h, c.fixture);
    const { page, panel } = open;
    await inPage(page, c.seed(JSON.stringify('<p>Draf lama: layanan antar obat ke rumah.</p>')));
    await configureAi(panel, server, KEY);
    const answer = ANSWER_PARAS.join('\n\n');
    server.script({ kind: 'reply', text: answer, delayMs: 60 });
    await startRewrite(panel, c.key, 'perjelas');

    // Mid-stream: part of the text is on screen, Hentikan is offered, Terima is not.
    await expect.poll(async () => (await status(panel)) === 'streaming' && (await shownResult(panel)).length > 0, { timeout: WAIT }).toBe(true);
    const partial = await shownResult(panel);
    expect(partial.split(' ').length).toBeLessThan(answer.split(/\s+/).length);
    expect(await panel.locator('[data-role="rewrite"] [data-action="stop"]').count()).toBe(1);
    expect(await panel.locator('[data-role="rewrite"] [data-action="accept"]').count()).toBe(0);
    await waitStatus(panel, 'done');
    expect(await shownResult(panel)).toBe(answer.replace(/\s+/g, ' '));
    expect(await panel.locator('[data-role="rewrite-diff"] del').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-role="rewrite-diff"] ins').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-role="rewrite-meter"]').getAttribute('data-words')).toBe('16');
    const usage = panel.locator('[data-role="usage"]');
    expect(Number(await usage.getAttribute('data-output'))).toBeGreaterThan(0);
    expect(Number(await usage.getAttribute('data-cache-write'))).toBeGreaterThan(1000);
    // Sent: the field's text as material, with the key, only to the configured base URL.
    const sent = server.requests.at(-1)!;
    expect(sent).toMatchObject({ path: '/v1/messages', apiKey: KEY, stream: true });
    expect(lastUserText(sent.body!)).toContain('Draf lama: layanan antar obat ke rumah.');
    expect(await inPage<string>(page, c.data)).toBe('<p>Draf lama: layanan antar obat ke rumah.</p>');

    await panel.locator('[data-role="rewrite"] [data-action="accept"]').click();
    expect(await outcome(panel, c.key)).toBe('applied');
    expect(await inPage<string>(page, c.data)).toBe(ANSWER_PARAS.map((p) => `<p>${p}</p>`).join(''));
    await expect.poll(() => readCounter(page, c), { timeout: WAIT }).toBe('16');
    await editorOf(panel, c.key).locator('[data-action="undo"]').click();
    expect(await outcome(panel, c.key)).toBe('undone');
    expect(await inPage<string>(page, c.data)).toBe('<p>Draf lama: layanan antar obat ke rumah.</p>');
    expect(open.dialogs).toEqual([]);
    expect(open.panelErrors).toEqual([]);
  });

  it('each error gets its message in plain Indonesian and leaves the field as it was', async () => {
    const h = await getHarness();
    const c = byKind('textarea');
    open = await openFixture(h, c.fixture);
    const { page, panel } = open;
    await inPage(page, c.seed(JSON.stringify('Teks asli pengguna yang tidak boleh berubah.')));
    await configureAi(panel, server, KEY);
    const cases: [Behaviour, string, RegExp][] = [
      [apiError('authentication'), 'auth', /Kunci API ditolak/],
      [apiError('billing'), 'billing', /kredit/],
      [apiError('rate_limit', { headers: { 'retry-after': '7' } }), 'rate_limit', /7 detik/],
      [apiError('overloaded'), 'overloaded', /sibuk/],
      [apiError('unavailable'), 'overloaded', /sibuk/],
      [apiError('prompt_too_long'), 'too_long', /terlalu panjang/],
      [{ kind: 'drop', afterDeltas: 2, delayMs: 20 }, 'connection', /terhubung/],
      [{ kind: 'stream-error', afterDeltas: 2, type: 'overloaded_error' }, 'overloaded', /sibuk/],
    ];
    for (const [behaviour, code, message] of cases) {
      server.script(behaviour);
      if ((await panel.locator('[data-action="retry-rewrite"]').count()) > 0) {
        await panel.locator('[data-action="retry-rewrite"]').click();
      } else {
        await startRewrite(panel, c.key, 'perjelas');
      }
      await waitStatus(panel, 'failed');
      const error = panel.locator('[data-role="rewrite"] [data-role="ai-error"]');
      expect(await error.getAttribute('data-error-code'), `${code}`).toBe(code);
      expect(await error.textContent()).toMatch(message);
      expect(await panel.locator('[data-role="rewrite"] [data-action="accept"]').count()).toBe(0);
      expect(await inPage<string>(page, c.data)).toBe('Teks asli pengguna yang tidak boleh berubah.');
    }
    expect(server.requests).toHaveLength(cases.length);
    expect(open.dialogs).toEqual([]);
  });

  it('Hentikan stops the stream at once: the request is cancelled and the field is untouched', async () => {
    const h = await getHarness();
    const c = byKind('tinymce (iframe)');
    open = await openFixture(h, c.fixture);
    const { page, panel } = open;
    const before = await inPage<string>(page, c.data);
    await configureAi(panel, server, KEY);
    server.script({ kind: 'reply', text: Array.from({ length: 80 }, (_, i) => `kata${i}`).join(' '), delayMs: 80 });
    await startRewrite(panel, c.key, 'ringkas');
    await expect.poll(async () => (await shownResult(panel).catch(() => '')).length > 0, { timeout: WAIT }).toBe(true);
    await panel.locator('[data-role="rewrite"] [data-action="stop"]').click();
    expect(await status(panel)).toBe('stopped');
    await server.waitFor((rs) => rs.at(-1)?.aborted === true, 5_000);
    const req = server.requests.at(-1)!;
    expect(req.completed).toBe(false);
    expect(req.deltasSent).toBeLessThan(80);
    expect(await panel.locator('[data-role="rewrite"] [data-action="accept"]').count()).toBe(0);
    expect(await inPage<string>(page, c.data)).toBe(before);
    await panel.locator('[data-role="rewrite"] [data-action="discard"]').click();
    expect(await panel.locator('[data-role="rewrite"]').count()).toBe(0);
    expect(await inPage<string>(page, c.data)).toBe(before);
  });
});
