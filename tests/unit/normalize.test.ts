import { normalizeLabel } from '../../utils/text/normalize';

describe('normalizeLabel', () => {
  it.each([
    ['Ringkasan', 'ringkasan'],
    ['  RINGKASAN  ', 'ringkasan'],
    ['3. Kebaruan / Nilai Tambah *', 'kebaruan nilai tambah'],
    ['Kebaruan/Nilai Tambah', 'kebaruan nilai tambah'],
    ['B. Latar Belakang', 'latar belakang'],
    ['III. Tujuan', 'tujuan'],
    ['iv) Tujuan', 'tujuan'],
    ['2) Manfaat', 'manfaat'],
    ['(2) Manfaat', 'manfaat'],
    ['a. Dampak', 'dampak'],
    ['3.1. Sumber Daya', 'sumber daya'],
    ['* 4. Sumber Daya', 'sumber daya'],
    ['Sumber Daya *', 'sumber daya'],
    ['Kebaruán', 'kebaruan'],
    ['Ringkasan (maks 200 kata)', 'ringkasan'],
    ['Ringkasan (maks. 2.000 karakter)', 'ringkasan'],
    ['Rancang Bangun (minimal 300 kata)', 'rancang bangun'],
    ['Signifikansi 0/600 kata', 'signifikansi'],
    ['Signifikansi0/600 kata', 'signifikansi'],
    ['Sisa 200 kata Ringkasan', 'ringkasan'],
    ['Ringkasan 200 kata tersisa', 'ringkasan'],
    ['RingkasanWajib', 'ringkasan'],
    ['Ringkasan Wajib', 'ringkasan'],
    ['Ringkasan REVISI', 'ringkasan'],
    ['Wajib Ringkasan', 'ringkasan'],
    ['Summary Required', 'summary'],
    ['Dampak Opsional', 'dampak'],
    ['DampakBaru', 'dampak'],
    ['Dampak Perlu Perbaikan', 'dampak'],
    ['SignifikansiSudah Dinilai', 'signifikansi'],
    ['Signifikansi Wajib 0/600 kata', 'signifikansi'],
    ['Latar Belakang & Tujuan:', 'latar belakang tujuan'],
    ['F. SIGNIFIKANSI (30%) :', 'signifikansi'],
    ['Kebaruan (bobot 15 %)', 'kebaruan'],
    ['Nama Inovasi Daerah', 'nama inovasi daerah'],
    ['***', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeLabel(raw)).toBe(expected);
  });

  it('keeps badge words inside the label', () => {
    expect(normalizeLabel('Hal baru yang ditawarkan')).toBe('hal baru yang ditawarkan');
    expect(normalizeLabel('Kewajiban pajak')).toBe('kewajiban pajak');
  });

  it('keeps numbers that are not numbering or limits', () => {
    expect(normalizeLabel('Kontribusi terhadap SDGs 2030')).toBe('kontribusi terhadap sdgs 2030');
    expect(normalizeLabel('Data tahun 2023')).toBe('data tahun 2023');
  });
});
