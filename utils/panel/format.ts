/** Pure helpers that turn a field into the words and attributes its row shows. */
import { sectionName, sourceName, t } from '../i18n';
import { PROFILES } from '../profiles';
import type { Language } from '../storage';
import type { Limit, Limits } from '../types';
import type { LimitProblem } from './editor';
import type { FieldView } from './fields';

type LimitKey = keyof Limits;
const LIMIT_TEXT = {
  minWords: 'limit.minWords',
  maxWords: 'limit.maxWords',
  minChars: 'limit.minChars',
  maxChars: 'limit.maxChars',
} as const satisfies Record<LimitKey, string>;
const LIMIT_ORDER: LimitKey[] = ['minWords', 'maxWords', 'minChars', 'maxChars'];

/** One line per limit, with where it came from: "maks. 200 kata · dari halaman". */
export function limitLines(lang: Language, limits: Limits): string[] {
  return LIMIT_ORDER.flatMap((key) => {
    const limit: Limit | undefined = limits[key];
    return limit ? [`${t(lang, LIMIT_TEXT[key], { n: limit.value })} · ${sourceName(lang, limit.source)}`] : [];
  });
}

/** The section(s) a field answers, by name: "Rancang Bangun + Latar Belakang". */
export function sectionsText(lang: Language, field: FieldView): string {
  const first = sectionName(lang, field.section);
  return field.section2 ? `${first} + ${sectionName(lang, field.section2)}` : first;
}

/** "120 / 200 kata" when there is a word maximum, else "120 kata". */
export function wordsText(lang: Language, field: FieldView): string {
  const { words } = field.counts;
  const max = field.limits.maxWords?.value;
  return max === undefined ? t(lang, 'meter.words', { n: words }) : t(lang, 'meter.wordsOf', { n: words, max });
}

/** "812 / 2.000 karakter", plus the submitted count when a posted form would count differently. */
export function charsText(lang: Language, field: FieldView): string {
  const { chars, charsSubmitted } = field.counts;
  const max = field.limits.maxChars?.value;
  const base = max === undefined ? t(lang, 'meter.chars', { n: chars }) : t(lang, 'meter.charsOf', { n: chars, max });
  return charsSubmitted === chars ? base : `${base} (${t(lang, 'meter.charsSubmitted', { n: charsSubmitted })})`;
}

/** How full the field is against its tightest known bound, 0–1 (capped); null when it has no limit. */
export function meterFill(field: FieldView): number | null {
  const { words, chars, charsSubmitted } = field.counts;
  const { maxWords, maxChars, minWords, minChars } = field.limits;
  const ratios: number[] = [];
  if (maxWords) ratios.push(words / maxWords.value);
  if (maxChars) ratios.push(Math.max(chars, charsSubmitted) / maxChars.value);
  if (!ratios.length && minWords) ratios.push(words / minWords.value);
  if (!ratios.length && minChars) ratios.push(chars / minChars.value);
  if (!ratios.length) return null;
  return Math.min(1, Math.max(0, ...ratios.map((r) => (Number.isFinite(r) ? r : 1))));
}

/** The data-* attributes the testing contract reads off each row. */
export function rowAttributes(field: FieldView): Record<`data-${string}`, string | undefined> {
  const { limits, counts } = field;
  const str = (n: number | undefined) => (n === undefined ? undefined : String(n));
  // The source of the limit the meter is measured against (a word maximum first, as portals state them).
  const main = limits.maxWords ?? limits.maxChars ?? limits.minWords ?? limits.minChars;
  return {
    'data-field-key': field.key,
    'data-section': field.section,
    'data-kind': field.kind,
    'data-state': field.state,
    'data-words': String(counts.words),
    'data-chars': String(counts.chars),
    'data-min-words': str(limits.minWords?.value),
    'data-max-words': str(limits.maxWords?.value),
    'data-max-chars': str(limits.maxChars?.value),
    'data-limit-source': main?.source,
  };
}

/** A profile's display name; the id itself if the registry does not know it (not the generic's name). */
export function profileName(id: string): string {
  return PROFILES.find((p) => p.id === id)?.name ?? id;
}

/** "https://example.org" → "example.org"; the text itself if it is not a URL. */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** One broken limit in words: "Lebih 12 kata dari batas maks. 200 kata". */
export function problemText(lang: Language, p: LimitProblem): string {
  if (p.limit === null || p.by === null) return t(lang, 'warn.maxlengthUnknown');
  const n = p.by;
  switch (p.kind) {
    case 'maxWords':
      return t(lang, 'warn.maxWords', { n, max: p.limit });
    case 'maxChars':
      return t(lang, 'warn.maxChars', { n, max: p.limit });
    case 'maxlength':
      return t(lang, 'warn.maxlength', { n, max: p.limit });
    case 'minWords':
      return t(lang, 'warn.minWords', { n, min: p.limit });
    case 'minChars':
      return t(lang, 'warn.minChars', { n, min: p.limit });
  }
}
