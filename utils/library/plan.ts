/**
 * "Fill this form from a saved proposal": which saved section goes into which field, across portals. A pure
 * function of the proposal and the form's fields; the panel shows the plan (each field's resulting words
 * against its limit), the user unticks what they do not want, and one click writes the ticked ones.
 *
 * How sections meet fields:
 * 1. Same section: the form's fields of a section take the saved texts of that section in order (KIPP's two
 *    Adaptabilitas boxes take two saved replication texts); extra saved texts join the last field.
 * 2. A field that covers a second section (IGA's Rancang Bangun: design + background) also takes that
 *    section's saved text, unless the form has a field of its own for it.
 * 3. A field with nothing of its own section takes a saved box that covered it as a second one (KIPP's
 *    "Latar Belakang dan Tujuan" feeds IGA's Tujuan), marked as combined so the user knows to trim it.
 * The title field takes the proposal's title. Fields that already hold text are left alone unless the user
 * chooses to overwrite.
 */
import { meterState } from '../meter';
import { countText } from '../text/count';
import type { FieldInfo, MeterState, SectionKey } from '../types';
import type { Proposal, ProposalSection } from './types';

export interface PlanItem {
  key: string;
  label: string;
  section: SectionKey;
  /** The saved sections it comes from, as that form worded them. */
  from: string[];
  text: string;
  words: number;
  /** The result against this field's limits. */
  state: MeterState;
  /** Words the field holds now. */
  current: number;
  /** Ticked for writing: by default, fields that are empty now (all of them when overwriting). */
  include: boolean;
  /** Taken from a saved box that also covered other sections: likely needs trimming. */
  combined: boolean;
}

const PROSE_SKIP = new Set<SectionKey>(['other', 'stage', 'initiator', 'kind', 'sector', 'dates', 'budget']);

export function planFill(proposal: Proposal, fields: FieldInfo[], opts: { overwrite?: boolean } = {}): PlanItem[] {
  const text = fields.filter((f) => !f.fact && !PROSE_SKIP.has(f.section));
  const saved = proposal.sections.filter((s) => s.text.trim());
  const own = new Map<string, ProposalSection[]>();
  const combined = new Set<string>();
  const bySection = new Map<SectionKey, FieldInfo[]>();
  for (const f of text) bySection.set(f.section, [...(bySection.get(f.section) ?? []), f]);
  // 1. Same section, in order.
  for (const [section, list] of bySection) {
    saved.filter((s) => s.section === section).forEach((s, i) => {
      const key = list[Math.min(i, list.length - 1)]!.key;
      own.set(key, [...(own.get(key) ?? []), s]);
    });
  }
  const given = new Map<string, ProposalSection[]>();
  for (const f of text) {
    // 3. Nothing of its own section: a saved box that covered it as a second section.
    let parts = own.get(f.key) ?? [];
    if (!parts.length) {
      parts = saved.filter((x) => x.section2 === f.section);
      if (parts.length) combined.add(f.key);
    }
    // 2. Its second section, when no field of the form is that section's own.
    if (f.section2 && !bySection.has(f.section2)) parts = [...parts, ...saved.filter((x) => x.section === f.section2 && !parts.includes(x))];
    if (parts.length) given.set(f.key, parts);
  }

  const items: PlanItem[] = [];
  for (const f of text) {
    const parts = given.get(f.key);
    const value = f.section === 'title' && !parts ? proposal.title : parts?.map((p) => p.text.trim()).join('\n\n');
    if (!value) continue;
    const counts = countText(value);
    items.push({
      key: f.key, label: f.label, section: f.section, from: parts?.map((p) => p.heading) ?? [proposal.title],
      text: value, words: counts.words, state: meterState(counts, f.limits), current: f.counts.words,
      include: opts.overwrite === true || f.counts.words === 0, combined: combined.has(f.key),
    });
  }
  return items;
}

/** A fact of the new form filled from the saved proposal's facts (stage, kind, sector, dates, budget…). */
export interface FactPlanItem {
  key: string;
  label: string;
  section: SectionKey;
  value: string;
  /** A select, radio or date is chosen (its option must exist); a short text box is written. */
  choose: boolean;
  /** Ticked by default when the field has no value yet. */
  include: boolean;
}

const CHOSEN_KINDS = new Set(['select', 'radio', 'date']);

export function planFacts(proposal: Proposal, fields: FieldInfo[], opts: { overwrite?: boolean } = {}): FactPlanItem[] {
  const used = new Set<SectionKey>();
  const out: FactPlanItem[] = [];
  for (const f of fields) {
    const value = (proposal.facts as Partial<Record<SectionKey, string>>)[f.section];
    const choose = f.fact && CHOSEN_KINDS.has(f.kind);
    if (!value || used.has(f.section) || !(choose || (!f.fact && f.kind === 'input'))) continue;
    used.add(f.section); // one saved value, one field: the first of its section (a form's "Waktu Uji Coba")
    const empty = choose ? !f.value : f.counts.words === 0;
    out.push({ key: f.key, label: f.label, section: f.section, value, choose, include: opts.overwrite === true || empty });
  }
  return out;
}
