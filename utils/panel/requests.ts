/**
 * Requests the panel makes to the content script (read, write, undo), each answered once by a `reply` with
 * the same id. A request whose page goes away, or that gets no answer in time, fails instead of hanging.
 */
import type { PanelMsg, PanelRequests } from '../messages';

/** A write of a long text into a slow editor can take a while; past this something is wrong. */
export const REQUEST_TIMEOUT_MS = 15_000;

type Response = PanelRequests[keyof PanelRequests]['response'];

export class RequestError extends Error {}

export class PendingRequests {
  private next = 1;
  private pending = new Map<number, { resolve(r: Response): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();

  /** `send` posts the message on the current connection; false when there is none. */
  constructor(private readonly send: (msg: PanelMsg) => boolean) {}

  request<K extends keyof PanelRequests>(op: K, payload: PanelRequests[K]['request']): Promise<PanelRequests[K]['response']> {
    const id = this.next++;
    return new Promise<PanelRequests[K]['response']>((resolve, reject) => {
      const timer = setTimeout(() => this.settle(id, new RequestError('timeout')), REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (r: Response) => void, reject, timer });
      const msg = { type: 'request', id, op, ...payload } as PanelMsg;
      if (!this.send(msg)) this.settle(id, new RequestError('disconnected'));
    });
  }

  /** A `reply` arrived. */
  resolve(id: number, result: Response): void {
    this.settle(id, result);
  }

  /** The connection went away: every open request fails. */
  failAll(): void {
    for (const id of [...this.pending.keys()]) this.settle(id, new RequestError('disconnected'));
  }

  private settle(id: number, outcome: Response | Error): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    if (outcome instanceof Error) p.reject(outcome);
    else p.resolve(outcome);
  }
}
