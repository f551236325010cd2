import { t } from '@/utils/i18n';
import { profileOptions, type PageInfo, type Summary } from '@/utils/panel/fields';
import type { Language } from '@/utils/storage';

interface HeaderProps {
  page: PageInfo;
  summary: Summary;
  lang: Language;
  profileName(id: string): string;
  onProfile(profileId: string | null): void;
}

/** Empty value in the picker: hand the choice back to detection. */
const AUTO = '';

/** The matched competition profile (with a picker) and how far the form is: filled, over, under. */
export function Header({ page, summary, lang, profileName, onProfile }: HeaderProps) {
  const options = profileOptions(page, profileName);
  return (
    <header
      className="header"
      data-profile={page.profileId}
      data-filled={summary.filled}
      data-total={summary.total}
      data-over={summary.over}
      data-under={summary.under}
    >
      <label className="header-profile">
        <span className="header-caption">{t(lang, 'header.profile')}</span>
        <select
          data-setting="profile"
          value={page.profileId}
          onChange={(e) => onProfile(e.currentTarget.value === AUTO ? null : e.currentTarget.value)}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
          {page.profileChosen && <option value={AUTO}>{t(lang, 'header.profileAuto')}</option>}
        </select>
      </label>
      <p className="summary">
        <span className="summary-filled">{t(lang, 'header.filled', { filled: summary.filled, total: summary.total })}</span>
        {summary.over > 0 && (
          <span className="summary-over">
            {t(lang, 'header.over', { n: summary.over })}
          </span>
        )}
        {summary.under > 0 && (
          <span className="summary-under">
            {t(lang, 'header.under', { n: summary.under })}
          </span>
        )}
      </p>
    </header>
  );
}
