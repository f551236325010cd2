/**
 * The local store: IndexedDB in the extension's origin, through Dexie. Written by the background only (the
 * content script sends text to it; the panel reads it and asks the background to change it). Nothing here
 * leaves the machine.
 *
 * Schema versions are declared in order and never edited once released: a change is a new `version(n)` with
 * an upgrade function, so a user's drafts survive every update of the extension.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Proposal, Snippet } from '../library/types';
import type { EditorKind, SectionKey } from '../types';

/** One portal form (a proposal being written): what the drafts of its fields belong to. */
export interface FormRecord {
  /** See utils/content/form-key.ts. */
  formKey: string;
  url: string;
  title: string;
  profileId: string;
  /** Field keys in page order, with what each asks: export and restore list them in this order. */
  fields: { key: string; label: string; section: SectionKey; kind: EditorKind }[];
  updatedAt: number;
}

/** A field's text at one moment. */
export interface SavedText {
  formKey: string;
  fieldKey: string;
  text: string;
  /** What a rich editor held, when it has markup. */
  html: string | null;
  words: number;
  savedAt: number;
}

/** The latest text of one field, kept while the user types. */
export interface DraftRecord extends SavedText {
  /** The page load it came from: a save from a new page load first keeps the old text as a version. */
  pageSession: string;
}

/** Why a version was kept. */
export const VERSION_REASONS = ['autosave', 'before-ai', 'before-snippet', 'before-fill', 'before-restore', 'before-edit'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export interface VersionRecord extends SavedText {
  id?: number;
  reason: VersionReason;
}

/** Version 1 (local drafts), kept as released: later versions add to it. */
export const V1 = {
  forms: 'formKey, updatedAt',
  drafts: '[formKey+fieldKey], formKey, savedAt',
  versions: '++id, [formKey+fieldKey], formKey, savedAt',
} as const;

export class JendelaDb extends Dexie {
  forms!: EntityTable<FormRecord, 'formKey'>;
  drafts!: Dexie.Table<DraftRecord, [string, string]>;
  versions!: EntityTable<VersionRecord, 'id'>;
  /** The library (issue 9): reusable snippets and saved proposals. */
  snippets!: EntityTable<Snippet, 'id'>;
  proposals!: EntityTable<Proposal, 'id'>;

  constructor(name = 'jendela') {
    super(name);
    this.version(1).stores(V1);
    // 2: the library. New tables only: drafts and their history carry over as they are.
    this.version(2).stores({ ...V1, snippets: 'id, section, updatedAt, deletedAt', proposals: 'id, updatedAt, deletedAt' });
  }
}

let shared: JendelaDb | undefined;
/** The one database of this context (background or panel). */
export function db(): JendelaDb {
  return (shared ??= new JendelaDb());
}
