/** The content script's side of the main-world bridge (see utils/bridge-protocol.ts). */
import { browser } from 'wxt/browser';
import {
  NONCE_ATTR, requestEvent, responseEvent, type BridgeRequests, type BridgeResponse,
} from '../bridge-protocol';
import type { BackgroundReplies, BackgroundMsg } from '../messages';

const TIMEOUT_MS = 3000;

/**
 * Made with the session on every portal page, but used only on pages with rich editors once a panel asks: the
 * nonce and the listener are set up on first use, so start-up stays a bare constructor.
 */
export class BridgeClient {
  private nonce = '';
  private nextId = 1;
  private pending = new Map<number, (r: BridgeResponse) => void>();
  private injected: Promise<boolean> | null = null;

  constructor(private readonly doc: Document, private readonly signal: AbortSignal) {}

  private listen(): void {
    // getRandomValues, not randomUUID: portals on plain http are not secure contexts, where randomUUID is missing.
    this.nonce = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
    this.doc.addEventListener(responseEvent(this.nonce), (e) => {
      try {
        const res = JSON.parse(String((e as CustomEvent).detail)) as BridgeResponse;
        this.pending.get(res.id)?.(res);
        this.pending.delete(res.id);
      } catch {
        // Not ours or damaged: ignore.
      }
    }, { signal: this.signal });
  }

  /** Ask the background to run the bridge in this page's main world (once). */
  ensure(): Promise<boolean> {
    this.injected ??= (async () => {
      this.listen();
      this.doc.documentElement.setAttribute(NONCE_ATTR, this.nonce);
      const msg: BackgroundMsg = { type: 'injectBridge' };
      const reply = (await browser.runtime.sendMessage(msg).catch(() => null)) as BackgroundReplies['injectBridge'] | null;
      return !!reply?.ok;
    })();
    return this.injected;
  }

  async request<K extends keyof BridgeRequests>(
    type: K,
    payload?: BridgeRequests[K]['request'],
  ): Promise<BridgeRequests[K]['response'] | null> {
    if (!(await this.ensure())) return null;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(null);
      }, TIMEOUT_MS);
      this.pending.set(id, (res) => {
        clearTimeout(timer);
        resolve(res.ok ? (res.result as BridgeRequests[K]['response']) : null);
      });
      this.doc.dispatchEvent(new CustomEvent(requestEvent(this.nonce), { detail: JSON.stringify({ ...payload, id, type }) }));
    });
  }
}
