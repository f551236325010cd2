/**
 * Export the whole proposal as .docx or Markdown: the facts table on top, then a heading per section in the
 * competition's order, each with the text the page holds now (or, when a field cannot be read, its last local
 * draft). Made and downloaded in the panel: nothing leaves the machine. The .docx writer is loaded on first
 * use, so the panel does not carry it until someone exports.
 */
import { t } from '../i18n';
import { sectionsInOrder } from '../export/order';
import { toMarkdown } from '../export/markdown';
import type { ExportFact, ExportSection, ProposalExport } from '../export/types';
import { getProfile } from '../profiles';
import { db } from '../store/db';
import { loadForm } from '../store/drafts';
import { FACT_SECTIONS, type SectionKey } from '../types';
import type { PendingRequests } from './requests';
import { readFieldText } from './write-through';
import type { PanelData } from './store';

export interface ExportDeps {
  get(): PanelData;
  set(patch: Partial<PanelData>): void;
  requests: PendingRequests;
  /** Saves a file (the panel's own document by default). */
  download?(blob: Blob, name: string): void;
}

const isFactSection = (s: SectionKey) => (FACT_SECTIONS as readonly string[]).includes(s);
/** "B. RINGKASAN* :" → "B. RINGKASAN": a heading without the form's marks. */
const heading = (label: string) => label.replace(/[\s*:]+$/, '').trim();

/** Saves a file from the panel's own document (an anchor with `download`; no downloads permission needed). */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function fileName(title: string, ext: string): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'proposal'}.${ext}`;
}

/** Reads every text field and puts the proposal together (exported for tests). */
export async function assemble(d: Pick<ExportDeps, 'get' | 'requests'>, now: Date): Promise<ProposalExport | null> {
  const { page, order, fields, language: lang } = d.get();
  if (!page) return null;
  const list = order.map((k) => fields[k]!).filter(Boolean);
  const saved = await loadForm(db(), page.formKey).catch(() => null);
  const texts = new Map<string, string>();
  for (const f of list.filter((x) => !x.fact)) {
    const text = (await readFieldText(d.requests, f.key)) ?? saved?.drafts.find((r) => r.fieldKey === f.key)?.text;
    texts.set(f.key, text ?? '');
  }
  const profile = getProfile(page.profileId);
  const competitionOrder = [...new Set(profile.sections.map((r) => r.section))];
  const titleField = list.find((f) => f.section === 'title' && !f.fact);
  // Short answers that are facts (initiator, dates typed as text, links) go in the table with the selects.
  const factLike = (f: (typeof list)[number]) =>
    f.fact || (f.kind === 'input' && f !== titleField && (isFactSection(f.section) || f.section === 'other'));
  const facts: ExportFact[] = list.filter(factLike).map((f) => ({
    label: heading(f.label) || t(lang, `section.${f.section}`), value: f.fact ? (f.value ?? '') : (texts.get(f.key) ?? ''),
  }));
  const prose = list.filter((f) => !factLike(f) && f !== titleField);
  const sections: ExportSection[] = sectionsInOrder(prose, competitionOrder).map((key) => {
    const f = fields[key]!;
    return { section: f.section, heading: heading(f.label) || t(lang, `section.${f.section}`), text: texts.get(key) ?? '' };
  });
  return {
    title: (titleField && texts.get(titleField.key)?.trim()) || page.title || t(lang, 'export.untitled'),
    competition: profile.name, source: page.url, exportedAt: now, language: lang,
    labels: {
      facts: t(lang, 'export.facts'), field: t(lang, 'export.field'), value: t(lang, 'export.value'),
      empty: t(lang, 'export.empty'), exportedFrom: t(lang, 'export.from'), exportedAt: t(lang, 'export.at'),
    },
    facts, sections,
  };
}

export async function exportProposal(format: 'docx' | 'md', d: ExportDeps, now = new Date()): Promise<void> {
  try {
    const p = await assemble(d, now);
    if (!p) return;
    const blob = format === 'md'
      ? new Blob([toMarkdown(p)], { type: 'text/markdown;charset=utf-8' })
      : await (await import('../export/docx')).docxBlob(p);
    (d.download ?? downloadFile)(blob, fileName(p.title, format));
    d.set({ notice: { key: 'notice.exported', params: { file: fileName(p.title, format) }, ok: true } });
  } catch (error) {
    d.set({ notice: { key: 'notice.exportFailed', params: { error: String(error) } } });
  }
}
