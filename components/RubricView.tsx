/**
 * "Periksa sebelum kirim": blocking problems first, then what each section is missing of the evidence
 * evaluators look for, then a bar per criterion with its official weight. The bars are evidence coverage,
 * labelled so; nothing here is the judges' score. Printable (the browser's print to PDF) and exportable.
 */
import { t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import type { PanelActions } from '@/utils/panel/store';
import { blockingLine } from '@/utils/panel/rubric-actions';
import type { RubricReport } from '@/utils/rubric/report';
import { isSevere } from '@/utils/rubric/blocking';
import type { Language } from '@/utils/storage';

interface Props {
  report: RubricReport | null;
  fields: Record<string, FieldView>;
  lang: Language;
  actions: Pick<PanelActions, 'closeRubric' | 'exportRubric' | 'edit'>;
}

export function RubricView({ report: r, fields, lang, actions }: Props) {
  const label = (key: string) => fields[key]?.label || key;
  const missing = r?.findings.filter((f) => !f.ok) ?? [];
  return (
    <section className="rubric" data-role="rubric" aria-label={t(lang, 'rubric.title')}>
      <button type="button" className="secondary" data-action="close-rubric" onClick={actions.closeRubric}>{t(lang, 'action.back')}</button>
      <h2>{t(lang, 'rubric.title')}</h2>
      {!r ? <p role="status">{t(lang, 'rubric.checking')}</p> : (
        <>
          <p className="rubric-total" data-blocking={r.severe}>{t(lang, 'rubric.blockingCount', { n: r.severe })}</p>
          <h3>{t(lang, 'rubric.blockingTitle')}</h3>
          {r.blocking.length === 0 ? <p>{t(lang, 'rubric.none')}</p> : (
            <ul className="rubric-list">
              {r.blocking.map((b, i) => (
                <li key={i} data-blocking-kind={b.kind} data-field-ref={b.key} className={isSevere(b.kind) ? 'severe' : 'warn'}>
                  {blockingLine(lang, b, label)}
                </li>
              ))}
            </ul>
          )}
          <h3>{t(lang, 'rubric.findingsTitle')}</h3>
          {missing.length === 0 ? <p>{t(lang, 'rubric.allFound')}</p> : (
            <ul className="rubric-list">
              {missing.map((f, i) => (
                <li key={i} data-finding={f.check} data-field-ref={f.key}>
                  {f.message}{' '}
                  {fields[f.key] && (
                    <button type="button" className="secondary" data-action="edit" onClick={() => void actions.edit(f.key)}>{t(lang, 'action.edit')}</button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t(lang, 'rubric.criteriaTitle')}</h3>
          <ul className="bars">
            {r.criteria.map((c) => (
              <li key={c.section} className="bar" data-criterion={c.section} data-weight={c.weight ?? ''} data-score={c.score}>
                <span className="bar-name">{c.name}{c.weight !== undefined ? ` (${c.weight}%)` : ''}</span>
                <span className="bar-track" aria-hidden="true"><span className="bar-fill" style={{ width: `${c.score}%` }} /></span>
                <span className="bar-value">{c.found}/{c.checks}</span>
              </li>
            ))}
          </ul>
          <p className="muted">{t(lang, 'rubric.note')}</p>
          <div className="draft-tools">
            <button type="button" className="secondary" data-action="export-rubric" onClick={actions.exportRubric}>{t(lang, 'action.exportRubric')}</button>
            <button type="button" className="secondary" data-action="print-rubric" onClick={() => window.print()}>{t(lang, 'action.print')}</button>
          </div>
        </>
      )}
    </section>
  );
}
