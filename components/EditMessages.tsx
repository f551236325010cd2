import { t } from '@/utils/i18n';
import { outcomeMessage, type Editing } from '@/utils/panel/editor';
import type { Language } from '@/utils/storage';

interface EditMessagesProps {
  editing: Editing;
  /** The field is not in the page's current list. */
  gone: boolean;
  lang: Language;
  onUsePageText(): void;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the editor says about the draft and the last read, write, undo or copy. Texts only; no actions but one. */
export function EditMessages({ editing, gone, lang, onUsePageText }: EditMessagesProps) {
  const { status, outcome, copied, restored } = editing;
  const busy = status === 'loading' || status === 'applying';
  const readOk = !(outcome?.op === 'read' && !outcome.ok);
  const differs = !busy && readOk && squash(editing.draft) !== squash(editing.original);
  const message = outcome && outcomeMessage(outcome);
  return (
    <>
      {busy && (
        <p className="edit-progress" role="status" data-role="edit-progress">
          {t(lang, status === 'loading' ? 'edit.loading' : 'edit.applying')}
        </p>
      )}
      {gone && !busy && <p className="edit-note" data-role="not-on-page">{t(lang, 'edit.notOnPage')}</p>}
      {message && outcome && (
        <p
          className={`edit-message ${outcome.ok ? 'edit-ok' : 'edit-failed'}`}
          role={outcome.ok ? 'status' : 'alert'}
          data-role="edit-message"
          data-outcome={message.code}
          data-error={outcome.error}
          data-copied={outcome.copied === undefined ? undefined : String(outcome.copied)}
          data-path={outcome.ok ? editing.result?.path : undefined}
        >
          {t(lang, message.key)}
        </p>
      )}
      {copied !== undefined && (
        <p className="edit-note" role="status" data-role="copy-message" data-copied={String(copied)}>
          {t(lang, copied ? 'edit.copied' : 'edit.copyFailed')}
        </p>
      )}
      {(restored || differs) && (
        <p className="edit-note">
          {restored && <span>{t(lang, 'edit.restored')} </span>}
          {differs && (
            <button type="button" className="link" data-action="use-page-text" onClick={onUsePageText}>
              {t(lang, 'action.usePageText')}
            </button>
          )}
        </p>
      )}
    </>
  );
}
