/**
 * The editor view's data and its pure rules: which limits a draft breaks (and by how much), the meter of a
 * draft, and which sentence the panel says after a read, write or undo. No messaging here (see edit-actions).
 */
import type { VersionReason } from '../store/db';
import type { MessageKey } from '../i18n';
import type { WriteError, WriteResult } from '../messages';
import { meterState } from '../meter';
import { countText } from '../text/count';
import type { Counts, Limits } from '../types';
import type { FieldView } from './fields';

export type EditStatus = 'loading' | 'ready' | 'applying' | 'applied' | 'failed';

/** A limit the draft breaks. `maxlength` is a character maximum the browser enforces on the field itself. */
export type LimitKind = 'maxWords' | 'maxChars' | 'maxlength' | 'minWords' | 'minChars';
export interface LimitProblem {
  kind: LimitKind;
  /** The limit; null when only the page knows it (the content script answered `over-maxlength`). */
  limit: number | null;
  /** How far past (or short of) the limit the draft is; null when the limit is unknown. */
  by: number | null;
}
export interface LimitWarning {
  problems: LimitProblem[];
  /** The content script refused the write (`over-maxlength`) rather than the panel's own check. */
  fromPage: boolean;
}

/** Why the last read, write or undo did not work: the content script's answer, or the request's own failure. */
export type EditError = WriteError | 'timeout' | 'disconnected';
export interface EditOutcome {
  op: 'read' | 'write' | 'undo';
  ok: boolean;
  error?: EditError;
  /** Whether the draft was put on the clipboard after a failed write (undefined: not attempted). */
  copied?: boolean;
}

export interface Editing {
  key: string;
  /** The field as it was listed when the editor opened: the view still knows its question if it goes away. */
  field: FieldView;
  draft: string;
  /** The field's text as last read from (or written to) the page. */
  original: string;
  status: EditStatus;
  warning?: LimitWarning;
  /** The last write or undo answer for this field. */
  result?: WriteResult;
  outcome?: EditOutcome;
  /** The draft was kept from an earlier visit to this editor and differs from the page. */
  restored?: boolean;
  /** The result of the last "copy" click. */
  copied?: boolean;
  /** Opened from the row's "Tulis ulang": keyboard focus goes to the rewrite modes, not the draft. */
  focusAi?: boolean;
  /** Why the draft is about to replace the page's text (kept with the history version of what it replaces). */
  writeReason?: VersionReason;
}

/** The draft's counts and meter state against the field's limits, shaped like a row so it renders the same. */
export function draftView(field: FieldView, draft: string): FieldView {
  const counts = countText(draft);
  return { ...field, counts, state: meterState(counts, field.limits) };
}

/**
 * Every limit the draft breaks, in the order a user reads them. Characters are measured as `meterState` does:
 * a `maxlength` on what the browser counts, any other maximum on what a posted form counts.
 */
export function draftProblems(counts: Counts, limits: Limits): LimitProblem[] {
  const out: LimitProblem[] = [];
  const { maxWords, maxChars, minWords, minChars } = limits;
  if (maxWords && counts.words > maxWords.value) {
    out.push({ kind: 'maxWords', limit: maxWords.value, by: counts.words - maxWords.value });
  }
  if (maxChars) {
    const isMaxlength = maxChars.source === 'maxlength';
    const chars = isMaxlength ? counts.chars : counts.charsSubmitted;
    if (chars > maxChars.value) {
      out.push({ kind: isMaxlength ? 'maxlength' : 'maxChars', limit: maxChars.value, by: chars - maxChars.value });
    }
  }
  if (minWords && counts.words < minWords.value) {
    out.push({ kind: 'minWords', limit: minWords.value, by: minWords.value - counts.words });
  }
  if (minChars && counts.charsSubmitted < minChars.value) {
    out.push({ kind: 'minChars', limit: minChars.value, by: minChars.value - counts.charsSubmitted });
  }
  return out;
}

/** The warning for a write the content script refused as longer than the field's `maxlength`. */
export function maxlengthWarning(counts: Counts, limits: Limits): LimitWarning {
  const known = limits.maxChars?.source === 'maxlength' ? limits.maxChars.value : null;
  const problem: LimitProblem = known !== null && counts.chars > known
    ? { kind: 'maxlength', limit: known, by: counts.chars - known }
    : { kind: 'maxlength', limit: null, by: null };
  return { problems: [problem], fromPage: true };
}

/** The sentence the panel says about an outcome, and a short code for `data-outcome`. */
export function outcomeMessage(o: EditOutcome): { key: MessageKey; code: string } {
  if (o.ok) return o.op === 'undo' ? { key: 'edit.undone', code: 'undone' } : { key: 'edit.applied', code: 'applied' };
  if (o.op === 'read') {
    return o.error === 'field-gone' ? { key: 'edit.gone', code: 'gone' } : { key: 'edit.readFailed', code: 'read-failed' };
  }
  if (o.op === 'undo') {
    if (o.error === 'nothing-to-undo') return { key: 'edit.nothingToUndo', code: 'nothing-to-undo' };
    return o.error === 'field-gone' ? { key: 'edit.gone', code: 'gone' } : { key: 'edit.undoFailed', code: 'undo-failed' };
  }
  if (o.error === 'field-gone') {
    return { key: o.copied ? 'edit.goneCopied' : 'edit.goneNotCopied', code: 'gone' };
  }
  return { key: o.copied ? 'edit.failedCopied' : 'edit.failedNotCopied', code: 'failed' };
}
