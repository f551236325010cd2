/**
 * Every string the panel shows, Bahasa Indonesia first. The English dictionary is typed against the
 * Indonesian one, so a missing (or extra) key is a compile error. `{name}` placeholders are filled by `t`;
 * numbers are formatted for the language ("2.000" / "2,000"). English entries that depend on a count may be
 * `{ one, other }`, chosen by the `n` parameter (Indonesian has no plural forms).
 */
import { en } from './panel/strings-en';
import { id, type MessageKey } from './panel/strings-id';
import type { Language } from './storage';
import type { LimitSource, MeterState, SectionKey } from './types';

export type { MessageKey };
export type Entry = string | { one: string; other: string };

export const dictionaries: Record<Language, Record<MessageKey, Entry>> = { id, en };
const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** The languages the panel speaks, in the order the picker lists them. */
export const UI_LANGUAGES = Object.keys(dictionaries) as Language[];

export type Params = Record<string, string | number>;

// Intl objects are slow to build and a 300-row list formats thousands of numbers: build one per language.
const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

export function formatNumber(lang: Language, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(locales[lang])));
  return format.format(n);
}

function plural(lang: Language, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(locales[lang])));
  return rules.select(n);
}

export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  const entry = dictionaries[lang][key];
  const n = params.n;
  const text =
    typeof entry === 'string'
      ? entry
      : plural(lang, typeof n === 'number' ? n : 0) === 'one' ? entry.one : entry.other;
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

// Typed lookups for the closed sets, so a new section, state or source without a string fails to compile.
export const sectionName = (lang: Language, s: SectionKey): string => t(lang, `section.${s}`);
export const stateName = (lang: Language, s: MeterState): string => t(lang, `state.${s}`);
export const sourceName = (lang: Language, s: LimitSource): string => t(lang, `source.${s}`);
export const languageName = (lang: Language, l: Language): string => t(lang, `language.${l}`);
