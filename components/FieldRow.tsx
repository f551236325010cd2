import { memo } from 'react';
import { sectionName, t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import { rowAttributes } from '@/utils/panel/format';
import type { Language } from '@/utils/storage';
import { Meter } from './Meter';

export interface RowProps {
  field: FieldView;
  lang: Language;
  onFocus(key: string): void;
}

function sections(lang: Language, field: FieldView): string {
  const first = sectionName(lang, field.section);
  return field.section2 ? `${first} + ${sectionName(lang, field.section2)}` : first;
}

/**
 * One text field. The click handler sits on the row so a click anywhere in it shows the field on the page;
 * the button inside makes the row reachable and operable by keyboard (Enter/Space click it, and the click
 * bubbles here). Per-field actions added later go beside the button and stop propagation.
 * Label and help come from the page: they are rendered as text, never as HTML.
 */
export const FieldRow = memo(function FieldRow({ field, lang, onFocus }: RowProps) {
  return (
    <li className="field" {...rowAttributes(field)} onClick={() => onFocus(field.key)}>
      <button type="button" className="field-main" title={t(lang, 'action.focus')}>
        <span className="field-label">{field.label || field.key}</span>
        {field.help && <span className="field-help">{field.help}</span>}
        <span className="field-section">{sections(lang, field)}</span>
        <Meter field={field} lang={lang} />
      </button>
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
        <span className="field-section">{sections(lang, field)}</span>
      </button>
    </li>
  );
});
