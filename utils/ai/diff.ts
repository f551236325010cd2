/**
 * Word-level diff of the original text against the AI's result, re-run on every streamed chunk.
 *
 * Why not `diffWords`: it tokenises with a large regex and post-processes whitespace on every call; on a
 * 1,000-word text re-diffed while streaming it was the slowest option measured (about 2x the time of this).
 * Here each token — a word, or one punctuation mark, so "hari." and "hari" share "hari" — is mapped to a small
 * integer and `diffArrays` (same Myers algorithm) compares integers; the whitespace after a token travels
 * with it for display (from the result for kept and added tokens, from the original for removed ones).
 *
 * While streaming (`partial: true`) the result is a prefix of what it will be, so:
 * - the original is compared only up to a window (twice the result's length plus a margin): a partial result
 *   cannot yet match words far beyond it, and the window keeps the edit distance — the cost — small;
 * - the original's tail after the last match is not shown as removed (it has not been reached yet).
 * A result that shares almost no words with the original (a translation) is shown as a replacement outright.
 */
import { diffArrays, type ArrayChange } from 'diff';
import { countWords } from '../text/count';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface DiffOptions {
  /** The result is still streaming: compare against a window of the original and hide its unreached tail. */
  partial?: boolean;
}

interface Tokens {
  /** Word ids, for comparing. */
  ids: number[];
  /** Each word with the whitespace after it (the first also carries the text's leading whitespace). */
  texts: string[];
}

/** A word (letters, digits, inner hyphens and apostrophes) or one other visible character, with the whitespace after it. */
const WORD = /(?:[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}])\s*/gu;

function tokenise(text: string, ids: Map<string, number>): Tokens {
  const out: Tokens = { ids: [], texts: [] };
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  for (const m of text.matchAll(WORD)) {
    const token = m[0];
    const word = token.trimEnd();
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    out.ids.push(id);
    out.texts.push(out.texts.length === 0 ? lead + token : token);
  }
  return out;
}

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** Share of the result's words that occur anywhere in the original (0–1). Linear; decides if diffing is worth it. */
function overlap(before: Tokens, after: Tokens): number {
  if (!after.ids.length) return 1;
  const known = new Set(before.ids);
  let hits = 0;
  for (const id of after.ids) if (known.has(id)) hits++;
  return hits / after.ids.length;
}

/** Below this share of shared words (on a result of at least `MIN_WORDS_FOR_OVERLAP`), no word diff is shown. */
const MIN_OVERLAP = 0.2;
const MIN_WORDS_FOR_OVERLAP = 12;

/**
 * Appends the parts `changes` describe, from token `i` of the original and `j` of the result; returns where it
 * ended. `onSame` hears of each run of kept tokens (its length, and the positions and part count after it).
 */
function appendChanges(
  parts: DiffPart[], changes: ArrayChange<number>[], a: Tokens, b: Tokens, i: number, j: number,
  onSame?: (count: number, i: number, j: number, n: number) => void,
): { i: number; j: number } {
  for (const c of changes) {
    if (c.removed) {
      push(parts, 'removed', a.texts.slice(i, i + c.count).join(''));
      i += c.count;
    } else if (c.added) {
      push(parts, 'added', b.texts.slice(j, j + c.count).join(''));
      j += c.count;
    } else {
      push(parts, 'same', b.texts.slice(j, j + c.count).join(''));
      i += c.count;
      j += c.count;
      onSame?.(c.count, i, j, parts.length);
    }
  }
  return { i, j };
}

/** While streaming, the original after the last kept word has not been reached yet: not removed, just not there. */
function hideUnreached(parts: DiffPart[]): void {
  let lastSame = parts.length - 1;
  while (lastSame >= 0 && parts[lastSame]?.kind !== 'same') lastSame--;
  const tail = parts.splice(lastSame + 1).filter((p) => p.kind === 'added');
  for (const p of tail) push(parts, 'added', p.text);
}

export function diffText(before: string, after: string, options: DiffOptions = {}): DiffPart[] {
  const ids = new Map<string, number>();
  const a = tokenise(before, ids);
  const b = tokenise(after, ids);
  const parts: DiffPart[] = [];

  if (b.ids.length >= MIN_WORDS_FOR_OVERLAP && overlap(a, b) < MIN_OVERLAP) {
    if (!options.partial) push(parts, 'removed', before);
    push(parts, 'added', after);
    return parts;
  }

  let oldIds = a.ids;
  if (options.partial) {
    const window = b.ids.length * 2 + 50;
    if (oldIds.length > window) oldIds = oldIds.slice(0, window);
  }

  const { i } = appendChanges(parts, diffArrays(oldIds, b.ids), a, b, 0, 0);
  if (options.partial) {
    hideUnreached(parts);
  } else if (i < a.ids.length) {
    push(parts, 'removed', a.texts.slice(i).join(''));
  }
  return parts;
}

export interface DiffStats {
  sameWords: number;
  addedWords: number;
  removedWords: number;
  /** Share of the original's words that did not survive (0–1). */
  changedShare: number;
}

export function diffStats(parts: readonly DiffPart[]): DiffStats {
  let sameWords = 0;
  let addedWords = 0;
  let removedWords = 0;
  for (const p of parts) {
    const n = countWords(p.text);
    if (p.kind === 'same') sameWords += n;
    else if (p.kind === 'added') addedWords += n;
    else removedWords += n;
  }
  const original = sameWords + removedWords;
  return { sameWords, addedWords, removedWords, changedShare: original ? removedWords / original : 0 };
}

/**
 * The texts the parts describe: `after` (same + added) is the result exactly; `before` (same + removed) is the
 * original up to whitespace, since a kept word carries the result's spacing. For checks and tests.
 */
export function sidesOf(parts: readonly DiffPart[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const p of parts) {
    if (p.kind !== 'added') before += p.text;
    if (p.kind !== 'removed') after += p.text;
  }
  return { before, after };
}

/** A run of at least this many kept words anchors the diff before it while streaming. */
const ANCHOR_WORDS = 8;
/** …if it ends at least this many words before the end of the result so far (the end may still change). */
const ANCHOR_MARGIN = 24;

export interface StreamingDiff {
  /** The diff of the result so far (as `diffText(before, after, { partial: true })` shows it). */
  update(after: string): DiffPart[];
}

/**
 * The diff of a result that grows as it streams, without re-diffing what has settled. Once a long run of kept
 * words lies well behind the end of the result, the diff before it is frozen, and each new chunk re-diffs only
 * the original and the result after that anchor: the cost per chunk stays that of the tail, not of the whole
 * text (a 1,000-word result re-diffed in full costs ~10 ms per chunk). The frozen part may align a few words
 * differently from a full diff; the final render uses `diffText` on the whole text.
 * A result that does not extend the previous one (Ulangi, another request) starts over.
 */
export function createStreamingDiff(before: string): StreamingDiff {
  const ids = new Map<string, number>();
  const a = tokenise(before, ids);
  let last = '';
  let lastParts: DiffPart[] = [];
  // The settled part: parts for a.ids[0, i) and the result's tokens [0, j).
  let frozen = { i: 0, j: 0, parts: [] as DiffPart[] };

  return {
    update(after) {
      if (after === last) return lastParts;
      if (!after.startsWith(last)) frozen = { i: 0, j: 0, parts: [] };
      last = after;
      const b = tokenise(after, ids);
      if (b.ids.length >= MIN_WORDS_FOR_OVERLAP && overlap(a, b) < MIN_OVERLAP) {
        frozen = { i: 0, j: 0, parts: [] };
        return (lastParts = [{ kind: 'added', text: after }]);
      }
      const rest = b.ids.length - frozen.j;
      const oldIds = a.ids.slice(frozen.i, frozen.i + rest * 2 + 50);
      const changes = diffArrays(oldIds, b.ids.slice(frozen.j));
      const parts: DiffPart[] = frozen.parts.map((p) => ({ ...p }));
      let anchor: { i: number; j: number; n: number } | null = null;
      appendChanges(parts, changes, a, b, frozen.i, frozen.j, (count, i, j, n) => {
        if (count >= ANCHOR_WORDS && j <= b.ids.length - ANCHOR_MARGIN) anchor = { i, j, n };
      });
      // Copies: `push` merges text into the last part, and the frozen parts must not change under it.
      if (anchor) {
        const { i, j, n } = anchor;
        frozen = { i, j, parts: parts.slice(0, n).map((p) => ({ ...p })) };
      }
      hideUnreached(parts);
      return (lastParts = parts);
    },
  };
}
