/** The panel's view of the library: plain data the store keeps and components render. */
import type { DocxImport } from '../library/docx-import';
import type { FactPlanItem, PlanItem } from '../library/plan';
import type { Proposal, Snippet } from '../library/types';
import type { SectionKey } from '../types';

export interface FillState {
  proposalId: string | null;
  overwrite: boolean;
  items: PlanItem[];
  facts: FactPlanItem[];
  status: 'ready' | 'filling' | 'done';
  /** After filling: the fields written, and those that failed. */
  written?: string[];
  failed?: string[];
  /** Facts whose value is not an option of this form: listed with the options it has, never guessed. */
  missing?: { key: string; value: string; options: string[] }[];
}

/** A snippet on its way into a field, waiting for its variables' answers. */
export interface InsertState {
  key: string;
  snippetId: string;
  mode: 'replace' | 'insert';
  variables: string[];
  answers: Record<string, string>;
}

export interface LibraryState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The search index holds every snippet (built in slices after the library loads). */
  indexed: boolean;
  snippets: Snippet[];
  proposals: Proposal[];
  damaged: number;
  query: string;
  section: SectionKey | '';
  /** Snippet ids matching the query, best first. */
  results: string[];
  fill: FillState | null;
  insert: InsertState | null;
  /** A .docx read and split, shown for confirmation before it is saved as a proposal. */
  review: (DocxImport & { fileName: string }) | null;
  /** The last deletion, for Urungkan. */
  deleted: { table: 'snippets' | 'proposals'; id: string } | null;
}

export const initialLibrary = (): LibraryState => ({
  status: 'idle', indexed: false, snippets: [], proposals: [], damaged: 0, query: '', section: '', results: [], fill: null, insert: null,
  review: null, deleted: null,
});
