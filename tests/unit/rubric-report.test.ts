/** The rubric report without the AI: blocking first, evidence per criterion with the official weights, Markdown. */
import { getProfile } from '../../utils/profiles';
import type { RubricField } from '../../utils/rubric/blocking';
import { reportMarkdown, rubricReport } from '../../utils/rubric/report';

const f = (key: string, label: string, section: RubricField['section'], text: string, extra: Partial<RubricField> = {}): RubricField => ({
  key, label, section, text, limits: {}, fact: false, ...extra,
});
const weak = [
  f('ring', 'Ringkasan', 'summary', 'Inovasi ini sangat bermanfaat bagi masyarakat.'),
  f('sig', 'Signifikansi', 'impact', 'Inovasi ini sangat bermanfaat bagi masyarakat dan akan terus dikembangkan. [data: jumlah warga]'),
  f('keb', 'Strategi Keberlanjutan', 'sustainability', ''),
  f('sd', 'Sumber Daya', 'resources', 'Sumber daya kami cukup.', { limits: { maxWords: { value: 3, source: 'profile' } } }),
];
const strong = [
  f('sig', 'Signifikansi', 'impact', 'Waktu pelayanan akta turun dari 14 hari menjadi 2 hari sejak 2022; survei IKM 2023 mencatat nilai 87,5 dari 1.250 responden.'),
  f('keb', 'Strategi Keberlanjutan', 'sustainability', 'Inovasi diatur Peraturan Bupati Nomor 12 Tahun 2022 dan dijalankan dengan SOP pelayanan; Dinas Dukcapil berperan sebagai pelaksana, Bank Kalbar menyediakan mesin antrean, dan karang taruna mendampingi warga.'),
];

it('puts blocking problems first and scores evidence per weighted criterion', () => {
  const kipp = getProfile('kipp-2023-umum');
  const r = rubricReport(kipp, weak);
  expect(r.blocking.map((b) => [b.kind, b.key])).toEqual(expect.arrayContaining([
    ['placeholder', 'sig'], ['empty-required', 'keb'], ['over-limit', 'sd'],
  ]));
  expect(r.severe).toBeGreaterThanOrEqual(3);
  const sig = r.criteria.find((c) => c.section === 'impact')!;
  expect(sig).toMatchObject({ name: 'Signifikansi', weight: 30, found: 0 });
  expect(sig.checks).toBeGreaterThan(0);
  expect(r.findings.filter((x) => !x.ok && x.key === 'sig').every((x) => x.message.includes('Signifikansi'))).toBe(true);
  // Weighted criteria with no field on the form still show, at zero.
  expect(r.criteria.find((c) => c.section === 'novelty')).toMatchObject({ weight: 15, checks: 0, score: 0 });

  const good = rubricReport(kipp, strong);
  expect(good.severe).toBe(0);
  expect(good.criteria.find((c) => c.section === 'impact')?.score).toBe(100);
  expect(good.criteria.find((c) => c.section === 'sustainability')?.score).toBe(100);
});

it('checks a city form against the five criteria judges name, and writes the report as Markdown', () => {
  const r = rubricReport(getProfile('generic'), [f('man', 'Manfaat', 'benefit', 'Bermanfaat.')]);
  expect(r.criteria.map((c) => [c.section, c.name, c.weight, c.official])).toContainEqual(['benefit', 'Bermanfaat', 20, false]);
  const md = reportMarkdown(r, {
    title: 'Periksa', blocking: 'Masalah', none: 'Tidak ada.', findings: 'Bukti', criteria: 'Kriteria', note: 'Perkiraan.',
    columns: ['Kriteria', 'Bobot', 'Bukti', 'Skor', 'Skor AI'], blockingLines: ['Satu | dua'], findingLines: [], equalWeights: 'Bobot sama.',
  });
  expect(md).toContain('# Periksa');
  expect(md).toContain('- Satu | dua');
  expect(md).toContain('_Tidak ada._');
  expect(md).toMatch(/\| Bermanfaat \| ≈20 \| 0\/\d+ \| 0 \| — \|/);
  expect(md).toContain('_Bobot sama._');
});
