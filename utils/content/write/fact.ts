/**
 * Filling a fact from a saved proposal: a select's option, a radio in a group, a date. The option is chosen
 * by what the user reads (its text or label), the way the form shows it; an option this form does not have
 * is reported with the options it does have, never guessed. Fires what a user's choice fires, then reads
 * back what the portal would submit.
 */
import type { FactResult } from '../../messages';
import type { Candidate } from '../candidates';
import { squash } from '../dom';
import { readFact } from '../read';
import { setValueDirectly } from './plain';

const norm = (s: string) => squash(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The one choice that matches `value`: the same words, else the only one containing them (or contained). */
function pick<T>(choices: T[], text: (c: T) => string, value: string): T | null {
  const v = norm(value);
  if (!v) return null;
  const same = choices.filter((c) => norm(text(c)) === v);
  if (same.length) return same[0]!;
  const near = choices.filter((c) => {
    const t = norm(text(c));
    return t.length >= 3 && (t.includes(v) || v.includes(t));
  });
  return near.length === 1 ? near[0]! : null;
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2023-03-01", "01/03/2023", "1-3-2023", "1 Maret 2023", "March 1, 2023" → "2023-03-01"; null otherwise. */
export function isoDate(value: string): string | null {
  const v = value.trim().toLowerCase();
  const pad = (n: number) => String(n).padStart(2, '0');
  const ok = (y: number, m: number, d: number) => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(v);
  if (m) return ok(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (m) return ok(+m[3]!, +m[2]!, +m[1]!); // Indonesian order: day, month, year
  m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(v);
  if (m) {
    const month = Math.max(MONTHS.indexOf(m[2]!), MONTHS_EN.indexOf(m[2]!)) + 1;
    return month ? ok(+m[3]!, month, +m[1]!) : null;
  }
  m = /^([a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(v);
  if (m) {
    const month = MONTHS_EN.indexOf(m[1]!) + 1;
    return month ? ok(+m[3]!, month, +m[2]!) : null;
  }
  return null;
}

const fire = (el: Element) => {
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

export function writeFact(key: string, c: Candidate, value: string): FactResult {
  const done = (ok: boolean, extra: Partial<FactResult> = {}): FactResult => ({ ok, key, value: readFact(c), ...extra });
  if (c.group && c.kind === 'radio') {
    const label = (r: HTMLInputElement) => r.labels?.[0]?.textContent ?? r.value;
    const chosen = pick(c.group, label, value);
    if (!chosen) return done(false, { error: 'no-option', options: c.group.map((r) => squash(label(r))) });
    chosen.click();
    return done(chosen.checked, chosen.checked ? {} : { error: 'not-verified' });
  }
  const el = c.editable;
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const options = Array.from(select.options).filter((o) => o.value !== '' && !o.disabled);
    const chosen = pick(options, (o) => o.text, value) ?? pick(options, (o) => o.value, value);
    if (!chosen) return done(false, { error: 'no-option', options: options.map((o) => squash(o.text)) });
    // A select's value has no framework-wrapped setter to go around: setting the option is what a choice does.
    if (select.multiple) chosen.selected = true;
    else select.value = chosen.value;
    fire(select);
    return done(chosen.selected, chosen.selected ? {} : { error: 'not-verified' });
  }
  if (c.kind === 'date') {
    const input = el as HTMLInputElement;
    const iso = isoDate(value);
    if (!iso || input.type !== 'date') return done(false, { error: 'no-option' });
    setValueDirectly(input, iso);
    return done(input.value === iso, input.value === iso ? {} : { error: 'not-verified' });
  }
  return done(false, { error: 'failed' });
}
