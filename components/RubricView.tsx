/**
 * "Periksa sebelum kirim": blocking problems first, then what each section is missing of the evidence
 * evaluators look for, then a bar per criterion with its weight. Before an AI review the bars are evidence
 * coverage; after one they are the review's scores, with the weighted total labelled an estimate. "Perbaiki"
 * opens the rewrite of the criterion's section. Printable as one page (the browser's print to PDF) and
 * exportable as Markdown.
 */
import { t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/fields';
import type { PanelActions } from '@/utils/panel/store';
import { blockingLine, problemLine } from '@/utils/panel/rubric-actions';
import type { ReviewState } from '@/utils/panel/review-actions';
import type { CriterionBar, RubricReport } from '@/utils/rubric/report';
import { isSevere } from '@/utils/rubric/blocking';
import { IGA_INDICATORS } from '@/utils/rubric/iga-indicators';
import type { CriterionReview } from '@/utils/rubric/review';
import type { Language } from '@/utils/storage';
import { ErrorMessage } from './RewriteResult';

interface Props {
  report: RubricReport | null;
  review: ReviewState | null;
  ticks: number[];
  fields: Record<string, FieldView>;
  lang: Language;
  actions: Pick<PanelActions, 'checkRubric' | 'closeRubric' | 'exportRubric' | 'edit' | 'reviewRubric' | 'stopReview' | 'fixCriterion' | 'tickIndicator' | 'openSettings'>;
}

const fmt = (lang: Language, n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });

export function RubricView({ report: r, review, ticks, fields, lang, actions }: Props) {
  const label = (key: string) => fields[key]?.label || key;
  const missing = r?.findings.filter((f) => !f.ok) ?? [];
  const done = review?.status === 'done' && review.review ? review.review : null;
  const hasField = (c: CriterionBar) => Object.values(fields).some((f) => !f.fact && c.sections.some((s) => f.section === s || f.section2 === s));
  return (
    <section className="rubric" data-role="rubric" aria-label={t(lang, 'rubric.title')}>
      <div className="draft-tools no-print">
        <button type="button" className="secondary" data-action="close-rubric" onClick={actions.closeRubric}>{t(lang, 'action.back')}</button>
        <button type="button" className="secondary" data-action="check-rubric" onClick={() => void actions.checkRubric()}>{t(lang, 'action.checkAgain')}</button>
      </div>
      <h2>{t(lang, 'rubric.title')}</h2>
      {!r ? <p role="status">{t(lang, 'rubric.checking')}</p> : (
        <>
          <p className="rubric-total" data-blocking={r.severe}>{t(lang, 'rubric.blockingCount', { n: r.severe })}</p>
          {done && (
            <p className="rubric-total" data-role="estimated-total" data-total={done.total}>
              {t(lang, 'review.total', { total: fmt(lang, done.total) })}
            </p>
          )}
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
                    <button type="button" className="secondary no-print" data-action="edit" onClick={() => void actions.edit(f.key)}>{t(lang, 'action.edit')}</button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t(lang, 'rubric.criteriaTitle')}</h3>
          <ReviewControls review={review} names={(id) => r.criteria.find((c) => c.section === id)?.name ?? id} lang={lang} actions={actions} />
          <ul className="bars">
            {r.criteria.map((c) => {
              const scored = done?.criteria.find((x) => x.section === c.section);
              const score = scored ? scored.score : c.score;
              return (
                <li key={c.section} className="bar" data-criterion={c.section} data-weight={c.weight} data-score={score} data-source={scored ? 'ai' : 'evidence'}>
                  <span className="bar-name">{c.name} ({c.official ? '' : '≈'}{fmt(lang, c.weight)}%)</span>
                  <span className="bar-track" aria-hidden="true"><span className="bar-fill" style={{ width: `${score}%` }} /></span>
                  <span className="bar-value">{scored ? `${scored.score}/100` : `${c.found}/${c.checks}`}</span>
                  {scored && <Scored s={scored} lang={lang} />}
                  {hasField(c) && (
                    <button type="button" className="secondary no-print bar-fix" data-action="fix-criterion" onClick={() => void actions.fixCriterion(c.section)}>
                      {t(lang, 'action.fixCriterion')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="muted">{t(lang, done ? 'review.note' : 'rubric.note')}</p>
          {r.criteria.length > 0 && !r.criteria[0]!.official && <p className="muted" data-role="equal-weights">{t(lang, 'rubric.equalWeights')}</p>}
          {done?.summary && <p data-role="review-summary"><strong>{t(lang, 'review.summary')}</strong> {done.summary}</p>}
          {r.profileId === 'iga-iid' && <IgaChecklist report={r} ticks={ticks} lang={lang} onTick={actions.tickIndicator} />}
          <div className="draft-tools no-print">
            <button type="button" className="secondary" data-action="export-rubric" onClick={actions.exportRubric}>{t(lang, 'action.exportRubric')}</button>
            <button type="button" className="secondary" data-action="print-rubric" onClick={() => window.print()}>{t(lang, 'action.print')}</button>
          </div>
        </>
      )}
    </section>
  );
}

function Scored({ s, lang }: { s: CriterionReview; lang: Language }) {
  return (
    <dl className="bar-review">
      <dt>{t(lang, 'review.strengths')}</dt><dd data-part="strengths">{s.strengths}</dd>
      <dt>{t(lang, 'review.gap')}</dt><dd data-part="gap">{s.gap}</dd>
      <dt>{t(lang, 'review.suggestion')}</dt><dd data-part="suggestion">{s.suggestion}</dd>
    </dl>
  );
}

function ReviewControls({ review, names, lang, actions }: { review: ReviewState | null; names: (id: string) => string; lang: Language; actions: Props['actions'] }) {
  const running = review?.status === 'preparing' || review?.status === 'streaming';
  return (
    <div className="review-controls no-print" data-role="review" data-review-status={review?.status ?? 'idle'}>
      {running ? (
        <>
          <span role="status">{t(lang, 'review.running', { n: review.received, total: review.criteria.length })}</span>{' '}
          <button type="button" className="secondary" data-action="stop-review" onClick={actions.stopReview}>{t(lang, 'action.stop')}</button>
        </>
      ) : (
        <button type="button" data-action="ai-review" onClick={() => void actions.reviewRubric()}>
          {t(lang, review ? 'action.reviewAgain' : 'action.review')}
        </button>
      )}
      {!review && <p className="muted">{t(lang, 'review.privacy')}</p>}
      {review?.status === 'stopped' && <p role="status">{t(lang, 'review.stopped')}</p>}
      {review?.stale && <p role="status" data-role="review-stale">{t(lang, 'review.stale')}</p>}
      {review?.needsKey && (
        <p className="edit-message edit-failed" role="alert" data-role="ai-error" data-error-code="no-key">
          {t(lang, 'ai.needsKey')}{' '}
          <button type="button" className="link" data-action="settings" onClick={actions.openSettings}>{t(lang, 'action.settings')}</button>
        </p>
      )}
      {review?.error && <ErrorMessage error={review.error} lang={lang} />}
      {review?.status === 'invalid' && (
        <div className="edit-message edit-failed" role="alert" data-role="review-invalid">
          {t(lang, 'review.invalid')}
          <ul>{(review.problems ?? []).slice(0, 6).map((p, i) => <li key={i} data-problem={p.code}>{problemLine(lang, p, names)}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

function IgaChecklist({ report, ticks, lang, onTick }: { report: RubricReport; ticks: number[]; lang: Language; onTick: (no: number, ticked: boolean) => void }) {
  const hints = report.indicators ?? [];
  return (
    <details className="iga-checklist" data-role="iga-checklist" open>
      <summary>{t(lang, 'iga.title', { done: ticks.length, total: IGA_INDICATORS.length })}</summary>
      <p className="muted">{t(lang, 'iga.note')}</p>
      <ul>
        {IGA_INDICATORS.map((ind) => {
          const hint = hints.find((h) => h.no === ind.no);
          return (
            <li key={ind.no} data-indicator={ind.no} data-mandatory={ind.mandatory || undefined} data-hint={hint?.param}>
              <label>
                <input type="checkbox" checked={ticks.includes(ind.no)} onChange={(e) => onTick(ind.no, e.currentTarget.checked)} />{' '}
                <strong>{ind.no}. {ind.name}</strong> ({t(lang, 'iga.weight', { w: ind.weight })}{ind.mandatory ? `, ${t(lang, 'iga.mandatory')}` : ''})
              </label>
              <div className="muted">{t(lang, 'iga.evidence')}: {ind.evidence}</div>
              {hint && <div data-role="iga-hint">{t(lang, 'iga.hint', { param: hint.param, level: ind.params[hint.param - 1] ?? '', found: hint.found })}</div>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
