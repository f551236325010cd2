/**
 * Autosave: while the user types into a detected field (panel open or not), the field's text goes to the
 * background, which keeps it in the local store. A portal session that expires, a reload or a crash then
 * loses at most the last SAVE_MS of typing.
 *
 * Start-up stays as cheap as before: until the first keystroke in a field, all this is is one passive
 * capture listener (`listenForFirstInput`); detection wakes on that keystroke.
 */
import { browser } from 'wxt/browser';
import type { BackgroundReplies, Msg, ContentToBackground } from '../messages';
import type { FieldText, SaveBatch } from '../store/drafts';
import type { FormSnapshot } from '../types';
import type { Candidate } from './candidates';
import { readText } from './read';

/** At most this long between a keystroke and its text reaching the store (plus one message). */
export const SAVE_MS = 500;
/** What typing into looks like: any text field or editable region (rich editors included). */
const TYPED = 'input, textarea, [contenteditable], trix-editor';

/**
 * Calls `wake` once, on the first input event in a text field of the page, or of an editor iframe (CKEditor 4
 * and TinyMCE type in their own document: the window loses focus to it, and only then is it listened to).
 * Torn down by `signal`.
 */
export function listenForFirstInput(doc: Document, wake: () => void, signal: AbortSignal): void {
  const done = new AbortController();
  signal.addEventListener('abort', () => done.abort(), { once: true });
  const fire = () => {
    done.abort();
    wake();
  };
  const opts = { capture: true, passive: true, signal: done.signal };
  const onInput = (e: Event) => {
    const target = e.composedPath()[0] as Element | undefined;
    if (target?.nodeType === 1 && (target.matches(TYPED) || (target as HTMLElement).isContentEditable)) fire();
  };
  doc.addEventListener('input', onInput, opts);
  doc.defaultView?.addEventListener('blur', () => {
    // Focus has moved into a frame of the page (or out of the window): listen there if it is ours to read.
    const frame = doc.activeElement;
    if (frame?.tagName !== 'IFRAME') return;
    try {
      (frame as HTMLIFrameElement).contentDocument?.addEventListener('input', onInput, opts);
    } catch {
      // A cross-origin frame: not ours.
    }
  }, opts);
}

export interface AutosaveHooks {
  /** The latest scan: which fields there are and the elements behind them. */
  current(): { snapshot: FormSnapshot | null; handles: Map<string, Candidate> };
  /** The background kept these fields' text at `at`. */
  saved(keys: string[], at: number): void;
}

type Send = (msg: Msg<ContentToBackground, 'saveDrafts'>) => Promise<BackgroundReplies['saveDrafts'] | undefined>;
const sendToBackground: Send = (msg) => browser.runtime.sendMessage(msg);

export class Autosaver {
  private dirtyKeys = new Set<string>();
  private lastSent = new Map<string, string>();
  private timer = 0;
  private off = false;
  /** One page load: a save from a new load keeps the old text as a version first (see store/drafts). */
  private readonly pageSession = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

  constructor(private readonly hooks: AutosaveHooks, signal: AbortSignal, private readonly send: Send = sendToBackground) {
    // Closing the tab or leaving the page: what is pending goes now.
    const opts = { capture: true, signal };
    addEventListener('pagehide', () => this.flush(), opts);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.flush(), opts);
    signal.addEventListener('abort', () => clearTimeout(this.timer));
  }

  /** These fields may hold new text. */
  dirty(keys: Iterable<string>): void {
    if (this.off) return;
    for (const k of keys) this.dirtyKeys.add(k);
    if (!this.timer && this.dirtyKeys.size) this.timer = window.setTimeout(() => this.flush(), SAVE_MS);
  }

  /** Every text field (after waking: the keystroke that woke us is in one of them). */
  dirtyAll(): void {
    this.dirty(this.hooks.current().handles.keys());
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    const keys = this.dirtyKeys;
    this.dirtyKeys = new Set();
    const { snapshot, handles } = this.hooks.current();
    if (this.off || !snapshot) return;
    const text = snapshot.fields.filter((f) => !f.fact);
    const changed: FieldText[] = [];
    for (const f of text) {
      const c = handles.get(f.key);
      if (!keys.has(f.key) || !c?.editable.isConnected) continue;
      const value = readText(c);
      const last = this.lastSent.get(f.key);
      // Nothing new; and an empty field this page never had text in says nothing (it may be a reload's).
      if (value === last || (last === undefined && !value.trim())) continue;
      changed.push({ key: f.key, label: f.label, section: f.section, kind: f.kind, text: value, html: null });
    }
    if (!changed.length) return;
    const batch: SaveBatch = {
      formKey: snapshot.formKey, url: snapshot.url, title: snapshot.title, profileId: snapshot.profileId,
      pageSession: this.pageSession, fields: text.map(({ key, label, section, kind }) => ({ key, label, section, kind })), changed,
    };
    for (const f of changed) this.lastSent.set(f.key, f.text);
    void this.send({ type: 'saveDrafts', batch }).then((reply) => {
      if (reply?.off) this.off = true;
      else if (reply?.ok && reply.savedAt) this.hooks.saved(changed.map((f) => f.key), reply.savedAt);
      // A failed save is tried again with the next change.
      else for (const f of changed) this.lastSent.delete(f.key);
    }, () => {
      for (const f of changed) this.lastSent.delete(f.key);
    });
  }
}
