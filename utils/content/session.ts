/**
 * The content script's life on a page: it does nothing until a panel connects or the user types into a field
 * (start-up is a hot path on every portal page), then scans and watches the page: it answers the panel over
 * the port while one is open, and autosaves what the user types from the first keystroke on.
 */
import { browser, type Browser } from 'wxt/browser';
import { PORT_NAME, type ContentMsg, type PanelMsg, type PanelRequest, type PanelRequests } from '../messages';
import type { Counts, FormSnapshot } from '../types';
import type { ParsedLimits } from '../text/limits';
import { BridgeClient } from './bridge-client';
import { revealField } from './highlight';
import { answer } from './requests';
import { Autosaver, listenForFirstInput } from './autosave';
import { MenuTarget } from './menu-target';
import { FieldWriter } from './write';
import type { Candidate } from './candidates';
import { countsOf, scanPage, type ScanResult } from './scan';
import { PageWatcher } from './watch';

type Port = Browser.runtime.Port;

function signature(s: FormSnapshot | null): string {
  if (!s) return 'none';
  const fields = s.fields.map((f) => [f.key, f.label, f.help, f.section, f.section2, f.kind, f.value, JSON.stringify(f.limits)]);
  return JSON.stringify([s.url, s.profileId, s.truncated, s.skippedFrames, fields]);
}

function sameCounts(a: Counts | undefined, b: Counts): boolean {
  return !!a && a.words === b.words && a.chars === b.chars && a.charsSubmitted === b.charsSubmitted;
}

export class Session {
  private ports = new Set<Port>();
  private result: ScanResult = { snapshot: null, handles: new Map() };
  private lastSignature = '';
  private counts = new Map<string, Counts>();
  private profileId: string | null = null;
  private watcher: PageWatcher | null = null;
  private watchAbort: AbortController | null = null;
  private editorLimits = new Map<string, ParsedLimits>();
  private configuredEditors = 0;
  private readonly bridge: BridgeClient;
  private readonly writer: FieldWriter;
  private readonly menuTarget: MenuTarget;
  private autosaver: Autosaver | null = null;

  constructor(private readonly doc: Document, private readonly signal: AbortSignal) {
    this.bridge = new BridgeClient(doc, signal);
    this.writer = new FieldWriter(this.bridge);
    this.menuTarget = new MenuTarget(doc, signal);
    signal.addEventListener('abort', () => this.detachAll());
    listenForFirstInput(doc, () => this.wakeAutosave(), signal);
  }

  /** The first keystroke in a field: from now on the page is watched and what is typed is saved locally. */
  private wakeAutosave(): void {
    if (this.autosaver || this.signal.aborted) return;
    this.autosaver = new Autosaver({
      current: () => this.result,
      saved: (keys, at) => this.send({ type: 'saved', keys, at }),
    }, this.signal);
    this.startWatching();
    if (!this.result.snapshot) this.rescan();
    this.autosaver.dirtyAll();
  }

  /**
   * Editor configurations can state limits the page text does not (CKEditor 4's word-count plugin). Only
   * pages with such an editor get the main-world bridge, and only once per new editor.
   */
  private async loadEditorLimits(): Promise<void> {
    const ck4 = Array.from(this.result.handles.values()).filter((c) => c.kind === 'ckeditor4').length;
    if (ck4 === 0 || ck4 === this.configuredEditors) return;
    this.configuredEditors = ck4;
    const configs = await this.bridge.request('configs');
    if (!configs?.length) return;
    for (const cfg of configs) {
      const limits: ParsedLimits = { maxWords: cfg.maxWords, maxChars: cfg.maxChars };
      if (cfg.name) this.editorLimits.set(cfg.name, limits);
      if (cfg.id) this.editorLimits.set(cfg.id, limits);
    }
    this.rescan();
  }

  connect(port: Port): void {
    if (port.name !== PORT_NAME) return;
    this.ports.add(port);
    port.onMessage.addListener((msg: unknown) => this.onMessage(port, msg as PanelMsg));
    port.onDisconnect.addListener(() => {
      this.ports.delete(port);
      if (this.ports.size === 0 && !this.autosaver) this.stopWatching();
    });
  }

  /** The live field behind a key; when the page replaced it, one quiet rescan finds the new element. */
  private findField(key: string): Candidate | null {
    const c = this.result.handles.get(key);
    if (c?.editable.isConnected) return c;
    this.rescan();
    const again = this.result.handles.get(key);
    return again?.editable.isConnected ? again : null;
  }

  private async request(port: Port, req: PanelRequest): Promise<void> {
    let result: PanelRequests[keyof PanelRequests]['response'];
    try {
      result = await answer(req, { find: (key) => this.findField(key) }, this.writer);
    } catch {
      result = { ok: false, key: req.key, error: 'failed', undoable: this.writer.canUndo(req.key) };
    }
    this.send({ type: 'reply', id: req.id, result }, port);
    this.watcher?.markDirty(req.key);
  }

  private onMessage(port: Port, msg: PanelMsg): void {
    switch (msg.type) {
      case 'request':
        void this.request(port, msg);
        break;
      case 'hello':
        this.startWatching();
        this.rescan(true, port);
        break;
      case 'rescan':
        this.rescan(true);
        break;
      case 'setProfile':
        this.profileId = msg.profileId;
        this.rescan(true);
        break;
      case 'menuTarget':
        this.send({ type: 'menuTarget', key: this.menuTarget.keyIn(this.result.handles) }, port);
        break;
      case 'focus': {
        const c = this.result.handles.get(msg.key);
        this.send({ type: 'focused', key: msg.key, ok: !!c && revealField(c) }, port);
        break;
      }
    }
  }

  private send(msg: ContentMsg, only?: Port): void {
    for (const port of only ? [only] : this.ports) {
      try {
        port.postMessage(msg);
      } catch {
        this.ports.delete(port);
      }
    }
  }

  /** Scan now; send the snapshot when the list changed (or always, for a panel that just said hello). */
  rescan(force = false, only?: Port): void {
    if (this.signal.aborted) return;
    this.result = scanPage(this.doc, location.href, { profileId: this.profileId, editorLimits: this.editorLimits });
    this.watcher?.track(this.result.handles);
    const sig = signature(this.result.snapshot);
    const changed = sig !== this.lastSignature;
    this.lastSignature = sig;
    const before = this.counts;
    this.counts = new Map(this.result.snapshot?.fields.map((f) => [f.key, f.counts]) ?? []);
    if (changed || force) this.send({ type: 'snapshot', snapshot: this.result.snapshot }, changed ? undefined : only);
    // The signature leaves counts out: text typed since the last report (which a pending count flush will now
    // find unchanged against the fresh baseline) must still reach the panels that got no new snapshot.
    if (!changed) {
      const updates = [...this.counts]
        .filter(([key, counts]) => !sameCounts(before.get(key), counts))
        .map(([key, counts]) => ({ key, counts }));
      if (updates.length) this.send({ type: 'counts', updates });
    }
    void this.loadEditorLimits();
  }

  private updateCounts(keys: Set<string>): void {
    this.autosaver?.dirty(keys);
    const updates: { key: string; counts: Counts }[] = [];
    let gone = false;
    for (const key of keys) {
      const c = this.result.handles.get(key);
      if (!c) continue;
      // A fact's value is in the snapshot, not in the counts: a new choice takes a rescan.
      if (!c.editable.isConnected || c.fact) gone = true;
      const counts = countsOf(c);
      if (!sameCounts(this.counts.get(key), counts)) {
        this.counts.set(key, counts);
        updates.push({ key, counts });
      }
    }
    if (gone) this.watcher?.scheduleRescan();
    if (updates.length) this.send({ type: 'counts', updates });
  }

  private startWatching(): void {
    if (this.watcher) return;
    this.watchAbort = new AbortController();
    const stop = () => this.watchAbort?.abort();
    this.signal.addEventListener('abort', stop, { once: true });
    this.watcher = new PageWatcher(this.doc, {
      rescan: () => this.rescan(),
      dirty: (keys) => this.updateCounts(keys),
    }, this.watchAbort.signal);
  }

  private stopWatching(): void {
    this.watchAbort?.abort();
    this.watchAbort = null;
    this.watcher = null;
  }

  private detachAll(): void {
    for (const port of this.ports) port.disconnect();
    this.ports.clear();
    this.stopWatching();
  }
}

/** Wire the session to the extension's messaging. Called from the content script's main(). */
export function startSession(doc: Document, signal: AbortSignal): Session {
  const session = new Session(doc, signal);
  const onConnect = (port: Port) => session.connect(port);
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect));
  return session;
}
