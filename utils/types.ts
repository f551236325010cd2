/** Shared data shapes that cross context boundaries (content script ↔ panel). Plain data only. */

export const PROSE_SECTIONS = [
  'title', 'summary', 'background', 'problem', 'goal', 'novelty', 'design', 'implementation', 'impact',
  'benefit', 'replication', 'resources', 'sustainability', 'collaboration', 'monitoring', 'sdgs',
] as const;
export const FACT_SECTIONS = ['stage', 'initiator', 'kind', 'sector', 'dates', 'budget', 'other'] as const;
export type ProseSection = (typeof PROSE_SECTIONS)[number];
export type FactSection = (typeof FACT_SECTIONS)[number];
export type SectionKey = ProseSection | FactSection;
export const SECTION_KEYS = [...PROSE_SECTIONS, ...FACT_SECTIONS] as const;

/** How the field is edited on the page. Text kinds get a word meter; the others are facts. */
export const EDITOR_KINDS = [
  'input', 'textarea', 'contenteditable',
  'ckeditor4', 'ckeditor5', 'tinymce', 'summernote', 'quill', 'prosemirror', 'trix',
  'select', 'radio', 'checkbox', 'date', 'file',
] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

export const TEXT_KINDS: readonly EditorKind[] = [
  'input', 'textarea', 'contenteditable', 'ckeditor4', 'ckeditor5', 'tinymce', 'summernote', 'quill',
  'prosemirror', 'trix',
];

/** Where a limit was read from, shown to the user beside the limit. */
export type LimitSource = 'page' | 'maxlength' | 'editor' | 'profile';

export interface Limit {
  value: number;
  source: LimitSource;
}

export interface Limits {
  minWords?: Limit;
  maxWords?: Limit;
  minChars?: Limit;
  maxChars?: Limit;
}

export interface Counts {
  words: number;
  /** Characters as the browser counts them (code points). */
  chars: number;
  /** Characters as a posted form counts them (a newline is CRLF, two characters). */
  charsSubmitted: number;
}

export type MeterState = 'empty' | 'below' | 'fine' | 'near' | 'over';

export interface FieldInfo {
  /** Stable across re-renders: the submitted name/id, else a hash of label and position. */
  key: string;
  /** The question as the page words it (plain text, never HTML). */
  label: string;
  help: string;
  section: SectionKey;
  /** A second section the field also covers, where the profile says so. */
  section2?: SectionKey;
  kind: EditorKind;
  /** True for selects, radios, dates, uploads: listed as facts, no meter. */
  fact: boolean;
  limits: Limits;
  counts: Counts;
  /** For facts: the chosen value as text. */
  value?: string;
}

export interface FormSnapshot {
  url: string;
  /** Which form this is, for local drafts (utils/content/form-key.ts). */
  formKey: string;
  /** When this page was loaded (ms since the epoch): drafts saved before it are what a reload may have lost. */
  loadedAt: number;
  title: string;
  profileId: string;
  /** Profiles that fit, best first, with their scores (for the picker). */
  profileScores: { id: string; score: number }[];
  /** Whether the user chose the profile (rather than detection). */
  profileChosen: boolean;
  fields: FieldInfo[];
  /** Set when the page had more fields than we list. */
  truncated?: { total: number; shown: number };
  /** Cross-origin frames that could not be read. */
  skippedFrames: number;
}
