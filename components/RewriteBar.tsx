import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { t } from '@/utils/i18n';
import { modeLabel, REWRITE_MODES } from '@/utils/ai/modes';
import type { FieldView } from '@/utils/panel/fields';
import type { AiState, PanelActions, Rewrite } from '@/utils/panel/store';
import type { Language } from '@/utils/storage';
import { RewriteResult } from './RewriteResult';

export type RewriteBarActions = Pick<
  PanelActions,
  | 'rewrite' | 'saveAi' | 'stopRewrite' | 'retryRewrite' | 'discardRewrite' | 'acceptRewrite' | 'tightenRewrite'
  | 'openSettings'
>;

interface RewriteBarProps {
  fieldKey: string;
  field: FieldView;
  ai: AiState;
  /** The rewrite, when it is for this field. */
  rewrite: Rewrite | null;
  /** The competition's criterion for the field's section (what "Selaraskan" aims at), when it has one. */
  criterion: { text: string; weight?: number } | null;
  /** The editor is reading or writing: no new request. */
  busy: boolean;
  /** Move keyboard focus to the modes on open (the row's "Tulis ulang" button). */
  focusModes: boolean;
  lang: Language;
  actions: RewriteBarActions;
}

const FIXED_MODES = REWRITE_MODES.filter((m) => m !== 'bebas');

/**
 * "Tulis ulang dengan AI" under the draft: one button per mode (`data-action="rewrite"` + `data-mode`), a
 * free instruction, the context choice, and the rewrite itself. Each button is the click that sends; what is
 * sent is stated in Settings and summed up here in one line.
 */
export function RewriteBar({ fieldKey, field, ai, rewrite, criterion, busy, focusModes, lang, actions }: RewriteBarProps) {
  const [free, setFree] = useState('');
  const ids = { title: useId(), free: useId() };
  const first = useRef<HTMLButtonElement>(null);
  const running = rewrite?.status === 'streaming' || rewrite?.status === 'preparing';
  const disabled = busy || running;
  useEffect(() => {
    if (focusModes) first.current?.focus();
  }, [focusModes, fieldKey]);
  const submitFree = (e: FormEvent) => {
    e.preventDefault();
    if (free.trim()) void actions.rewrite('bebas', free);
  };
  return (
    <section className="ai" data-role="ai" aria-labelledby={ids.title}>
      <h3 className="ai-title" id={ids.title}>{t(lang, 'ai.title')}</h3>
      {criterion && (
        <p className="edit-note" data-role="criterion">
          {t(lang, criterion.weight !== undefined ? 'ai.criterionWeighted' : 'ai.criterion', { text: criterion.text, weight: criterion.weight ?? 0 })}
        </p>
      )}
      <div className="ai-modes" role="group" aria-labelledby={ids.title}>
        {FIXED_MODES.map((mode, i) => (
          <button
            key={mode}
            ref={i === 0 ? first : undefined}
            type="button"
            className="secondary"
            data-action="rewrite"
            data-mode={mode}
            disabled={disabled}
            onClick={() => void actions.rewrite(mode)}
          >
            {modeLabel(mode, lang)}
          </button>
        ))}
      </div>
      <form className="ai-free" onSubmit={submitFree}>
        <label htmlFor={ids.free} className="visually-hidden">{t(lang, 'ai.freeLabel')}</label>
        <input
          id={ids.free}
          type="text"
          data-role="free-instruction"
          placeholder={t(lang, 'ai.freePlaceholder')}
          value={free}
          maxLength={1000}
          onChange={(e) => setFree(e.currentTarget.value)}
        />
        <button type="submit" className="secondary" data-action="rewrite" data-mode="bebas" disabled={disabled || !free.trim()}>
          {t(lang, 'ai.freeSend')}
        </button>
      </form>
      <ContextToggle checked={ai.settings.includeContext} lang={lang} onChange={(includeContext) => void actions.saveAi({ includeContext })} />
      <p className="edit-note">{t(lang, ai.settings.includeContext ? 'ai.sendsWithContext' : 'ai.sends')}</p>
      {ai.modelNotice && (
        <p className="edit-message" data-role="model-notice">{t(lang, 'ai.modelNotice', ai.modelNotice)}</p>
      )}
      {rewrite && <RewriteResult rewrite={rewrite} field={field} session={ai.session} lang={lang} actions={actions} />}
    </section>
  );
}

/** "Send the other sections as context": a stored setting, offered here and in Settings. */
export function ContextToggle({ checked, lang, onChange }: { checked: boolean; lang: Language; onChange(checked: boolean): void }) {
  return (
    <label className="remember">
      <input type="checkbox" data-setting="includeContext" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {t(lang, 'ai.includeContext')}
    </label>
  );
}
