/**
 * The AI actions of the store: the Settings view (save, check the key, pick the model) and the rewrite of the
 * open field (stream, stop, retry, discard, accept, tighten). Part of the store (it gets `get`/`set`, the
 * request channel for reading other sections as context, and the edit actions for Terima); split out so
 * each file stays readable.
 *
 * Nothing is sent without a click: a rewrite starts only from `rewrite`/`retryRewrite`/`tightenRewrite`, and
 * the key check only from saving or opening Settings. A failed or stopped request never touches the field:
 * only `acceptRewrite` writes, through the same path as the editor's Terapkan.
 */
import { checkKey, createClient, pickModel } from '../ai/client';
import { explainError } from '../ai/errors';
import { MODES, type RewriteMode } from '../ai/modes';
import { buildRequest, tooLong, type ContextSection } from '../ai/prompt';
import { addUsage, NO_USAGE, streamRewrite, type Usage } from '../ai/stream';
import { getProfile } from '../profiles';
import { loadAiSettings, saveAiSettings, type AiSettings } from '../storage';
import type { FieldView } from './fields';
import type { PendingRequests } from './requests';
import { rewriteView, type AiState, type Rewrite } from './rewrite';
import type { PanelActions, PanelData } from './store';

export interface AiDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  edit: Pick<PanelActions, 'setDraft' | 'apply'>;
  /** The AI client's timeout (tests shorten it). */
  timeoutMs?: number;
}

export type AiActions = Pick<
  PanelActions,
  | 'openSettings' | 'closeSettings' | 'saveAi' | 'checkAi'
  | 'rewrite' | 'stopRewrite' | 'retryRewrite' | 'discardRewrite' | 'acceptRewrite' | 'tightenRewrite'
> & {
  /** Reads the stored settings (on start). */
  loadAi(): Promise<void>;
};

/** Requests whose input plus output budget would pass this are refused before sending (the models' window). */
const CONTEXT_WINDOW_TOKENS = 200_000;
/** Context beyond this many characters is left out (the field's own text always goes). */
const CONTEXT_CHARS = 60_000;

interface RunSpec {
  key: string;
  mode: RewriteMode;
  freeInstruction?: string;
  base: string;
  input: string;
  tightening?: boolean;
}

export function createAiActions(d: AiDeps): AiActions {
  let seq = 0;
  let controller: AbortController | null = null;

  const ai = (patch: Partial<AiState>) => d.set({ ai: { ...d.get().ai, ...patch } });
  /** Updates the rewrite if it is still request `id`. */
  const update = (id: number, patch: Partial<Rewrite> | ((r: Rewrite) => Partial<Rewrite>)) => {
    const r = d.get().rewrite;
    if (!r || r.id !== id) return;
    d.set({ rewrite: { ...r, ...(typeof patch === 'function' ? patch(r) : patch) } });
  };
  const count = (usage: Usage) => {
    const { session } = d.get().ai;
    ai({ session: { requests: session.requests + 1, usage: addUsage(session.usage, usage) } });
  };
  const fieldOf = (key: string): FieldView | undefined => d.get().fields[key] ?? (d.get().editing?.key === key ? d.get().editing?.field : undefined);

  /** Takes the models the key may use; a chosen model no longer listed is replaced, and said. True when replaced. */
  async function adoptModels(settings: AiSettings, models: string[]): Promise<boolean> {
    const { model, fellBack } = pickModel(models, settings.model);
    if (!fellBack) {
      ai({ check: { status: 'ok', models } });
      return false;
    }
    const next = await saveAiSettings({ model });
    ai({ settings: next, check: { status: 'ok', models }, modelNotice: { from: settings.model, to: model } });
    return true;
  }

  async function check(settings: AiSettings): Promise<void> {
    ai({ check: { status: 'checking' } });
    const res = await checkKey(settings);
    // A newer key or base URL may have been saved meanwhile: only the answer about the current one counts.
    const now = d.get().ai.settings;
    if (now.apiKey !== settings.apiKey || now.baseUrl !== settings.baseUrl) return;
    if (!res.ok) return ai({ check: { status: 'failed', error: res.error } });
    await adoptModels(settings, res.models);
  }

  /** The other sections' text, read from the page (only when the user ticked "send as context"). */
  async function contextFor(key: string): Promise<ContextSection[]> {
    const { order, fields } = d.get();
    const out: ContextSection[] = [];
    let room = CONTEXT_CHARS;
    const others = order.filter((k) => k !== key && fields[k] && !fields[k].fact && fields[k].counts.words > 0);
    const texts = await Promise.all(
      others.map((k) => d.requests.request('read', { key: k }).then((r) => ('text' in r ? r.text : ''), () => '')),
    );
    others.forEach((k, i) => {
      const text = texts[i]!.slice(0, room);
      if (!text.trim() || room <= 0) return;
      room -= text.length;
      const f = fields[k]!;
      out.push({ section: f.section, label: f.label, text });
    });
    return out;
  }

  async function run(spec: RunSpec, modelRetry = false): Promise<void> {
    controller?.abort();
    controller = null;
    const id = ++seq;
    const { settings } = d.get().ai;
    const field = fieldOf(spec.key);
    const base: Rewrite = {
      // A tightening pass sends an earlier result: its numbers are not a source (they are what is checked).
      id, ...spec, sources: [spec.tightening ? '' : spec.input, spec.base, spec.freeInstruction ?? ''], answer: '',
      status: 'preparing', usage: NO_USAGE, model: settings.model,
    };
    if (!field) return;
    base.sources.push(field.label, field.help);
    if (!settings.apiKey.trim()) return void d.set({ rewrite: { ...base, status: 'failed', needsKey: true } });
    d.set({ rewrite: base });
    const own = new AbortController();
    controller = own;

    const context = settings.includeContext ? await contextFor(spec.key) : [];
    if (own.signal.aborted) return;
    const page = d.get().page;
    const params = buildRequest({
      mode: spec.mode,
      freeInstruction: spec.freeInstruction,
      field: { label: field.label, help: field.help, section: field.section, limits: field.limits, text: spec.input },
      competition: getProfile(page?.profileId),
      language: settings.outputLanguage,
      context,
      model: settings.model,
    });
    const sources = [...base.sources, ...context.map((c) => c.text)];
    if (tooLong(params, CONTEXT_WINDOW_TOKENS)) {
      return update(id, { status: 'failed', sources, error: explainError({ status: 413 }) });
    }
    update(id, { status: 'streaming', sources });
    let usage: Usage = base.usage;
    try {
      const res = await streamRewrite(
        createClient(settings, d.timeoutMs),
        params,
        {
          onText: (delta) => update(id, (r) => ({ answer: r.answer + delta })),
          onUsage: (u) => {
            usage = u;
            update(id, { usage: u });
          },
        },
        own.signal,
      );
      count(res.usage);
      update(id, { status: 'done', usage: res.usage, truncated: res.stopReason === 'max_tokens' });
    } catch (err) {
      // Tokens the API counted before a stop or an error were still used.
      if (usage.input || usage.output) count(usage);
      const error = explainError(err);
      // Stopped by the user: the status was set at the click.
      if (error.code === 'aborted' || own.signal.aborted) return;
      if (error.code === 'not_found_model' && !modelRetry && (await fallBack(settings))) {
        return run(spec, true);
      }
      update(id, { status: 'failed', error });
    } finally {
      if (controller === own) controller = null;
    }
  }

  /** The chosen model is gone (404): choose a listed one and report whether to try again. */
  async function fallBack(settings: AiSettings): Promise<boolean> {
    const res = await checkKey(settings);
    return res.ok && adoptModels(settings, res.models);
  }

  const stop = () => {
    controller?.abort();
    controller = null;
    const r = d.get().rewrite;
    if (r && (r.status === 'streaming' || r.status === 'preparing')) update(r.id, { status: 'stopped' });
  };

  return {
    async loadAi() {
      const settings = await loadAiSettings();
      ai({ settings, loaded: true });
    },
    openSettings() {
      d.set({ view: 'settings' });
      const { settings, check: state } = d.get().ai;
      // Opening Settings is a click: listing the models sends the key, never any text.
      if (settings.apiKey.trim() && state.status === 'idle') void check(settings);
    },
    closeSettings: () => d.set({ view: 'main' }),
    async saveAi(patch) {
      const before = d.get().ai.settings;
      // A toggle shows the choice at once; the stored settings replace it when storage answers.
      if (patch.includeContext !== undefined) ai({ settings: { ...before, includeContext: patch.includeContext } });
      const settings = await saveAiSettings(patch);
      const keyChanged = settings.apiKey !== before.apiKey || settings.baseUrl !== before.baseUrl;
      ai({ settings, saved: true, ...(patch.model ? { modelNotice: null } : {}) });
      if (keyChanged) {
        if (settings.apiKey.trim()) await check(settings);
        else ai({ check: { status: 'idle' } });
      }
    },
    async checkAi() {
      await check(d.get().ai.settings);
    },
    async rewrite(mode, freeInstruction) {
      const e = d.get().editing;
      if (!e || e.status === 'loading') return;
      if (MODES[mode].needsFreeInstruction && !freeInstruction?.trim()) return;
      await run({ key: e.key, mode, freeInstruction: freeInstruction?.trim(), base: e.draft, input: e.draft });
    },
    stopRewrite: stop,
    async retryRewrite() {
      const r = d.get().rewrite;
      if (!r || r.status === 'streaming' || r.status === 'preparing') return;
      await run({ key: r.key, mode: r.mode, freeInstruction: r.freeInstruction, base: r.base, input: r.input, tightening: r.tightening });
    },
    discardRewrite() {
      stop();
      d.set({ rewrite: null });
    },
    async acceptRewrite() {
      const r = d.get().rewrite;
      const e = d.get().editing;
      if (!r || r.status !== 'done' || !e || e.key !== r.key) return;
      const field = fieldOf(r.key);
      if (!field) return;
      const { text } = rewriteView(r, field.limits);
      d.set({ rewrite: null });
      d.edit.setDraft(text);
      // What the page held goes into the field's history as "before the AI rewrite".
      const now = d.get().editing;
      if (now?.key === r.key) d.set({ editing: { ...now, writeReason: 'before-ai' } });
      await d.edit.apply();
    },
    async tightenRewrite() {
      const r = d.get().rewrite;
      const field = r && fieldOf(r.key);
      if (!r || r.status !== 'done' || !field) return;
      const { text } = rewriteView(r, field.limits);
      await run({ key: r.key, mode: 'ringkas', base: r.base, input: text, tightening: true });
    },
  };
}
