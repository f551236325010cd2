import { stateName } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import { charsText, limitLines, meterFill, wordsText } from '@/utils/panel/format';
import type { Language } from '@/utils/storage';

interface MeterProps {
  field: FieldView;
  lang: Language;
}

/**
 * Words against the limit, characters, the state in words (colour is never the only signal), limit sources.
 * The colour comes from the row's `data-state` (the only element carrying it, so tests can count rows by it).
 */
export function Meter({ field, lang }: MeterProps) {
  const fill = meterFill(field);
  const limits = limitLines(lang, field.limits);
  return (
    <span className="meter">
      <span className="meter-numbers">
        <span className="meter-words">{wordsText(lang, field)}</span>
        <span className="meter-chars">{charsText(lang, field)}</span>
        <span className="meter-state">{stateName(lang, field.state)}</span>
      </span>
      {fill !== null && (
        <span className="meter-bar" aria-hidden="true">
          <span className="meter-fill" style={{ width: `${Math.round(fill * 100)}%` }} />
        </span>
      )}
      {limits.length > 0 && (
        <span className="meter-limits">
          {limits.map((line) => (
            <span key={line} className="meter-limit">
              {line}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

interface TextMeterProps extends MeterProps {
  /** `data-role` of the box, for tests and automation (`draft-meter`, `rewrite-meter`). */
  role: string;
  id?: string;
}

/** A text's meter outside the list (the draft, a rewrite's result): the box carries its counts and state. */
export function TextMeter({ field, lang, role, id }: TextMeterProps) {
  return (
    <div
      className="draft-meter"
      id={id}
      data-role={role}
      data-words={field.counts.words}
      data-chars={field.counts.chars}
      data-state={field.state}
    >
      <Meter field={field} lang={lang} />
    </div>
  );
}
