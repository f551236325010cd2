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

export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
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
