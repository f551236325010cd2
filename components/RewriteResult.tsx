import { useEffect, useMemo, useRef } from 'react';
import { t } from '@/utils/i18n';
import type { AiErrorInfo } from '@/utils/ai/errors';
import { modeLabel } from '@/utils/ai/modes';
import type { Usage } from '@/utils/ai/stream';
import { draftView } from '@/utils/panel/editor';
import type { FieldView } from '@/utils/panel/fields';
import { rewriteView, type Rewrite } from '@/utils/panel/rewrite';
import type { PanelActions } from '@/utils/panel/store';
import type { Language } from '@/utils/storage';
import { DiffView } from './DiffView';
import { TextMeter } from './Meter';

export type RewriteActions = Pick<
  PanelActions,
  'stopRewrite' | 'retryRewrite' | 'discardRewrite' | 'acceptRewrite' | 'tightenRewrite' | 'openSettings'
>;

interface RewriteResultProps {
  rewrite: Rewrite;
  field: FieldView;
  session: { requests: number; usage: Usage };
  lang: Language;
  actions: RewriteActions;
}

/**
 * One rewrite as it streams and after: the diff against the draft, a live meter of the result against the
 * field's limits, what to check (numbers not in the source, placeholders, questions), the tokens used, and
 * the buttons for what may happen next. Nothing here writes to the page except Terima (through the store).
 */
export function RewriteResult({ rewrite: r, field, session, lang, actions }: RewriteResultProps) {
  const view = useMemo(() => rewriteView(r, field.limits), [r, field.limits]);
  const meter = useMemo(() => draftView(field, view.text), [field, view.text]);
  const streaming = r.status === 'streaming' || r.status === 'preparing';
  const done = r.status === 'done';
  const mode = modeLabel(r.mode, lang);
  // A new request brings its result into view: under a tall draft it would start below the fold.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [r.id]);
  return (
    <div ref={box} className="rewrite" data-role="rewrite" data-rewrite-status={r.status} data-mode={r.mode} data-model={r.model}>
      <p className="rewrite-status" role="status">
        {t(lang, `ai.status.${r.status}`, { mode })}
        {r.tightening ? ` ${t(lang, 'ai.tighteningNote')}` : ''}
      </p>
      {r.needsKey && (
        <p className="edit-message edit-failed" role="alert" data-role="ai-error" data-error-code="no-key">
          {t(lang, 'ai.needsKey')}{' '}
          <button type="button" className="link" data-action="settings" onClick={actions.openSettings}>
            {t(lang, 'action.settings')}
          </button>
        </p>
      )}
      {r.error && <ErrorMessage error={r.error} lang={lang} />}
      {(r.answer || done) && (
        <>
          <DiffView base={r.base} text={view.text} partial={streaming} label={t(lang, 'ai.diffLabel')} />
          <TextMeter field={meter} lang={lang} role="rewrite-meter" />
        </>
      )}
      {done && view.over.length > 0 && (
        <p className="edit-message edit-failed" data-role="over-limit">
          {t(lang, 'ai.overLimit')}{' '}
          <button type="button" className="secondary" data-action="tighten" onClick={() => void actions.tightenRewrite()}>
            {t(lang, 'action.tighten')}
          </button>
        </p>
      )}
      {view.newNumbers.length > 0 && (
        <p className="edit-message edit-failed" data-role="new-numbers" data-numbers={view.newNumbers.join('|')}>
          {t(lang, 'ai.newNumbers')}{' '}
          {view.newNumbers.map((n) => (
            <mark key={n} className="new-number">{n}</mark>
          ))}
        </p>
      )}
      {view.placeholders > 0 && <p className="edit-note" data-role="placeholders">{t(lang, 'ai.placeholders', { n: view.placeholders })}</p>}
      {view.questions.length > 0 && (
        <div className="rewrite-questions" data-role="rewrite-questions">
          <p className="edit-note">{t(lang, 'ai.questions')}</p>
          <ul>{view.questions.map((q, i) => <li key={i}>{q}</li>)}</ul>
        </div>
      )}
      {r.truncated && <p className="edit-note" data-role="truncated">{t(lang, 'ai.truncated')}</p>}
      <UsageLine usage={r.usage} session={session} lang={lang} />
      <div className="editor-buttons">
        {streaming && (
          <button type="button" className="primary" data-action="stop" onClick={actions.stopRewrite}>
            {t(lang, 'action.stop')}
          </button>
        )}
        {done && (
          <button type="button" className="primary" data-action="accept" onClick={() => void actions.acceptRewrite()}>
            {t(lang, 'action.accept')}
          </button>
        )}
        {!streaming && !r.needsKey && (
          <button type="button" className="secondary" data-action="retry-rewrite" onClick={() => void actions.retryRewrite()}>
            {t(lang, 'action.retryRewrite')}
          </button>
        )}
        {!streaming && (
          <button type="button" className="secondary" data-action="discard" onClick={actions.discardRewrite}>
            {t(lang, 'action.discard')}
          </button>
        )}
      </div>
    </div>
  );
}

/** An AI error in plain words, with the wait the server asked for. */
export function ErrorMessage({ error, lang }: { error: AiErrorInfo; lang: Language }) {
  const wait = error.retryAfterSeconds;
  return (
    <p className="edit-message edit-failed" role="alert" data-role="ai-error" data-error-code={error.code}>
      {lang === 'en' ? error.message_en : error.message_id}
      {wait !== undefined && ` ${t(lang, 'ai.retryAfter', { n: wait })}`}
    </p>
  );
}

function UsageLine({ usage, session, lang }: { usage: Usage; session: { requests: number; usage: Usage }; lang: Language }) {
  return (
    <div className="usage">
      <p
        data-role="usage"
        data-input={usage.input}
        data-output={usage.output}
        data-cache-read={usage.cacheRead}
        data-cache-write={usage.cacheWrite}
      >
        {t(lang, 'ai.usage', { input: usage.input, read: usage.cacheRead, write: usage.cacheWrite, output: usage.output })}
      </p>
      <SessionUsage session={session} lang={lang} />
    </div>
  );
}

export function SessionUsage({ session, lang }: { session: { requests: number; usage: Usage }; lang: Language }) {
  const u = session.usage;
  return (
    <p
      data-role="usage-total"
      data-requests={session.requests}
      data-input={u.input}
      data-output={u.output}
      data-cache-read={u.cacheRead}
      data-cache-write={u.cacheWrite}
    >
      {t(lang, 'ai.usageTotal', { n: session.requests, input: u.input, read: u.cacheRead, write: u.cacheWrite, output: u.output })}
    </p>
  );
}
