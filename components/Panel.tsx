import { useCallback, useEffect, useState } from 'react';
import { t } from '@/utils/i18n';
import { getProfile } from '@/utils/profiles';
import { summarize } from '@/utils/panel/fields';
import { criterionOf } from '@/utils/panel/rewrite';
import { profileName as registryName } from '@/utils/panel/format';
import type { PanelActions, PanelData } from '@/utils/panel/store';
import { DraftTools, HistoryPanel, RestoreBanner } from './DraftViews';
import { EditorView } from './EditorView';
import { FillView, LibraryView } from './LibraryViews';
import { RubricView } from './RubricView';
import { FieldList } from './FieldList';
import { Header } from './Header';
import { LanguageSelect } from './LanguageSelect';
import { Notices } from './Notices';
import { SettingsView } from './SettingsView';
import { Connecting, Failed, Inactive, NoForm } from './StatusViews';
import './panel.css';

export interface PanelProps {
  data: PanelData;
  actions: PanelActions;
  /** Display name of a profile id (defaults to the profile registry). */
  profileName?: (id: string) => string;
}

/** The whole side panel: a view of the store's data plus its actions. `data-status` lets tests wait for a state. */
export function Panel({ data, actions, profileName = registryName }: PanelProps) {
  const lang = data.language;
  return (
    <main className="panel" data-status={data.status} data-library={data.library.status} data-indexed={data.library.indexed} data-snippets={data.library.snippets.length} lang={lang}>
      <div className="topbar">
        <h1 className="app-title">{t(lang, 'app.title')}</h1>
        <span className="topbar-tools">
          <button
            type="button"
            className="secondary"
            data-action="settings"
            aria-pressed={data.view === 'settings'}
            onClick={data.view === 'settings' ? actions.closeSettings : actions.openSettings}
          >
            {t(lang, 'action.settings')}
          </button>
          <LanguageSelect lang={lang} onChange={(l) => void actions.setLanguage(l)} />
        </span>
      </div>
      {data.status === 'form' && data.page && data.view === 'main' && (
        <Header
          page={data.page}
          summary={summarize(data.order, data.fields)}
          lang={lang}
          profileName={profileName}
          onProfile={actions.setProfile}
        />
      )}
      <Notices
        page={data.status === 'form' ? data.page : null}
        notice={data.notice}
        lang={lang}
        onDismiss={actions.dismissNotice}
      />
      <Body data={data} actions={actions} />
    </main>
  );
}

/** Snippets per section, for the rows' "N saran" (recomputed only when the library changes). */
const counted = new WeakMap<readonly { section: string }[], Record<string, number>>();
function countBySection(snippets: readonly { section: string }[]): Record<string, number> {
  let out = counted.get(snippets);
  if (!out) {
    out = {};
    for (const s of snippets) out[s.section] = (out[s.section] ?? 0) + 1;
    counted.set(snippets, out);
  }
  return out;
}

function Body({ data, actions }: PanelProps) {
  const lang = data.language;
  const editingKey = data.editing?.key ?? null;
  // Coming back from the editor, keyboard focus returns to the edit button of the field it was open on.
  const [returnKey, setReturnKey] = useState<string | null>(null);
  useEffect(() => {
    if (editingKey !== null) setReturnKey(editingKey);
  }, [editingKey]);
  const onReturned = useCallback(() => setReturnKey(null), []);
  const { edit } = actions;
  const onRewrite = useCallback((key: string) => void edit(key, true), [edit]);
  const { openHistory } = actions;
  const onHistory = useCallback((key: string) => void openHistory(key), [openHistory]);
  const { saveSnippet } = actions;
  const onSaveSnippet = useCallback((key: string) => void saveSnippet(key), [saveSnippet]);
  if (data.view === 'settings') return <SettingsView ai={data.ai} saved={data.saved} lang={lang} actions={actions} />;
  if (data.view === 'library' && data.library.fill) {
    return <FillView library={data.library} fields={data.fields} lang={lang} actions={actions} />;
  }
  if (data.view === 'library') return <LibraryView library={data.library} lang={lang} actions={actions} />;
  if (data.view === 'rubric') return <RubricView report={data.rubric} review={data.review} ticks={data.ticks} fields={data.fields} lang={lang} actions={actions} />;
  switch (data.status) {
    case 'connecting':
      return <Connecting lang={lang} />;
    case 'no-form':
      return <NoForm lang={lang} unsupported={data.unsupported} />;
    case 'inactive':
      return (
        <Inactive
          lang={lang}
          site={data.site}
          activating={data.activating}
          onActivate={(remember) => void actions.activate(remember)}
        />
      );
    case 'error':
      return <Failed lang={lang} onRetry={actions.retry} />;
    case 'form':
      if (data.editing) {
        const key = data.editing.key;
        return (
          <EditorView
            editing={data.editing}
            field={data.fields[key]}
            undoable={data.lastWrite[key]?.undoable === true}
            ai={data.ai}
            rewrite={data.rewrite?.key === key ? data.rewrite : null}
            criterion={criterionOf(getProfile(data.page?.profileId), (data.fields[key] ?? data.editing.field).section)}
            library={data.library}
            lang={lang}
            actions={actions}
          />
        );
      }
      if (data.history) {
        return <HistoryPanel history={data.history} field={data.fields[data.history.key]} lang={lang} actions={actions} />;
      }
      return (
        <>
        <FieldList
          order={data.order}
          fields={data.fields}
          lang={lang}
          lastWrite={data.lastWrite}
          returnKey={returnKey}
          onReturned={onReturned}
          onFocus={actions.focus}
          onEdit={actions.edit}
          onRewrite={onRewrite}
          onUndo={actions.undo}
          savedAt={data.saved.at}
          offers={data.saved.offers}
          onRestore={onHistory}
          onHistory={onHistory}
          onSaveSnippet={onSaveSnippet}
          snippetsBySection={countBySection(data.library.snippets)}
        />
        <DraftTools lang={lang} actions={actions} />
        <RestoreBanner saved={data.saved} lang={lang} actions={actions} />
        </>
      );
  }
}
