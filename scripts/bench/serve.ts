/**
 * Serves the generated pages over real HTTP, so the extension's content script is injected by Chromium as on
 * a portal. The harness maps *.go.id to 127.0.0.1, so `http://bench.menpan.go.id:PORT/x.html` lands here, and
 * `http://localhost:PORT/x.html` is the same page outside the portals.
 */
import { createServer } from 'node:http';

export interface PageServer {
  port: number;
  url(host: string, path: string): string;
  close(): Promise<void>;
}

/**
 * `headers` adds response headers per path, e.g. COOP/COEP for a cross-origin-isolated page, whose
 * performance.now() has a finer resolution (5 µs instead of 100 µs in Chromium).
 */
export async function servePages(pages: Record<string, string>, headers: Record<string, Record<string, string>> = {}): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = pages[path];
    res.writeHead(body === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(body === undefined ? {} : headers[path]),
    });
    res.end(body ?? 'Tidak ditemukan');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (host, path) => `http://${host}:${port}${path}`,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
