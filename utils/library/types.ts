/**
 * The library (issue 9): snippets and saved proposals, kept in the local store and reused across portals.
 * Plain data; the store (utils/store), search (./search), import/export (./transfer, ./docx-import) and the
 * panel all speak these shapes.
 */
import type { SectionKey } from '../types';

/** Where a text came from: the competition and year it was written for, the proposal, the page. */
export interface Source {
  /** Profile id ("kipp-2023-umum", "iga-iid", "generic") or a competition's name as the user wrote it. */
  competition?: string;
  year?: number;
  /** The proposal's title (the innovation's name). */
  proposal?: string;
  url?: string;
  pageTitle?: string;
}

/** Reusable text: one field's answer, or a piece of one. */
export interface Snippet {
  id: string;
  title: string;
  section: SectionKey;
  text: string;
  tags: string[];
  favourite: boolean;
  source: Source;
  createdAt: number;
  updatedAt: number;
  /** Deleted (kept a while so the deletion can be undone). */
  deletedAt?: number;
}

/** The facts a proposal carries beside its prose: what a new form's selects, radios and dates are filled from. */
export const FACT_KEYS = ['stage', 'initiator', 'kind', 'sector', 'dates', 'budget'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** One section of a saved proposal, keyed by its canonical section (a form may have two boxes of one section). */
export interface ProposalSection {
  section: SectionKey;
  /** A second section the same box covered on the form it came from ("Latar Belakang dan Tujuan" → goal). */
  section2?: SectionKey;
  /** The question as that form worded it. */
  heading: string;
  text: string;
}

/** A whole proposal: one innovation's answers, saved from a form or imported from a .docx. */
export interface Proposal {
  id: string;
  /** The innovation's name. */
  title: string;
  /** Profile id of the competition it was written for. */
  profileId: string;
  year: number;
  sections: ProposalSection[];
  facts: Partial<Record<FactKey, string>>;
  /** Answers to snippet variables ({{nama_inovasi}}, {{instansi}}, {{tahun}}…), remembered per proposal. */
  variables: Record<string, string>;
  source: Source;
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
}
