/**
 * The background's side of the library: it alone writes it. Each change is announced to open panels
 * (`libraryChanged`), so a snippet saved from the page's context menu shows up at once.
 */
import { browser } from 'wxt/browser';
import type { BackgroundReplies, PanelToBackground } from '../messages';
import { db } from '../store/db';
import { applyMerge, purgeDeleted, saveProposal, saveSnippet, setDeleted, updateSnippet } from '../store/library';

const announce = () => void browser.runtime.sendMessage({ type: 'libraryChanged' }).catch(() => undefined);

async function guarded<T extends { ok: boolean }>(work: () => Promise<T>, failed: T): Promise<T> {
  try {
    const out = await work();
    if (out.ok) announce();
    return out;
  } catch {
    return failed;
  }
}

export const onSaveSnippet = ({ snippet }: PanelToBackground['saveSnippet']): Promise<BackgroundReplies['saveSnippet']> =>
  guarded<BackgroundReplies['saveSnippet']>(async () => {
    const r = await saveSnippet(db(), snippet);
    return { ok: true, duplicate: r.duplicate, snippet: r.saved };
  }, { ok: false });

export const onSaveProposal = ({ proposal }: PanelToBackground['saveProposal']): Promise<BackgroundReplies['saveProposal']> =>
  guarded<BackgroundReplies['saveProposal']>(async () => {
    const r = await saveProposal(db(), proposal);
    return { ok: true, duplicate: r.duplicate, proposal: r.saved };
  }, { ok: false });

export const onUpdateSnippet = ({ id, patch }: PanelToBackground['updateSnippet'], now = Date.now()): Promise<BackgroundReplies['updateSnippet']> =>
  guarded<BackgroundReplies['updateSnippet']>(async () => {
    const r = await updateSnippet(db(), id, patch, now);
    return typeof r === 'string' ? { ok: false, error: r } : { ok: true, snippet: r };
  }, { ok: false, error: 'failed' });

export const onSetDeleted = ({ table, id, deleted }: PanelToBackground['setDeleted'], now = Date.now()): Promise<BackgroundReplies['setDeleted']> =>
  guarded<BackgroundReplies['setDeleted']>(async () => {
    const ok = await setDeleted(db(), table, id, deleted ? now : undefined);
    void purgeDeleted(db(), now);
    return { ok };
  }, { ok: false });

export const onImportLibrary = ({ plan }: PanelToBackground['importLibrary']): Promise<BackgroundReplies['importLibrary']> =>
  guarded<BackgroundReplies['importLibrary']>(async () => {
    await applyMerge(db(), plan);
    return { ok: true };
  }, { ok: false });

export const MENU_SAVE_SNIPPET = 'jendela-save-snippet';

/**
 * "Simpan sebagai snippet" on a selection in the page: the selection becomes a snippet with the page's title
 * and address as its source (its section is for the user to set; the panel shows it under "Lainnya").
 */
export async function saveSelection(selection: string | undefined, tab: { url?: string; title?: string } | undefined, now = Date.now()): Promise<BackgroundReplies['saveSnippet']> {
  const text = (selection ?? '').trim();
  if (!text) return { ok: false };
  const words = text.split(/\s+/);
  return onSaveSnippet({
    snippet: {
      id: crypto.randomUUID(), title: words.slice(0, 8).join(' ') + (words.length > 8 ? '…' : ''), section: 'other', text,
      tags: [], favourite: false, source: { url: tab?.url, pageTitle: tab?.title }, createdAt: now, updatedAt: now,
    },
  });
}
