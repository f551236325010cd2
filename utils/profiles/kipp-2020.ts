/**
 * KIPP 2020–2021 layout, still used by some regional copies, including its Replikasi group (Inspirasi,
 * Proses Replikasi, Faktor Pembeda). Limits seen on copies; weights not found. Source: COMPETITIONS.md.
 */
import { defineProfile } from './define';

export default defineProfile({
  id: 'kipp-2020',
  name: 'KIPP 2020–2021',
  competition: 'KIPP',
  year: 2020,
  hosts: ['sinovik.menpan.go.id'],
  sections: [
    { section: 'title', labels: ['Judul', 'Judul Inovasi'] },
    { section: 'summary', labels: ['Ringkasan'], maxWords: 200, criterion: 'Memuat semua aspek secara singkat.' },
    {
      // One box covers background, goal, fit with the category and novelty; novelty is what is judged.
      section: 'novelty', section2: 'background', labels: ['Ide Inovatif'], maxWords: 600,
      criterion: 'Latar belakang, tujuan, kesesuaian dengan kategori, dan kebaruan inovasi.',
    },
    {
      section: 'impact', labels: ['Signifikansi'], maxWords: 600,
      criterion: 'Dampak sebelum dan sesudah inovasi, cara mengukurnya, data kualitatif dan kuantitatif.',
    },
    {
      section: 'sdgs', labels: ['Kontribusi terhadap Capaian TPB', 'Kontribusi terhadap Capaian SDGs'], maxWords: 200,
      criterion: 'Kontribusi inovasi terhadap capaian Tujuan Pembangunan Berkelanjutan (TPB/SDGs).',
    },
    {
      section: 'replication', labels: ['Adaptabilitas'], maxWords: 400,
      criterion: 'Replikasi yang sudah terjadi dan potensi replikasi yang kredibel.',
    },
    {
      section: 'sustainability', labels: ['Keberlanjutan'], maxWords: 600,
      criterion: 'Keberlanjutan institusional, manajerial, dan sosial.',
    },
    {
      section: 'collaboration', labels: ['Kolaborasi Pemangku Kepentingan'], maxWords: 200,
      criterion: 'Pemangku kepentingan yang terlibat dan peran masing-masing.',
    },
    // Replikasi group: an innovation copied from elsewhere.
    {
      section: 'replication', labels: ['Inspirasi'], maxWords: 100,
      criterion: 'Inovasi asal yang direplikasi dan alasan memilihnya.',
    },
    {
      section: 'replication', labels: ['Proses Replikasi'], maxWords: 200,
      criterion: 'Tahapan replikasi dan penyesuaian dengan kondisi setempat.',
    },
    {
      section: 'novelty', labels: ['Faktor Pembeda'], maxWords: 100,
      criterion: 'Perbedaan dan nilai tambah dibandingkan dengan inovasi asal.',
    },
  ],
});
