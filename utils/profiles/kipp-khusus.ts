/**
 * KIPP Kelompok Khusus: former Top winners show how the innovation has grown since it won. Seen on regional
 * copies of the form beside the 2023 Umum layout; weights were not found. Source: COMPETITIONS.md.
 */
import { defineProfile } from './define';

export default defineProfile({
  id: 'kipp-khusus',
  name: 'KIPP — Kelompok Khusus',
  competition: 'KIPP',
  year: 2023,
  hosts: ['sinovik.menpan.go.id'],
  sections: [
    { section: 'title', labels: ['Judul', 'Judul Inovasi'] },
    {
      section: 'summary', labels: ['Ringkasan'], maxWords: 200,
      criterion: 'Memuat semua aspek secara singkat, termasuk perkembangan sejak inovasi menang.',
    },
    {
      section: 'background', labels: ['Deskripsi Awal Inovasi'],
      criterion: 'Gambaran inovasi saat memenangkan kompetisi: masalah, sasaran, dan cara kerjanya.',
    },
    {
      section: 'novelty', labels: ['Pembaruan/Peningkatan Inovasi', 'Peningkatan Inovasi'], maxWords: 200,
      criterion: 'Pembaruan dan peningkatan dibandingkan dengan saat inovasi menang.',
    },
    {
      section: 'impact', labels: ['Dampak'],
      criterion: 'Dampak sebelum dan sesudah pembaruan, dengan data kualitatif dan kuantitatif.',
    },
    {
      section: 'replication', labels: ['Adaptabilitas'], maxWords: 200,
      criterion: 'Replikasi yang sudah terjadi sejak menang, dan potensi replikasi.',
    },
    {
      section: 'resources', labels: ['Penguatan Sumber Daya'],
      criterion: 'Penguatan anggaran, SDM, metode, dan peralatan sejak inovasi menang.',
    },
    {
      section: 'sustainability', labels: ['Strategi Penguatan', 'Penguatan Keberlanjutan'], maxWords: 300,
      criterion: 'Penguatan keberlanjutan institusional, manajerial, dan sosial.',
    },
    {
      section: 'monitoring', labels: ['Evaluasi'], maxWords: 300,
      criterion: 'Pemantauan dan evaluasi yang dilakukan, oleh siapa, dan hasilnya.',
    },
  ],
});
