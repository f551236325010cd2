import { memo, useEffect, useRef, type MouseEvent, type Ref } from 'react';
import { t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import { rowAttributes, sectionsText } from '@/utils/panel/format';
import type { Language } from '@/utils/storage';
import { savedTime } from './DraftViews';
import { Meter } from './Meter';

export interface RowProps {
  field: FieldView;
  lang: Language;
  onFocus(key: string): void;
}

interface FieldRowProps extends RowProps {
  onEdit(key: string): void;
  onRewrite(key: string): void;
  onUndo(key: string): void;
  onRestore(key: string): void;
  onHistory(key: string): void;
  onSaveSnippet(key: string): void;
  /** Snippets of this field's section in the library ("Saran untuk bagian ini" in its editor). */
  suggestions: number;
  /** The last write from Jendela into this field can be undone. */
  undoable: boolean;
  /** When the field's text was last saved locally (autosave), if it was. */
  savedAt?: number;
  /** Saved text differs from what the page holds now: the row offers it back. */
  offer: boolean;
  /** Put keyboard focus on the row's edit button when it appears (coming back from the editor). */
  returnFocus: boolean;
  onReturned(): void;
}

interface RowActionProps {
  ref?: Ref<HTMLButtonElement>;
  action: string;
  text: string;
  /** Names the field too, for screen readers (every row has the same buttons). */
  label: string;
  onClick(): void;
}

/** A button inside the row: it must not also show the field on the page (the row's own click). */
function RowAction({ ref, action, text, label, onClick }: RowActionProps) {
  const click = (e: MouseEvent) => {
    e.stopPropagation();
    onClick();
  };
  return (
    <button ref={ref} type="button" className="secondary" data-action={action} aria-label={label} onClick={click}>
      {text}
    </button>
  );
}

/**
 * One text field. The click handler sits on the row so a click anywhere in it shows the field on the page;
 * the main button makes the row reachable and operable by keyboard (Enter/Space click it, and the click
 * bubbles here). The row's own actions (edit, undo) stop propagation.
 * Label and help come from the page: they are rendered as text, never as HTML.
 */
export const FieldRow = memo(function FieldRow(props: FieldRowProps) {
  const { field, lang, onFocus, onEdit, onRewrite, onUndo, onRestore, onHistory, onSaveSnippet, suggestions, undoable, savedAt, offer, returnFocus, onReturned } = props;
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!returnFocus) return;
    edit.current?.focus();
    onReturned();
  }, [returnFocus, onReturned]);
  const name = field.label || field.key;
  return (
    <li className="field" {...rowAttributes(field)} onClick={() => onFocus(field.key)}>
      <button type="button" className="field-main" title={t(lang, 'action.focus')}>
        <span className="field-label">{name}</span>
        {field.help && <span className="field-help">{field.help}</span>}
        <span className="field-section">
          {sectionsText(lang, field)}
          {/* On the section's line: a save that arrives later must not push the rows below (or the buttons). */}
          {savedAt !== undefined && (
            <span className="field-saved" data-saved-at={savedAt}> · {t(lang, 'saved.at', { time: savedTime(lang, savedAt) })}</span>
          )}
        </span>
        <Meter field={field} lang={lang} />
      </button>
      <span className="field-actions">
        <RowAction ref={edit} action="edit" text={t(lang, 'action.edit')} label={t(lang, 'action.editField', { field: name })} onClick={() => onEdit(field.key)} />
        <RowAction action="rewrite" text={t(lang, 'action.rewrite')} label={t(lang, 'action.rewriteField', { field: name })} onClick={() => onRewrite(field.key)} />
        {undoable && (
          <RowAction action="undo" text={t(lang, 'action.undo')} label={t(lang, 'action.undoField', { field: name })} onClick={() => onUndo(field.key)} />
        )}
        {offer && (
          <RowAction action="restore" text={t(lang, 'action.restore')} label={t(lang, 'action.restoreField', { field: name })} onClick={() => onRestore(field.key)} />
        )}
        <RowAction action="history" text={t(lang, 'action.history')} label={t(lang, 'action.historyField', { field: name })} onClick={() => onHistory(field.key)} />
        {suggestions > 0 && (
          <RowAction action="suggestions" text={t(lang, 'action.suggestions', { n: suggestions })} label={t(lang, 'library.suggestions')} onClick={() => onEdit(field.key)} />
        )}
        {field.counts.words > 0 && (
          <RowAction action="save-snippet" text={t(lang, 'action.saveSnippet')} label={t(lang, 'action.saveSnippetField', { field: name })} onClick={() => onSaveSnippet(field.key)} />
        )}
      </span>
    </li>
  );
});

/** A fact (select, radio, date, upload): its value, no meter. */
export const FactRow = memo(function FactRow({ field, lang, onFocus }: RowProps) {
  return (
    <li className="fact" {...rowAttributes(field)} onClick={() => onFocus(field.key)}>
      <button type="button" className="fact-main" title={t(lang, 'action.focus')}>
        <span className="fact-label">{field.label || field.key}</span>
        <span className="fact-value">{field.value || t(lang, 'fact.noValue')}</span>
        <span className="field-section">{sectionsText(lang, field)}</span>
      </button>
    </li>
  );
});
