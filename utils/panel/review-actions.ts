/**
 * The AI review in "Periksa sebelum kirim": sent only on the user's click, with the key and model of the AI
 * settings, streamed so the view can say how many criteria have arrived, then validated as a whole. A review
 * that does not validate is reported with what is wrong and never drawn. "Perbaiki" opens the rewrite of a
 * criterion's section with the criterion as the instruction.
 */
import { createClient } from '../ai/client';
import { explainError, type AiErrorInfo } from '../ai/errors';
import { streamToolInput, NO_USAGE, addUsage, type Usage } from '../ai/stream';
import { tooLong } from '../ai/prompt';
import { getProfile } from '../profiles';
import {
  buildReviewRequest, criteriaSoFar, fixInstruction, parseToolInput, validateReview,
  type Review, type ReviewCriterion, type ReviewProblem, type ReviewSection,
} from '../rubric/review';
import type { SectionKey } from '../types';
import type { PanelActions, PanelData } from './panel-types';
import type { PendingRequests } from './requests';
import { readFieldText } from './write-through';

export interface ReviewState {
  id: number;
  status: 'preparing' | 'streaming' | 'done' | 'invalid' | 'failed' | 'stopped';
  /** The criteria asked for (the rubric's bars when the review was sent). */
  criteria: ReviewCriterion[];
  /** Criteria written so far in the streamed answer. */
  received: number;
  review?: Review;
  problems?: ReviewProblem[];
  error?: AiErrorInfo;
  needsKey?: boolean;
  usage: Usage;
  model: string;
  /** The texts reviewed, joined: when the page's texts differ at the next check, the review is stale. */
  basis: string;
  stale?: boolean;
}

export interface ReviewDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  /** The store's edit and rewrite (for "Perbaiki"). */
  open: Pick<PanelActions, 'edit' | 'rewrite'>;
  timeoutMs?: number;
}

export type ReviewActions = Pick<PanelActions, 'reviewRubric' | 'stopReview' | 'fixCriterion'> & {
  /** The texts the rubric check just read: marks the review stale when they changed since it was sent. */
  checked(basis: string): void;
};

const CONTEXT_WINDOW_TOKENS = 200_000;

export const basisOf = (sections: ReadonlyArray<Pick<ReviewSection, 'key' | 'text'>>) => sections.map((s) => `${s.key}\u0000${s.text}`).join('\u0001');

export function createReviewActions(d: ReviewDeps): ReviewActions {
  let seq = 0;
  let controller: AbortController | null = null;
  const update = (id: number, patch: Partial<ReviewState>) => {
    const r = d.get().review;
    if (r && r.id === id) d.set({ review: { ...r, ...patch } });
  };
  const count = (usage: Usage) => {
    const { ai } = d.get();
    d.set({ ai: { ...ai, session: { requests: ai.session.requests + 1, usage: addUsage(ai.session.usage, usage) } } });
  };

  async function readSections(): Promise<ReviewSection[]> {
    const { order, fields } = d.get();
    const out: ReviewSection[] = [];
    for (const key of order) {
      const f = fields[key];
      if (!f || f.fact) continue;
      out.push({ key, section: f.section, label: f.label, text: (await readFieldText(d.requests, key)) ?? '' });
    }
    return out;
  }

  return {
    async reviewRubric() {
      const { page, rubric, ai } = d.get();
      if (!page || !rubric) return;
      controller?.abort();
      const id = ++seq;
      const criteria: ReviewCriterion[] = rubric.criteria.map(({ section, name, weight, official, look, sections }) => ({ section, name, weight, official, look, sections }));
      const base: ReviewState = { id, status: 'preparing', criteria, received: 0, usage: NO_USAGE, model: ai.settings.model, basis: '' };
      if (!ai.settings.apiKey.trim()) return void d.set({ review: { ...base, status: 'failed', needsKey: true } });
      d.set({ review: base });
      const own = new AbortController();
      controller = own;
      const sections = await readSections();
      if (own.signal.aborted) return;
      const params = buildReviewRequest({
        competition: getProfile(page.profileId), criteria, sections, missing: rubric.findings.filter((f) => !f.ok),
        language: ai.settings.outputLanguage, model: ai.settings.model,
      });
      if (tooLong(params, CONTEXT_WINDOW_TOKENS)) return update(id, { status: 'failed', error: explainError({ status: 413 }) });
      update(id, { status: 'streaming', basis: basisOf(sections) });
      let usage = NO_USAGE;
      try {
        const res = await streamToolInput(createClient(ai.settings, d.timeoutMs), params, {
          onJson: (partial) => {
            const received = criteriaSoFar(partial);
            if (received !== d.get().review?.received) update(id, { received });
          },
          onUsage: (u) => {
            usage = u;
            update(id, { usage: u });
          },
        }, own.signal);
        count(res.usage);
        const parsed = parseToolInput(res.json, res.stopReason, res.sawTool);
        if (!parsed.ok) return update(id, { status: 'invalid', problems: parsed.problems, usage: res.usage });
        const valid = validateReview(parsed.value, criteria);
        if (!valid.ok) return update(id, { status: 'invalid', problems: valid.problems, usage: res.usage });
        update(id, { status: 'done', review: valid.review, received: criteria.length, usage: res.usage });
      } catch (err) {
        if (usage.input || usage.output) count(usage);
        const error = explainError(err);
        if (error.code === 'aborted' || own.signal.aborted) return;
        update(id, { status: 'failed', error });
      } finally {
        if (controller === own) controller = null;
      }
    },
    stopReview() {
      controller?.abort();
      controller = null;
      const r = d.get().review;
      if (r && (r.status === 'preparing' || r.status === 'streaming')) update(r.id, { status: 'stopped' });
    },
    async fixCriterion(section: SectionKey) {
      const { rubric, review, order, fields } = d.get();
      const bar = rubric?.criteria.find((c) => c.section === section);
      if (!bar) return;
      // The criterion's own section first, then the others it reads; the first prose field that has one.
      const key = bar.sections.map((s) => order.find((k) => fields[k] && !fields[k].fact && (fields[k].section === s || fields[k].section2 === s))).find(Boolean);
      if (!key) return;
      const scored = review?.status === 'done' ? review.review?.criteria.find((c) => c.section === section) ?? null : null;
      await d.open.edit(key, true);
      if (d.get().editing?.key !== key || d.get().editing?.status === 'loading') return;
      await d.open.rewrite('bebas', fixInstruction(bar, scored));
    },
    checked(basis) {
      const r = d.get().review;
      if (r && r.status === 'done' && r.basis !== basis) d.set({ review: { ...r, stale: true } });
    },
  };
}
