// @vitest-environment jsdom
/**
 * The content script's session keeps the panel's meters in step with the page even when a rescan (caused by
 * unrelated DOM changes, e.g. an editor toolbar appearing) lands between a keystroke and the count flush.
 * Found by tests/e2e/meters.e2e.ts: the meter stuck at an old count while the user kept typing.
 */
import { afterEach, expect, it } from 'vitest';
import type { ContentMsg } from '../../utils/messages';
import { PORT_NAME } from '../../utils/messages';
import { Session } from '../../utils/content/session';

type Listener = (msg: unknown) => void;

function fakePort() {
  const sent: ContentMsg[] = [];
  const listeners: Listener[] = [];
  const port = {
    name: PORT_NAME,
    postMessage: (m: ContentMsg) => sent.push(m),
    disconnect() {},
    onMessage: { addListener: (l: Listener) => listeners.push(l) },
    onDisconnect: { addListener() {} },
  };
  return { port, sent, say: (msg: unknown) => listeners.forEach((l) => l(msg)) };
}

const abort = new AbortController();
afterEach(() => abort.abort());

it('sends counts that changed when a rescan finds the same fields', () => {
  document.body.innerHTML = `<form><label for="r">Ringkasan (maksimal 200 kata)</label>
    <textarea id="r" name="ringkasan"></textarea></form>`;
  const session = new Session(document, abort.signal);
  const { port, sent, say } = fakePort();
  session.connect(port as never);
  say({ type: 'hello' });
  expect(sent.at(-1)).toMatchObject({ type: 'snapshot' });

  // The user types; before the per-field flush runs, a rescan happens (same fields, so no new snapshot).
  document.querySelector('textarea')!.value = 'tiga kata baru';
  sent.length = 0;
  session.rescan();
  expect(sent).toEqual([
    { type: 'counts', updates: [{ key: 'ringkasan', counts: expect.objectContaining({ words: 3 }) }] },
  ]);

  // Nothing changed since: a further rescan sends nothing.
  sent.length = 0;
  session.rescan();
  expect(sent).toEqual([]);
});
