/** The panel's dictionary: both languages complete, placeholders filled, numbers formatted per language. */
import { describe, expect, it } from 'vitest';
import { dictionaries, sectionName, sourceName, stateName, t, type MessageKey } from '@/utils/i18n';
import { limitLines } from '@/utils/panel/format';
import { FACT_SECTIONS, PROSE_SECTIONS, type MeterState } from '@/utils/types';

const placeholders = (entry: string | { one: string; other: string }) =>
  (typeof entry === 'string' ? [entry] : [entry.one, entry.other])
    .flatMap((text) => text.match(/\{\w+\}/g) ?? [])
    .sort();

describe('dictionaries', () => {
  it('has the same keys in English as in Bahasa Indonesia, none empty', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.id).sort());
    for (const lang of ['id', 'en'] as const) {
      for (const [key, entry] of Object.entries(dictionaries[lang])) {
        const texts = typeof entry === 'string' ? [entry] : [entry.one, entry.other];
        expect(texts.every((s) => s.trim().length > 0), `${lang} ${key}`).toBe(true);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(dictionaries.id) as MessageKey[]) {
      expect(new Set(placeholders(dictionaries.en[key])), key).toEqual(new Set(placeholders(dictionaries.id[key])));
    }
  });

  it('names every canonical section, meter state and limit source', () => {
    const ids = [...PROSE_SECTIONS, ...FACT_SECTIONS].map((s) => sectionName('id', s));
    expect(new Set(ids).size).toBe(ids.length);
    expect(sectionName('id', 'impact')).toBe('Signifikansi / Dampak');
    expect(sectionName('en', 'impact')).toBe('Significance / Impact');
    const states: MeterState[] = ['empty', 'below', 'fine', 'near', 'over'];
    expect(new Set(states.map((s) => stateName('id', s))).size).toBe(states.length);
    expect(sourceName('id', 'page')).toBe('dari halaman');
  });
});

describe('t', () => {
  it('fills placeholders and formats numbers for the language', () => {
    expect(t('id', 'notice.truncated', { shown: 300, total: 2000 })).toBe('Menampilkan 300 dari 2.000 kolom');
    expect(t('en', 'notice.truncated', { shown: 300, total: 2000 })).toBe('Showing 300 of 2,000 fields');
    expect(t('id', 'notice.activateFailed', { error: 'x' })).toBe('Gagal mengaktifkan Jendela: x');
  });

  it('chooses English singular or plural by n; Indonesian has one form', () => {
    expect(t('en', 'notice.skippedFrames', { n: 1 })).toBe('1 frame from another site skipped');
    expect(t('en', 'notice.skippedFrames', { n: 2 })).toBe('2 frames from other sites skipped');
    expect(t('id', 'notice.skippedFrames', { n: 2 })).toBe('2 bingkai dari situs lain dilewati');
    expect(t('en', 'meter.words', { n: 1 })).toBe('1 word');
  });

  it('leaves an unknown placeholder visible rather than inventing a value', () => {
    expect(t('id', 'notice.activateFailed')).toBe('Gagal mengaktifkan Jendela: {error}');
  });

  it('words limits with their source', () => {
    const limits = { minWords: { value: 300, source: 'page' as const }, maxChars: { value: 2000, source: 'maxlength' as const } };
    expect(limitLines('id', limits)).toEqual(['min. 300 kata · dari halaman', 'maks. 2.000 karakter · dari maxlength']);
    expect(limitLines('en', { maxWords: { value: 200, source: 'editor' } })).toEqual(['max. 200 words · from the editor']);
  });
});
