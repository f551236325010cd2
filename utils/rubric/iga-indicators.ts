/**
 * The IGA / Indeks Inovasi Daerah indicators (16–35) as a reminder of the evidence each one needs uploaded,
 * and, where the proposal's prose gives it away, the parameter (1–3) an indicator would likely reach. A score
 * is weight × parameter; the maximum is 111 per innovation. Source: shared/domain/COMPETITIONS.md.
 */

export interface IgaIndicator {
  no: number;
  name: string;
  weight: number;
  mandatory: boolean;
  /** What parameter 1, 2 and 3 mean. */
  params: [string, string, string];
  /** The document to upload. */
  evidence: string;
}

export const IGA_INDICATORS: readonly IgaIndicator[] = [
  { no: 16, name: 'Regulasi inovasi daerah', weight: 3, mandatory: true, params: ['SK kepala perangkat daerah', 'Peraturan kepala daerah (Perkada)', 'Peraturan daerah (Perda)'], evidence: 'Regulasi yang menyebut nama inovasi' },
  { no: 17, name: 'Ketersediaan SDM pelaksana', weight: 2, mandatory: true, params: ['1–10 orang', '11–30 orang', 'lebih dari 30 orang'], evidence: 'SK atau surat tugas pelaksana' },
  { no: 18, name: 'Dukungan anggaran', weight: 2, mandatory: false, params: ['1 tahun', '2 tahun berturut-turut', '3 tahun'], evidence: 'Halaman DPA yang memuat kegiatan inovasi' },
  { no: 19, name: 'Alat kerja / penggunaan TI', weight: 2, mandatory: false, params: ['manual', 'elektronik', 'sistem daring atau AI'], evidence: 'Foto alat, tangkapan layar aplikasi' },
  { no: 20, name: 'Bimtek inovasi', weight: 1, mandatory: false, params: ['1 kali dalam 3 tahun', '2 kali', '3 kali atau lebih'], evidence: 'Undangan dan daftar hadir bimtek' },
  { no: 21, name: 'Program dalam RKPD', weight: 2, mandatory: false, params: ['satu tahun', 'dua tahun', 'tiga tahun'], evidence: 'Halaman RKPD yang memuat program' },
  { no: 22, name: 'Keterlibatan aktor', weight: 1, mandatory: false, params: ['3 jenis aktor', '4 jenis aktor', '5 jenis aktor atau lebih'], evidence: 'SK tim, undangan rapat dengan para aktor' },
  { no: 23, name: 'Pelaksana inovasi', weight: 1, mandatory: false, params: ['belum ada penetapan', 'surat tugas', 'SK kepala daerah'], evidence: 'SK penetapan pelaksana' },
  { no: 24, name: 'Jejaring inovasi', weight: 1, mandatory: false, params: ['2 perangkat daerah', '3–4 perangkat daerah', '5 perangkat daerah atau lebih'], evidence: 'SK atau surat tugas lintas perangkat daerah' },
  { no: 25, name: 'Sosialisasi inovasi', weight: 1, mandatory: false, params: ['foto spanduk', 'media milik pemda', 'media berita di luar pemda'], evidence: 'Tangkapan layar berita atau unggahan' },
  { no: 26, name: 'Pedoman teknis', weight: 1, mandatory: false, params: ['cetak', 'buku elektronik', 'daring'], evidence: 'Buku panduan atau tautan tutorial' },
  { no: 27, name: 'Kemudahan informasi layanan', weight: 1, mandatory: false, params: ['1 saluran', '2 saluran', '3 saluran atau lebih'], evidence: 'Nomor telepon, surel, media sosial, aplikasi' },
  { no: 28, name: 'Kemudahan proses', weight: 2, mandatory: false, params: ['6 hari atau lebih', '2–5 hari', '1 hari'], evidence: 'SOP yang memuat waktu layanan' },
  { no: 29, name: 'Penyelesaian layanan pengaduan', weight: 1, mandatory: false, params: ['50% atau kurang selesai', '51–90% selesai', '91% atau lebih selesai'], evidence: 'Rekap pengaduan dan penyelesaiannya' },
  { no: 30, name: 'Layanan terintegrasi', weight: 2, mandatory: false, params: ['berdiri sendiri', 'satu portal', 'terintegrasi lintas unit'], evidence: 'Tangkapan layar layanan' },
  { no: 31, name: 'Replikasi', weight: 3, mandatory: false, params: ['1 kali di daerah lain', '2 kali', '3 kali atau lebih'], evidence: 'MoU atau surat pernyataan replikasi' },
  { no: 32, name: 'Kecepatan penciptaan inovasi', weight: 2, mandatory: true, params: ['9 bulan atau lebih', '5–8 bulan', '1–4 bulan'], evidence: 'Tabel tahapan dengan lamanya' },
  { no: 33, name: 'Kemanfaatan inovasi', weight: 3, mandatory: true, params: ['1–200 penerima manfaat', '201–500 penerima manfaat', '501 atau lebih penerima manfaat'], evidence: 'Daftar penerima manfaat' },
  { no: 34, name: 'Monitoring dan evaluasi', weight: 2, mandatory: false, params: ['evaluasi internal', 'survei kepuasan', 'penelitian pihak luar'], evidence: 'Laporan monev atau hasil survei' },
  { no: 35, name: 'Video inovasi', weight: 4, mandatory: true, params: ['memuat 1–2 unsur', 'memuat 3–4 unsur', 'memuat 5 unsur'], evidence: 'Video ≤ 5 menit: latar belakang, penjaringan ide, pemilihan ide, manfaat, dampak' },
];

/** The maximum score of one innovation: every indicator at parameter 3. */
export const IGA_MAX = IGA_INDICATORS.reduce((n, i) => n + i.weight * 3, 0);

export interface IgaHint {
  no: number;
  param: 1 | 2 | 3;
  /** The words that gave it away (≤ 80 characters). */
  found: string;
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s).trim();

/** "1.250" → 1250, "1,5 ribu" → 1500, "2 juta" → 2 000 000. */
export function idNumber(digits: string, scale?: string): number {
  const n = Number(digits.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));
  const s = scale?.toLowerCase();
  return s === 'ribu' ? n * 1_000 : s === 'juta' ? n * 1_000_000 : n;
}

const NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s*(ribu|juta))?`;
const level = (n: number, two: number, three: number): 1 | 2 | 3 => (n >= three ? 3 : n >= two ? 2 : 1);

function regulation(text: string): IgaHint | null {
  const perda = /\b(?:Perda|Peraturan Daerah)\b[^.;\n]{0,40}/i.exec(text);
  if (perda) return { no: 16, param: 3, found: clip(perda[0]) };
  const perkada = /\b(?:Perwali|Perbup|Pergub|Perkada|Peraturan (?:Wali ?kota|Bupati|Gubernur|Kepala Daerah)|(?:SK|Keputusan) (?:Wali ?kota|Bupati|Gubernur|Kepala Daerah))\b[^.;\n]{0,40}/i.exec(text);
  if (perkada) return { no: 16, param: 2, found: clip(perkada[0]) };
  const sk = /\b(?:SK|Surat Keputusan|Keputusan) Kepala (?:Dinas|Badan|Perangkat Daerah|Kantor|Bagian)\b[^.;\n]{0,40}|\bSK Kadis\b[^.;\n]{0,40}/i.exec(text);
  if (sk) return { no: 16, param: 1, found: clip(sk[0]) };
  return null;
}

/** The largest count of people matching `nouns` right after a number. */
function largestCount(text: string, nouns: string): { n: number; found: string } | null {
  const re = new RegExp(String.raw`(?<![\d.,])${NUM}\s+(?:orang\s+)?(?:${nouns})\b`, 'gi');
  let best: { n: number; found: string } | null = null;
  for (const m of text.matchAll(re)) {
    const n = idNumber(m[1]!, m[2]);
    if (Number.isFinite(n) && n > 0 && (!best || n > best.n)) best = { n, found: clip(m[0]) };
  }
  return best;
}

const STAFF = 'petugas|pegawai|ASN|staf|staff|tenaga|personel|pelaksana|operator|kader|relawan|orang petugas|anggota tim';
const PEOPLE = 'warga|penduduk|jiwa|penerima manfaat|pengguna|masyarakat|pelaku UMKM|UMKM|pasien|siswa|pelajar|lansia|balita|ibu hamil|keluarga|KK|kepala keluarga|petani|nelayan|pemohon|responden|peserta|orang';

const ACTORS: Array<[string, RegExp]> = [
  ['pemerintah', /\b(?:dinas|OPD|perangkat daerah|pemerintah|pemda|pemkot|pemkab|kelurahan|kecamatan|puskesmas|badan)\b/i],
  ['bisnis', /\b(?:swasta|perusahaan|bank|CSR|BUMN|BUMD|pengusaha|mitra usaha)\b/i],
  ['masyarakat', /\b(?:komunitas|LSM|karang taruna|PKK|tokoh masyarakat|tokoh agama|relawan|organisasi masyarakat|RT|RW|masyarakat)\b/],
  ['akademisi', /\b(?:universitas|perguruan tinggi|politeknik|akademisi|kampus|institut)\b/i],
  ['media', /\b(?:media|radio|televisi|TV|koran|surat kabar|wartawan|jurnalis)\b/i],
];

function actors(text: string): IgaHint | null {
  const seen = ACTORS.filter(([, re]) => re.test(text)).map(([k]) => k);
  if (seen.length < 3) return null;
  return { no: 22, param: seen.length >= 5 ? 3 : seen.length === 4 ? 2 : 1, found: seen.join(', ') };
}

function replication(text: string): IgaHint | null {
  const m = /direplikasi\s+(?:oleh|di)\s+([^.;\n]{3,160})/i.exec(text);
  if (!m) return null;
  const places = m[1]!.match(/\b(?:Kabupaten|Kota|Provinsi|Kab\.|Pemkab|Pemkot|Pemprov|Dinas|Kecamatan|Desa|Kelurahan|Puskesmas|RSUD)\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*/gu) ?? [];
  const n = new Set(places.map((p) => p.toLowerCase())).size;
  if (n === 0) return null;
  return { no: 31, param: n >= 3 ? 3 : n === 2 ? 2 : 1, found: clip(m[0]) };
}

/** The service time after the innovation, in days (hours and "the same day" count as 1). */
function serviceTime(text: string): IgaHint | null {
  const same = /\b(?:hari itu juga|langsung jadi|selesai di tempat)\b/i.exec(text);
  if (same) return { no: 28, param: 3, found: clip(same[0]) };
  const re = new RegExp(String.raw`\b(?:menjadi|hanya|selesai dalam|paling lama|maksimal|cukup)\s+${NUM}\s+(hari|jam|menit)\b`, 'gi');
  let best: { days: number; found: string } | null = null;
  for (const m of text.matchAll(re)) {
    const n = idNumber(m[1]!, m[2]);
    const days = m[3]!.toLowerCase() === 'hari' ? n : 1;
    if (!best || days < best.days) best = { days, found: clip(m[0]) };
  }
  if (!best) return null;
  return { no: 28, param: best.days <= 1 ? 3 : best.days <= 5 ? 2 : 1, found: best.found };
}

/** Parameters the prose gives away for indicators 16, 17, 22, 28, 31 and 33; nothing where it says nothing. */
export function igaHints(texts: readonly string[]): IgaHint[] {
  const text = texts.join('\n');
  const out: IgaHint[] = [];
  const push = (h: IgaHint | null) => void (h && out.push(h));
  push(regulation(text));
  const staff = largestCount(text, STAFF);
  if (staff) out.push({ no: 17, param: staff.n > 30 ? 3 : staff.n > 10 ? 2 : 1, found: staff.found });
  push(actors(text));
  push(serviceTime(text));
  push(replication(text));
  const people = largestCount(text, PEOPLE);
  if (people) out.push({ no: 33, param: level(people.n, 201, 501), found: people.found });
  return out.sort((a, b) => a.no - b.no);
}

/** The checklist as Markdown lines, ticked ones marked, with what the text suggests. */
export function igaChecklistMarkdown(ticked: ReadonlySet<number>, hints: readonly IgaHint[]): string {
  return IGA_INDICATORS.map((i) => {
    const h = hints.find((x) => x.no === i.no);
    const hint = h ? `; perkiraan dari teks: parameter ${h.param} («${h.found}»)` : '';
    return `- [${ticked.has(i.no) ? 'x' : ' '}] ${i.no}. ${i.name} (bobot ${i.weight}${i.mandatory ? ', wajib' : ''}) — bukti: ${i.evidence}${hint}`;
  }).join('\n');
}
