import { t } from '@/utils/i18n';
import { partition, type FieldView } from '@/utils/panel/fields';
import type { Language } from '@/utils/storage';
import { FactRow, FieldRow } from './FieldRow';

interface FieldListProps {
  order: string[];
  fields: Record<string, FieldView>;
  lang: Language;
  onFocus(key: string): void;
}

/** Text fields with meters, in page order; then the facts, compactly. Rows are memoised by field object. */
export function FieldList({ order, fields, lang, onFocus }: FieldListProps) {
  const { text, facts } = partition(order, fields);
  return (
    <>
      <section className="list" aria-label={t(lang, 'list.fields')}>
        <h2 className="list-title">{t(lang, 'list.fields')}</h2>
        {text.length === 0 ? (
          <p className="list-empty">{t(lang, 'list.empty')}</p>
        ) : (
          <ol className="fields">
            {text.map((key) => {
              const field = fields[key];
              return field && <FieldRow key={key} field={field} lang={lang} onFocus={onFocus} />;
            })}
          </ol>
        )}
      </section>
      {facts.length > 0 && (
        <section className="list" aria-label={t(lang, 'list.facts')}>
          <h2 className="list-title">{t(lang, 'list.facts')}</h2>
          <ul className="facts">
            {facts.map((key) => {
              const field = fields[key];
              return field && <FactRow key={key} field={field} lang={lang} onFocus={onFocus} />;
            })}
          </ul>
        </section>
      )}
    </>
  );
}
