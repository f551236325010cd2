/**
 * The library in the local store: snippets and saved proposals. Written by the background (the panel asks),
 * read by the panel. Saving text that is already there says so instead of making a duplicate; a deletion
 * can be undone until it is purged; rows are checked on the way out, and a damaged one is set aside (counted)
 * without taking the rest of the library with it.
 */
import { findDuplicateSnippet, proposalKey } from '../library/dedupe';
import { splitValid, validProposal, validSnippet } from '../library/schema';
import type { MergePlan } from '../library/transfer';
import type { Proposal, Snippet } from '../library/types';
import type { JendelaDb } from './db';

/** Deleted rows stay this long for Urungkan (undo), then go. */
export const UNDO_MS = 7 * 86_400_000;

export type SaveOutcome<T> = { saved: T; duplicate: false } | { saved: T; duplicate: true };

export interface Library {
  snippets: Snippet[];
  proposals: Proposal[];
  /** Rows that could not be read (set aside). */
  damaged: number;
}

export async function loadLibrary(db: JendelaDb): Promise<Library> {
  const [s, p] = await Promise.all([db.snippets.toArray(), db.proposals.toArray()]);
  const snippets = splitValid(s, validSnippet);
  const proposals = splitValid(p, validProposal);
  return {
    snippets: snippets.ok.filter((x) => x.deletedAt === undefined),
    proposals: proposals.ok.filter((x) => x.deletedAt === undefined),
    damaged: snippets.damaged.length + proposals.damaged.length,
  };
}

export async function saveSnippet(db: JendelaDb, snippet: Snippet): Promise<SaveOutcome<Snippet>> {
  return db.transaction('rw', db.snippets, async () => {
    const all = splitValid(await db.snippets.toArray(), validSnippet).ok;
    const same = findDuplicateSnippet(all, snippet);
    if (same) return { saved: same, duplicate: true };
    await db.snippets.put(snippet);
    return { saved: snippet, duplicate: false };
  });
}

export async function saveProposal(db: JendelaDb, proposal: Proposal): Promise<SaveOutcome<Proposal>> {
  return db.transaction('rw', db.proposals, async () => {
    const key = proposalKey(proposal);
    const all = splitValid(await db.proposals.toArray(), validProposal).ok;
    const same = all.find((p) => p.deletedAt === undefined && p.id !== proposal.id && proposalKey(p) === key);
    if (same) return { saved: same, duplicate: true };
    await db.proposals.put(proposal);
    return { saved: proposal, duplicate: false };
  });
}

/** Edits a snippet (title, section, tags, favourite, text); refused when the new text duplicates another one. */
export async function updateSnippet(db: JendelaDb, id: string, patch: Partial<Omit<Snippet, 'id' | 'createdAt'>>, now: number): Promise<Snippet | 'missing' | 'duplicate'> {
  return db.transaction('rw', db.snippets, async () => {
    const old = validSnippet(await db.snippets.get(id));
    if (!old) return 'missing';
    const next: Snippet = { ...old, ...patch, id, updatedAt: now };
    if (patch.text !== undefined || patch.section !== undefined) {
      if (findDuplicateSnippet(splitValid(await db.snippets.toArray(), validSnippet).ok, next)) return 'duplicate';
    }
    await db.snippets.put(next);
    return next;
  });
}

/** Marks a snippet or proposal deleted (Urungkan brings it back until it is purged). */
export async function setDeleted(db: JendelaDb, table: 'snippets' | 'proposals', id: string, deletedAt: number | undefined): Promise<boolean> {
  const t = db[table] as JendelaDb['snippets'];
  return db.transaction('rw', t, async () => {
    const row = await t.get(id);
    if (!row) return false;
    const next = { ...row };
    if (deletedAt === undefined) delete next.deletedAt;
    else next.deletedAt = deletedAt;
    await t.put(next);
    return true;
  });
}

/** Deleted rows older than UNDO_MS go for good. */
export async function purgeDeleted(db: JendelaDb, now: number): Promise<number> {
  const before = now - UNDO_MS;
  return db.transaction('rw', db.snippets, db.proposals, async () => {
    const a = await db.snippets.where('deletedAt').below(before).delete();
    const b = await db.proposals.where('deletedAt').below(before).delete();
    return a + b;
  });
}

/** Writes what an import's merge plan adds (planMerge decided: no duplicates, no id collisions). */
export async function applyMerge(db: JendelaDb, plan: MergePlan): Promise<void> {
  await db.transaction('rw', db.snippets, db.proposals, async () => {
    await db.snippets.bulkPut(plan.addSnippets);
    await db.proposals.bulkPut(plan.addProposals);
  });
}
