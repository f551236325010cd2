/**
 * What the side panel's store holds (`PanelData`) and what it can do (`PanelActions`): the contract between
 * the store (./store.ts, the one module that talks to messaging and storage) and the components.
 */
import type { MessageKey, Params } from '../i18n';
import type { RewriteMode } from '../ai/modes';
import type { Snippet } from '../library/types';
import type { WriteResult } from '../messages';
import type { AiSettings, DraftSettings, Language } from '../storage';
import type { SectionKey } from '../types';
import type { Editing } from './editor';
import type { FieldView, PageInfo } from './fields';
import type { LibraryState } from './library-state';
import type { AiState, Rewrite } from './rewrite';
import type { HistoryView, SavedState } from './saved';
import type { RubricReport } from '../rubric/report';
import type { ReviewState } from './review-actions';
import type { SiteStatus } from './tab-link';

export type PanelStatus = 'connecting' | 'form' | 'no-form' | 'inactive' | 'error';

export interface Notice {
  key: MessageKey;
  params?: Params;
  /** Good news (shown as a status, not an alert). */
  ok?: boolean;
}

export interface PanelData {
  status: PanelStatus;
  tabId: number | null;
  language: Language;
  page: PageInfo | null;
  /** Field keys in page order. */
  order: string[];
  fields: Record<string, FieldView>;
  site: SiteStatus | null;
  /** The page cannot run Jendela at all (browser pages, the web store): said instead of "no form". */
  unsupported: boolean;
  notice: Notice | null;
  activating: boolean;
  /** The field open in the editor view, or null when the list is shown. */
  editing: Editing | null;
  /** Drafts the user typed and has not applied, by field key; kept while the panel lives. */
  drafts: Record<string, string>;
  /** The last write or undo answer per field (its `undoable` puts an undo button on the row). */
  lastWrite: Record<string, WriteResult>;
  /** The Settings view, the library, the rubric check, or the main one (status views, field list, editor). */
  view: 'main' | 'settings' | 'library' | 'rubric';
  ai: AiState;
  /** The AI rewrite of the open field (shown in the editor while its key is the one open). */
  rewrite: Rewrite | null;
  /** Local drafts of this form: when each field was saved, what to offer back, the drafts settings. */
  saved: SavedState;
  /** A field's history, open instead of the list. */
  history: HistoryView | null;
  /** Snippets and saved proposals (issue 9). */
  library: LibraryState;
  /** The last "Periksa sebelum kirim" (null while it reads the page). */
  rubric: RubricReport | null;
  /** The AI review of the proposal, on request from the rubric view. */
  review: ReviewState | null;
  /** IGA indicators whose evidence the user has ticked as ready, for this form. */
  ticks: number[];
}

export interface PanelActions {
  /** Attach to `tabId`, or (without it) follow the active tab of the panel's window. */
  start(tabId?: number): Promise<void>;
  stop(): void;
  focus(key: string): void;
  setProfile(profileId: string | null): void;
  /** Call straight from the click: it may open the browser's permission prompt. */
  activate(remember: boolean): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  retry(): void;
  dismissNotice(): void;
  /** Open the editor view on a text field, with its current text read from the page (or the kept draft). */
  edit(key: string, focusAi?: boolean): Promise<void>;
  setDraft(text: string): void;
  /** Write the draft into the page; without `force`, a draft that breaks a limit gets a warning first. */
  apply(force?: boolean): Promise<void>;
  /** Put a saved text back into its field: the offer after a reload, or `entryId` of the open history. */
  restore(key: string, entryId?: string): Promise<void>;
  /** Every field the reload (crash, expired session) emptied or changed gets its saved text back. */
  restoreAll(): Promise<void>;
  dismissRestore(): void;
  openHistory(key: string): Promise<void>;
  selectVersion(id: string): void;
  closeHistory(): void;
  /** Forget this form's drafts and history. */
  deleteDrafts(): Promise<void>;
  saveDraftSettings(patch: Partial<DraftSettings>): Promise<void>;
  /** The whole proposal as a .docx or Markdown file (downloaded by the panel; nothing leaves the machine). */
  exportProposal(format: 'docx' | 'md'): Promise<void>;
  openLibrary(): void;
  closeLibrary(): void;
  /** Answers while the user types; `section` filters ('' for all). */
  searchLibrary(query: string, section?: SectionKey | ''): void;
  /** The field's text becomes a snippet (or says it is already there). */
  saveSnippet(key: string): Promise<void>;
  /** The whole form becomes a saved proposal. */
  saveProposal(): Promise<void>;
  /** Into the field, replacing its text or at the caret; asks for the snippet's variables first. */
  insertSnippet(key: string, snippetId: string, mode?: 'replace' | 'insert'): Promise<void>;
  answerVariables(answers: Record<string, string>): Promise<void>;
  cancelInsert(): void;
  /** The plan of filling this form from a saved proposal (the newest first). */
  openFill(): Promise<void>;
  setFillProposal(id: string | null): void;
  setFillOverwrite(overwrite: boolean): void;
  toggleFillItem(key: string): void;
  /** Writes every ticked item of the plan. */
  runFill(): Promise<void>;
  closeFill(): void;
  deleteSnippet(id: string): Promise<void>;
  /** Urungkan: brings back the last deleted snippet. */
  undoDelete(): Promise<void>;
  toggleFavourite(id: string): Promise<void>;
  /** Title, section, tags, competition and year of a snippet; its text when it does not duplicate another. */
  editSnippet(id: string, patch: Partial<Pick<Snippet, 'title' | 'section' | 'tags' | 'source' | 'text'>>): Promise<void>;
  exportLibrary(): void;
  importLibrary(file: File): Promise<void>;
  /** Reads a .docx and shows how it splits into sections, for confirmation. */
  importDocx(file: File): Promise<void>;
  confirmDocx(): Promise<void>;
  cancelDocx(): void;
  /** "Periksa sebelum kirim": blocking problems and the evidence per criterion, without the AI. */
  checkRubric(): Promise<void>;
  closeRubric(): void;
  /** The check as a Markdown report (to share with a mentor). */
  exportRubric(): void;
  /** The AI review: a score per criterion, what shows, the biggest gap, one suggestion; sent only on this click. */
  reviewRubric(): Promise<void>;
  stopReview(): void;
  /** "Perbaiki": the rewrite of the criterion's section, with the criterion (and the review's advice) as instruction. */
  fixCriterion(section: SectionKey): Promise<void>;
  /** Ticks an IGA indicator's evidence as ready (a reminder, kept per form). */
  tickIndicator(no: number, ticked: boolean): void;
  /** Put back what the field held before the last write from Jendela. */
  undo(key: string): Promise<void>;
  closeEditor(): void;
  /** Back to editing from the limit warning. */
  dismissWarning(): void;
  /** Call straight from the click (the clipboard wants the user's activation). */
  copyDraft(): Promise<void>;
  openSettings(): void;
  closeSettings(): void;
  /** Saves AI settings; a new key or base URL is checked at once (one cheap call: the models list). */
  saveAi(patch: Partial<AiSettings>): Promise<void>;
  checkAi(): Promise<void>;
  /** Rewrites the open editor's draft with the AI (streaming); `freeInstruction` only for `bebas`. */
  rewrite(mode: RewriteMode, freeInstruction?: string): Promise<void>;
  /** Hentikan: cancels the request at once; the field is untouched. */
  stopRewrite(): void;
  /** Ulangi: the same request again. */
  retryRewrite(): Promise<void>;
  /** Buang: forget the result. */
  discardRewrite(): void;
  /** Terima: the result becomes the draft and is written into the page (undoable). */
  acceptRewrite(): Promise<void>;
  /** The one-click tightening pass for a result over the limit. */
  tightenRewrite(): Promise<void>;
}
