import { languageName, t, UI_LANGUAGES } from '@/utils/i18n';
import type { Language } from '@/utils/storage';

interface LanguageSelectProps {
  lang: Language;
  onChange(lang: Language): void;
}

const isLanguage = (value: string): value is Language => (UI_LANGUAGES as readonly string[]).includes(value);

export function LanguageSelect({ lang, onChange }: LanguageSelectProps) {
  return (
    <label className="language">
      <span className="visually-hidden">{t(lang, 'settings.language')}</span>
      <select
        data-setting="language"
        value={lang}
        onChange={(e) => {
          if (isLanguage(e.currentTarget.value)) onChange(e.currentTarget.value);
        }}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {languageName(l, l)}
          </option>
        ))}
      </select>
    </label>
  );
}
