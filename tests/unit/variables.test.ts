import { fillVariables, suggestedAnswers, variableLabel, variablesIn } from '../../utils/library/variables';

describe('snippet variables', () => {
  const text = 'Inovasi {{nama_inovasi}} dari {{ instansi }} diterapkan sejak {{tahun}}; {{NAMA_INOVASI}} kini dipakai 12 desa.';

  it('lists each variable once, in order, whatever its case or spacing', () => {
    expect(variablesIn(text)).toEqual(['nama_inovasi', 'instansi', 'tahun']);
    expect(variablesIn('Tanpa variabel, {tunggal} atau {{ }} atau {{1abc}}.')).toEqual([]);
  });

  it('puts the answers in and leaves a variable without an answer as it is', () => {
    expect(fillVariables(text, { nama_inovasi: 'Si Jempol', tahun: '2023', instansi: '  ' })).toBe(
      'Inovasi Si Jempol dari {{ instansi }} diterapkan sejak 2023; Si Jempol kini dipakai 12 desa.',
    );
  });

  it('suggests the year and the name, and remembered answers win', () => {
    expect(suggestedAnswers({ title: 'Si Jempol', year: 2025 }, { instansi: 'Disdukcapil Kubu Raya', tahun: '2024' })).toEqual({
      tahun: '2024', nama_inovasi: 'Si Jempol', instansi: 'Disdukcapil Kubu Raya',
    });
    expect(variableLabel('nama_inovasi')).toBe('Nama inovasi');
  });
});
