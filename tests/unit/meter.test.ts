import { mergeLimits, meterState } from '../../utils/meter';
import type { SectionRule } from '../../utils/profiles/define';
import type { Counts, Limits } from '../../utils/types';

const counts = (words: number, chars = words * 6, charsSubmitted = chars): Counts => ({ words, chars, charsSubmitted });
const maxWords = (value: number): Limits => ({ maxWords: { value, source: 'page' } });

describe('meterState', () => {
  it('is empty with no text, whatever the limits', () => {
    expect(meterState(counts(0, 0), {})).toBe('empty');
    expect(meterState(counts(0, 0), { minWords: { value: 300, source: 'profile' } })).toBe('empty');
  });

  it('counts whitespace-only text as started, not empty', () => {
    expect(meterState(counts(0, 3), {})).toBe('fine');
  });

  it.each([
    [100, 'fine'],
    [179, 'fine'],
    [180, 'near'],
    [200, 'near'],
    [201, 'over'],
  ] as const)('%i of max 200 words is %s', (words, state) => {
    expect(meterState(counts(words), maxWords(200))).toBe(state);
  });

  it('is below under a minimum, and below wins over near', () => {
    const limits: Limits = { minWords: { value: 300, source: 'profile' } };
    expect(meterState(counts(299), limits)).toBe('below');
    expect(meterState(counts(300), limits)).toBe('fine');
    expect(meterState(counts(295), { ...limits, ...maxWords(310) })).toBe('below');
    expect(meterState(counts(10, 10), { minChars: { value: 20, source: 'maxlength' } })).toBe('below');
  });

  it('is fine with no limits at all', () => {
    expect(meterState(counts(5000), {})).toBe('fine');
  });

  it('checks a maxlength limit on value length and a stated limit on submitted length', () => {
    // 1000 chars in the field, 1010 once each of 10 newlines is posted as CRLF.
    const c = counts(150, 1000, 1010);
    expect(meterState(c, { maxChars: { value: 1000, source: 'maxlength' } })).toBe('near');
    expect(meterState(c, { maxChars: { value: 1000, source: 'page' } })).toBe('over');
    expect(meterState(c, { maxChars: { value: 2000, source: 'page' } })).toBe('fine');
    expect(meterState(c, { maxChars: { value: 1100, source: 'profile' } })).toBe('near');
  });

  it('is over when either words or chars are over', () => {
    const limits: Limits = { ...maxWords(200), maxChars: { value: 500, source: 'page' } };
    expect(meterState(counts(100, 501), limits)).toBe('over');
    expect(meterState(counts(201, 400), limits)).toBe('over');
  });
});

describe('mergeLimits', () => {
  const rule: SectionRule = { section: 'summary', labels: ['Ringkasan'], maxWords: 200, maxChars: 1500 };

  it('returns no limits when nothing states one', () => {
    expect(mergeLimits({}, undefined, undefined, undefined, undefined)).toEqual({});
  });

  it('takes profile limits when nothing else says', () => {
    expect(mergeLimits({}, undefined, undefined, undefined, rule)).toEqual({
      maxWords: { value: 200, source: 'profile' },
      maxChars: { value: 1500, source: 'profile' },
    });
  });

  it('ranks page text over attributes over editor config over the profile, per limit', () => {
    expect(mergeLimits({ maxWords: 250 }, 2000, 10, { maxChars: 3000, maxWords: 400 }, rule)).toEqual({
      maxWords: { value: 250, source: 'page' },
      maxChars: { value: 2000, source: 'maxlength' },
      minChars: { value: 10, source: 'maxlength' },
    });
    expect(mergeLimits({}, undefined, undefined, { maxChars: 3000 }, rule)).toEqual({
      maxWords: { value: 200, source: 'profile' },
      maxChars: { value: 3000, source: 'editor' },
    });
    expect(mergeLimits({ maxChars: 1000 }, 2000, undefined, undefined, undefined)).toEqual({
      maxChars: { value: 1000, source: 'page' },
    });
  });

  it('ignores missing and meaningless attribute values', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(mergeLimits({}, bad, bad, undefined, undefined)).toEqual({});
    }
  });

  it('keeps a profile minimum beside a page maximum', () => {
    const iga: SectionRule = { section: 'design', labels: ['Rancang Bangun'], minWords: 300 };
    expect(mergeLimits({ maxWords: 1000 }, undefined, undefined, undefined, iga)).toEqual({
      minWords: { value: 300, source: 'profile' },
      maxWords: { value: 1000, source: 'page' },
    });
  });

  it('drops the lower-precedence side of a contradiction', () => {
    const iga: SectionRule = { section: 'design', labels: ['Rancang Bangun'], minWords: 300 };
    expect(mergeLimits({ maxWords: 200 }, undefined, undefined, undefined, iga)).toEqual({
      maxWords: { value: 200, source: 'page' },
    });
    expect(mergeLimits({ minChars: 500 }, 400, undefined, undefined, undefined)).toEqual({
      minChars: { value: 500, source: 'page' },
    });
  });
});
