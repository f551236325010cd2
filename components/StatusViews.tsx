import { useState } from 'react';
import { t } from '@/utils/i18n';
import { hostOf } from '@/utils/panel/format';
import type { SiteStatus } from '@/utils/panel/store';
import type { Language } from '@/utils/storage';

interface MessageProps {
  lang: Language;
}

export function Connecting({ lang }: MessageProps) {
  return (
    <p className="status" role="status">
      {t(lang, 'status.connecting')}
    </p>
  );
}

export function NoForm({ lang, unsupported }: MessageProps & { unsupported: boolean }) {
  return <p className="status">{t(lang, unsupported ? 'status.unsupported' : 'status.noForm')}</p>;
}

export function Failed({ lang, onRetry }: MessageProps & { onRetry(): void }) {
  return (
    <div className="status">
      <p>{t(lang, 'status.error')}</p>
      <button type="button" className="primary" data-action="retry" onClick={onRetry}>
        {t(lang, 'action.retry')}
      </button>
    </div>
  );
}

interface InactiveProps extends MessageProps {
  site: SiteStatus | null;
  activating: boolean;
  onActivate(remember: boolean): void;
}

/** Jendela is not running on this site: switch it on for this page, and optionally for the site from now on. */
export function Inactive({ lang, site, activating, onActivate }: InactiveProps) {
  const [remember, setRemember] = useState(false);
  const host = site?.origin ? hostOf(site.origin) : null;
  return (
    <div className="status">
      <p>{host ? t(lang, 'status.inactiveSite', { site: host }) : t(lang, 'status.inactive')}</p>
      {host && (
        <label className="remember">
          <input type="checkbox" name="remember" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
          {t(lang, 'action.remember')}
        </label>
      )}
      <button
        type="button"
        className="primary"
        data-action="activate"
        disabled={activating}
        onClick={() => onActivate(!!host && remember)}
      >
        {t(lang, activating ? 'action.activating' : 'action.activate')}
      </button>
    </div>
  );
}
