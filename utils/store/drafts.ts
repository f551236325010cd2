/**
 * Drafts and their history: what the background does with the text the content script sends, and what the
 * panel reads back. Every function takes the database, so tests run them on a fresh fake IndexedDB.
 *
 * - A save keeps the latest text of each field (`drafts`), one row per field.
 * - History (`versions`) keeps up to HISTORY_LIMIT texts per field: a checkpoint every CHECKPOINT_MS of
 *   typing, the text a previous page load left (kept before a new load overwrites it), and the text before
 *   every write Jendela makes (AI rewrite, snippet, fill, restore).
 */
import { z } from 'zod';
import { countText } from '../text/count';
import { EDITOR_KINDS, SECTION_KEYS } from '../types';
import { VERSION_REASONS, type DraftRecord, type FormRecord, type JendelaDb, type VersionReason, type VersionRecord } from './db';

export const HISTORY_LIMIT = 20;
export const CHECKPOINT_MS = 5 * 60_000;

export interface FieldText {
  key: string;
  label: string;
  section: FormRecord['fields'][number]['section'];
  kind: FormRecord['fields'][number]['kind'];
  text: string;
  html: string | null;
}

export interface SaveBatch {
  formKey: string;
  url: string;
  title: string;
  profileId: string;
  pageSession: string;
  /** Every text field of the form, in page order (what it asks), and the ones whose text changed. */
  fields: Omit<FieldText, 'text' | 'html'>[];
  changed: FieldText[];
}

const version = (d: Pick<DraftRecord, 'formKey' | 'fieldKey' | 'text' | 'html' | 'savedAt'>, reason: VersionReason): VersionRecord => ({
  formKey: d.formKey, fieldKey: d.fieldKey, text: d.text, html: d.html, words: countText(d.text).words,
  savedAt: d.savedAt, reason,
});

async function latestVersion(db: JendelaDb, formKey: string, fieldKey: string): Promise<VersionRecord | undefined> {
  const all = await db.versions.where('[formKey+fieldKey]').equals([formKey, fieldKey]).sortBy('savedAt');
  return all[all.length - 1];
}

async function addVersion(db: JendelaDb, v: VersionRecord): Promise<boolean> {
  const last = await latestVersion(db, v.formKey, v.fieldKey);
  if (last && last.text === v.text) return false;
  await db.versions.add(v);
  const all = await db.versions.where('[formKey+fieldKey]').equals([v.formKey, v.fieldKey]).sortBy('savedAt');
  const extra = all.slice(0, Math.max(0, all.length - HISTORY_LIMIT)).map((x) => x.id!);
  if (extra.length) await db.versions.bulkDelete(extra);
  return true;
}

/** Saves what the content script sent; returns the time it was saved. */
export async function saveDrafts(db: JendelaDb, batch: SaveBatch, now: number): Promise<number> {
  await db.transaction('rw', db.forms, db.drafts, db.versions, async () => {
    await db.forms.put({
      formKey: batch.formKey, url: batch.url, title: batch.title, profileId: batch.profileId,
      fields: batch.fields.map(({ key, label, section, kind }) => ({ key, label, section, kind })), updatedAt: now,
    });
    for (const f of batch.changed) {
      const id: [string, string] = [batch.formKey, f.key];
      const old = await db.drafts.get(id);
      if (old && old.text === f.text) continue;
      // What an earlier page load left is kept before this load overwrites it (the reload that emptied the form).
      if (old && old.pageSession !== batch.pageSession && old.text.trim()) await addVersion(db, version(old, 'autosave'));
      const draft: DraftRecord = {
        formKey: batch.formKey, fieldKey: f.key, text: f.text, html: f.html, words: countText(f.text).words,
        savedAt: now, pageSession: batch.pageSession,
      };
      await db.drafts.put(draft);
      const last = await latestVersion(db, batch.formKey, f.key);
      if (f.text.trim() && (!last || now - last.savedAt >= CHECKPOINT_MS)) await addVersion(db, version(draft, 'autosave'));
    }
  });
  return now;
}

/** Keeps the field's text before a write from Jendela, so it can be brought back. */
export async function recordVersion(
  db: JendelaDb, entry: { formKey: string; fieldKey: string; text: string; html: string | null; reason: VersionReason }, now: number,
): Promise<boolean> {
  if (!entry.text.trim()) return false;
  return db.transaction('rw', db.versions, () => addVersion(db, version({ ...entry, savedAt: now }, entry.reason)));
}

/** Drafts and versions older than `maxAgeMs` go, and forms left without drafts. Returns what was removed. */
export async function pruneDrafts(db: JendelaDb, maxAgeMs: number, now: number): Promise<{ drafts: number; versions: number }> {
  const before = now - maxAgeMs;
  return db.transaction('rw', db.forms, db.drafts, db.versions, async () => {
    const drafts = await db.drafts.where('savedAt').below(before).delete();
    const versions = await db.versions.where('savedAt').below(before).delete();
    const keep = new Set((await db.drafts.toArray()).map((d) => d.formKey));
    await db.forms.filter((f) => !keep.has(f.formKey)).delete();
    return { drafts, versions };
  });
}

/** One proposal's drafts and history, gone. */
export async function deleteForm(db: JendelaDb, formKey: string): Promise<void> {
  await db.transaction('rw', db.forms, db.drafts, db.versions, async () => {
    await db.drafts.where('formKey').equals(formKey).delete();
    await db.versions.where('formKey').equals(formKey).delete();
    await db.forms.delete(formKey);
  });
}

// Read side (the panel). What is stored is checked on the way out: a damaged row is left out and counted,
// it does not take the rest of the form's drafts with it.
const textSchema = z.object({
  formKey: z.string(), fieldKey: z.string(), text: z.string(), html: z.string().nullable(), words: z.number(), savedAt: z.number(),
});
const draftSchema = textSchema.extend({ pageSession: z.string() });
const versionSchema = textSchema.extend({ id: z.number(), reason: z.enum(VERSION_REASONS) });
const formSchema = z.object({
  formKey: z.string(), url: z.string(), title: z.string(), profileId: z.string(), updatedAt: z.number(),
  fields: z.array(z.object({ key: z.string(), label: z.string(), section: z.enum(SECTION_KEYS), kind: z.enum(EDITOR_KINDS) })),
});

function valid<T>(schema: z.ZodType<T>, rows: unknown[]): { rows: T[]; damaged: number } {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return { rows: out, damaged: rows.length - out.length };
}

export interface SavedForm {
  form: FormRecord | null;
  drafts: DraftRecord[];
  /** Rows that could not be read (left out). */
  damaged: number;
}

export async function loadForm(db: JendelaDb, formKey: string): Promise<SavedForm> {
  const [form, drafts] = await Promise.all([db.forms.get(formKey), db.drafts.where('formKey').equals(formKey).toArray()]);
  const f = form === undefined ? null : formSchema.safeParse(form);
  const d = valid(draftSchema, drafts);
  return { form: f?.success ? f.data : null, drafts: d.rows, damaged: d.damaged + (f && !f.success ? 1 : 0) };
}

/** A field's history, newest first. */
export async function versionsOf(db: JendelaDb, formKey: string, fieldKey: string): Promise<VersionRecord[]> {
  const rows = await db.versions.where('[formKey+fieldKey]').equals([formKey, fieldKey]).toArray();
  return valid(versionSchema, rows).rows.sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * What to offer back after a reload, a crash or an expired session: per field, the newest text saved before
 * this page was loaded (the draft, or the version a new load set aside), when it has any text.
 */
export async function restorable(db: JendelaDb, formKey: string, loadedAt: number): Promise<Map<string, DraftRecord | VersionRecord>> {
  const [drafts, versions] = await Promise.all([
    db.drafts.where('formKey').equals(formKey).toArray(),
    db.versions.where('formKey').equals(formKey).toArray(),
  ]);
  const out = new Map<string, DraftRecord | VersionRecord>();
  for (const row of [...valid(draftSchema, drafts).rows, ...valid(versionSchema, versions).rows]) {
    if (row.savedAt >= loadedAt || !row.text.trim()) continue;
    const best = out.get(row.fieldKey);
    if (!best || row.savedAt > best.savedAt) out.set(row.fieldKey, row);
  }
  return out;
}

/** The size of what is stored, for the bench and Settings. */
export async function storeCounts(db: JendelaDb): Promise<{ forms: number; drafts: number; versions: number }> {
  const [forms, drafts, versions] = await Promise.all([db.forms.count(), db.drafts.count(), db.versions.count()]);
  return { forms, drafts, versions };
}
