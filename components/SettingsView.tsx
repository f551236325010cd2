import { useId, useState, type FormEvent } from 'react';
import { languageName, t, UI_LANGUAGES } from '@/utils/i18n';
import { maskKey, validBaseUrl, type AiState } from '@/utils/panel/rewrite';
import type { PanelActions } from '@/utils/panel/store';
import type { Language } from '@/utils/storage';
import type { SavedState } from '@/utils/panel/saved';
import { DraftSettingsForm } from './DraftViews';
import { ContextToggle } from './RewriteBar';
import { ErrorMessage, SessionUsage } from './RewriteResult';

interface SettingsViewProps {
  ai: AiState;
  saved: SavedState;
  lang: Language;
  actions: Pick<PanelActions, 'saveAi' | 'checkAi' | 'closeSettings' | 'saveDraftSettings'>;
}

// The output languages are the languages the panel speaks (Indonesian, English).
const isLanguage = (v: string): v is Language => (UI_LANGUAGES as readonly string[]).includes(v);

/**
 * The AI settings: key (never shown again once saved, only masked), base URL (Anthropic's or a gateway),
 * model (from the API's list once the key is checked), output language, context — and a plain statement of
 * what is sent, to whom and when. Saving a key or base URL checks it at once with the models list.
 */
export function SettingsView({ ai, saved, lang, actions }: SettingsViewProps) {
  const { settings, check } = ai;
  const [key, setKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl);
  const [urlError, setUrlError] = useState(false);
  const ids = { key: useId(), url: useId(), model: useId(), out: useId() };
  const host = hostOf(settings.baseUrl);
  const models = check.status === 'ok' && check.models.length ? check.models : [settings.model];
  if (!models.includes(settings.model)) models.unshift(settings.model);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const url = baseUrl.trim();
    if (!validBaseUrl(url)) return setUrlError(true);
    setUrlError(false);
    const patch = key.trim() ? { apiKey: key.trim(), baseUrl: url } : { baseUrl: url };
    setKey('');
    void actions.saveAi(patch);
  };

  return (
    <section className="settings" data-role="settings" aria-labelledby={ids.key + '-title'}>
      <button type="button" className="editor-close" data-action="close-settings" onClick={actions.closeSettings}>
        <span aria-hidden="true">← </span>
        {t(lang, 'action.back')}
      </button>
      <h2 className="editor-question" id={ids.key + '-title'}>{t(lang, 'settings.title')}</h2>
      <form className="settings-form" noValidate onSubmit={save}>
        <label htmlFor={ids.key}>{t(lang, 'settings.apiKey')}</label>
        <input
          id={ids.key}
          type="password"
          data-setting="apiKey"
          autoComplete="off"
          spellCheck={false}
          placeholder={settings.apiKey ? maskKey(settings.apiKey) : 'sk-ant-…'}
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
        />
        <p className="edit-note" data-role="key-saved" data-has-key={settings.apiKey ? 'true' : 'false'}>
          {settings.apiKey ? t(lang, 'settings.keySaved', { key: maskKey(settings.apiKey) }) : t(lang, 'settings.noKey')}
        </p>
        <label htmlFor={ids.url}>{t(lang, 'settings.baseUrl')}</label>
        <input
          id={ids.url}
          type="url"
          data-setting="baseUrl"
          spellCheck={false}
          value={baseUrl}
          aria-invalid={urlError}
          onChange={(e) => setBaseUrl(e.currentTarget.value)}
        />
        {urlError && <p className="edit-message edit-failed" role="alert" data-role="url-error">{t(lang, 'settings.badUrl')}</p>}
        <p className="edit-note">{t(lang, 'settings.baseUrlHelp')}</p>
        <div className="editor-buttons">
          <button type="submit" className="primary" data-action="save-settings" disabled={check.status === 'checking'}>
            {t(lang, 'action.saveSettings')}
          </button>
          {settings.apiKey && (
            <button type="button" className="secondary" data-action="clear-key" onClick={() => void actions.saveAi({ apiKey: '' })}>
              {t(lang, 'action.clearKey')}
            </button>
          )}
        </div>
      </form>
      <KeyStatus ai={ai} lang={lang} onCheck={() => void actions.checkAi()} />
      <label htmlFor={ids.model}>{t(lang, 'settings.model')}</label>
      <select
        id={ids.model}
        data-setting="model"
        value={settings.model}
        onChange={(e) => void actions.saveAi({ model: e.currentTarget.value })}
      >
        {models.map((m) => <option key={m} value={m}>{m}</option>)}
      </select>
      {ai.modelNotice && <p className="edit-message" data-role="model-notice">{t(lang, 'ai.modelNotice', ai.modelNotice)}</p>}
      <label htmlFor={ids.out}>{t(lang, 'settings.outputLanguage')}</label>
      <select
        id={ids.out}
        data-setting="outputLanguage"
        value={settings.outputLanguage}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isLanguage(v)) void actions.saveAi({ outputLanguage: v });
        }}
      >
        {UI_LANGUAGES.map((l) => <option key={l} value={l}>{languageName(lang, l)}</option>)}
      </select>
      <ContextToggle checked={settings.includeContext} lang={lang} onChange={(includeContext) => void actions.saveAi({ includeContext })} />
      <div className="privacy" data-role="privacy">
        <h3 className="ai-title">{t(lang, 'privacy.title')}</h3>
        <p>{t(lang, 'privacy.when')}</p>
        <p>{t(lang, 'privacy.what')}</p>
        <p>{t(lang, 'privacy.where', { host })}</p>
        <p>{t(lang, 'privacy.key')}</p>
      </div>
      <SessionUsage session={ai.session} lang={lang} />
      <DraftSettingsForm saved={saved} lang={lang} actions={actions} />
    </section>
  );
}

function KeyStatus({ ai, lang, onCheck }: { ai: AiState; lang: Language; onCheck(): void }) {
  const { check, settings, saved } = ai;
  return (
    <div className="key-status" data-role="key-check" data-check={check.status} aria-live="polite">
      {check.status === 'checking' && <p className="edit-note">{t(lang, 'settings.checking')}</p>}
      {check.status === 'ok' && (
        <p className="edit-message edit-ok">{t(lang, 'settings.keyOk', { n: check.models.length })}</p>
      )}
      {check.status === 'failed' && <ErrorMessage error={check.error} lang={lang} />}
      {check.status === 'idle' && saved && <p className="edit-note">{t(lang, 'settings.saved')}</p>}
      {settings.apiKey && check.status !== 'checking' && (
        <button type="button" className="link" data-action="check-key" onClick={onCheck}>
          {t(lang, 'action.checkKey')}
        </button>
      )}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
