/**
 * The whole library as one JSON file, for a backup or a move to another browser. Pure functions: the panel
 * reads the file, calls these, shows what would happen, and the store writes the plan.
 *
 * A file we cannot trust in full is refused with its reason and nothing changes; a file we can trust but
 * with some damaged rows imports the rest and says how many were left out.
 */
import { proposalKey, snippetKey } from './dedupe';
import { splitValid, validProposal, validSnippet } from './schema';
import type { Proposal, Snippet } from './types';

export const LIBRARY_FORMAT = 'jendela-library';
/** Raise it (and teach parseLibrary the old shape) when a change would make an older Jendela misread a file. */
export const LIBRARY_VERSION = 1;

interface Library {
  snippets: Snippet[];
  proposals: Proposal[];
}

export function exportLibrary(lib: Library, now: Date): string {
  const live = <T extends { deletedAt?: number }>(rows: T[]) => rows.filter((r) => r.deletedAt === undefined);
  const file = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exportedAt: now.toISOString(),
    app: 'Jendela',
    snippets: live(lib.snippets),
    proposals: live(lib.proposals),
  };
  return JSON.stringify(file, null, 2);
}

export type RefusalReason = 'not-json' | 'not-ours' | 'newer-version' | 'damaged' | 'too-big';
export type ParseResult =
  | { ok: true; snippets: Snippet[]; proposals: Proposal[]; damaged: number }
  | { ok: false; reason: RefusalReason; detail: string };

const refuse = (reason: RefusalReason, detail: string): ParseResult => ({ ok: false, reason, detail });
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** UTF-8 size, stopping once past `limit`: a file's size on disk is in bytes, and the text is UTF-16. */
function utf8BytesOver(text: string, limit: number): boolean {
  // Every UTF-16 unit is at least one UTF-8 byte and at most three: most texts are decided without a loop.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // a surrogate pair counts 3 + 3 ≥ its 4 bytes: errs on the safe side
  }
  return bytes > limit;
}

/** What a JSON value that is not ours looks like, so the user can tell which file they picked. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  if (typeof value !== 'object') return `a JSON ${typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, 5).join(', ');
  return `an object with keys ${shown}${keys.length > 5 ? ', …' : ''}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseLibrary(text: string, maxBytes = 50_000_000): ParseResult {
  if (utf8BytesOver(text, maxBytes)) {
    return refuse('too-big', `The file is larger than ${mb(maxBytes)}, the most Jendela imports.`);
  }
  let data: unknown;
  try {
    // Notepad and some sync tools put a byte-order mark in front; JSON.parse refuses it.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return refuse('not-json', `Not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isRecord(data) || data.format !== LIBRARY_FORMAT) {
    return refuse('not-ours', `Not a Jendela library file: it is ${describe(data)}.`);
  }
  const { version, snippets, proposals } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const what = version === undefined ? 'missing' : `${JSON.stringify(version)}, not a positive whole number`;
    return refuse('damaged', `The file's version is ${what}.`);
  }
  if (version > LIBRARY_VERSION) {
    return refuse('newer-version',
      `The file is library version ${version}; this Jendela reads up to version ${LIBRARY_VERSION}. Update Jendela to import it.`);
  }
  if (!Array.isArray(snippets) || !Array.isArray(proposals)) {
    return refuse('damaged', `The file's ${Array.isArray(snippets) ? 'proposals' : 'snippets'} are not a list.`);
  }
  const s = splitValid(snippets, validSnippet);
  const p = splitValid(proposals, validProposal);
  const damaged = s.damaged.length + p.damaged.length;
  // Nothing readable at all is a damaged file, not an empty import that looks like it worked.
  if (damaged > 0 && s.ok.length + p.ok.length === 0) {
    return refuse('damaged', `All ${damaged} entries in the file are damaged.`);
  }
  return { ok: true, snippets: s.ok, proposals: p.ok, damaged };
}

export interface MergePlan {
  addSnippets: Snippet[];
  addProposals: Proposal[];
  /** Rows already in the library (or twice in the file), by content. */
  skippedSnippets: number;
  skippedProposals: number;
  /** Rows of the file that were damaged and left out (from parseLibrary). */
  damaged: number;
}

/**
 * Which incoming rows are new, by content, and the ones to add. Ids are reserved by every existing row,
 * deleted ones included (the store keys by id), but only live rows count as "already there": importing a
 * backup brings back what was since deleted, under a fresh id if the deleted copy still holds its id.
 */
function planRows<T extends { id: string; deletedAt?: number }>(
  existing: readonly T[], incoming: readonly T[], key: (row: T) => string, newId: () => string,
): { add: T[]; skipped: number } {
  const ids = new Set(existing.map((r) => r.id));
  const seen = new Set(existing.filter((r) => r.deletedAt === undefined).map(key));
  const add: T[] = [];
  let skipped = 0;
  for (const row of incoming) {
    if (row.deletedAt !== undefined) continue; // in the trash where it came from: not carried over
    const k = key(row);
    if (seen.has(k)) { skipped++; continue; }
    seen.add(k);
    const id = ids.has(row.id) ? freshId(ids, newId) : row.id;
    ids.add(id);
    add.push(id === row.id ? row : { ...row, id });
  }
  return { add, skipped };
}

function freshId(taken: ReadonlySet<string>, newId: () => string): string {
  // A bound, so a broken id source fails loudly instead of hanging the panel.
  for (let tries = 0; tries < 100; tries++) {
    const id = newId();
    if (!taken.has(id)) return id;
  }
  throw new Error('planMerge: newId() keeps returning ids already in use');
}

export function planMerge(existing: Library, incoming: Library & { damaged: number }, newId: () => string): MergePlan {
  const s = planRows(existing.snippets, incoming.snippets, snippetKey, newId);
  const p = planRows(existing.proposals, incoming.proposals, proposalKey, newId);
  return {
    addSnippets: s.add, addProposals: p.add,
    skippedSnippets: s.skipped, skippedProposals: p.skipped,
    damaged: incoming.damaged,
  };
}
