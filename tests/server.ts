/**
 * Local HTTP server for fixture pages (node:http, no framework). The e2e harness maps every *.go.id host to
 * 127.0.0.1, so a page served here as http://sinovik.menpan.go.id:PORT/fixtures/x.html looks like the portal.
 *
 *   GET  /fixtures/<file>        tests/fixtures/ (html, js, css, json, images, fonts)
 *   GET  /vendor/<pkg>/<file>    node_modules/<pkg>/ for the editor packages in VENDOR_PACKAGES only
 *   GET  /bundles/<name>.js      tests/fixtures/src/<name>.ts(x) bundled by esbuild (iife), cached in memory
 *   POST /submit                 records the posted fields, answers an HTML page "Tersimpan"
 *   POST /index.php/simpan_proposal  the same, answering JSON (SINOVIK's AJAX save URL)
 *
 * CLI for manual poking: `npx tsx tests/server.ts` (port 5173).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export type PostedFields = Record<string, string | string[]>;

export interface TestServer {
  port: number;
  /** http://localhost:PORT — a different origin from any *.go.id host on the same port. */
  origin: string;
  close(): Promise<void>;
  /** Fields of the last POST to /submit or /index.php/simpan_proposal (uploads as their file name). */
  lastPost(): PostedFields | null;
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = resolve(ROOT, 'tests/fixtures');
const SOURCES = resolve(FIXTURES, 'src');
const NODE_MODULES = resolve(ROOT, 'node_modules');
const VENDOR_PACKAGES = ['ckeditor4', 'ckeditor5', 'tinymce', 'summernote', 'jquery', 'quill', 'trix', 'bootstrap'];
const MAX_BODY = 20 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Resolves `rel` inside `root`, or null when it escapes (`..`, encoded slashes, symlinks out, NUL). */
function safeJoin(root: string, rel: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = resolve(root, `.${sep}${decoded}`);
  if (!full.startsWith(root + sep) || !existsSync(full)) return null;
  const real = realpathSync(full);
  const realRoot = realpathSync(root);
  return real.startsWith(realRoot + sep) ? real : null;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const notFound = (res: ServerResponse) => send(res, 404, 'text/plain; charset=utf-8', 'Tidak ditemukan');

async function serveFile(res: ServerResponse, root: string, rel: string): Promise<void> {
  const file = safeJoin(root, rel);
  const type = file ? TYPES[extname(file).toLowerCase()] : undefined;
  if (!file || !type || !(await stat(file)).isFile()) return notFound(res);
  send(res, 200, type, await readFile(file));
}

const bundles = new Map<string, Promise<string>>();

function bundle(name: string): Promise<string> | null {
  if (!/^[a-z0-9-]+$/i.test(name)) return null;
  const entry = ['.tsx', '.ts'].map((ext) => resolve(SOURCES, name + ext)).find((f) => existsSync(f));
  if (!entry) return null;
  let pending = bundles.get(name);
  if (!pending) {
    pending = build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }).then((out) => out.outputFiles[0]?.text ?? '');
    pending.catch(() => bundles.delete(name)); // let a fixed source build again
    bundles.set(name, pending);
  }
  return pending;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function addField(fields: PostedFields, name: string, value: string): void {
  const prev = fields[name];
  if (prev === undefined) fields[name] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else fields[name] = [prev, value];
}

/** Parses urlencoded, multipart (via the WHATWG FormData parser built into Node) and JSON bodies. */
async function parseFields(req: IncomingMessage): Promise<PostedFields> {
  const type = req.headers['content-type'] ?? '';
  const body = await readBody(req);
  const fields: PostedFields = {};
  if (type.startsWith('application/json')) {
    const data: unknown = JSON.parse(body.toString('utf8') || '{}');
    for (const [k, v] of Object.entries(data && typeof data === 'object' ? data : {})) {
      for (const item of Array.isArray(v) ? v : [v]) addField(fields, k, String(item));
    }
    return fields;
  }
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  form.forEach((value, name) => addField(fields, name, typeof value === 'string' ? value : value.name));
  return fields;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function savedPage(fields: PostedFields): string {
  const rows = Object.entries(fields)
    .map(([k, v]) => `<li><b>${escapeHtml(k)}</b>: ${escapeHtml([v].flat().join(', '))}</li>`)
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Tersimpan</title></head>
<body><h1>Tersimpan</h1><p>Data berikut telah diterima:</p><ul id="fields">${rows}</ul></body></html>`;
}

export async function startServer(port = 0): Promise<TestServer> {
  let last: PostedFields | null = null;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && (path === '/submit' || path === '/index.php/simpan_proposal')) {
      last = await parseFields(req);
      if (path === '/submit') return send(res, 200, TYPES['.html']!, savedPage(last));
      const json = { status: true, pesan: 'Proposal berhasil disimpan', data: last };
      return send(res, 200, TYPES['.json']!, JSON.stringify(json));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
    if (path === '/favicon.ico') return void res.writeHead(204).end(); // keeps page consoles free of 404s
    if (path.startsWith('/fixtures/')) return serveFile(res, FIXTURES, path.slice('/fixtures/'.length));
    const vendor = /^\/vendor\/([^/]+)\/(.+)$/.exec(path);
    if (vendor && VENDOR_PACKAGES.includes(vendor[1]!)) {
      return serveFile(res, resolve(NODE_MODULES, vendor[1]!), vendor[2]!);
    }
    const named = /^\/bundles\/([^/]+)\.js$/.exec(path);
    const pending = named ? bundle(named[1]!) : null;
    if (pending) return send(res, 200, TYPES['.js']!, await pending);
    return notFound(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', String(error));
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    port: actual,
    origin: `http://localhost:${actual}`,
    lastPost: () => last,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const server = await startServer(5173);
  console.log(`Fixture server: ${server.origin}/fixtures/kipp-sinovik.html`);
  console.log('Portal hosts need a resolver rule, e.g. chromium --host-resolver-rules="MAP *.go.id 127.0.0.1"');
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}
