import { findNumbers, newNumbers, readings } from '../../utils/ai/numbers';

describe('readings', () => {
  it.each([
    ['1250', [1250]],
    ['1.250', [1250, 1.25]],
    ['1,250', [1250, 1.25]],
    ['1,5', [1.5]],
    ['2.500.000', [2500000]],
    ['1.250,5', [1250.5]],
    ['1,250.5', [1250.5]],
    ['08.00', [8]],
    ['1.2.3', [1, 2, 3]],
  ])('%s → %j', (digits, values) => {
    expect(readings(digits)).toEqual(values);
  });
});

describe('findNumbers', () => {
  it('keeps currency, scale and percent with the number', () => {
    const found = findNumbers('Anggaran Rp 2,5 juta untuk 12% warga selama 15 hari sejak 2023; Rp.500.000 per bulan.');
    expect(found.map((n) => n.text)).toEqual(['Rp 2,5 juta', '12%', '15', '2023', 'Rp.500.000']);
    expect(found[0]!.values).toEqual([2500000]);
    expect(found[4]!.values).toEqual([500000, 500]); // "500.000" is also 500 in English
  });

  it('ignores numbers inside [data: …] placeholders', () => {
    expect(findNumbers('Penerima [data: jumlah penerima 2024] orang.')).toEqual([]);
  });
});

describe('newNumbers', () => {
  const cases: [string, string | string[], string, string[]][] = [
    ['same number, same spelling', 'Layanan 1.250 warga.', 'Melayani 1.250 warga.', []],
    ['thousands separator dropped', 'Layanan 1.250 warga.', 'Melayani 1250 warga.', []],
    ['English thousands separator', 'Layanan 1.250 warga.', 'Serves 1,250 residents.', []],
    ['decimal comma vs point', 'Naik 1,5 kali.', 'Rose 1.5 times.', []],
    ['scale word = full figure', 'Anggaran Rp 2.500.000.', 'Anggaran Rp 2,5 juta.', []],
    ['full figure = scale word', 'Anggaran Rp 2,5 juta.', 'Anggaran Rp2.500.000,-', []],
    ['percent word and sign', 'Turun 12 persen.', 'Turun 12%.', []],
    ['a new number', 'Antrean berkurang.', 'Antrean berkurang 40%.', ['40%']],
    ['a changed number', 'Waktu layanan 15 hari.', 'Waktu layanan 5 hari.', ['5']],
    ['a changed scale', 'Anggaran Rp 2,5 juta.', 'Anggaran Rp 2,5 miliar.', ['Rp 2,5 miliar']],
    ['a new year', 'Dimulai pada 2023.', 'Dimulai pada 2021 dan diperluas 2023.', ['2021']],
    ['deduplicated, in result order', 'Ada 3 tahap.', 'Ada 3 tahap, 7 petugas, 7 petugas lagi dan 9 desa.', ['7', '9']],
    ['from the context', ['Teks tanpa angka.', 'Konteks: 320 penerima manfaat.'], 'Menjangkau 320 penerima manfaat.', []],
    ['placeholders are not numbers', 'Warga terlayani.', 'Warga terlayani: [data: jumlah penerima 2024].', []],
    ['number words are not numbers', 'Tiga puskesmas.', 'Tiga puskesmas.', []],
    ['digits inside a name', 'Pandemi COVID-19.', 'Sejak pandemi COVID-19 dan K3.', ['3']],
  ];
  it.each(cases)('%s', (_name, source, result, expected) => {
    expect(newNumbers(source, result)).toEqual(expected);
  });

  it('returns nothing for a result without digits', () => {
    expect(newNumbers('Ada 5 desa.', 'Beberapa desa.')).toEqual([]);
  });
});
