/**
 * KIPP 2023, Kelompok Umum (Pedoman Menteri PANRB 3/2023). Weights are official; word limits come from
 * regional copies of the form (Ringkasan 200 is also official). The 2025 form was not found, so this is
 * the default KIPP profile. Source: shared/domain/COMPETITIONS.md.
 */
import { defineProfile } from './define';

export default defineProfile({
  id: 'kipp-2023-umum',
  name: 'KIPP 2023 — Kelompok Umum',
  competition: 'KIPP',
  year: 2023,
  hosts: ['sinovik.menpan.go.id'],
  sections: [
    { section: 'title', labels: ['Judul', 'Judul Inovasi'] },
    {
      section: 'summary', labels: ['Ringkasan'], maxWords: 200, weight: 0,
      criterion: 'Memuat semua aspek secara singkat: implementasi, dampak, dan kesesuaian dengan kategori yang dipilih.',
    },
    {
      section: 'background', section2: 'goal', labels: ['Latar Belakang dan Tujuan'], maxWords: 300, weight: 10,
      criterion: 'Masalah awal sebelum inovasi, kelompok sasaran yang terdampak, tujuan dengan target terukur, dan data pendukung.',
    },
    {
      section: 'novelty', labels: ['Kebaruan/Nilai Tambah', 'Nilai Tambah'], maxWords: 200, weight: 15,
      criterion: 'Ide inovasi: keunikan, nilai tambah, apa yang baru; disertai data pendukung.',
    },
    {
      section: 'implementation', labels: ['Implementasi Inovasi'], maxWords: 200, weight: 5,
      criterion: 'Bagaimana inovasi dilaksanakan untuk menyelesaikan masalah; disertai data pendukung.',
    },
    {
      section: 'impact', labels: ['Signifikansi'], maxWords: 600, weight: 30,
      criterion: 'Dampak sebelum dan sesudah inovasi, cara dampak diukur, laporan evaluasi internal/eksternal, data kualitatif dan kuantitatif.',
    },
    // One box of 300 on some copies, two boxes (100 + 200) on others; the page's own limit overrides.
    {
      section: 'replication', labels: ['Adaptabilitas'], maxWords: 300, weight: 20,
      criterion: 'Replikasi yang sudah terjadi (oleh siapa) dan potensi replikasi yang kredibel.',
    },
    {
      section: 'replication', labels: ['Inovasi telah direplikasi', 'Apakah inovasi sudah direplikasi'], maxWords: 100,
      criterion: 'Apakah inovasi sudah direplikasi, dan oleh siapa.',
    },
    {
      section: 'replication', labels: ['Potensi Replikasi', 'Potensi Adaptabilitas'], maxWords: 200,
      criterion: 'Potensi replikasi: jangkauan populasi, masalah serupa di tempat lain.',
    },
    {
      section: 'resources', labels: ['Sumber Daya'], maxWords: 200, weight: 5,
      criterion: 'Anggaran, sumber daya manusia, metode, serta peralatan/bahan yang digunakan.',
    },
    {
      section: 'sustainability', labels: ['Strategi Keberlanjutan'], maxWords: 500, weight: 15,
      criterion: 'Keberlanjutan institusional (regulasi/dasar hukum), manajerial (kapasitas pegawai, SOP, penjaminan mutu), dan sosial (partisipasi pemangku kepentingan dan peran masing-masing).',
    },
    { section: 'dates', labels: ['Tanggal mulai implementasi', 'Tanggal implementasi'] },
    { section: 'kind', labels: ['Kelompok'] },
    { section: 'sector', labels: ['Kategori'] },
    { section: 'sdgs', labels: ['SDGs', 'Tujuan Pembangunan Berkelanjutan'] },
  ],
});
