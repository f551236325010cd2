import { countText, countWords } from '../../utils/text/count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['satu', 1],
    ['satu dua tiga', 3],
    ['  satu   dua  ', 2],
    ['baris satu\nbaris dua\r\nbaris tiga', 6],
    ['"Halo," katanya.', 2],
    ['Tahun 2023 ada 10% kenaikan (1)', 6],
  ])('%j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ['NBSP', '\u00a0'],
    ['en quad', '\u2000'],
    ['em space', '\u2003'],
    ['hair space', '\u200a'],
    ['narrow NBSP', '\u202f'],
    ['medium math space', '\u205f'],
    ['ideographic space', '\u3000'],
    ['ogham space', '\u1680'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['next line', '\u0085'],
    ['vertical tab', '\v'],
    ['form feed', '\f'],
  ])('%s separates words', (_name, space) => {
    expect(countWords(`satu${space}dua${space}${space}tiga`)).toBe(3);
  });

  it.each([
    ['ZWSP', '\u200b'],
    ['ZWNJ', '\u200c'],
    ['ZWJ', '\u200d'],
    ['word joiner', '\u2060'],
    ['BOM', '\ufeff'],
    ['soft hyphen', '\u00ad'],
  ])('%s neither separates nor is a word', (_name, zw) => {
    expect(countWords(`satu${zw}dua`)).toBe(1);
    expect(countWords(`satu ${zw} dua`)).toBe(2);
    expect(countWords(zw)).toBe(0);
    expect(countWords(`${zw}satu`)).toBe(1);
  });

  it('counts a hyphenated or slashed word once', () => {
    expect(countWords('kebaruan/nilai tambah')).toBe(2);
    expect(countWords('inovasi ramah-lingkungan')).toBe(2);
    expect(countWords('layanan e-KTP dan/atau KIA')).toBe(4);
  });

  it('ignores punctuation-only tokens', () => {
    expect(countWords('satu - dua — tiga • empat ... lima')).toBe(5);
    expect(countWords('• - — ... * / ( )')).toBe(0);
  });

  it('counts emoji tokens and letters of any script', () => {
    expect(countWords('hebat 👍')).toBe(2);
    expect(countWords('👍')).toBe(1);
    expect(countWords('👨‍👩‍👧 keluarga')).toBe(2);
    expect(countWords('✅ selesai')).toBe(2);
    expect(countWords('カタカナ مرحبا café')).toBe(3);
    expect(countWords('cafe\u0301 ok')).toBe(2);
  });

  it('counts 20,000 words fast', () => {
    const text = 'Inovasi\u00a0pelayanan publik ramah-lingkungan, 2023 — '.repeat(4000);
    countWords(text); // warm up the JIT
    const start = performance.now();
    expect(countWords(text)).toBe(20_000);
    // A few ms on a laptop; generous bound for a loaded 2-core CI machine.
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe('countText', () => {
  it('counts empty text as zero', () => {
    expect(countText('')).toEqual({ words: 0, chars: 0, charsSubmitted: 0 });
  });

  it('counts chars as value.length (UTF-16 units), as maxlength does', () => {
    expect(countText('abc').chars).toBe(3);
    expect(countText('👍').chars).toBe(2);
    expect(countText('café').chars).toBe(4);
  });

  it('counts a lone LF or CR as two submitted chars, CRLF as two', () => {
    expect(countText('a\nb')).toEqual({ words: 2, chars: 3, charsSubmitted: 4 });
    expect(countText('a\r\nb')).toEqual({ words: 2, chars: 4, charsSubmitted: 4 });
    expect(countText('a\rb')).toEqual({ words: 2, chars: 3, charsSubmitted: 4 });
    expect(countText('\n\n')).toEqual({ words: 0, chars: 2, charsSubmitted: 4 });
    expect(countText('satu\r\ndua\ntiga\r')).toEqual({ words: 3, chars: 15, charsSubmitted: 17 });
  });
});
