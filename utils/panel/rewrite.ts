/**
 * The AI side of the panel as data, and its pure rules: the settings state, the rewrite on the open field
 * (what was sent, what has streamed back, how it ended), and what the panel derives from a result — the
 * text to accept, the questions `kembangkan` asks, the limits it breaks, the numbers that are not in the
 * source. No network here (see ai-actions.ts).
 */
import type { AiErrorInfo } from '../ai/errors';
import { MODES, type RewriteMode } from '../ai/modes';
import { newNumbers } from '../ai/numbers';
import { splitQuestions } from '../ai/prompt';
import { NO_USAGE, type Usage } from '../ai/stream';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../storage';
import { countText } from '../text/count';
import type { Profile } from '../profiles/define';
import type { Limits, SectionKey } from '../types';
import { draftProblems, type LimitProblem } from './editor';

export type KeyCheckState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'ok'; models: string[] }
  | { status: 'failed'; error: AiErrorInfo };

export interface AiState {
  /** The stored AI settings (the panel is the one context that reads the key). */
  settings: AiSettings;
  loaded: boolean;
  check: KeyCheckState;
  /** The chosen model was not listed any more and another was chosen in its place. */
  modelNotice: { from: string; to: string } | null;
  /** What this panel has used since it opened. */
  session: { requests: number; usage: Usage };
  /** The last save from the Settings view landed (cleared by the next change). */
  saved: boolean;
}

export function initialAi(): AiState {
  return {
    settings: DEFAULT_AI_SETTINGS, loaded: false, check: { status: 'idle' }, modelNotice: null,
    session: { requests: 0, usage: NO_USAGE }, saved: false,
  };
}

export type RewriteStatus = 'preparing' | 'streaming' | 'done' | 'stopped' | 'failed';

export interface Rewrite {
  /** Increases with every request: a late event of an older request is ignored. */
  id: number;
  key: string;
  mode: RewriteMode;
  freeInstruction?: string;
  /** What the diff compares against: the draft when the user first asked (a tightening pass keeps it). */
  base: string;
  /** The text that was sent to be rewritten (the base, or an earlier result being tightened). */
  input: string;
  /** Every text the result's numbers may come from: the input, the base, the question, the context. */
  sources: string[];
  /** The answer so far, as the model wrote it. */
  answer: string;
  status: RewriteStatus;
  /** Set when the request failed (never when the user stopped it). */
  error?: AiErrorInfo;
  /** No API key yet: nothing was sent. */
  needsKey?: boolean;
  usage: Usage;
  model: string;
  /** This request is the one-click tightening pass of an earlier result. */
  tightening?: boolean;
  /** The answer was cut at the output limit (`stop_reason: max_tokens`). */
  truncated?: boolean;
}

export interface RewriteView {
  /** The text Terima would write (without `kembangkan`'s question block). */
  text: string;
  questions: string[];
  /** Numbers in the result that appear nowhere in the source. */
  newNumbers: string[];
  /** Maximum limits the result breaks (the panel offers a tightening pass). */
  over: LimitProblem[];
  /** Visible `[data: …]` placeholders the user must fill in. */
  placeholders: number;
}

const PLACEHOLDER = /\[data:[^\]\n]*\]/g;

export function rewriteView(r: Pick<Rewrite, 'answer' | 'mode' | 'sources'>, limits: Limits): RewriteView {
  const { text, questions } = MODES[r.mode].asksQuestions ? splitQuestions(r.answer) : { text: r.answer.trim(), questions: [] };
  const problems = draftProblems(countText(text), limits);
  return {
    text,
    questions,
    newNumbers: newNumbers(r.sources, text.replace(PLACEHOLDER, ' ')),
    over: problems.filter((p) => p.kind === 'maxWords' || p.kind === 'maxChars' || p.kind === 'maxlength'),
    placeholders: text.match(PLACEHOLDER)?.length ?? 0,
  };
}

/** Splits text into plain runs and `[data: …]` placeholders, for marking the placeholders on screen. */
export function placeholderRuns(text: string): { text: string; placeholder: boolean }[] {
  const out: { text: string; placeholder: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), placeholder: false });
    out.push({ text: m[0], placeholder: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), placeholder: false });
  return out;
}

/** Shows a key as the Settings view does: the start and the last four characters. */
export function maskKey(key: string): string {
  const k = key.trim();
  if (!k) return '';
  if (k.length <= 12) return '•'.repeat(k.length);
  return `${k.slice(0, 7)}…${k.slice(-4)}`;
}

/** A base URL the SDK can use: http(s), with a host, without credentials, query or fragment. */
export function validBaseUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.host && !u.username && !u.password && !u.search && !u.hash;
  } catch {
    return false;
  }
}

/** The rubric criterion of a section in a competition, as the prompt uses it (first rule with one). */
export function criterionOf(profile: Profile, section: SectionKey): { text: string; weight?: number } | null {
  const rule = profile.sections.find((r) => r.section === section && r.criterion);
  return rule?.criterion ? { text: rule.criterion, ...(rule.weight !== undefined ? { weight: rule.weight } : {}) } : null;
}
