import { memo, useEffect, useRef, type MouseEvent } from 'react';
import { t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import { rowAttributes, sectionsText } from '@/utils/panel/format';
import type { Language } from '@/utils/storage';
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
  /** The last write from Jendela into this field can be undone. */
  undoable: boolean;
  /** Put keyboard focus on the row's edit button when it appears (coming back from the editor). */
  returnFocus: boolean;
  onReturned(): void;
}

/** A button inside the row that must not also show the field on the page (the row's own click). */
const own = (fn: () => void) => (e: MouseEvent) => {
  e.stopPropagation();
  fn();
};

/**
 * One text field. The click handler sits on the row so a click anywhere in it shows the field on the page;
 * the main button makes the row reachable and operable by keyboard (Enter/Space click it, and the click
 * bubbles here). The row's own actions (edit, undo) stop propagation.
 * Label and help come from the page: they are rendered as text, never as HTML.
 */
export const FieldRow = memo(function FieldRow(props: FieldRowProps) {
  const { field, lang, onFocus, onEdit, onRewrite, onUndo, undoable, returnFocus, onReturned } = props;
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
        <span className="field-section">{sectionsText(lang, field)}</span>
        <Meter field={field} lang={lang} />
      </button>
      <span className="field-actions">
        <button
          ref={edit}
          type="button"
          className="secondary"
          data-action="edit"
          aria-label={t(lang, 'action.editField', { field: name })}
          onClick={own(() => onEdit(field.key))}
        >
          {t(lang, 'action.edit')}
        </button>
        <button
          type="button"
          className="secondary"
          data-action="rewrite"
          aria-label={t(lang, 'action.rewriteField', { field: name })}
          onClick={own(() => onRewrite(field.key))}
        >
          {t(lang, 'action.rewrite')}
        </button>
        {undoable && (
          <button
            type="button"
            className="secondary"
            data-action="undo"
            aria-label={t(lang, 'action.undoField', { field: name })}
            onClick={own(() => onUndo(field.key))}
          >
            {t(lang, 'action.undo')}
          </button>
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
