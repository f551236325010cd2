/** The IGA indicators' checklist data, and the parameters read from proposal prose (both directions). */
import { describe, expect, it } from 'vitest';
import { IGA_INDICATORS, IGA_MAX, idNumber, igaActorKinds, igaChecklistMarkdown, igaHints } from '../../utils/rubric/iga-indicators';

const hint = (no: number, ...texts: string[]) => igaHints(texts).find((h) => h.no === no);
const param = (no: number, ...texts: string[]) => hint(no, ...texts)?.param;

describe('the indicators', () => {
  it('lists 16–35 in order with the table\'s names and weights, and a maximum of 111', () => {
    expect(IGA_INDICATORS.map((i) => i.no)).toEqual(Array.from({ length: 20 }, (_, i) => 16 + i));
    expect(IGA_INDICATORS.map((i) => i.weight)).toEqual([3, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4]);
    expect(IGA_INDICATORS.map((i) => i.name)).toEqual([
      'Regulasi inovasi daerah', 'SDM pelaksana', 'Dukungan anggaran', 'Alat kerja / penggunaan TI', 'Bimtek inovasi',
      'Program dalam RKPD', 'Keterlibatan aktor', 'Pelaksana inovasi', 'Jejaring inovasi', 'Sosialisasi',
      'Pedoman teknis', 'Kemudahan informasi layanan', 'Kemudahan proses', 'Penyelesaian pengaduan',
      'Layanan terintegrasi', 'Replikasi', 'Kecepatan penciptaan', 'Kemanfaatan', 'Monitoring dan evaluasi', 'Video inovasi',
    ]);
    expect(IGA_MAX).toBe(111);
    expect(IGA_INDICATORS.reduce((n, i) => n + 3 * i.weight, 0)).toBe(IGA_MAX);
  });

  it('marks exactly Regulasi, SDM, Kecepatan, Kemanfaatan and Video as mandatory', () => {
    expect(new Set(IGA_INDICATORS.filter((i) => i.mandatory).map((i) => i.no))).toEqual(new Set([16, 17, 32, 33, 35]));
  });

  it('gives every indicator three distinct parameters and the evidence to upload', () => {
    for (const i of IGA_INDICATORS) {
      expect(i.params).toHaveLength(3);
      expect(new Set(i.params).size, `${i.no}`).toBe(3);
      for (const p of i.params) expect(p.trim(), `${i.no}`).not.toBe('');
      expect(i.evidence.trim(), `${i.no}`).not.toBe('');
    }
    expect(IGA_INDICATORS[0]!.params).toEqual(['SK kepala perangkat daerah', 'Peraturan kepala daerah (Perkada)', 'Peraturan daerah (Perda)']);
  });
});

describe('Indonesian numbers', () => {
  it('reads "." as the thousands separator, "," as the decimal one, ribu and juta as scales', () => {
    expect(idNumber('1.250')).toBe(1250);
    expect(idNumber('12.000.000')).toBe(12_000_000);
    expect(idNumber('1,5', 'ribu')).toBe(1500);
    expect(idNumber('1,2', 'rb')).toBe(1200);
    expect(idNumber('2', 'ribu')).toBe(2000);
    expect(idNumber('2', 'juta')).toBe(2_000_000);
    expect(idNumber('3,5')).toBe(3.5);
    // A count of people is whole, so an English "1,250" can only mean thousands.
    expect(idNumber('1,250')).toBe(1250);
  });

  it('reads them in context, in digits and in words', () => {
    expect(hint(33, 'Dinikmati 1.250 warga.')?.found).toBe('1.250 warga');
    expect(param(33, 'Menjangkau 1,2 ribu jiwa.')).toBe(3);
    expect(param(33, 'Menjangkau 2 ribu warga.')).toBe(3);
    expect(param(33, 'Aplikasi dipakai 1,5 juta pengguna.')).toBe(3);
    expect(param(33, 'Sebanyak 0,5 ribu warga terlayani.')).toBe(2); // 500
    expect(param(33, 'Seratus dua puluh warga terlayani.')).toBe(1);
    expect(param(33, 'Dua ratus lima puluh lansia terlayani.')).toBe(2);
    expect(param(17, 'Didukung dua puluh lima kader posyandu.')).toBe(2);
  });
});

describe('16 Regulasi: the highest kind of regulation named', () => {
  it('finds SK kepala perangkat daerah, Perkada and Perda', () => {
    expect(hint(16, 'Ditetapkan dengan SK Kepala Dinas Kesehatan Nomor 12.')).toEqual({ no: 16, param: 1, found: 'SK Kepala Dinas Kesehatan Nomor 12' });
    expect(param(16, 'Dasar hukumnya Keputusan Kepala Badan Pendapatan Daerah.')).toBe(1);
    expect(param(16, 'Tim dibentuk dengan SK Kadis.')).toBe(1);
    expect(hint(16, 'Dasar hukumnya Perwali Nomor 12 Tahun 2022 tentang layanan.')).toEqual({ no: 16, param: 2, found: 'Perwali Nomor 12 Tahun 2022' });
    expect(param(16, 'Dasar hukumnya Peraturan Bupati Nomor 5 Tahun 2022.')).toBe(2);
    expect(param(16, 'Ditetapkan dengan Surat Keputusan (SK) Wali Kota Pontianak Nomor 88.')).toBe(2);
    expect(param(16, 'Ditetapkan dengan Keputusan Gubernur Kalimantan Barat.')).toBe(2);
    expect(param(16, 'Diatur dalam Perda No. 5 Tahun 2020 tentang Pelayanan Publik.')).toBe(3);
    expect(hint(16, 'Diatur dalam Perda No. 5 Tahun 2020 tentang Pelayanan Publik.')?.found).toBe('Perda No. 5 Tahun 2020');
  });

  it('takes the highest across sentences and sections', () => {
    expect(param(16, 'Awalnya SK Kepala Dinas Nomor 3.', 'Kini Perwali Nomor 3 Tahun 2021', 'dan Peraturan Daerah Nomor 7 Tahun 2023.')).toBe(3);
    expect(param(16, 'SK Kepala Dinas Nomor 1 Tahun 2020. Lalu Perbup 12/2022.')).toBe(2);
  });

  it('stays quiet about drafts, plans and words that only look alike', () => {
    expect(hint(16, 'Inovasi ini dijalankan oleh dinas sejak 2021.')).toBeUndefined();
    expect(hint(16, 'Rancangan Peraturan Daerah sedang dibahas.')).toBeUndefined();
    expect(hint(16, 'Raperda tentang layanan ini diajukan ke DPRD.')).toBeUndefined();
    expect(hint(16, 'Dinas Perindustrian dan Perdagangan mendampingi pedagang.')).toBeUndefined();
    expect(hint(16, 'Belum ada Perda yang mengatur inovasi ini.')).toBeUndefined();
    // A Perda still to come does not beat the Perwali in force.
    expect(param(16, 'Dasar hukumnya Perwali Nomor 12 Tahun 2022 dan akan ditingkatkan menjadi Perda.')).toBe(2);
    // "tidak hanya" (not only) is no negation.
    expect(param(16, 'Inovasi tidak hanya didukung Peraturan Bupati Sambas Nomor 3 Tahun 2021.')).toBe(2);
  });
});

describe('17 SDM pelaksana: how many people carry it out', () => {
  it('reads 1–10, 11–30 and more than 30', () => {
    expect(hint(17, 'Dilaksanakan oleh 8 orang petugas.')).toEqual({ no: 17, param: 1, found: '8 orang petugas' });
    expect(param(17, 'Dilaksanakan oleh 10 petugas.')).toBe(1);
    expect(param(17, 'Melibatkan 11 pegawai.')).toBe(2);
    expect(param(17, 'Melibatkan 25 pegawai dan 5 kader.')).toBe(2);
    expect(param(17, 'Sebanyak 30 staf terlibat.')).toBe(2);
    expect(param(17, 'Melibatkan 35 ASN lintas dinas.')).toBe(3);
    expect(param(17, 'Didukung 40 tenaga kesehatan.')).toBe(3);
    expect(param(17, 'Tim pelaksana berjumlah 8 orang.')).toBe(1);
    expect(param(17, 'Jumlah petugas: 40 orang.')).toBe(3);
    expect(param(17, 'Layanan dijalankan oleh 12 orang.')).toBe(2);
  });

  it('does not read years, money, durations, jobs created or beneficiaries as staff', () => {
    expect(hint(17, 'Anggaran Rp 25.000.000 pada tahun 2021.')).toBeUndefined();
    expect(hint(17, 'Sejak 2021 tenaga kesehatan dilatih ulang.')).toBeUndefined();
    expect(hint(17, 'Pada 2023 petugas mendapat pelatihan selama 14 hari.')).toBeUndefined();
    expect(hint(17, 'Program menyerap 50 tenaga kerja baru.')).toBeUndefined();
    expect(hint(17, 'Kegiatan melibatkan 500 orang warga.')).toBeUndefined();
    expect(hint(17, 'Ke depan akan melibatkan 40 petugas.')).toBeUndefined();
  });
});

describe('22 Keterlibatan aktor: kinds of actors, from three up', () => {
  it('counts government, business, community, academia and media', () => {
    expect(hint(22, 'Dinas Kesehatan bekerja sama dengan Bank Kalbar dan karang taruna.')).toEqual({ no: 22, param: 1, found: '3 jenis aktor: pemerintah, bisnis, masyarakat' });
    expect(param(22, 'Kelurahan, PT Telkom, PKK, dan Politeknik Negeri Pontianak menjadi mitra.')).toBe(2);
    expect(param(22, 'Dinas, perusahaan mitra, komunitas, universitas dan radio lokal terlibat.')).toBe(3);
    expect(param(22, 'OPD terkait', 'dana CSR BUMN', 'tokoh masyarakat', 'dosen perguruan tinggi', 'wartawan')).toBe(3);
    expect(hint(22, 'Dinas, perusahaan mitra, komunitas, universitas dan radio lokal terlibat.')?.found).toBe('5 jenis aktor: pemerintah, bisnis, masyarakat, akademisi, media');
  });

  it('stays quiet below three kinds, and does not take social media, waste banks or CCTV for actors', () => {
    expect(hint(22, 'Dinas Kesehatan menjalankannya sendiri.')).toBeUndefined();
    expect(hint(22, 'Dinas mengunggah ke media sosial dan melayani masyarakat.')).toBeUndefined();
    expect(hint(22, 'Bekerja sama dengan bank sampah, posyandu, dan kelurahan; dipantau CCTV.')).toBeUndefined();
    expect(igaActorKinds('Dinas mengunggah ke media sosial dan melayani masyarakat.')).toEqual(['pemerintah', 'masyarakat']);
    expect(igaActorKinds('Badan usaha milik desa mengelola bank data.')).toEqual(['bisnis']);
  });
});

describe('28 Kemudahan proses: the service time after the innovation, not before it', () => {
  it('reads 1 day (or less), 2–5 days and 6 days or more', () => {
    expect(hint(28, 'Waktu layanan turun dari 14 hari menjadi 1 hari.')).toEqual({ no: 28, param: 3, found: 'menjadi 1 hari' });
    expect(param(28, 'Dari 14 hari menjadi 3 hari kerja.')).toBe(2);
    expect(param(28, 'Kini selesai dalam 7 hari.')).toBe(1);
    expect(param(28, 'Layanan selesai paling lama 3 hari.')).toBe(2);
    expect(param(28, 'Kini hanya 1 hari.')).toBe(3);
    expect(param(28, 'Sebelumnya paling lama 14 hari, kini menjadi 30 menit.')).toBe(3);
    expect(param(28, 'Kini selesai dalam waktu 1 x 24 jam.')).toBe(3);
    expect(param(28, 'Izin menjadi 2x24 jam.')).toBe(2);
    expect(param(28, 'Izin kini terbit dalam sehari.')).toBe(3);
    expect(param(28, 'Pengurusan menjadi dua minggu.')).toBe(1);
    expect(param(28, 'Layanan menjadi 2–3 hari.')).toBe(2);
    expect(param(28, 'Akta kelahiran langsung jadi.')).toBe(3);
    expect(param(28, 'Dokumen diterima hari itu juga.')).toBe(3);
  });

  it('does not read the time before the innovation, a frequency or a queue as the service time', () => {
    expect(hint(28, 'Dahulu pengurusan memakan waktu 14 hari.')).toBeUndefined();
    expect(hint(28, 'Dari 14 hari menjadi lebih cepat.')).toBeUndefined();
    expect(hint(28, 'Pelayanan menjadi 2 hari sekali.')).toBeUndefined();
    expect(hint(28, 'Antrean 3 jam setiap hari.')).toBeUndefined();
    expect(hint(28, 'Akta tidak langsung jadi.')).toBeUndefined();
  });
});

describe('31 Replikasi: how many places replicated it', () => {
  it('counts distinct places or institutions named, or a number of regions', () => {
    expect(hint(31, 'Sudah direplikasi oleh Kabupaten Kubu Raya dan Kota Singkawang.')).toEqual({
      no: 31, param: 2, found: 'direplikasi oleh Kabupaten Kubu Raya dan Kota Singkawang',
    });
    expect(param(31, 'Direplikasi di Kota Pontianak.')).toBe(1);
    expect(param(31, 'Telah direplikasi oleh Kab. Sambas, Kota Singkawang, dan Pemkab Kubu Raya.')).toBe(3);
    expect(param(31, 'Direplikasi oleh Kabupaten Sambas dan Pemkab Sambas.')).toBe(1);
    expect(param(31, 'Direplikasi oleh Dinas Kesehatan Kota Singkawang dan RSUD Sambas.')).toBe(2);
    expect(param(31, 'Telah direplikasi di 4 kabupaten/kota.')).toBe(3);
    expect(param(31, 'Sudah direplikasi ke dua daerah lain.')).toBe(2);
    expect(param(31, 'Inovasi ini diadopsi oleh Pemerintah Kota Singkawang pada 2023.')).toBe(1);
  });

  it('stays quiet about replication that is only possible, planned, or the other way round', () => {
    expect(hint(31, 'Berpotensi direplikasi daerah lain.')).toBeUndefined();
    expect(hint(31, 'Inovasi ini dapat direplikasi oleh Kota Pontianak.')).toBeUndefined();
    expect(hint(31, 'Belum direplikasi oleh daerah lain.')).toBeUndefined();
    expect(hint(31, 'Inovasi ini merupakan replikasi dari Kabupaten Banyuwangi.')).toBeUndefined();
  });
});

describe('33 Kemanfaatan: the largest number of beneficiaries', () => {
  it('reads 1–200, 201–500 and 501 or more', () => {
    expect(param(33, 'Sebanyak 150 lansia terlayani.')).toBe(1);
    expect(param(33, 'Sebanyak 200 warga terlayani.')).toBe(1);
    expect(param(33, 'Sebanyak 201 warga terlayani.')).toBe(2);
    expect(param(33, 'Menjangkau 450 pelaku UMKM.')).toBe(2);
    expect(param(33, 'Ada 600 penerima manfaat.')).toBe(3);
    expect(param(33, 'Menjangkau 3.200 jiwa.')).toBe(3);
    expect(hint(33, 'Dinikmati 1.250 warga dan 30 pasien.')).toEqual({ no: 33, param: 3, found: '1.250 warga' });
    expect(param(33, 'Jumlah penerima manfaat hingga kini mencapai 3.200 orang.')).toBe(3);
    expect(param(33, 'Kegiatan melibatkan 500 orang warga.')).toBe(2);
    expect(param(33, 'Sebanyak 350 KK', 'dan 120 balita terlayani.')).toBe(2);
  });

  it('does not read years, money, percentages, scores, staff or targets as beneficiaries', () => {
    expect(hint(33, 'Dimulai pada tahun 2021 dengan anggaran Rp 25.000.000.')).toBeUndefined();
    expect(hint(33, 'Mulai 1 Januari 2022 warga dapat mendaftar daring.')).toBeUndefined();
    expect(hint(33, 'Sebanyak 85% warga puas; biaya Rp 1,2 juta per warga.')).toBeUndefined();
    expect(hint(33, 'Indeks kepuasan masyarakat mencapai 88.')).toBeUndefined();
    expect(hint(33, 'Dilaksanakan oleh 12 orang petugas.')).toBeUndefined();
    expect(hint(33, 'Tim pelaksana berjumlah 8 orang.')).toBeUndefined();
    expect(hint(33, 'Ditargetkan menjangkau 5.000 warga pada 2025.')).toBeUndefined();
    expect(hint(33, 'Waktu layanan turun dari 14 hari menjadi 1 hari.')).toBeUndefined();
    expect(hint(33, 'Salah satu warga mengeluh.')).toBeUndefined();
  });
});

describe('hints together', () => {
  it('reads a whole proposal, one hint per indicator, in order', () => {
    const texts = [
      'Inovasi ditetapkan dengan Perwali Nomor 12 Tahun 2022. Dilaksanakan oleh 15 orang petugas Disdukcapil.',
      'Dinas bekerja sama dengan PT Pos Indonesia, kader PKK, Universitas Tanjungpura dan radio lokal.',
      'Waktu pengurusan akta turun dari 14 hari menjadi 1 hari. Sudah direplikasi oleh Kota Singkawang.',
      'Pada tahun 2023 sebanyak 1.250 warga menerima akta di rumah.',
    ];
    expect(igaHints(texts).map((h) => [h.no, h.param])).toEqual([[16, 2], [17, 2], [22, 3], [28, 3], [31, 1], [33, 3]]);
  });

  it('gives nothing for an empty or vague text, and keeps every snippet within 80 characters', () => {
    expect(igaHints([])).toEqual([]);
    expect(igaHints(['', 'Inovasi ini sangat bermanfaat bagi masyarakat.'])).toEqual([]);
    const long = `Direplikasi oleh ${['Kota Singkawang', 'Kabupaten Sambas', 'Kabupaten Kubu Raya', 'Kabupaten Mempawah', 'Kabupaten Landak'].join(', ')}.`;
    const h = hint(31, long);
    expect(h?.param).toBe(3);
    expect(h!.found.length).toBeLessThanOrEqual(80);
  });
});

describe('the checklist as Markdown', () => {
  it('writes one line per indicator with ticks, weight, mandatory, evidence and hints', () => {
    const md = igaChecklistMarkdown(new Set([16]), igaHints(['Dasar hukumnya Perwali Nomor 12 Tahun 2022.', 'Menjangkau 1.250 warga.']));
    const lines = md.split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('- [x] 16. Regulasi inovasi daerah (bobot 3, wajib) — bukti: Regulasi yang menyebut nama inovasi; perkiraan dari teks: parameter 2 («Perwali Nomor 12 Tahun 2022»)');
    expect(lines[2]).toBe('- [ ] 18. Dukungan anggaran (bobot 2) — bukti: Halaman DPA yang memuat kegiatan inovasi');
    expect(md).toMatch(/^- \[ \] 33\. Kemanfaatan \(bobot 3, wajib\) — bukti: .*; perkiraan dari teks: parameter 3 \(«1\.250 warga»\)$/m);
  });
});
