/**
 * The background's side of local drafts: it alone writes the store. Saves come from content scripts while the
 * user types (panel open or not); history entries and deletions come from the panel. Old drafts are pruned
 * on start-up and at most once an hour while saving (the worker keeps no other state: it may stop any time).
 */
import type { BackgroundReplies, PanelToBackground, ContentToBackground } from '../messages';
import { db } from '../store/db';
import { deleteForm, pruneDrafts, recordVersion, saveDrafts } from '../store/drafts';
import { loadDraftSettings } from '../storage';

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;
let lastPrune = 0;

export async function prune(now = Date.now()): Promise<void> {
  lastPrune = now;
  const { keepDays } = await loadDraftSettings();
  if (keepDays > 0) await pruneDrafts(db(), keepDays * DAY_MS, now);
}

export async function onSaveDrafts({ batch }: ContentToBackground['saveDrafts'], now = Date.now()): Promise<BackgroundReplies['saveDrafts']> {
  const settings = await loadDraftSettings();
  if (!settings.autosave) return { ok: false, off: true };
  try {
    const savedAt = await saveDrafts(db(), batch, now);
    if (now - lastPrune > PRUNE_EVERY_MS) void prune(now);
    return { ok: true, savedAt };
  } catch {
    return { ok: false };
  }
}

export async function onRecordVersion(entry: PanelToBackground['recordVersion'], now = Date.now()): Promise<BackgroundReplies['recordVersion']> {
  try {
    await recordVersion(db(), entry, now);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

export async function onDeleteDrafts({ formKey }: PanelToBackground['deleteDrafts']): Promise<BackgroundReplies['deleteDrafts']> {
  try {
    await deleteForm(db(), formKey);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
