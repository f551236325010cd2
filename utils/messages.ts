/**
 * The one message protocol, declared once. One map per direction; payloads are typed, never `any`.
 * Panel ↔ content goes over a long-lived port (`PORT_NAME`), so a page that navigates or a content
 * script that dies shows up as a disconnect instead of a stale panel.
 */
import type { Counts, FormSnapshot } from './types';

export const PORT_NAME = 'jendela-panel';

/** A message with no payload beyond its type. */
export type Empty = { readonly _?: never };

/** Panel → content script, over the port. */
export interface PanelToContent {
  hello: { profileId?: string };
  focus: { key: string };
  setProfile: { profileId: string | null };
  rescan: Empty;
}

/** Content script → panel, over the port. */
export interface ContentToPanel {
  snapshot: { snapshot: FormSnapshot | null };
  counts: { updates: { key: string; counts: Counts }[] };
  focused: { key: string; ok: boolean };
}

/** Panel → background, as one-off runtime messages that expect an answer. */
export interface PanelToBackground {
  activate: { tabId: number; remember: boolean };
  siteStatus: { tabId: number };
}
/** Content script → background (the sender's tab and frame are the target). */
export interface ContentToBackground {
  injectBridge: Empty;
}
export interface BackgroundReplies {
  activate: { ok: boolean; error?: string };
  injectBridge: { ok: boolean; error?: string };
  siteStatus: { origin: string | null; auto: boolean; remembered: boolean; injectable: boolean };
}

export type Msg<M, K extends keyof M = keyof M> = { [P in K]: { type: P } & M[P] }[K];
export type PanelMsg = Msg<PanelToContent>;
export type ContentMsg = Msg<ContentToPanel>;
export type BackgroundMsg = Msg<PanelToBackground> | Msg<ContentToBackground>;
