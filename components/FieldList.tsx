import { t } from '@/utils/i18n';
import type { WriteResult } from '@/utils/messages';
import { partition, type FieldView } from '@/utils/panel/fields';
import type { Language } from '@/utils/storage';
import { FactRow, FieldRow } from './FieldRow';

interface FieldListProps {
  order: string[];
  fields: Record<string, FieldView>;
  lang: Language;
  /** The last write per field: a row whose last write can be undone gets an undo button. */
  lastWrite: Record<string, WriteResult>;
  /** The row the editor was closed from: its edit button gets focus back. */
  returnKey: string | null;
  onReturned(): void;
  onFocus(key: string): void;
  onEdit(key: string): void;
  /** Opens the editor with the AI rewrite modes focused. */
  onRewrite(key: string): void;
  onUndo(key: string): void;
  /** When each field was last saved locally, and the fields whose saved text differs from the page. */
  savedAt: Record<string, number>;
  offers: Record<string, unknown>;
  onRestore(key: string): void;
  onHistory(key: string): void;
  onSaveSnippet(key: string): void;
  /** How many snippets the library has per section. */
  snippetsBySection?: Partial<Record<string, number>>;
}

/** Text fields with meters, in page order; then the facts, compactly. Rows are memoised by field object. */
export function FieldList(props: FieldListProps) {
  const { order, fields, lang, lastWrite, returnKey, onReturned, onFocus, onEdit, onRewrite, onUndo } = props;
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
              return (
                field && (
                  <FieldRow
                    key={key}
                    field={field}
                    lang={lang}
                    undoable={lastWrite[key]?.undoable === true}
                    returnFocus={key === returnKey}
                    onReturned={onReturned}
                    onFocus={onFocus}
                    onEdit={onEdit}
                    onRewrite={onRewrite}
                    onUndo={onUndo}
                    savedAt={props.savedAt[key]}
                    offer={key in props.offers}
                    onRestore={props.onRestore}
                    onHistory={props.onHistory}
                    onSaveSnippet={props.onSaveSnippet}
                    suggestions={props.snippetsBySection?.[field.section] ?? 0}
                  />
                )
              );
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
