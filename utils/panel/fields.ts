/**
 * Pure transforms from what the content script reports to what the panel lists. Fields are kept by key so a
 * `counts` update replaces only the rows it names (the others keep their identity, and memoised rows skip).
 */
import { meterState } from '../meter';
import type { Counts, FieldInfo, FormSnapshot, MeterState } from '../types';

export interface FieldView extends FieldInfo {
  state: MeterState;
}

/** The snapshot without its fields: page, profile, truncation, skipped frames. */
export type PageInfo = Omit<FormSnapshot, 'fields'>;

export interface FieldsData {
  page: PageInfo;
  /** Keys in page order. */
  order: string[];
  fields: Record<string, FieldView>;
}

export function fromSnapshot(snapshot: FormSnapshot): FieldsData {
  const { fields: list, ...page } = snapshot;
  const order: string[] = [];
  const fields: Record<string, FieldView> = {};
  for (const field of list) {
    if (fields[field.key]) continue; // a key is unique by contract; keep the first if a page breaks it
    order.push(field.key);
    fields[field.key] = { ...field, state: meterState(field.counts, field.limits) };
  }
  return { page, order, fields };
}

/** Merges live counts; returns the same object when no listed field changed. */
export function applyCounts(
  fields: Record<string, FieldView>,
  updates: readonly { key: string; counts: Counts }[],
): Record<string, FieldView> {
  let next: Record<string, FieldView> | null = null;
  for (const { key, counts } of updates) {
    const field = (next ?? fields)[key];
    if (!field || sameCounts(field.counts, counts)) continue;
    next ??= { ...fields };
    next[key] = { ...field, counts, state: meterState(counts, field.limits) };
  }
  return next ?? fields;
}

function sameCounts(a: Counts, b: Counts): boolean {
  return a.words === b.words && a.chars === b.chars && a.charsSubmitted === b.charsSubmitted;
}

export interface Summary {
  /** Text fields (facts are not counted). */
  total: number;
  /** Text fields with at least one word. */
  filled: number;
  over: number;
  /** Text fields with some words but fewer than their minimum. */
  under: number;
}

export function summarize(order: readonly string[], fields: Record<string, FieldView>): Summary {
  const summary: Summary = { total: 0, filled: 0, over: 0, under: 0 };
  for (const key of order) {
    const field = fields[key];
    if (!field || field.fact) continue;
    summary.total++;
    if (field.counts.words > 0) summary.filled++;
    if (field.state === 'over') summary.over++;
    if (field.state === 'below') summary.under++;
  }
  return summary;
}

/** Splits keys into text fields (with meters) and facts, each in page order. */
export function partition(order: readonly string[], fields: Record<string, FieldView>) {
  const text: string[] = [];
  const facts: string[] = [];
  for (const key of order) (fields[key]?.fact ? facts : text).push(key);
  return { text, facts };
}

export interface ProfileOption {
  id: string;
  name: string;
}

/** The picker's choices: the profiles that fit, best first, plus the current one if detection left it out. */
export function profileOptions(page: PageInfo, nameOf: (id: string) => string): ProfileOption[] {
  const ids = page.profileScores.map((p) => p.id);
  if (!ids.includes(page.profileId)) ids.unshift(page.profileId);
  return [...new Set(ids)].map((id) => ({ id, name: nameOf(id) }));
}
