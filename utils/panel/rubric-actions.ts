/**
 * "Periksa sebelum kirim" in the panel (issue 10, first part: the checks that need no AI). Reads every field
 * as the page holds it now, runs the blocking checks and the evidence checks of the form's competition, and
 * shows them with a bar per criterion; the report goes out as Markdown for a mentor.
 */
import { t } from '../i18n';
import { getProfile } from '../profiles';
import { reportMarkdown, rubricReport, type RubricReport } from '../rubric/report';
import type { RubricField } from '../rubric/blocking';
import type { Blocking } from '../rubric/blocking';
import { loadTicks, saveTicks, type Language } from '../storage';
import { basisOf } from './review-actions';
import type { ReviewProblem } from '../rubric/review';
import { IGA_INDICATORS, igaChecklistMarkdown } from '../rubric/iga-indicators';
import type { PanelActions, PanelData } from './panel-types';
import type { PendingRequests } from './requests';
import { readFieldText } from './write-through';

export interface RubricDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  download(blob: Blob, name: string): void;
  now(): number;
  /** The texts just read (see review-actions `basisOf`), so an AI review of other texts shows as stale. */
  checked?(basis: string): void;
}

export type RubricActions = Pick<PanelActions, 'checkRubric' | 'closeRubric' | 'exportRubric' | 'tickIndicator'>;

/** One blocking problem as a sentence in the user's language. */
export function blockingLine(lang: Language, b: Blocking, label: (key: string) => string): string {
  const unit = b.detail.unit === 'chars' ? t(lang, 'rubric.chars') : t(lang, 'rubric.words');
  return t(lang, `rubric.${b.kind}`, { field: label(b.key), other: b.otherKey ? label(b.otherKey) : '', unit, ...b.detail });
}

const PART_KEYS = { strengths: 'review.strengths', gap: 'review.gap', suggestion: 'review.suggestion' } as const;

/** What is wrong with an AI review, as a sentence; `name` gives a criterion's name from its id. */
export function problemLine(lang: Language, p: ReviewProblem, name: (id: string) => string = (id) => id): string {
  const field = p.field && p.field in PART_KEYS ? t(lang, PART_KEYS[p.field as keyof typeof PART_KEYS]) : p.field ?? '';
  return t(lang, `review.problem.${p.code}`, { criterion: p.criterion ? name(p.criterion) : '', field });
}

export function createRubricActions(d: RubricDeps): RubricActions {
  const label = (key: string) => d.get().fields[key]?.label || key;
  return {
    async checkRubric() {
      const { page, order, fields, library } = d.get();
      if (!page) return;
      d.set({ view: 'rubric', editing: null, history: null, rubric: null });
      if (page.profileId === 'iga-iid') void loadTicks(page.formKey).then((ticks) => d.set({ ticks }), () => d.set({ ticks: [] }));
      const list: RubricField[] = [];
      for (const key of order) {
        const f = fields[key];
        if (!f) continue;
        const text = f.fact ? '' : ((await readFieldText(d.requests, key)) ?? '');
        list.push({ key, label: f.label, section: f.section, ...(f.section2 ? { section2: f.section2 } : {}), text, limits: f.limits, fact: f.fact, ...(f.value ? { value: f.value } : {}) });
      }
      const year = new Date(d.now()).getFullYear();
      // Earlier years' proposals: a section copied word for word is what judges notice first.
      const saved = library.proposals.filter((p) => p.year < year).map((p) => ({ title: p.title, year: p.year, texts: p.sections.map((s) => s.text) }));
      d.set({ rubric: rubricReport(getProfile(page.profileId), list, saved) });
      d.checked?.(basisOf(list.filter((f) => !f.fact)));
    },
    tickIndicator(no, ticked) {
      const formKey = d.get().page?.formKey;
      const ticks = ticked ? [...new Set([...d.get().ticks, no])] : d.get().ticks.filter((n) => n !== no);
      d.set({ ticks });
      if (formKey) void saveTicks(formKey, ticks).catch(() => {});
    },
    closeRubric: () => d.set({ view: 'main' }),
    exportRubric() {
      const { rubric: r, review, language: lang, ticks } = d.get();
      if (!r) return;
      const done = review?.status === 'done' && review.review && !review.stale ? review.review : null;
      const md = reportMarkdown(r, {
        title: t(lang, 'rubric.title'), blocking: t(lang, 'rubric.blockingTitle'), none: t(lang, 'rubric.none'),
        findings: t(lang, 'rubric.findingsTitle'), criteria: t(lang, 'rubric.criteriaTitle'), note: t(lang, 'rubric.note'),
        columns: [t(lang, 'rubric.colCriterion'), t(lang, 'rubric.colWeight'), t(lang, 'rubric.colEvidence'), t(lang, 'rubric.colScore'), t(lang, 'rubric.colReview')],
        blockingLines: r.blocking.map((b) => blockingLine(lang, b, label)),
        findingLines: r.findings.filter((f) => !f.ok).map((f) => f.message),
        ...(done ? {
          review: {
            total: t(lang, 'review.total', { total: String(done.total) }), note: t(lang, 'review.note'), strengths: t(lang, 'review.strengths'),
            gap: t(lang, 'review.gap'), suggestion: t(lang, 'review.suggestion'), summary: t(lang, 'review.summary'),
          },
        } : {}),
        ...(r.criteria[0] && !r.criteria[0].official ? { equalWeights: t(lang, 'rubric.equalWeights') } : {}),
        ...(r.profileId === 'iga-iid' ? {
          checklist: { title: t(lang, 'iga.title', { done: ticks.length, total: IGA_INDICATORS.length }), markdown: igaChecklistMarkdown(new Set(ticks), r.indicators ?? []) },
        } : {}),
      }, done);
      d.download(new Blob([md], { type: 'text/markdown;charset=utf-8' }), `periksa-${new Date(d.now()).toISOString().slice(0, 10)}.md`);
    },
  };
}

export type { RubricReport };
