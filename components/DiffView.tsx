import { memo, useDeferredValue, useMemo } from 'react';
import { createStreamingDiff, diffText } from '@/utils/ai/diff';
import { placeholderRuns } from '@/utils/panel/rewrite';

interface DiffViewProps {
  /** What the result is compared with (the draft the user asked about). */
  base: string;
  /** The result so far. */
  text: string;
  /** Still streaming: the original's unreached tail is not shown as removed. */
  partial: boolean;
  label: string;
}

/**
 * The result as a word-level diff against the original: removed words struck through, added words marked,
 * `[data: …]` placeholders highlighted. Re-diffed on every streamed chunk, so the diff follows a deferred
 * copy of the text: React may skip an intermediate chunk rather than hold the next one back.
 * Every part is rendered as text (the model's answer is untrusted too).
 */
export const DiffView = memo(function DiffView({ base, text, partial, label }: DiffViewProps) {
  const shown = useDeferredValue(text);
  return <DiffBody base={base} text={shown} partial={partial} label={label} />;
});

/** The diff itself, rendered at once (the benchmark times this part). */
export const DiffBody = memo(function DiffBody({ base, text, partial, label }: DiffViewProps) {
  // While streaming, only the unsettled tail is re-diffed; the final picture is the full diff.
  const stream = useMemo(() => createStreamingDiff(base), [base]);
  const parts = useMemo(() => (partial ? stream.update(text) : diffText(base, text)), [stream, base, text, partial]);
  return (
    <div className="diff" data-role="rewrite-diff" aria-label={label} aria-busy={partial}>
      {parts.map((p, i) =>
        p.kind === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : p.kind === 'added' ? (
          <ins key={i}>
            <Marked text={p.text} />
          </ins>
        ) : (
          <span key={i}>
            <Marked text={p.text} />
          </span>
        ),
      )}
    </div>
  );
});

function Marked({ text }: { text: string }) {
  if (!text.includes('[data:')) return text;
  return placeholderRuns(text).map((r, i) =>
    r.placeholder ? (
      <mark key={i} data-role="placeholder">
        {r.text}
      </mark>
    ) : (
      r.text
    ),
  );
}
