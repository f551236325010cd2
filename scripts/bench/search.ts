/**
 * Library search speed (issue 9: p95 ≤ 10 ms per keystroke over 5,000 snippets). A figure, not a test.
 *
 *   npx tsx -e "import('./scripts/bench/search.ts').then(m => console.log(m.benchSearch()))"
 *
 * Generates `n` snippets of 50–400 words from a vocabulary of proposal prose (affixed forms included, so the
 * stemmer and the doubled index see realistic words), builds the index (timed), then types 20 queries letter
 * by letter, one search per keystroke, as a field row would (with its section, so the ordering work is paid).
 * A seeded generator keeps the figures comparable between runs.
 */
import { PROSE_SECTIONS } from '../../utils/types';
import { createLibrarySearch, type SearchDoc } from '../../utils/library/search';

const VOCAB = `
inovasi pelayanan layanan melayani dilayani publik masyarakat warga pemerintah pemerintahan daerah desa
kelurahan kecamatan kabupaten kota provinsi dinas badan instansi perangkat aparatur pegawai petugas kader
antrean antre mengantre pendaftaran mendaftar daftar terdaftar perizinan izin dokumen berkas persyaratan
syarat kependudukan penduduk catatan sipil kesehatan sehat puskesmas posyandu rumah sakit pasien ibu anak
balita gizi stunting imunisasi pendidikan sekolah siswa guru pelajar belajar pembelajaran literasi
pengaduan mengadu keluhan aspirasi tanggapan respons cepat percepatan mempercepat waktu hari jam menit
aplikasi daring digital digitalisasi sistem informasi teknologi data basis terintegrasi integrasi platform
situs laman layar ponsel pesan notifikasi otomatis manual kertas formulir tanda tangan elektronik
kebaruan baru pembaruan keunikan unik pertama kali belum pernah sebelumnya perbedaan berbeda dibandingkan
keberlanjutan berkelanjutan lanjut dilanjutkan kelanjutan regulasi peraturan bupati wali kota anggaran
biaya dana alokasi efisien efisiensi hemat penghematan efektif efektivitas hasil berhasil keberhasilan
dampak berdampak manfaat bermanfaat pemanfaatan memanfaatkan penerima sasaran kelompok rentan miskin
kemiskinan perempuan pemuda disabilitas lansia petani nelayan pedagang usaha umkm pengusaha ekonomi lokal
pemantauan memantau pantau evaluasi mengevaluasi pengawasan mengawasi laporan pelaporan dilaporkan indikator
capaian mencapai tercapai target kinerja survei kepuasan indeks nilai penilaian meningkat peningkatan
menurun penurunan persen jumlah rata lama singkat tahun bulan minggu triwulan semester periode tahap
kolaborasi berkolaborasi kerja sama mitra kemitraan pemangku kepentingan swasta perguruan tinggi komunitas
lembaga organisasi forum rapat koordinasi sosialisasi pelatihan pendampingan bimbingan teknis narasumber
replikasi direplikasi mereplikasi diadopsi adopsi wilayah lain daerah lain panduan standar prosedur sop
penerapan menerapkan diterapkan implementasi pelaksanaan melaksanakan dilaksanakan kegiatan program
perencanaan merencanakan rencana strategi langkah tujuan bertujuan latar belakang masalah permasalahan
kendala hambatan tantangan solusi penyelesaian menyelesaikan penanganan menangani transparansi akuntabel
akuntabilitas partisipasi berpartisipasi pemberdayaan memberdayakan kemandirian mandiri kesadaran sadar
lingkungan sampah pengelolaan mengelola dikelola bank air bersih sanitasi banjir bencana tanggap darurat
wisata pariwisata budaya kearifan gotong royong musyawarah pertanian pangan ketahanan perikanan pasar
pendapatan retribusi pajak aset tanah bangunan jalan jembatan transportasi angkutan perjalanan kunjungan
yang dan di ke dari untuk dengan dalam pada oleh adalah ini itu akan telah sudah dapat bisa lebih sangat
`.trim().split(/\s+/);

const TAGS = ['perizinan', 'kesehatan', 'pendidikan', 'digital', 'kependudukan', 'pengaduan', 'umkm', 'desa',
  'lingkungan', 'pariwisata', 'pertanian', 'stunting', 'kolaborasi', 'anggaran', 'replikasi'];

/** What users type: whole words, word forms, a typo, two-word queries. */
const QUERIES = ['pelayanan', 'antrean', 'layanan publik', 'keberlanjutan', 'pemantauan', 'kebaruan aplikasi',
  'pengaduan masyarakat', 'perizinan', 'stunting', 'kesehatan ibu', 'pelayanna', 'digitalisasi', 'desa',
  'pemberdayaan perempuan', 'replikasi', 'indikator kinerja', 'sampah', 'kolaborasi swasta', 'anggaran',
  'mengantre'];

/** mulberry32: small and seeded, so two runs index the same texts. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeDocs(n: number): SearchDoc[] {
  const rand = rng(9);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  // Word frequencies fall off as in real prose (Zipf, by each word's place in a shuffled VOCAB): a few words
  // are in every text, most in a few. Uniform draws would put every word in a third of the snippets.
  const ranked = [...VOCAB].sort(() => rand() - 0.5);
  const zipf = () => ranked[Math.floor(ranked.length ** rand()) - 1] as string;
  const sentence = (len: number) => Array.from({ length: len }, zipf).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: i % 5 === 0 ? 'proposal-section' : 'snippet',
    title: sentence(3 + Math.floor(rand() * 4)),
    text: sentence(50 + Math.floor(rand() * 351)),
    tags: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(TAGS)),
    section: pick(PROSE_SECTIONS),
    favourite: rand() < 0.1,
    updatedAt: 1_700_000_000_000 + Math.floor(rand() * 1e10),
  }));
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Types every query letter by letter, `rounds` times, one search per keystroke; the times, sorted. */
function typeAll(search: ReturnType<typeof createLibrarySearch>, rounds: number): number[] {
  for (const q of ['a', 'pel', 'desa']) search.search(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    QUERIES.forEach((query, qi) => {
      const section = PROSE_SECTIONS[qi % PROSE_SECTIONS.length];
      for (let k = 1; k <= query.length; k++) {
        const t = performance.now();
        search.search(query.slice(0, k), { section });
        times.push(performance.now() - t);
      }
    });
  }
  return times.sort((a, b) => a - b);
}

const figures = (times: number[]) => ({ median: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)), n: times.length });

/**
 * The library search as the panel runs it, and as a baseline the same index searched through MiniSearch's
 * public `search` (which scores and sorts every match, and rescores finished words on every keystroke).
 */
export function benchSearch(n = 5000, rounds = 3): {
  build: number;
  perKeystroke: { median: number; p95: number; n: number };
  baseline: { median: number; p95: number; n: number };
  queries: number;
} {
  const docs = makeDocs(n);
  const search = createLibrarySearch();
  const t0 = performance.now();
  search.reset(docs);
  const build = performance.now() - t0;
  const base = createLibrarySearch({ publicOnly: true });
  base.reset(docs);
  // Alternate the two so neither gets the quieter half of the run.
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    mine.push(...typeAll(search, 1));
    theirs.push(...typeAll(base, 1));
  }
  return {
    build: round(build),
    perKeystroke: figures(mine.sort((a, b) => a - b)),
    baseline: figures(theirs.sort((a, b) => a - b)),
    queries: QUERIES.length,
  };
}
