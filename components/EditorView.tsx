import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { t } from '@/utils/i18n';
import { draftView, type Editing } from '@/utils/panel/editor';
import type { FieldView } from '@/utils/panel/fields';
import { sectionsText } from '@/utils/panel/format';
import type { AiState, PanelActions, Rewrite } from '@/utils/panel/store';
import type { Language } from '@/utils/storage';
import { EditMessages } from './EditMessages';
import { LimitWarning } from './LimitWarning';
import { TextMeter } from './Meter';
import { RewriteBar, type RewriteBarActions } from './RewriteBar';
import { Suggestions } from './LibraryViews';
import type { LibraryState } from '@/utils/panel/library-state';

export type EditorActions = Pick<
  PanelActions,
  'setDraft' | 'apply' | 'undo' | 'closeEditor' | 'dismissWarning' | 'copyDraft' | 'insertSnippet' | 'answerVariables' | 'cancelInsert'
> & RewriteBarActions;

interface EditorViewProps {
  editing: Editing;
  /** The field as the page lists it now; undefined when it is gone (the editor keeps the draft and question). */
  field: FieldView | undefined;
  undoable: boolean;
  ai: AiState;
  /** The AI rewrite, when it is for this field. */
  rewrite: Rewrite | null;
  /** The competition's criterion for this field's section, when it has one. */
  criterion: { text: string; weight?: number } | null;
  /** The library: its snippets are offered for this field, its own section first. */
  library?: LibraryState;
  lang: Language;
  actions: EditorActions;
}

/**
 * One field, roomy: its question, the draft, a live meter against the field's limits, and apply / undo.
 * Keyboard: the draft has focus on open; Ctrl+Enter applies; Esc leaves the warning, then the editor.
 * The question comes from the page: rendered as text, never as HTML.
 */
export function EditorView({ editing, field: live, undoable, ai, rewrite, criterion, library, lang, actions }: EditorViewProps) {
  const field = live ?? editing.field;
  const { key, draft, status, warning } = editing;
  const ids = { question: useId(), help: useId(), meter: useId() };
  const area = useRef<HTMLTextAreaElement>(null);
  const view = useMemo(() => draftView(field, draft), [field, draft]);
  const loading = status === 'loading';
  const busy = loading || status === 'applying';
  // The draft box appears once the field's text is in it (so "the box is there" means "prefilled"), and takes focus.
  useEffect(() => {
    if (!loading && !editing.focusAi) area.current?.focus();
  }, [key, loading, editing.focusAi]);

  const back = () => {
    actions.dismissWarning();
    area.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (warning) back();
      else if (rewrite && (rewrite.status === 'streaming' || rewrite.status === 'preparing')) actions.stopRewrite();
      else actions.closeEditor();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target === area.current) {
      e.preventDefault();
      void actions.apply();
    }
  };

  return (
    <section
      className="editor"
      data-role="editor"
      data-editor-key={key}
      data-edit-status={status}
      aria-labelledby={ids.question}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="editor-close" data-action="close-editor" onClick={actions.closeEditor}>
        <span aria-hidden="true">← </span>
        {t(lang, 'action.closeEditor')}
      </button>
      <h2 className="editor-question" id={ids.question}>{field.label || field.key}</h2>
      {field.help && <p className="field-help editor-help" id={ids.help}>{field.help}</p>}
      <p className="field-section">{sectionsText(lang, field)}</p>
      {!loading && (
        <>
          <textarea
            ref={area}
            className="draft"
            data-role="draft"
            rows={14}
            value={draft}
            readOnly={busy}
            aria-busy={busy}
            aria-labelledby={ids.question}
            aria-describedby={field.help ? `${ids.help} ${ids.meter}` : ids.meter}
            onChange={(e) => actions.setDraft(e.currentTarget.value)}
          />
          <TextMeter field={view} lang={lang} role="draft-meter" id={ids.meter} />
        </>
      )}
      {warning && (
        <LimitWarning warning={warning} lang={lang} onApplyAnyway={() => void actions.apply(true)} onBack={back} />
      )}
      <EditMessages editing={editing} gone={!live} lang={lang} onUsePageText={() => actions.setDraft(editing.original)} />
      {!warning && (
        <div className="editor-buttons">
          <button
            type="button"
            className="primary"
            data-action="apply"
            disabled={busy}
            title={t(lang, 'edit.shortcut')}
            onClick={() => void actions.apply()}
          >
            {t(lang, 'action.apply')}
          </button>
          {undoable && (
            <button
              type="button"
              className="secondary"
              data-action="undo"
              disabled={busy}
              onClick={() => {
                void actions.undo(key);
                area.current?.focus();
              }}
            >
              {t(lang, 'action.undo')}
            </button>
          )}
          <button type="button" className="secondary" data-action="copy" onClick={() => void actions.copyDraft()}>
            {t(lang, 'action.copy')}
          </button>
        </div>
      )}
      {!loading && (
        <RewriteBar
          fieldKey={key}
          field={field}
          ai={ai}
          rewrite={rewrite}
          criterion={criterion}
          busy={busy}
          focusModes={editing.focusAi === true}
          lang={lang}
          actions={actions}
        />
      )}
      {!loading && library && <Suggestions library={library} field={field} draftWords={view.counts.words} lang={lang} actions={actions} />}
    </section>
  );
}
