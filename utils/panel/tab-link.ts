/**
 * The panel's link to one tab's content script, and its whole life: connect a port, say `hello`, wait for
 * the first answer. A port that closes before anything arrived means no content script is listening, so the
 * background is asked about the site. A port that closes after it worked means the page went away: the link
 * reports 'connecting' (rows must go at once) and reconnects. Each connection has a generation number, so
 * late messages from an old page are dropped instead of painting stale rows. One timer, owned here.
 */
import type { BackgroundReplies, ContentMsg, PanelMsg } from '../messages';
import type { PanelPort, Transport } from './connection';

export type SiteStatus = BackgroundReplies['siteStatus'];

export interface LinkEvents {
  /** A new connection is being made: whatever was shown belongs to an old page. */
  connecting(): void;
  message(msg: ContentMsg): void;
  /** Nothing listens in the tab; this is what the background says about its site. */
  absent(site: SiteStatus): void;
  /** No answer in time, or the background could not be asked. */
  failed(): void;
}

/** How long to wait for the first answer before giving up with an error (and a retry button). */
export const SNAPSHOT_TIMEOUT_MS = 10_000;
/** Pause before reconnecting to a page whose connection dropped (it is often mid-navigation). */
export const RECONNECT_DELAY_MS = 400;
/** On sites where Jendela starts by itself, a refused connection may just be a page still loading. */
export const AUTO_RETRIES = 2;
export const AUTO_RETRY_DELAY_MS = 700;

export class TabLink {
  private port: PanelPort | null = null;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  tabId: number | null = null;

  constructor(private readonly transport: Transport, private readonly events: LinkEvents) {}

  attach(tabId: number): void {
    this.tabId = tabId;
    this.retries = 0;
    this.connect();
  }

  /** Connect again from scratch (after activation, a retry, or a page that finished loading). */
  reconnect(): void {
    this.retries = 0;
    this.connect();
  }

  get connected(): boolean {
    return this.port !== null;
  }

  /** False when there is no connection to send on. */
  send(msg: PanelMsg): boolean {
    if (!this.port) return false;
    this.port.send(msg);
    return true;
  }

  /** Drop the connection and any pending retry; late messages from it are ignored. */
  close(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.port?.close();
    this.port = null;
  }

  private later(ms: number, fn: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(fn, ms);
  }

  private connect(): void {
    this.close();
    this.events.connecting();
    const tabId = this.tabId;
    if (tabId === null) return;
    const gen = this.generation;
    const live = () => gen === this.generation;
    let answered = false;
    this.later(SNAPSHOT_TIMEOUT_MS, () => {
      if (!live()) return;
      this.close();
      this.events.failed();
    });
    this.port = this.transport.connect(tabId, {
      onMessage: (msg) => {
        if (!live()) return;
        if (!answered) {
          answered = true;
          this.retries = 0;
          clearTimeout(this.timer);
        }
        this.events.message(msg);
      },
      onDisconnect: () => {
        if (!live()) return;
        this.port = null;
        if (!answered) return void this.askSite(tabId, gen);
        this.events.connecting();
        this.later(RECONNECT_DELAY_MS, () => this.connect());
      },
    });
    this.port.send({ type: 'hello' });
  }

  private async askSite(tabId: number, gen: number): Promise<void> {
    clearTimeout(this.timer);
    let site: SiteStatus;
    try {
      site = await this.transport.ask('siteStatus', { tabId });
    } catch {
      if (gen === this.generation) this.events.failed();
      return;
    }
    if (gen !== this.generation) return;
    if (site.injectable && (site.auto || site.remembered)) {
      if (this.retries < AUTO_RETRIES) {
        this.retries++;
        this.later(AUTO_RETRY_DELAY_MS * this.retries, () => this.connect());
        return;
      }
      if (this.retries === AUTO_RETRIES) {
        // Jendela should run here by itself, yet nothing answers: the page loaded before the extension was
        // ready (seen on a freshly started browser). The background may put it in (it holds the permission).
        this.retries++;
        const reply = await this.transport.ask('activate', { tabId, remember: false }).catch(() => null);
        if (gen !== this.generation) return;
        if (reply?.ok) return this.connect();
      }
    }
    this.events.absent(site);
  }
}
