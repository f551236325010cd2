/**
 * The main-world bridge's protocol. The bridge is the only code that runs in the page's own JavaScript world
 * (to reach editor instances: CKEditor 4/5, TinyMCE, Summernote, Quill, TipTap). The two sides talk through
 * CustomEvents on `document` whose names carry a per-page nonce; payloads are JSON strings so they cross the
 * world boundary in every browser.
 */
import type { Empty } from './messages';

export const NONCE_ATTR = 'data-jendela-bridge';
export const requestEvent = (nonce: string) => `jendela:${nonce}:request`;
export const responseEvent = (nonce: string) => `jendela:${nonce}:response`;

/** Limits an editor's configuration states (e.g. the CKEditor 4 word-count plugin's settings). */
export interface EditorConfig {
  /** The submitted name (or id) of the control the editor is bound to. */
  name: string;
  id: string;
  maxWords?: number;
  maxChars?: number;
}

/** The element the content script marks so the main world can find the editor it means. */
export const TARGET_ATTR = 'data-jendela-target';

/** One operation on a rich editor through its own API. */
export interface EditorOp {
  op: 'read' | 'write' | 'insert' | 'sync';
  /** The editor kind (utils/types EditorKind of a rich editor). */
  kind: string;
  /** Value of TARGET_ATTR on the editor's anchor element. */
  token: string;
  html?: string;
  text?: string;
}

export interface BridgeRequests {
  configs: { request: Empty; response: EditorConfig[] };
  editor: { request: { editor: EditorOp }; response: { html: string } | { missing: true } };
}
export type BridgeRequest = { [K in keyof BridgeRequests]: { id: number; type: K } & BridgeRequests[K]['request'] }[keyof BridgeRequests];
export type BridgeResponse = { id: number; ok: boolean; result?: unknown; error?: string };
