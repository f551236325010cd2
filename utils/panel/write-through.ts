/**
 * The panel's writes that are not the editor's Terapkan (restore, snippet, fill) share one path: keep what
 * the field holds in its history, write through the content script's write ladder, and note the answer
 * (the row's undo, its new counts). Same outcome rules as Terapkan: verified, or rolled back by the page side.
 */
import type { VersionReason } from '../store/db';
import { applyCounts } from './fields';
import type { PendingRequests } from './requests';
import type { PanelData } from './store';

export interface WriteThroughDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  beforeWrite(key: string, text: string, reason: VersionReason): Promise<void>;
}

/** What the field holds now (plain text), or null when the page cannot be asked. */
export async function readFieldText(requests: PendingRequests, key: string): Promise<string | null> {
  try {
    const res = await requests.request('read', { key });
    return 'error' in res ? null : res.text;
  } catch {
    return null;
  }
}

/** True when the page holds `text` now. */
export async function writeThrough(d: WriteThroughDeps, key: string, text: string, mode: 'replace' | 'insert', reason: VersionReason): Promise<boolean> {
  const before = await readFieldText(d.requests, key);
  if (before !== null) await d.beforeWrite(key, before, reason);
  try {
    const res = await d.requests.request('write', { key, text, mode, force: true });
    const { fields, lastWrite } = d.get();
    d.set({ lastWrite: { ...lastWrite, [key]: res }, fields: res.content ? applyCounts(fields, [{ key, counts: res.content.counts }]) : fields });
    return res.ok;
  } catch {
    return false;
  }
}
