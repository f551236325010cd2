/** The fill plan across portals: which saved section goes into which field, with its words against the limit. */
import { planFill } from '../../utils/library/plan';
import type { Proposal } from '../../utils/library/types';
import { countText } from '../../utils/text/count';
import type { FieldInfo, SectionKey } from '../../utils/types';

const words = (n: number, w = 'kata') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
const field = (key: string, label: string, section: SectionKey, extra: Partial<FieldInfo> = {}): FieldInfo => ({
  key, label, help: '', section, kind: 'textarea', fact: false, limits: {}, counts: countText(''), ...extra,
});
const max = (n: number) => ({ maxWords: { value: n, source: 'page' as const } });

const kipp: Proposal = {
  id: 'p1', title: 'Si Jempol', profileId: 'kipp-2023-umum', year: 2023, facts: { stage: 'Penerapan' }, variables: {}, source: {},
  createdAt: 1, updatedAt: 1,
  sections: [
    { section: 'summary', heading: 'Ringkasan', text: 'Ringkasan singkat.' },
    { section: 'background', section2: 'goal', heading: 'Latar Belakang dan Tujuan', text: 'Warga menempuh 40 km. Tujuannya: akta dalam 1 hari.' },
    { section: 'novelty', heading: 'Kebaruan/Nilai Tambah', text: 'Layanan jemput bola.' },
    { section: 'impact', heading: 'Signifikansi', text: words(650) },
    { section: 'replication', heading: 'Adaptabilitas (sudah direplikasi)', text: 'Direplikasi Kab. Sambas.' },
    { section: 'replication', heading: 'Adaptabilitas (potensi)', text: 'Cocok untuk 14 kabupaten.' },
    { section: 'sustainability', heading: 'Strategi Keberlanjutan', text: '' },
  ],
};

it('puts a KIPP proposal onto an IGA form: Latar Belakang dan Tujuan feeds Tujuan and Rancang Bangun', () => {
  const iga = [
    field('nama', 'Nama Inovasi', 'title', { kind: 'input' }),
    field('rancang', 'Rancang bangun dan pokok perubahan yang dilakukan', 'design', { section2: 'background' }),
    field('tujuan', 'Tujuan Inovasi', 'goal'),
    field('manfaat', 'Manfaat yang diperoleh', 'benefit'),
    field('hasil', 'Hasil Inovasi', 'impact', { limits: max(600) }),
    field('tahapan', 'Tahapan Inovasi', 'stage', { kind: 'select', fact: true }),
  ];
  const plan = planFill(kipp, iga);
  expect(plan.map((p) => [p.key, p.from, p.combined])).toEqual([
    ['nama', ['Si Jempol'], false],
    ['rancang', ['Latar Belakang dan Tujuan'], false],
    ['tujuan', ['Latar Belakang dan Tujuan'], true],
    ['hasil', ['Signifikansi'], false],
  ]);
  expect(plan.find((p) => p.key === 'nama')?.text).toBe('Si Jempol');
  // 650 words into a 600-word box: flagged, still offered.
  expect(plan.find((p) => p.key === 'hasil')).toMatchObject({ words: 650, state: 'over', include: true });
  // Nothing saved for Manfaat, and facts are not prose.
  expect(plan.some((p) => p.key === 'manfaat' || p.key === 'tahapan')).toBe(false);
});

it('puts an IGA proposal onto a KIPP form: its rancang bangun gives the background, its Tujuan the goal', () => {
  const igaProposal: Proposal = {
    ...kipp, id: 'p2', profileId: 'iga-iid',
    sections: [
      { section: 'design', section2: 'background', heading: 'Rancang bangun', text: 'Dasar hukum: Perbup 12/2022. Tahapan: tiga.' },
      { section: 'goal', heading: 'Tujuan', text: 'Akta terbit dalam sehari.' },
      { section: 'impact', heading: 'Hasil Inovasi', text: 'Waktu turun dari 14 hari ke 1 hari.' },
    ],
  };
  const kippForm = [
    field('lbt', 'Latar Belakang dan Tujuan', 'background', { section2: 'goal' }),
    field('sig', 'Signifikansi', 'impact'),
    field('keb', 'Strategi Keberlanjutan', 'sustainability'),
  ];
  const plan = planFill(igaProposal, kippForm);
  expect(plan.map((p) => [p.key, p.from])).toEqual([['lbt', ['Rancang bangun', 'Tujuan']], ['sig', ['Hasil Inovasi']]]);
  expect(plan[0]!.text).toBe('Dasar hukum: Perbup 12/2022. Tahapan: tiga.\n\nAkta terbit dalam sehari.');
});

it('gives two boxes of one section two saved texts in order, and leaves fields with text alone unless overwriting', () => {
  const form = [
    field('rep1', 'Inovasi telah direplikasi?', 'replication', { counts: countText('Sudah ada isinya') }),
    field('rep2', 'Potensi Replikasi', 'replication'),
    field('ring', 'Ringkasan', 'summary'),
  ];
  const plan = planFill(kipp, form);
  expect(plan.map((p) => [p.key, p.text, p.include, p.current])).toEqual([
    ['rep1', 'Direplikasi Kab. Sambas.', false, 3],
    ['rep2', 'Cocok untuk 14 kabupaten.', true, 0],
    ['ring', 'Ringkasan singkat.', true, 0],
  ]);
  expect(planFill(kipp, form, { overwrite: true }).every((p) => p.include)).toBe(true);
  // One box for two saved texts: both go in it.
  expect(planFill(kipp, [form[1]!])[0]!.text).toBe('Direplikasi Kab. Sambas.\n\nCocok untuk 14 kabupaten.');
});
