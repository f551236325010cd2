/**
 * The library in the panel: the search box and the snippets it finds, import and export; the plan of filling
 * a form from a saved proposal; a .docx split into sections for confirmation; and, in a field's editor, the
 * snippets for its section with the words each would leave. Views of `library` plus actions; every text from
 * the store or the page is rendered as text.
 */
import { useId, useState } from 'react';
import { sectionName, t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import type { LibraryState } from '@/utils/panel/library-state';
import type { PanelActions } from '@/utils/panel/store';
import type { Language } from '@/utils/storage';
import { PROSE_SECTIONS, type SectionKey } from '@/utils/types';
import { countText } from '@/utils/text/count';
import { variableLabel } from '@/utils/library/variables';

type LibraryActions = Pick<PanelActions,
  | 'closeLibrary' | 'searchLibrary' | 'deleteSnippet' | 'undoDelete' | 'toggleFavourite' | 'editSnippet' | 'exportLibrary' | 'importLibrary'
  | 'importDocx' | 'confirmDocx' | 'cancelDocx'>;

function FileButton({ action, accept, text, onFile }: { action: string; accept: string; text: string; onFile(f: File): void }) {
  const id = useId();
  return (
    <label className="file-button" htmlFor={id}>
      {text}
      <input id={id} type="file" accept={accept} data-action={action} onChange={(e) => {
        const f = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (f) onFile(f);
      }} />
    </label>
  );
}

export function LibraryView({ library: lib, lang, actions }: { library: LibraryState; lang: Language; actions: LibraryActions }) {
  const [editing, setEditing] = useState<string | null>(null);
  const byId = new Map(lib.snippets.map((s) => [s.id, s]));
  const shown = lib.results.map((id) => byId.get(id)).filter((s) => s !== undefined);
  if (lib.review) return <DocxReview library={lib} lang={lang} actions={actions} />;
  return (
    <section className="library" data-role="library" aria-label={t(lang, 'library.title')}>
      <button type="button" className="secondary" data-action="close-library" onClick={actions.closeLibrary}>{t(lang, 'action.back')}</button>
      <h2>{t(lang, 'library.title')}</h2>
      <div className="library-search">
        <input type="search" role="searchbox" aria-label={t(lang, 'library.search')} placeholder={t(lang, 'library.search')}
          value={lib.query} onChange={(e) => actions.searchLibrary(e.currentTarget.value)} />
        <select aria-label={t(lang, 'library.allSections')} data-role="section-filter" value={lib.section}
          onChange={(e) => actions.searchLibrary(lib.query, e.currentTarget.value as SectionKey | '')}>
          <option value="">{t(lang, 'library.allSections')}</option>
          {[...PROSE_SECTIONS, 'other' as const].map((s) => <option key={s} value={s}>{sectionName(lang, s)}</option>)}
        </select>
      </div>
      {lib.damaged > 0 && <p className="muted">{t(lang, 'library.damaged', { n: String(lib.damaged) })}</p>}
      {lib.deleted && (
        <p role="status">{t(lang, 'library.deleted')}{' '}
          <button type="button" className="secondary" data-action="undo-delete" onClick={() => void actions.undoDelete()}>{t(lang, 'action.undoDelete')}</button>
        </p>
      )}
      {lib.snippets.length === 0 ? <p>{t(lang, 'library.empty')}</p> : shown.length === 0 && <p>{t(lang, 'library.noResults')}</p>}
      <ol className="snippets">
        {shown.map((s) => (
          <li key={s.id} className="snippet" data-snippet-id={s.id} data-section={s.section}>
            <strong className="snippet-title">{s.title}</strong>
            <span className="field-section">{sectionName(lang, s.section)} · {t(lang, 'library.words', { n: String(countText(s.text).words) })}
              {s.source.year ? ` · ${s.source.year}` : ''}{s.tags.length ? ` · #${s.tags.join(' #')}` : ''}</span>
            <p className="snippet-text">{s.text.slice(0, 240)}{s.text.length > 240 ? '…' : ''}</p>
            {editing === s.id && <SnippetForm snippet={s} lang={lang} onSave={(patch) => { setEditing(null); void actions.editSnippet(s.id, patch); }} onCancel={() => setEditing(null)} />}
            <span className="field-actions">
              <button type="button" className="secondary" data-action="edit-snippet" onClick={() => setEditing(s.id)}>{t(lang, 'action.edit')}</button>
              <button type="button" className="secondary" data-action="favourite" aria-pressed={s.favourite} onClick={() => void actions.toggleFavourite(s.id)}>
                {s.favourite ? '★' : '☆'} {t(lang, 'action.favourite')}
              </button>
              <button type="button" className="secondary" data-action="delete-snippet" onClick={() => void actions.deleteSnippet(s.id)}>{t(lang, 'action.delete')}</button>
            </span>
          </li>
        ))}
      </ol>
      <p className="muted">{t(lang, 'library.proposals', { n: String(lib.proposals.length) })}</p>
      <div className="draft-tools">
        <button type="button" className="secondary" data-action="export-library" onClick={actions.exportLibrary}>{t(lang, 'action.exportLibrary')}</button>
        <FileButton action="import-library" accept=".json,application/json" text={t(lang, 'action.importLibrary')} onFile={(f) => void actions.importLibrary(f)} />
        <FileButton action="import-docx" accept=".docx" text={t(lang, 'action.importDocx')} onFile={(f) => void actions.importDocx(f)} />
      </div>
    </section>
  );
}

function SnippetForm({ snippet: s, lang, onSave, onCancel }: {
  snippet: LibraryState['snippets'][number]; lang: Language;
  onSave(patch: Parameters<PanelActions['editSnippet']>[1]): void; onCancel(): void;
}) {
  const [title, setTitle] = useState(s.title);
  const [section, setSection] = useState<SectionKey>(s.section);
  const [tags, setTags] = useState(s.tags.join(', '));
  const [competition, setCompetition] = useState(s.source.competition ?? '');
  const [year, setYear] = useState(s.source.year ? String(s.source.year) : '');
  const save = () => onSave({
    title: title.trim() || s.title, section, tags: tags.split(',').map((x) => x.trim()).filter(Boolean),
    source: { ...s.source, competition: competition.trim() || undefined, year: /^\d{4}$/.test(year) ? Number(year) : undefined },
  });
  return (
    <form className="variables" data-role="snippet-form" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <label>{t(lang, 'snippet.title')} <input data-field="title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} /></label>
      <label>{t(lang, 'snippet.section')}{' '}
        <select data-field="section" value={section} onChange={(e) => setSection(e.currentTarget.value as SectionKey)}>
          {[...PROSE_SECTIONS, 'other' as const].map((x) => <option key={x} value={x}>{sectionName(lang, x)}</option>)}
        </select>
      </label>
      <label>{t(lang, 'snippet.tags')} <input data-field="tags" value={tags} onChange={(e) => setTags(e.currentTarget.value)} /></label>
      <label>{t(lang, 'snippet.competition')} <input data-field="competition" value={competition} onChange={(e) => setCompetition(e.currentTarget.value)} /></label>
      <label>{t(lang, 'snippet.year')} <input data-field="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.currentTarget.value)} /></label>
      <button type="submit" data-action="save-edit">{t(lang, 'action.saveEdit')}</button>
      <button type="button" className="secondary" onClick={onCancel}>{t(lang, 'action.cancel')}</button>
    </form>
  );
}

function DocxReview({ library: lib, lang, actions }: { library: LibraryState; lang: Language; actions: LibraryActions }) {
  const r = lib.review!;
  return (
    <section className="library" data-role="docx-review">
      <h2>{t(lang, 'library.reviewTitle', { file: r.fileName })}</h2>
      {r.title && <p><strong>{r.title}</strong></p>}
      {r.sections.length === 0 && <p role="alert">{t(lang, 'library.reviewNone')}</p>}
      <ol className="snippets">
        {r.sections.map((s, i) => (
          <li key={i} className="snippet" data-section={s.section}>
            <strong>{s.heading}</strong> → {sectionName(lang, s.section)} · {t(lang, 'library.words', { n: String(countText(s.text).words) })}
          </li>
        ))}
      </ol>
      {r.unmatched.length > 0 && <p className="muted">{t(lang, 'library.unmatched', { list: r.unmatched.join('; ') })}</p>}
      <div className="draft-tools">
        <button type="button" data-action="confirm-import" disabled={!r.sections.length} onClick={() => void actions.confirmDocx()}>{t(lang, 'action.confirmImport')}</button>
        <button type="button" className="secondary" data-action="cancel-import" onClick={actions.cancelDocx}>{t(lang, 'action.cancel')}</button>
      </div>
    </section>
  );
}

type FillActions = Pick<PanelActions, 'setFillProposal' | 'setFillOverwrite' | 'toggleFillItem' | 'runFill' | 'closeFill' | 'edit' | 'rewrite'>;

export function FillView({ library: lib, fields, lang, actions }: { library: LibraryState; fields: Record<string, FieldView>; lang: Language; actions: FillActions }) {
  const fill = lib.fill!;
  const tighten = async (key: string) => {
    await actions.edit(key, true);
    await actions.rewrite('ringkas');
  };
  return (
    <section className="fill" data-role="fill-plan" aria-label={t(lang, 'fill.title')}>
      <button type="button" className="secondary" data-action="close-fill" onClick={actions.closeFill}>{t(lang, 'action.back')}</button>
      <h2>{t(lang, 'fill.title')}</h2>
      {lib.proposals.length === 0 ? <p>{t(lang, 'fill.none')}</p> : (
        <>
          <select data-role="fill-proposal" value={fill.proposalId ?? ''} onChange={(e) => actions.setFillProposal(e.currentTarget.value)}>
            {lib.proposals.map((p) => <option key={p.id} value={p.id}>{p.title} ({p.year})</option>)}
          </select>
          <label><input type="checkbox" data-role="fill-overwrite" checked={fill.overwrite} onChange={(e) => actions.setFillOverwrite(e.currentTarget.checked)} /> {t(lang, 'fill.overwrite')}</label>
          {fill.items.length === 0 && fill.facts.length === 0 && <p>{t(lang, 'fill.empty')}</p>}
          <ol className="fields">
            {fill.items.map((i) => {
              const f = fields[i.key];
              const max = f?.limits.maxWords?.value;
              return (
                <li key={i.key} className="plan-item" data-plan-key={i.key} data-words={i.words} data-state={i.state}>
                  <label>
                    <input type="checkbox" checked={i.include} onChange={() => actions.toggleFillItem(i.key)} />{' '}
                    <strong>{i.label || i.key}</strong>
                  </label>
                  <span className="field-section">{t(lang, 'fill.from', { from: i.from.join(' + ') })}</span>
                  <span className={`meter-text state-${i.state}`}>{i.words}{max ? ` / ${max}` : ''} {t(lang, 'library.words', { n: '' }).trim()}</span>
                  {i.combined && <span className="muted">{t(lang, 'fill.combined')}</span>}
                  {i.current > 0 && <span className="muted">{t(lang, 'fill.hasText', { n: String(i.current) })}</span>}
                  {fill.status === 'done' && i.state === 'over' && fill.written?.includes(i.key) && (
                    <button type="button" className="secondary" data-action="rewrite" data-mode="ringkas" onClick={() => void tighten(i.key)}>{t(lang, 'fill.tighten')}</button>
                  )}
                </li>
              );
            })}
          </ol>
          {fill.facts.length > 0 && (
            <ul className="facts">
              {fill.facts.map((f) => (
                <li key={f.key} className="plan-item" data-plan-key={f.key} data-fact="true">
                  <label>
                    <input type="checkbox" checked={f.include} onChange={() => actions.toggleFillItem(f.key)} />{' '}
                    <strong>{f.label || f.key}</strong>: {f.value}
                  </label>
                </li>
              ))}
            </ul>
          )}
          <button type="button" data-action="fill" disabled={fill.status === 'filling' || ![...fill.items, ...fill.facts].some((i) => i.include)} onClick={() => void actions.runFill()}>{t(lang, 'action.fill')}</button>
          {fill.missing?.map((m) => (
            <p key={m.key} className="notice notice-alert" data-missing={m.key}>
              {t(lang, 'fill.noOption', { field: fields[m.key]?.label ?? m.key, value: m.value, options: m.options.join(', ') || '—' })}
            </p>
          ))}
          {fill.status === 'done' && <p role="status">{t(lang, 'fill.done', { n: String(fill.written?.length ?? 0) })}</p>}
          {fill.failed?.length ? <p role="alert">{t(lang, 'fill.failed', { list: fill.failed.map((k) => fields[k]?.label ?? k).join(', ') })}</p> : null}
        </>
      )}
    </section>
  );
}

type SuggestActions = Pick<PanelActions, 'insertSnippet' | 'answerVariables' | 'cancelInsert'>;

/** In a field's editor: the snippets of its section first, each with the words the field would hold after. */
export function Suggestions({ library: lib, field, draftWords, lang, actions }: { library: LibraryState; field: FieldView; draftWords: number; lang: Language; actions: SuggestActions }) {
  const list = [...lib.snippets].sort((a, b) => Number(b.section === field.section) - Number(a.section === field.section)
    || Number(b.favourite) - Number(a.favourite) || b.updatedAt - a.updatedAt).slice(0, 8);
  const insert = lib.insert?.key === field.key ? lib.insert : null;
  if (!list.length) return null;
  const max = field.limits.maxWords?.value;
  return (
    <section className="suggestions" data-role="suggestions" aria-label={t(lang, 'library.suggestions')}>
      <h3 className="ai-title">{t(lang, 'library.suggestions')}</h3>
      {insert && <VariablesForm key={insert.snippetId} insert={insert} lang={lang} actions={actions} />}
      <ol className="snippets">
        {list.map((s) => {
          const words = countText(s.text).words;
          const at = draftWords + words;
          const over = (n: number) => (max !== undefined && n > max ? ' over' : '');
          return (
            <li key={s.id} className="snippet" data-snippet-id={s.id} data-section={s.section}>
              <strong>{s.title}</strong> <span className="field-section">{sectionName(lang, s.section)}</span>
              <p className="snippet-text">{s.text.slice(0, 160)}{s.text.length > 160 ? '…' : ''}</p>
              <span className="field-actions">
                <button type="button" className="secondary" data-action="insert-snippet" data-mode="replace" data-words={words} onClick={() => void actions.insertSnippet(field.key, s.id, 'replace')}>
                  {t(lang, 'action.insert')} <span className={`meter-text${over(words)}`}>({t(lang, 'library.resultWords', { n: String(words) })}{max ? ` / ${max}` : ''})</span>
                </button>
                <button type="button" className="secondary" data-action="insert-snippet" data-mode="insert" data-words={at} onClick={() => void actions.insertSnippet(field.key, s.id, 'insert')}>
                  {t(lang, 'action.insertAtCaret')} <span className={`meter-text${over(at)}`}>({t(lang, 'library.resultWords', { n: String(at) })}{max ? ` / ${max}` : ''})</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function VariablesForm({ insert, lang, actions }: { insert: NonNullable<LibraryState['insert']>; lang: Language; actions: SuggestActions }) {
  const [answers, setAnswers] = useState(insert.answers);
  return (
    <form className="variables" data-role="variables" onSubmit={(e) => { e.preventDefault(); void actions.answerVariables(answers); }}>
      <p><strong>{t(lang, 'library.variables')}</strong></p>
      {insert.variables.map((v) => (
        <label key={v}>{variableLabel(v)}{' '}
          <input data-variable={v} value={answers[v] ?? ''} required onChange={(e) => setAnswers({ ...answers, [v]: e.currentTarget.value })} />
        </label>
      ))}
      <button type="submit" data-action="insert-snippet" data-mode={insert.mode}>{t(lang, 'action.insert')}</button>
      <button type="button" className="secondary" onClick={actions.cancelInsert}>{t(lang, 'action.cancel')}</button>
    </form>
  );
}
