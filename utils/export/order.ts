/** The order sections are exported in: the competition's, not the page's (regional copies shuffle them). */
import type { SectionKey } from '../types';

interface OrderedField { key: string; section: SectionKey; label: string; fact: boolean }

/**
 * The keys of the prose (non-fact) fields, sorted by where their section stands in `order`. Sections the
 * competition does not list go last in page order; the sort is stable, so a section's fields keep page order.
 */
export function sectionsInOrder(fields: OrderedField[], order: readonly SectionKey[]): string[] {
  const rank = new Map(order.map((section, i) => [section, i] as const));
  const last = order.length;
  return fields
    .filter((f) => !f.fact)
    .map((f) => ({ key: f.key, rank: rank.get(f.section) ?? last }))
    .sort((a, b) => a.rank - b.rank)
    .map((f) => f.key);
}
