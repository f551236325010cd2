/** Gzipped sizes of what the built manifest makes Chromium inject into pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for everything that runs on a portal page: 25 kB, taken as 25,000 bytes (the stricter). */
export const BUDGET_BYTES = 25_000;

export interface FileSize { file: string; bytes: number; gzip: number }

interface Manifest { content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[] }

/** gzip -9, as size-budget tools measure; what travels in the .crx/.xpi is compressed similarly. */
export function sizeOf(dir: string, file: string): FileSize {
  const buf = readFileSync(join(dir, file));
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Every JS (and CSS) file the manifest's content_scripts list, once each. */
export function contentScriptSizes(dir: string): FileSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const files = new Set((manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]));
  if (!files.size) throw new Error('the manifest lists no content scripts');
  return [...files].map((f) => sizeOf(dir, f));
}
