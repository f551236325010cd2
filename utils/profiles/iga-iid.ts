/**
 * IGA — Innovative Government Award / Indeks Inovasi Daerah (Kemendagri, BSKDN): the innovation profile
 * form, facts included. The one official limit is Rancang bangun ≥ 300 words. Scoring is by 20 evidence
 * indicators (uploads), not by these texts; criteria below name the indicators a text supports.
 * Source: COMPETITIONS.md.
 */
import { defineProfile } from './define';

export default defineProfile({
  id: 'iga-iid',
  name: 'IGA — Indeks Inovasi Daerah',
  competition: 'IGA',
  year: 2025,
  hosts: [
    'indeks.inovasi.litbang.kemendagri.go.id',
    'api.indeks.inovasi.litbang.kemendagri.go.id',
    'tuxedovation.inovasi.litbang.kemendagri.go.id',
  ],
  sections: [
    { section: 'title', labels: ['Nama Inovasi', 'Nama Inovasi Daerah'] },
    { section: 'stage', labels: ['Tahapan Inovasi', 'Tahapan'] },
    { section: 'initiator', labels: ['Inisiator', 'Inisiator Inovasi Daerah'] },
    { section: 'initiator', labels: ['Nama Inisiator'] },
    { section: 'kind', labels: ['Jenis Inovasi', 'Jenis'] },
    { section: 'kind', labels: ['Bentuk Inovasi', 'Bentuk Inovasi Daerah', 'Bentuk'] },
    { section: 'sector', labels: ['Urusan Pemerintahan', 'Urusan Inovasi Daerah', 'Urusan'] },
    { section: 'dates', labels: ['Waktu Uji Coba', 'Waktu Uji Coba Inovasi Daerah'] },
    { section: 'dates', labels: ['Waktu Penerapan', 'Waktu Implementasi'] },
    {
      // Spans background, problem and design; design is its home.
      section: 'design', section2: 'background',
      labels: ['Rancang bangun dan pokok perubahan yang dilakukan', 'Rancang Bangun'], minWords: 300,
      criterion: 'Proses dan tahapan teknis terwujudnya inovasi: dasar hukum, permasalahan, isu strategis, metode pembaharuan, keunggulan dan kebaharuan, tahapan inovasi atau penggunaan produk (input–proses–output).',
    },
    {
      section: 'goal', labels: ['Tujuan', 'Tujuan Inovasi Daerah'],
      criterion: 'Tujuan inovasi yang jelas dan terukur.',
    },
    {
      section: 'benefit', labels: ['Manfaat yang diperoleh', 'Manfaat'],
      criterion: 'Siapa penerima manfaat dan berapa jumlahnya (indikator Kemanfaatan: 1–200 / 201–500 / ≥501 orang).',
    },
    {
      section: 'impact', labels: ['Hasil Inovasi'],
      criterion: 'Hasil yang dicapai, dengan bukti dan perbandingan sebelum dan sesudah inovasi.',
    },
    { section: 'budget', labels: ['Anggaran', 'Dukungan Anggaran'] },
    { section: 'other', labels: ['Asta Cita', 'Koordinat', 'Profil Bisnis', 'HAKI', 'Penghargaan'] },
  ],
});
