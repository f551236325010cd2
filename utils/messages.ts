/**
 * The one message protocol, declared once. One map per direction; payloads are typed, never `any`.
 * Panel ↔ content goes over a long-lived port (`PORT_NAME`), so a page that navigates or a content
 * script that dies shows up as a disconnect instead of a stale panel.
 */
import type { Proposal, Snippet } from './library/types';
import type { MergePlan } from './library/transfer';
import type { VersionReason } from './store/db';
import type { SaveBatch } from './store/drafts';
import type { Counts, FormSnapshot } from './types';

export const PORT_NAME = 'jendela-panel';

/** A message with no payload beyond its type. */
export type Empty = { readonly _?: never };

/** What a field holds now: plain text (what is counted) and, for rich editors, the editor's HTML. */
export interface FieldContent {
  key: string;
  text: string;
  html: string | null;
  counts: Counts;
}

/** How a write reached the field (reported to the user and in the closing notes). */
export type WritePath = 'editor-api' | 'typed-input' | 'value-setter';
export type WriteError =
  | 'field-gone' // the field is no longer in the page
  | 'not-verified' // read-back through what the portal submits did not match: restored, nothing half-written
  | 'over-maxlength' // the text is longer than the field's maxlength and the user did not confirm
  | 'nothing-to-undo'
  | 'busy' // another write to the same field is under way
  | 'failed';

export interface WriteResult {
  ok: boolean;
  key: string;
  path?: WritePath;
  error?: WriteError;
  /** What the field holds after the write (or after restoring on failure). */
  content?: FieldContent;
  /** Whether an undo is available for this field. */
  undoable: boolean;
}

/** Filling a fact (select, radio, date): the value it holds after, or why not (with the form's own options). */
export interface FactResult {
  ok: boolean;
  key: string;
  value?: string;
  error?: 'field-gone' | 'no-option' | 'not-verified' | 'failed';
  options?: string[];
}

/** Requests the panel makes over the port; each is answered once with a `reply` carrying the same id. */
export interface PanelRequests {
  read: { request: { key: string }; response: FieldContent | { error: WriteError } };
  /** `replace` the whole text or `insert` at the caret/selection; `force` writes past maxlength. */
  write: { request: { key: string; text: string; mode: 'replace' | 'insert'; force?: boolean }; response: WriteResult };
  undo: { request: { key: string }; response: WriteResult };
  /** Choose the option (or date) that reads as `value`; an option the form lacks is reported, not guessed. */
  setFact: { request: { key: string; value: string }; response: FactResult };
}
export type PanelRequest = {
  [K in keyof PanelRequests]: { type: 'request'; id: number; op: K } & PanelRequests[K]['request'];
}[keyof PanelRequests];

/** Panel → content script, over the port. */
export interface PanelToContent {
  hello: { profileId?: string };
  focus: { key: string };
  setProfile: { profileId: string | null };
  rescan: Empty;
  /** Which field did the user right-click for "Tulis ulang dengan AI"? Answered with `menuTarget`. */
  menuTarget: Empty;
}

/** Content script → panel, over the port. */
export interface ContentToPanel {
  snapshot: { snapshot: FormSnapshot | null };
  counts: { updates: { key: string; counts: Counts }[] };
  focused: { key: string; ok: boolean };
  /** The field the user last right-clicked (or, failing that, the one with focus); null when neither is one. */
  menuTarget: { key: string | null };
  /** The answer to a `PanelRequest` with the same id. */
  reply: { id: number; result: PanelRequests[keyof PanelRequests]['response'] };
  /** These fields' text was saved locally at `at` (autosave). */
  saved: { keys: string[]; at: number };
}

/** Panel → background, as one-off runtime messages that expect an answer. */
export interface PanelToBackground {
  activate: { tabId: number; remember: boolean };
  siteStatus: { tabId: number };
  /** Was "Tulis ulang dengan AI" just chosen from the context menu in this tab? Asked once: the answer clears it. */
  takeMenuTarget: { tabId: number };
  /** Keep a field's text in its history before Jendela writes over it. */
  recordVersion: { formKey: string; fieldKey: string; text: string; html: string | null; reason: VersionReason };
  /** Forget one proposal's drafts and history. */
  deleteDrafts: { formKey: string };
  /** The library (issue 9): the background alone writes it; the panel reads it. */
  saveSnippet: { snippet: Snippet };
  saveProposal: { proposal: Proposal };
  updateSnippet: { id: string; patch: Partial<Omit<Snippet, 'id' | 'createdAt'>> };
  /** Delete (or, with `deleted: false`, bring back) a snippet or proposal. */
  setDeleted: { table: 'snippets' | 'proposals'; id: string; deleted: boolean };
  importLibrary: { plan: MergePlan };
}
/** Background → the open panels (a broadcast; a panel not open yet asks with `takeMenuTarget` instead). */
export interface BackgroundToPanel {
  menuRewrite: { tabId: number };
  /** The library changed (a snippet saved from the page's context menu, or by another panel). */
  libraryChanged: Empty;
}
/** Content script → background (the sender's tab and frame are the target). */
export interface ContentToBackground {
  injectBridge: Empty;
  /** Autosave: the text of the fields that changed (the background writes it to the local store). */
  saveDrafts: { batch: SaveBatch };
}
export interface BackgroundReplies {
  activate: { ok: boolean; error?: string };
  injectBridge: { ok: boolean; error?: string };
  siteStatus: { origin: string | null; auto: boolean; remembered: boolean; injectable: boolean };
  takeMenuTarget: { pending: boolean };
  /** `off`: autosave is switched off in Settings (the page stops sending until it is reloaded). */
  saveDrafts: { ok: boolean; savedAt?: number; off?: boolean };
  recordVersion: { ok: boolean };
  deleteDrafts: { ok: boolean };
  saveSnippet: { ok: boolean; duplicate?: boolean; snippet?: Snippet };
  saveProposal: { ok: boolean; duplicate?: boolean; proposal?: Proposal };
  updateSnippet: { ok: boolean; error?: 'missing' | 'duplicate' | 'failed'; snippet?: Snippet };
  setDeleted: { ok: boolean };
  importLibrary: { ok: boolean };
}

/** `activate` error: the tab is not open to the extension yet (no toolbar click, no host permission). */
export const NO_ACCESS = 'no-access';

export type Msg<M, K extends keyof M = keyof M> = { [P in K]: { type: P } & M[P] }[K];
export type PanelMsg = Msg<PanelToContent> | PanelRequest;
export type ContentMsg = Msg<ContentToPanel>;
export type BackgroundMsg = Msg<PanelToBackground> | Msg<ContentToBackground>;
