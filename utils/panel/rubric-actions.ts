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
import type { Language } from '../storage';
import type { PanelActions, PanelData } from './panel-types';
import type { PendingRequests } from './requests';
import { readFieldText } from './write-through';

export interface RubricDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  download(blob: Blob, name: string): void;
  now(): number;
}

export type RubricActions = Pick<PanelActions, 'checkRubric' | 'closeRubric' | 'exportRubric'>;

/** One blocking problem as a sentence in the user's language. */
export function blockingLine(lang: Language, b: Blocking, label: (key: string) => string): string {
  const unit = b.detail.unit === 'chars' ? t(lang, 'rubric.chars') : t(lang, 'rubric.words');
  return t(lang, `rubric.${b.kind}`, { field: label(b.key), other: b.otherKey ? label(b.otherKey) : '', unit, ...b.detail });
}

export function createRubricActions(d: RubricDeps): RubricActions {
  const label = (key: string) => d.get().fields[key]?.label || key;
  return {
    async checkRubric() {
      const { page, order, fields, library } = d.get();
      if (!page) return;
      d.set({ view: 'rubric', editing: null, history: null, rubric: null });
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
    },
    closeRubric: () => d.set({ view: 'main' }),
    exportRubric() {
      const r = d.get().rubric;
      const lang = d.get().language;
      if (!r) return;
      const md = reportMarkdown(r, {
        title: t(lang, 'rubric.title'), blocking: t(lang, 'rubric.blockingTitle'), none: t(lang, 'rubric.none'),
        findings: t(lang, 'rubric.findingsTitle'), criteria: t(lang, 'rubric.criteriaTitle'), note: t(lang, 'rubric.note'),
        columns: [t(lang, 'rubric.colCriterion'), t(lang, 'rubric.colWeight'), t(lang, 'rubric.colEvidence'), t(lang, 'rubric.colScore')],
        blockingLines: r.blocking.map((b) => blockingLine(lang, b, label)),
        findingLines: r.findings.filter((f) => !f.ok).map((f) => f.message),
      });
      d.download(new Blob([md], { type: 'text/markdown;charset=utf-8' }), `periksa-${new Date(d.now()).toISOString().slice(0, 10)}.md`);
    },
  };
}

export type { RubricReport };
