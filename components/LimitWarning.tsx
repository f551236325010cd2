import { useEffect, useRef } from 'react';
import { t } from '@/utils/i18n';
import type { LimitWarning as Warning } from '@/utils/panel/editor';
import { problemText } from '@/utils/panel/format';
import type { Language } from '@/utils/storage';

interface LimitWarningProps {
  warning: Warning;
  lang: Language;
  onApplyAnyway(): void;
  onBack(): void;
}

/**
 * Shown before a write that breaks a limit: which limit, by how much, and the user's choice. The text is
 * never cut. The box takes focus so a keyboard (and a screen reader) lands on it; Esc goes back.
 */
export function LimitWarning({ warning, lang, onApplyAnyway, onBack }: LimitWarningProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [warning]);
  return (
    <div
      ref={box}
      className="limit-warning"
      role="alert"
      tabIndex={-1}
      data-role="limit-warning"
      data-from-page={warning.fromPage ? 'true' : undefined}
    >
      <p className="limit-warning-title">{t(lang, 'warn.title')}</p>
      <ul className="limit-warning-list">
        {warning.problems.map((p) => (
          <li key={p.kind} data-limit={p.kind} data-by={p.by ?? undefined}>
            {problemText(lang, p)}
          </li>
        ))}
      </ul>
      <p className="limit-warning-note">{t(lang, 'warn.keep')}</p>
      <div className="editor-buttons">
        <button type="button" className="primary" data-action="apply-anyway" onClick={onApplyAnyway}>
          {t(lang, 'action.applyAnyway')}
        </button>
        <button type="button" className="secondary" data-action="back" onClick={onBack}>
          {t(lang, 'action.back')}
        </button>
      </div>
    </div>
  );
}
