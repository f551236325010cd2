import { t, type MessageKey, type Params } from '@/utils/i18n';
import type { PageInfo } from '@/utils/panel/fields';
import type { Language } from '@/utils/storage';

interface NoticesProps {
  page: PageInfo | null;
  notice: { key: MessageKey; params?: Params; ok?: boolean } | null;
  lang: Language;
  onDismiss(): void;
}

/** What the user should know about the list itself: cut short, frames skipped, an action that failed. */
export function Notices({ page, notice, lang, onDismiss }: NoticesProps) {
  const truncated = page?.truncated;
  const skipped = page?.skippedFrames ?? 0;
  if (!truncated && skipped === 0 && !notice) return null;
  return (
    <div className="notices">
      {truncated && (
        <p className="notice" data-notice="truncated">
          {t(lang, 'notice.truncated', { shown: truncated.shown, total: truncated.total })}
        </p>
      )}
      {skipped > 0 && (
        <p className="notice" data-notice="skipped-frames">
          {t(lang, 'notice.skippedFrames', { n: skipped })}
        </p>
      )}
      {notice && (
        <p
          className={`notice ${notice.ok ? 'notice-ok' : 'notice-alert'}`}
          role={notice.ok ? 'status' : 'alert'}
          data-notice={notice.key}
        >
          <span>{t(lang, notice.key, notice.params)}</span>
          <button type="button" className="notice-close" onClick={onDismiss} aria-label={t(lang, 'action.dismiss')}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
