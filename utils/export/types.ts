/** What an export is made from: plain data the panel assembles, so the writers stay pure and testable. */
import type { SectionKey } from '../types';

export interface ExportFact { label: string; value: string }
export interface ExportSection { section: SectionKey; heading: string; text: string }
export interface ExportLabels { facts: string; field: string; value: string; empty: string; exportedFrom: string; exportedAt: string }
export interface ProposalExport {
  title: string;          // the innovation's name (or the page title when the form has none)
  competition: string;    // the competition profile's name, e.g. "KIPP 2023 — Kelompok Umum"
  source: string;         // the portal page's URL
  exportedAt: Date;
  language: 'id' | 'en';  // for date formatting
  labels: ExportLabels;   // UI words in the user's language (the caller passes them)
  facts: ExportFact[];    // the facts table on top (stage, kind, dates, ...), in the order given
  sections: ExportSection[]; // prose sections, already in the competition's order
}
