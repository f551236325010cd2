import { parseLimits, type ParsedLimits } from '../../utils/text/limits';

describe('parseLimits', () => {
  it.each<[string, ParsedLimits]>([
    ['maksimal 200 kata', { maxWords: 200 }],
    ['Maksimal 200 Kata', { maxWords: 200 }],
    ['maks. 2.000 karakter', { maxChars: 2000 }],
    ['maks.2000 karakter', { maxChars: 2000 }],
    ['Maks 2,000 characters', { maxChars: 2000 }],
    ['minimal 300 kata', { minWords: 300 }],
    ['min. 300 kata', { minWords: 300 }],
    ['paling sedikit 300 kata', { minWords: 300 }],
    ['sekurang-kurangnya 300 kata', { minWords: 300 }],
    ['paling banyak 200 kata', { maxWords: 200 }],
    ['300 huruf', { maxChars: 300 }],
    ['(300 kata)', { maxWords: 300 }],
    ['100–300 kata', { minWords: 100, maxWords: 300 }],
    ['100-300 kata', { minWords: 100, maxWords: 300 }],
    ['100 - 300 kata', { minWords: 100, maxWords: 300 }],
    ['100 s.d. 300 kata', { minWords: 100, maxWords: 300 }],
    ['100 s/d 300 kata', { minWords: 100, maxWords: 300 }],
    ['100 sampai 300 kata', { minWords: 100, maxWords: 300 }],
    ['100 sampai dengan 300 kata', { minWords: 100, maxWords: 300 }],
    ['100 to 300 words', { minWords: 100, maxWords: 300 }],
    ['max 250 words', { maxWords: 250 }],
    ['at least 300 words', { minWords: 300 }],
    ['up to 200 words', { maxWords: 200 }],
    ['no more than 200 words', { maxWords: 200 }],
    ['(≤ 500 kata)', { maxWords: 500 }],
    ['≥ 300 kata', { minWords: 300 }],
    ['maksimum 600 kata', { maxWords: 600 }],
    ['tidak lebih dari 200 kata', { maxWords: 200 }],
    ['maximal 200 kata', { maxWords: 200 }],
    ['Max. 1000 char', { maxChars: 1000 }],
    ['max 1000 chars', { maxChars: 1000 }],
    ['0/200 kata', { maxWords: 200 }],
    ['0 / 2000 karakter', { maxChars: 2000 }],
    ['57/600 kata', { maxWords: 600 }],
    ['Signifikansi0/600 kata', { maxWords: 600 }],
    ['Max words: 250', { maxWords: 250 }],
    ['Word limit: 250', { maxWords: 250 }],
    ['Jumlah kata maksimal 200', { maxWords: 200 }],
    ['Batas karakter 2000', { maxChars: 2000 }],
    ['300 words or more', { minWords: 300 }],
    ['200 kata atau kurang', { maxWords: 200 }],
    ['200 kata maksimal', { maxWords: 200 }],
    ['minimal 100 kata, maksimal 300 kata', { minWords: 100, maxWords: 300 }],
    ['maksimal 200 kata dan 2.000 karakter', { maxWords: 200, maxChars: 2000 }],
    ['200 kata maks 2000 karakter', { maxWords: 200, maxChars: 2000 }],
    ['maksimal 200 kata / 1500 karakter', { maxWords: 200, maxChars: 1500 }],
    ['Tuliskan ringkasan (maksimal 200 kata) dan unggah PDF (maks 2 MB)', { maxWords: 200 }],
    ['Uraikan rancang bangun inovasi, minimal 300 kata.', { minWords: 300 }],
    ['3.300 kata', { maxWords: 3300 }],
  ])('%j', (text, expected) => {
    expect(parseLimits(text)).toEqual(expected);
  });

  it.each([
    'Tahun 2023',
    '3. Kebaruan',
    'PermenPANRB 7/2021',
    '1–2 MB',
    'maks 2 MB',
    '5 menit',
    'Video maksimal 5 menit',
    'Pedoman Menteri PANRB 3/2023',
    'Tuliskan 5 kata kunci',
    'Minimal 3 kata kunci',
    'admin2023',
    'Sisa 200 kata',
    '200 kata tersisa',
    '150 words remaining',
    'Lampiran 2',
    '',
  ])('finds no limit in %j', (text) => {
    expect(parseLimits(text)).toEqual({});
  });

  it('keeps the stricter of two statements of the same limit', () => {
    expect(parseLimits('Ringkasan (maksimal 200 kata) 0/250 kata')).toEqual({ maxWords: 200 });
    expect(parseLimits('minimal 250 kata; paling sedikit 300 kata')).toEqual({ minWords: 300 });
  });

  it('does not read a qualifier inside another word', () => {
    expect(parseLimits('Nama admin 200 kata')).toEqual({ maxWords: 200 });
  });
});
