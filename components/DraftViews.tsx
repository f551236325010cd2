/**
 * Local drafts in the panel: the banner that offers saved text back after a reload (or a crash, or an expired
 * portal session), a field's history with a diff against the page, the export and delete tools, and the
 * drafts settings. Views of `saved` / `history` plus actions; saved text is rendered as text.
 */
import { useState } from 'react';
import { t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import { KEEP_DAYS, sameText, type HistoryView, type SavedState } from '@/utils/panel/saved';
import type { PanelActions } from '@/utils/panel/store';
import type { Language } from '@/utils/storage';
import { DiffView } from './DiffView';

/** "14.05" today, "3 Des 14.05" on another day, in the panel's language. */
export function savedTime(lang: Language, at: number, now = Date.now()): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const opts: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, opts).format(at);
}

interface BannerProps {
  saved: SavedState;
  lang: Language;
  actions: Pick<PanelActions, 'restoreAll' | 'dismissRestore'>;
}

export function RestoreBanner({ saved, lang, actions }: BannerProps) {
  const offers = Object.values(saved.offers);
  if (!offers.length && !saved.damaged) return null;
  const newest = Math.max(...offers.map((o) => o.savedAt));
  return (
    <section className="restore-banner" role="status" data-role="restore-banner">
      {offers.length > 0 && (
        <>
          <p>
            {t(lang, 'saved.offer', { n: String(offers.length) })} ({savedTime(lang, newest)})
          </p>
          <span className="actions">
            <button type="button" data-action="restore" data-scope="all" disabled={saved.restoring} onClick={() => void actions.restoreAll()}>
              {t(lang, saved.restoring ? 'action.restoring' : 'action.restoreAll')}
            </button>
            <button type="button" className="secondary" data-action="dismiss-restore" onClick={actions.dismissRestore}>
              {t(lang, 'action.dismissRestore')}
            </button>
          </span>
        </>
      )}
      {saved.damaged > 0 && <p className="muted">{t(lang, 'saved.damaged', { n: String(saved.damaged) })}</p>}
    </section>
  );
}

interface HistoryProps {
  history: HistoryView;
  field: FieldView | undefined;
  lang: Language;
  actions: Pick<PanelActions, 'selectVersion' | 'restore' | 'closeHistory'>;
}

export function HistoryPanel({ history: h, field, lang, actions }: HistoryProps) {
  const name = field?.label || h.key;
  const chosen = h.entries.find((e) => e.id === h.selected) ?? null;
  return (
    <section className="history" data-role="history" data-field-key={h.key} aria-label={t(lang, 'history.title', { field: name })}>
      <button type="button" className="secondary" data-action="close-history" onClick={actions.closeHistory}>
        {t(lang, 'action.back')}
      </button>
      <h2>{t(lang, 'history.title', { field: name })}</h2>
      {h.status === 'loading' && <p>{t(lang, 'history.loading')}</p>}
      {h.status === 'failed' && <p role="alert">{t(lang, 'history.failed')}</p>}
      {h.status === 'ready' && h.entries.length === 0 && <p>{t(lang, 'history.empty')}</p>}
      {h.entries.length > 0 && (
        <ol className="versions">
          {h.entries.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={e.id === h.selected ? 'version selected' : 'version'}
                aria-pressed={e.id === h.selected}
                data-version-id={e.id}
                onClick={() => actions.selectVersion(e.id)}
              >
                <span>{savedTime(lang, e.savedAt)}</span> · <span>{t(lang, `reason.${e.reason}`)}</span> ·{' '}
                <span>{t(lang, 'history.words', { n: String(e.words) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {chosen && (
        <>
          {sameText(chosen.text, h.pageText) ? (
            <p>{t(lang, 'history.same')}</p>
          ) : (
            <DiffView base={h.pageText} text={chosen.text} partial={false} label={t(lang, 'history.diffLabel')} />
          )}
          <button type="button" data-action="restore" disabled={sameText(chosen.text, h.pageText)} onClick={() => void actions.restore(h.key, chosen.id)}>
            {t(lang, 'action.restoreVersion')}
          </button>
        </>
      )}
      {h.outcome === 'restored' && <p role="status">{t(lang, 'history.restored')}</p>}
      {h.outcome === 'failed' && <p role="alert">{t(lang, 'notice.restoreFailed')}</p>}
    </section>
  );
}

type ToolActions = Pick<PanelActions, 'exportProposal' | 'deleteDrafts' | 'saveProposal' | 'openFill' | 'openLibrary' | 'checkRubric'>;

export function DraftTools({ lang, actions }: { lang: Language; actions: ToolActions }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="draft-tools" aria-label={t(lang, 'drafts.title')}>
      <button type="button" data-action="check-rubric" onClick={() => void actions.checkRubric()}>
        {t(lang, 'action.checkRubric')}
      </button>
      <button type="button" className="secondary" data-action="save-proposal" onClick={() => void actions.saveProposal()}>
        {t(lang, 'action.saveProposal')}
      </button>
      <button type="button" className="secondary" data-action="fill-from-proposal" onClick={() => void actions.openFill()}>
        {t(lang, 'action.fillFromProposal')}
      </button>
      <button type="button" className="secondary" data-action="library" onClick={actions.openLibrary}>
        {t(lang, 'action.library')}
      </button>
      <button type="button" className="secondary" data-action="export-docx" onClick={() => void actions.exportProposal('docx')}>
        {t(lang, 'action.exportDocx')}
      </button>
      <button type="button" className="secondary" data-action="export-md" onClick={() => void actions.exportProposal('md')}>
        {t(lang, 'action.exportMd')}
      </button>
      {confirming ? (
        <button type="button" className="danger" data-action="delete-drafts" onClick={() => { setConfirming(false); void actions.deleteDrafts(); }}>
          {t(lang, 'action.deleteDraftsConfirm')}
        </button>
      ) : (
        <button type="button" className="secondary" data-action="delete-drafts-ask" onClick={() => setConfirming(true)}>
          {t(lang, 'action.deleteDrafts')}
        </button>
      )}
    </section>
  );
}

export function DraftSettingsForm({ saved, lang, actions }: { saved: SavedState; lang: Language; actions: Pick<PanelActions, 'saveDraftSettings'> }) {
  const { autosave, keepDays } = saved.settings;
  return (
    <fieldset className="draft-settings">
      <legend>{t(lang, 'drafts.title')}</legend>
      <label>
        <input type="checkbox" data-setting="autosave" checked={autosave} onChange={(e) => void actions.saveDraftSettings({ autosave: e.target.checked })} />{' '}
        {t(lang, 'drafts.autosave')}
      </label>
      <label>
        {t(lang, 'drafts.keepDays')}{' '}
        <select data-setting="keepDays" value={keepDays} onChange={(e) => void actions.saveDraftSettings({ keepDays: Number(e.target.value) })}>
          {KEEP_DAYS.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? t(lang, 'drafts.forever') : t(lang, 'drafts.days', { n: String(n) })}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t(lang, 'drafts.privacy')}</p>
    </fieldset>
  );
}
