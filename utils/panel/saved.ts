/** The panel's view of local drafts: plain data the store keeps and components render. */
import type { DraftSettings } from '../storage';

/** How long drafts may be kept (Settings' choices; 0: until deleted). */
export { KEEP_DAYS } from '../storage';
import type { VersionReason } from '../store/db';

/** A field whose saved text differs from what the page holds now (after a reload, a crash, an expired session). */
export interface RestoreOffer {
  key: string;
  text: string;
  savedAt: number;
}

export interface SavedState {
  /** The last local save per field key. */
  at: Record<string, number>;
  offers: Record<string, RestoreOffer>;
  /** Stored rows that could not be read (left out, said in the banner). */
  damaged: number;
  settings: DraftSettings;
  /** Restoring all offers is under way. */
  restoring: boolean;
}

/** One entry of a field's history: the latest draft, or a kept version. */
export interface HistoryEntry {
  id: string;
  text: string;
  words: number;
  savedAt: number;
  reason: VersionReason | 'latest';
}

export interface HistoryView {
  key: string;
  status: 'loading' | 'ready' | 'failed';
  entries: HistoryEntry[];
  selected: string | null;
  /** What the page holds now (the diff's base). */
  pageText: string;
  /** The outcome of the last restore from this view. */
  outcome?: 'restored' | 'failed';
}

/** Same text for the purpose of offering it back: white space at the ends and runs of it do not count. */
export const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
