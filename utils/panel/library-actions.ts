/**
 * The panel's library actions: save a field as a snippet or the whole form as a proposal, search, insert a
 * snippet (asking for its variables), fill the form from a saved proposal, edit and delete with undo, and
 * move the library in and out (JSON, .docx). The library is read from the local store here and changed
 * through the background; every write into the page goes through the same write path as Terapkan.
 */
import type { BackgroundReplies, PanelToBackground } from '../messages';
import { createLibrarySearch, type SearchDoc } from '../library/search';
import { planFacts, planFill } from '../library/plan';
import { exportLibrary, parseLibrary, planMerge } from '../library/transfer';
import { FACT_KEYS, type FactKey, type Proposal, type Snippet } from '../library/types';
import { fillVariables, suggestedAnswers, variablesIn } from '../library/variables';
import { loadAnswers, rememberAnswers } from '../storage';
import { db } from '../store/db';
import type { VersionReason } from '../store/db';
import { loadLibrary } from '../store/library';
import { initialLibrary, type FillState, type LibraryState } from './library-state';
import type { PendingRequests } from './requests';
import { readFieldText, writeThrough } from './write-through';
import type { PanelActions, PanelData } from './store';

type Ask = <K extends keyof PanelToBackground>(type: K, payload: PanelToBackground[K]) => Promise<BackgroundReplies[K]>;

export interface LibraryDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  ask: Ask;
  beforeWrite(key: string, text: string, reason: VersionReason): Promise<void>;
  download(blob: Blob, name: string): void;
  now(): number;
  newId(): string;
}

export type LibraryActions = Pick<PanelActions,
  | 'openLibrary' | 'closeLibrary' | 'searchLibrary' | 'saveSnippet' | 'saveProposal' | 'insertSnippet' | 'answerVariables'
  | 'cancelInsert' | 'openFill' | 'setFillProposal' | 'setFillOverwrite' | 'toggleFillItem' | 'runFill' | 'closeFill'
  | 'deleteSnippet' | 'undoDelete' | 'toggleFavourite' | 'editSnippet' | 'exportLibrary' | 'importLibrary' | 'importDocx' | 'confirmDocx' | 'cancelDocx'
> & { loadLibrary(): Promise<void> };

const toDoc = (s: Snippet): SearchDoc => ({
  id: s.id, kind: 'snippet', title: s.title, text: s.text, tags: s.tags, section: s.section, favourite: s.favourite, updatedAt: s.updatedAt,
});

/** Snippets indexed between two yields to the panel's other work. */
const INDEX_SLICE = 250;

export function createLibraryActions(d: LibraryDeps): LibraryActions {
  const index = createLibrarySearch();
  /** A newer load supersedes an index still being built. */
  let generation = 0;
  const lib = () => d.get().library;
  const patch = (p: Partial<LibraryState>) => d.set({ library: { ...lib(), ...p } });
  const field = (key: string) => d.get().fields[key];

  const readField = (key: string) => readFieldText(d.requests, key);
  const write = (key: string, text: string, mode: 'replace' | 'insert', reason: VersionReason) => writeThrough(d, key, text, mode, reason);

  function search(query = lib().query, section = lib().section) {
    const hits = index.search(query, section ? { section, only: true, limit: 200 } : { limit: 200 });
    patch({ query, section, results: hits.map((h) => h.id) });
  }

  const year = () => new Date(d.now()).getFullYear();

  const actions: LibraryActions = {
    async loadLibrary() {
      if (lib().status === 'idle') patch({ status: 'loading' });
      const run = ++generation;
      try {
        const { snippets, proposals, damaged } = await loadLibrary(db());
        patch({ status: 'ready', snippets, proposals, damaged, indexed: false });
        // Indexing thousands of snippets takes a second: in slices, so the panel answers meanwhile.
        index.reset([]);
        for (let i = 0; i < snippets.length; i += INDEX_SLICE) {
          if (i) await new Promise((ok) => setTimeout(ok, 0));
          if (run !== generation) return;
          for (const s of snippets.slice(i, i + INDEX_SLICE)) index.add(toDoc(s));
        }
        patch({ indexed: true });
        search();
      } catch {
        if (run === generation) patch({ status: 'failed' });
      }
    },
    openLibrary() {
      d.set({ view: 'library', history: null, editing: null });
      void actions.loadLibrary();
    },
    closeLibrary: () => d.set({ view: 'main' }),
    searchLibrary: (query, section) => search(query, section ?? lib().section),

    async saveSnippet(key) {
      const f = field(key);
      const text = f ? await readField(key) : null;
      if (!f || !text?.trim()) return d.set({ notice: { key: 'notice.snippetEmpty' } });
      const page = d.get().page;
      const now = d.now();
      const snippet: Snippet = {
        id: d.newId(), title: f.label.replace(/[\s*:]+$/, '').slice(0, 120) || f.key, section: f.section, text, tags: [], favourite: false,
        source: { competition: page?.profileId, year: year(), url: page?.url, pageTitle: page?.title }, createdAt: now, updatedAt: now,
      };
      const r = await d.ask('saveSnippet', { snippet }).catch(() => ({ ok: false }) as BackgroundReplies['saveSnippet']);
      d.set({ notice: !r.ok ? { key: 'notice.librarySaveFailed' } : r.duplicate ? { key: 'notice.snippetDuplicate', params: { title: r.snippet?.title ?? '' } } : { key: 'notice.snippetSaved', ok: true } });
      if (r.ok) void actions.loadLibrary();
    },

    async saveProposal() {
      const { page, order, fields } = d.get();
      if (!page) return;
      const now = d.now();
      const sections: Proposal['sections'] = [];
      const facts: Proposal['facts'] = {};
      let title = '';
      for (const key of order) {
        const f = fields[key];
        if (!f) continue;
        const value = f.fact ? (f.value ?? '') : ((await readField(key)) ?? '');
        if ((FACT_KEYS as readonly string[]).includes(f.section)) {
          if (value.trim()) facts[f.section as FactKey] ??= value.trim();
        } else if (f.section === 'title' && !f.fact) title ||= value.trim();
        else if (!f.fact && f.section !== 'other' && value.trim()) {
          sections.push({ section: f.section, ...(f.section2 ? { section2: f.section2 } : {}), heading: f.label, text: value });
        }
      }
      if (!sections.length) return d.set({ notice: { key: 'notice.proposalEmpty' } });
      const proposal: Proposal = {
        id: d.newId(), title: title || page.title, profileId: page.profileId, year: year(), sections, facts, variables: {},
        source: { competition: page.profileId, year: year(), url: page.url, pageTitle: page.title }, createdAt: now, updatedAt: now,
      };
      const r = await d.ask('saveProposal', { proposal }).catch(() => ({ ok: false }) as BackgroundReplies['saveProposal']);
      d.set({ notice: !r.ok ? { key: 'notice.librarySaveFailed' } : r.duplicate ? { key: 'notice.proposalDuplicate', params: { title: r.proposal?.title ?? '' } } : { key: 'notice.proposalSaved', params: { n: String(sections.length) }, ok: true } });
      if (r.ok) void actions.loadLibrary();
    },

    async insertSnippet(key, snippetId, mode = 'replace') {
      const s = lib().snippets.find((x) => x.id === snippetId);
      if (!s) return;
      const vars = variablesIn(s.text);
      const page = d.get().page;
      // The innovation's name is what this form's title field holds, when it has one.
      const titleKey = d.get().order.find((k) => d.get().fields[k]?.section === 'title' && !d.get().fields[k]?.fact);
      const title = titleKey ? ((await readField(titleKey))?.trim() || undefined) : undefined;
      const known = suggestedAnswers({ title, year: year() }, page ? await loadAnswers(page.formKey) : {});
      if (vars.some((v) => !known[v]?.trim())) {
        return patch({ insert: { key, snippetId, mode, variables: vars, answers: Object.fromEntries(vars.map((v) => [v, known[v] ?? ''])) } });
      }
      const ok = await write(key, fillVariables(s.text, known), mode, 'before-snippet');
      d.set({ notice: ok ? { key: 'notice.snippetInserted', ok: true } : { key: 'notice.snippetInsertFailed' } });
    },

    async answerVariables(answers) {
      const ins = lib().insert;
      const s = ins && lib().snippets.find((x) => x.id === ins.snippetId);
      const page = d.get().page;
      if (!ins || !s) return;
      if (page) await rememberAnswers(page.formKey, answers);
      patch({ insert: null });
      const ok = await write(ins.key, fillVariables(s.text, answers), ins.mode, 'before-snippet');
      d.set({ notice: ok ? { key: 'notice.snippetInserted', ok: true } : { key: 'notice.snippetInsertFailed' } });
    },
    cancelInsert: () => patch({ insert: null }),

    async openFill() {
      d.set({ view: 'library', editing: null, history: null });
      await actions.loadLibrary();
      const newest = [...lib().proposals].sort((a, b) => b.updatedAt - a.updatedAt)[0];
      patch({ fill: { proposalId: newest?.id ?? null, overwrite: false, items: [], facts: [], status: 'ready' } });
      actions.setFillProposal(newest?.id ?? null);
    },
    setFillProposal(id) {
      const p = lib().proposals.find((x) => x.id === id);
      const fill = lib().fill;
      if (!fill) return;
      const fields = d.get().order.map((k) => d.get().fields[k]!).filter(Boolean);
      const opts = { overwrite: fill.overwrite };
      patch({ fill: {
        ...fill, proposalId: id, items: p ? planFill(p, fields, opts) : [], facts: p ? planFacts(p, fields, opts) : [],
        status: 'ready', written: undefined, failed: undefined, missing: undefined,
      } });
    },
    setFillOverwrite(overwrite) {
      const fill = lib().fill;
      if (!fill) return;
      patch({ fill: { ...fill, overwrite } });
      actions.setFillProposal(fill.proposalId);
    },
    toggleFillItem(key) {
      const fill = lib().fill;
      const flip = <T extends { key: string; include: boolean }>(list: T[]) => list.map((i) => (i.key === key ? { ...i, include: !i.include } : i));
      if (fill) patch({ fill: { ...fill, items: flip(fill.items), facts: flip(fill.facts) } });
    },
    async runFill() {
      const fill = lib().fill;
      if (!fill || fill.status === 'filling') return;
      patch({ fill: { ...fill, status: 'filling' } });
      const written: string[] = [];
      const failed: string[] = [];
      for (const item of fill.items.filter((i) => i.include)) {
        if (await write(item.key, item.text, 'replace', 'before-fill')) written.push(item.key);
        else failed.push(item.key);
      }
      const missing: NonNullable<FillState['missing']> = [];
      for (const f of fill.facts.filter((i) => i.include)) {
        if (!f.choose) {
          if (await write(f.key, f.value, 'replace', 'before-fill')) written.push(f.key);
          else failed.push(f.key);
          continue;
        }
        const res = await d.requests.request('setFact', { key: f.key, value: f.value }).catch(() => null);
        if (res?.ok) written.push(f.key);
        else if (res?.error === 'no-option') missing.push({ key: f.key, value: f.value, options: res.options ?? [] });
        else failed.push(f.key);
      }
      const now = lib().fill;
      if (now) patch({ fill: { ...now, status: 'done', written, failed, missing } });
    },
    closeFill: () => {
      patch({ fill: null });
      d.set({ view: 'main' });
    },

    async deleteSnippet(id) {
      const r = await d.ask('setDeleted', { table: 'snippets', id, deleted: true }).catch(() => ({ ok: false }));
      if (r.ok) patch({ deleted: { table: 'snippets', id } });
      await actions.loadLibrary();
    },
    async undoDelete() {
      const del = lib().deleted;
      if (!del) return;
      await d.ask('setDeleted', { ...del, deleted: false }).catch(() => ({ ok: false }));
      patch({ deleted: null });
      await actions.loadLibrary();
    },
    async toggleFavourite(id) {
      const s = lib().snippets.find((x) => x.id === id);
      if (!s) return;
      await d.ask('updateSnippet', { id, patch: { favourite: !s.favourite } }).catch(() => undefined);
      await actions.loadLibrary();
    },

    async editSnippet(id, change) {
      const r = await d.ask('updateSnippet', { id, patch: change }).catch(() => ({ ok: false, error: 'failed' as const }));
      if (!r.ok) d.set({ notice: { key: r.error === 'duplicate' ? 'notice.snippetEditDuplicate' : 'notice.librarySaveFailed' } });
      await actions.loadLibrary();
    },

    exportLibrary() {
      const { snippets, proposals } = lib();
      const json = exportLibrary({ snippets, proposals }, new Date(d.now()));
      d.download(new Blob([json], { type: 'application/json' }), `jendela-pustaka-${new Date(d.now()).toISOString().slice(0, 10)}.json`);
    },
    async importLibrary(file) {
      const parsed = parseLibrary(await file.text());
      if (!parsed.ok) return d.set({ notice: { key: `import.${parsed.reason}`, params: { detail: parsed.detail } } });
      await actions.loadLibrary();
      const plan = planMerge({ snippets: lib().snippets, proposals: lib().proposals }, parsed, d.newId);
      const r = await d.ask('importLibrary', { plan }).catch(() => ({ ok: false }));
      if (!r.ok) return d.set({ notice: { key: 'notice.librarySaveFailed' } });
      d.set({ notice: { key: 'notice.imported', ok: true, params: {
        snippets: String(plan.addSnippets.length), proposals: String(plan.addProposals.length),
        skipped: String(plan.skippedSnippets + plan.skippedProposals), damaged: String(plan.damaged),
      } } });
      await actions.loadLibrary();
    },
    async importDocx(file) {
      try {
        const { importDocx } = await import('../library/docx-import');
        const review = await importDocx(await file.arrayBuffer());
        d.set({ view: 'library' });
        patch({ review: { ...review, fileName: file.name } });
      } catch (error) {
        d.set({ notice: { key: 'import.docxFailed', params: { detail: String(error instanceof Error ? error.message : error) } } });
      }
    },
    async confirmDocx() {
      const r = lib().review;
      if (!r || !r.sections.length) return;
      const now = d.now();
      const proposal: Proposal = {
        id: d.newId(), title: r.title || r.fileName.replace(/\.docx$/i, ''), profileId: r.profileId, year: year(),
        sections: r.sections.map(({ heading, section, section2, text }) => ({ heading, section, ...(section2 ? { section2 } : {}), text })),
        facts: r.facts, variables: {}, source: { competition: r.profileId, pageTitle: r.fileName }, createdAt: now, updatedAt: now,
      };
      const res = await d.ask('saveProposal', { proposal }).catch(() => ({ ok: false }) as BackgroundReplies['saveProposal']);
      patch({ review: null });
      d.set({ notice: !res.ok ? { key: 'notice.librarySaveFailed' } : res.duplicate ? { key: 'notice.proposalDuplicate', params: { title: proposal.title } } : { key: 'notice.proposalSaved', params: { n: String(proposal.sections.length) }, ok: true } });
      await actions.loadLibrary();
    },
    cancelDocx: () => patch({ review: null }),
  };
  return actions;
}

export { initialLibrary };
