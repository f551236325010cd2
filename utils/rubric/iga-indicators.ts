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
  { no: 17, name: 'SDM pelaksana', weight: 2, mandatory: true, params: ['1–10 orang', '11–30 orang', 'lebih dari 30 orang'], evidence: 'SK atau surat tugas para pelaksana' },
  { no: 18, name: 'Dukungan anggaran', weight: 2, mandatory: false, params: ['dianggarkan 1 tahun', 'dianggarkan 2 tahun berturut-turut', 'dianggarkan 3 tahun'], evidence: 'Halaman DPA yang memuat kegiatan inovasi' },
  { no: 19, name: 'Alat kerja / penggunaan TI', weight: 2, mandatory: false, params: ['manual', 'elektronik', 'sistem daring atau kecerdasan buatan (AI)'], evidence: 'Foto alat kerja, tangkapan layar aplikasi' },
  { no: 20, name: 'Bimtek inovasi', weight: 1, mandatory: false, params: ['1 kali dalam 3 tahun terakhir', '2 kali dalam 3 tahun terakhir', '3 kali atau lebih dalam 3 tahun terakhir'], evidence: 'Undangan dan daftar hadir bimtek' },
  { no: 21, name: 'Program dalam RKPD', weight: 2, mandatory: false, params: ['termuat dalam RKPD 1 tahun', 'termuat dalam RKPD 2 tahun', 'termuat dalam RKPD 3 tahun'], evidence: 'Halaman RKPD yang memuat program inovasi' },
  { no: 22, name: 'Keterlibatan aktor', weight: 1, mandatory: false, params: ['3 jenis aktor', '4 jenis aktor', '5 jenis aktor (pemerintah, bisnis, masyarakat, akademisi, media)'], evidence: 'SK tim, undangan rapat dengan para aktor' },
  { no: 23, name: 'Pelaksana inovasi', weight: 1, mandatory: false, params: ['belum ada penetapan pelaksana', 'surat tugas', 'SK kepala daerah'], evidence: 'SK penetapan pelaksana inovasi' },
  { no: 24, name: 'Jejaring inovasi', weight: 1, mandatory: false, params: ['2 perangkat daerah', '3–4 perangkat daerah', '5 perangkat daerah atau lebih'], evidence: 'SK atau surat tugas lintas perangkat daerah' },
  { no: 25, name: 'Sosialisasi', weight: 1, mandatory: false, params: ['foto spanduk atau baliho', 'media milik pemerintah daerah', 'media berita di luar pemerintah daerah'], evidence: 'Tangkapan layar berita atau unggahan' },
  { no: 26, name: 'Pedoman teknis', weight: 1, mandatory: false, params: ['buku cetak', 'buku elektronik', 'pedoman daring'], evidence: 'Buku pedoman atau tautan tutorial' },
  { no: 27, name: 'Kemudahan informasi layanan', weight: 1, mandatory: false, params: ['1 saluran', '2 saluran', '3 saluran atau lebih'], evidence: 'Nomor telepon, surel, media sosial atau aplikasi layanan' },
  { no: 28, name: 'Kemudahan proses', weight: 2, mandatory: false, params: ['6 hari atau lebih', '2–5 hari', '1 hari'], evidence: 'SOP yang memuat waktu layanan' },
  { no: 29, name: 'Penyelesaian pengaduan', weight: 1, mandatory: false, params: ['50% atau kurang terselesaikan', '51–90% terselesaikan', '91% atau lebih terselesaikan'], evidence: 'Rekap pengaduan dan penyelesaiannya' },
  { no: 30, name: 'Layanan terintegrasi', weight: 2, mandatory: false, params: ['berdiri sendiri', 'dalam satu portal', 'terintegrasi lintas unit'], evidence: 'Tangkapan layar layanan' },
  { no: 31, name: 'Replikasi', weight: 3, mandatory: false, params: ['1 kali di daerah lain', '2 kali di daerah lain', '3 kali atau lebih di daerah lain'], evidence: 'MoU atau surat pernyataan replikasi' },
  { no: 32, name: 'Kecepatan penciptaan', weight: 2, mandatory: true, params: ['9 bulan atau lebih', '5–8 bulan', '1–4 bulan'], evidence: 'Tabel tahapan inovasi beserta lamanya' },
  { no: 33, name: 'Kemanfaatan', weight: 3, mandatory: true, params: ['1–200 penerima manfaat', '201–500 penerima manfaat', '501 penerima manfaat atau lebih'], evidence: 'Daftar penerima manfaat' },
  { no: 34, name: 'Monitoring dan evaluasi', weight: 2, mandatory: false, params: ['evaluasi internal', 'survei kepuasan', 'penelitian oleh pihak luar'], evidence: 'Laporan monev atau hasil survei' },
  { no: 35, name: 'Video inovasi', weight: 4, mandatory: true, params: ['memuat 1–2 unsur', 'memuat 3–4 unsur', 'memuat 5 unsur'], evidence: 'Video paling lama 5 menit: latar belakang, penjaringan ide, pemilihan ide, manfaat, dampak' },
];

/** The maximum score of one innovation: every indicator at parameter 3. */
export const IGA_MAX = IGA_INDICATORS.reduce((n, i) => n + i.weight * 3, 0);

export interface IgaHint {
  no: number;
  param: 1 | 2 | 3;
  /** The words that gave it away (≤ 80 characters). */
  found: string;
}

const clip = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

// ---------------------------------------------------------------------------------------------------------
// Numbers

/** "1.250" → 1250, "1,5 ribu" → 1500, "2 juta" → 2 000 000; "1,250" with no scale is read as thousands too. */
export function idNumber(digits: string, scale?: string): number {
  const s = scale?.toLowerCase();
  const grouped = !s && /^\d{1,3}(?:,\d{3})+$/.test(digits);
  const n = Number(grouped ? digits.replace(/,/g, '') : digits.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.'));
  return s === 'ribu' || s === 'rb' ? n * 1_000 : s === 'juta' || s === 'jt' ? n * 1_000_000 : n;
}

const UNITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };

/** "dua puluh lima" → 25, "seribu dua ratus" → 1200; NaN for anything else. */
function wordNumber(words: string): number {
  let total = 0, group = 0, unit = 0;
  for (const w of words.toLowerCase().split(/\s+/)) {
    if (w in UNITS) unit = UNITS[w]!;
    else if (w === 'sepuluh') group += 10;
    else if (w === 'sebelas') group += 11;
    else if (w === 'seratus') group += 100;
    else if (w === 'seribu') total += 1_000;
    else if (w === 'sejuta') total += 1_000_000;
    else if (w === 'belas') { group += unit + 10; unit = 0; }
    else if (w === 'puluh') { group += unit * 10; unit = 0; }
    else if (w === 'ratus') { group += unit * 100; unit = 0; }
    else if (w === 'ribu' || w === 'juta') { total += (group + unit || 1) * (w === 'ribu' ? 1_000 : 1_000_000); group = unit = 0; }
    else return NaN;
  }
  return total + group + unit;
}

const NUM_WORDS = 'satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta|belas|puluh|ratus|ribu|juta';
const DIGITS = String.raw`\d{1,3}(?:\.\d{3})+(?![\d,])|\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:,\d+)?`;
/** A number in digits (with an optional ribu/juta) or in words; groups: digits, scale, words. */
const NUM = String.raw`(?<![\p{L}\d.,/])(?<!\p{L}-)(?:(${DIGITS})(?:\s*(ribu|rb|juta|jt)\b\.?)?|\b((?:${NUM_WORDS})(?:\s+(?:${NUM_WORDS}))*)\b)`;

/** The value of a NUM match whose three groups start at `g`. */
function valueOf(m: RegExpExecArray | RegExpMatchArray, g: number): number {
  const digits = m[g], words = m[g + 2];
  return digits ? idNumber(digits, m[g + 1]) : words ? wordNumber(words) : NaN;
}

const MONTHS = 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des';
const YEAR_BEFORE = new RegExp(String.raw`(?:\b(?:tahun|thn|th|sejak|pada|hingga|sampai|s\.?d|periode|awal|akhir|pertengahan|TA|${MONTHS})\.?|[-–/])\s*$`, 'i');
const MONEY_BEFORE = /(?:\bRp\.?|\bIDR|\$)\s*$/i;

/** A bare 19xx/20xx after a year word or a month is a year, not a count. */
const isYear = (raw: string, before: string) => /^(?:19|20)\d{2}$/.test(raw) && YEAR_BEFORE.test(before);

// ---------------------------------------------------------------------------------------------------------
// Sentences and clauses

const ABBR = /\b(?:kab|kec|kel|prov|no|nom|jl|dr|drg|ir|hj?|st|pt|cv|tbk|rp|ds|kp|tgl|th|thn|ttg|s\.d|sd|dsb|a\.n|u\.p)$/i;

/** Sentences, split at . ! ? and line breaks, but not after abbreviations such as "Kab." or "No.". */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n+/g)) {
    if (m[0][0] === '.' && ABBR.test(text.slice(start, m.index))) continue;
    out.push(text.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The words of the same clause before `index` (after the last comma, colon, "tetapi"…), at most 60 chars. */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const cut = [...before.matchAll(/[,;:()]|\b(?:tetapi|namun|sedangkan|melainkan|sementara|kini|sekarang)\b/gi)].pop();
  // "tidak hanya" (not only) is no negation.
  return before.slice(cut ? cut.index + cut[0].length : 0).slice(-60).replace(/\b(?:tidak|bukan)\s+(?:hanya|sekadar|saja)\b/gi, '');
}

const normalise = (s: string) => s.replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/[\u2010-\u2013\u2212]/g, '-');

// ---------------------------------------------------------------------------------------------------------
// 16 Regulasi

const DECREE = String.raw`(?:SK|Surat Keputusan|Keputusan)(?:\s*\(SK\))?`;
const REGULATIONS: Array<[1 | 2 | 3, RegExp]> = [
  [3, /\b(?:Perda|Peraturan Daerah|Qanun)\b/gi],
  [2, new RegExp(String.raw`\b(?:Perwali|Perwal|Perwako|Perbup|Pergub|Perkada|Kepwal|Kepbup|Kepgub|Peraturan (?:Wali ?kota|Bupati|Gubernur|Kepala Daerah)|${DECREE}\s+(?:Wali ?kota|Bupati|Gubernur|Kepala Daerah))\b`, 'gi')],
  [1, new RegExp(String.raw`\b(?:(?:${DECREE}|Peraturan)\s+(?:Kepala (?:Dinas|Badan|Kantor|Bagian|Satuan|Perangkat Daerah)|Kadis|Kaban|Camat|Direktur RSUD|Sekretaris Daerah|Sekda))\b`, 'gi')],
];
/** A regulation not (yet) in force. */
const NOT_IN_FORCE = /\b(?:belum|tidak|tanpa|bukan|rancangan|draf|draft|akan|direncanakan|rencana|diusulkan|usulan|diajukan|sedang disusun|menyusun)\b/i;
/** Capitalised words and numbers after a regulation's name: "Kota Pontianak Nomor 7 Tahun 2023", "12/2022". */
const REG_TAIL = /(?:\s+(?:[A-Z][\p{L}-]*\.?|\d+(?:[/.-][\p{L}\d]+)*))*/uy;

function regulation(sentences: string[]): IgaHint | null {
  for (const [param, re] of REGULATIONS) {
    for (const s of sentences) {
      for (const m of s.matchAll(re)) {
        if (NOT_IN_FORCE.test(clauseBefore(s, m.index))) continue;
        REG_TAIL.lastIndex = m.index + m[0].length;
        const tail = REG_TAIL.exec(s)?.[0] ?? '';
        return { no: 16, param, found: clip(m[0] + tail) };
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// 17 SDM and 33 Kemanfaatan: counts of people

const STAFF = String.raw`petugas|pegawai|ASN|PNS|PPPK|staf|staff|tenaga\b(?!\s+kerja)|personel|personil|pelaksana|operator|kader|relawan|fasilitator|pendamping|penyuluh|anggota tim`;
const PEOPLE = String.raw`penerima manfaat|pemanfaat|warga|penduduk|jiwa|pengguna|masyarakat|pelaku (?:UMKM|usaha|IKM)|UMKM|pasien|siswa|pelajar|murid|peserta (?:didik|BPJS|JKN)|santri|mahasiswa|anak|balita|bayi|lansia|ibu hamil|ibu|keluarga|kepala keluarga|KK|rumah tangga|petani|nelayan|pedagang|pemohon|pengunjung|pelanggan|nasabah|wajib pajak|penyandang disabilitas|difabel|orang\b(?!\s+(?:${STAFF}))`;
const ALL_NOUNS = `${STAFF}|${PEOPLE}|SDM|tim`;
/** Nouns between a count's noun and its number ("pelaksana inovasi ini sebanyak 12 orang"), none a noun itself. */
const GAP = String.raw`(?:\s+(?!(?:${ALL_NOUNS})\b)[\p{L}-]+){0,3}?`;
/** After a number given after its noun: a person word, or the end of the phrase (not "%", "hari", …). */
const COUNT_END = String.raw`(?:\s*(?:orang|jiwa|KK|warga)\b|(?=\s*[.,;)]|\s*$))`;

const COUNTS = {
  staff: [
    new RegExp(String.raw`${NUM}\s+(?:orang\s+)?(?:${STAFF})\b`, 'giu'),
    new RegExp(String.raw`\b(?:dilaksanakan|dijalankan|dikelola|ditangani|dioperasikan|dilayani)\s+oleh\s+${NUM}\s+orang\b(?!\s+(?:${PEOPLE}))`, 'giu'),
    new RegExp(String.raw`\b(?:${STAFF}|SDM|tim)${GAP}\s*(?::|\b(?:sebanyak|berjumlah|sejumlah|terdiri (?:atas|dari)|beranggotakan)\b)\s*${NUM}${COUNT_END}`, 'giu'),
  ],
  people: [
    new RegExp(String.raw`${NUM}\s+(?:orang\s+)?(?:${PEOPLE})\b`, 'giu'),
    new RegExp(String.raw`(?<!\b(?:kepuasan|indeks|tingkat|persentase|rasio|nilai|skor|pengaduan|partisipasi)\s+)\b(?:${PEOPLE})${GAP}\s*(?::|\b(?:sebanyak|mencapai|berjumlah|sejumlah|tercatat)\b)\s*${NUM}${COUNT_END}`, 'giu'),
  ],
};
/** A count that has not happened yet. */
const NOT_YET = /\b(?:target|ditargetkan|akan|direncanakan|rencana|diharapkan|berpotensi|proyeksi|diproyeksikan|belum)\b/i;

interface Count { n: number; start: number; end: number; found: string }

/** The counts of one kind of people in a sentence. */
function countsIn(s: string, kind: keyof typeof COUNTS): Count[] {
  const out: Count[] = [];
  for (const re of COUNTS[kind]) {
    for (const m of s.matchAll(re)) {
      const raw = m[1] ?? m[3] ?? '';
      const before = s.slice(0, m.index + m[0].lastIndexOf(raw));
      if (isYear(raw, before) || MONEY_BEFORE.test(before) || /\bsalah\s+$/i.test(before)) continue;
      if (NOT_YET.test(clauseBefore(s, m.index))) continue;
      const n = valueOf(m, 1);
      if (Number.isInteger(n) && n > 0) out.push({ n, start: m.index, end: m.index + m[0].length, found: clip(m[0]) });
    }
  }
  return out;
}

/** The largest count of one kind of people in the text; a count read as staff is no beneficiary count. */
function largestCount(sentences: string[], kind: keyof typeof COUNTS): Count | null {
  let best: Count | null = null;
  for (const s of sentences) {
    const staff = kind === 'people' ? countsIn(s, 'staff') : [];
    for (const c of countsIn(s, kind)) {
      if (staff.some((x) => x.start < c.end && c.start < x.end)) continue;
      if (!best || c.n > best.n) best = c;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// 22 Keterlibatan aktor

const ACTORS: Array<[string, RegExp[]]> = [
  ['pemerintah', [/\b(?:pemerintah\p{L}*|pemda|pemkot|pemkab|pemprov|pemdes|dinas|OPD|perangkat daerah|kelurahan|kecamatan|lurah|camat|puskesmas|bappeda|setda|sekretariat daerah|DPRD|kementerian|UPTD?|badan\b(?!\s+usaha))\b/iu]],
  ['bisnis', [/\b(?:swasta|perusahaan|pengusaha|dunia usaha|badan usaha|bank\b(?!\s+(?:sampah|data|darah))|CSR|BUMN|BUMD|BUMDes|koperasi|Tbk)\b/i, /\b(?:PT|CV)\.?\s+[A-Z]/]],
  ['masyarakat', [/\b(?:masyarakat|komunitas|LSM|ormas|karang taruna|PKK|tokoh (?:masyarakat|agama|adat|pemuda)|kader|relawan|posyandu|paguyuban|pokdarwis|yayasan|forum warga|kelompok (?:tani|nelayan|swadaya|masyarakat))\b/i, /\b(?:RT|RW)\b/]],
  ['akademisi', [/\b(?:universitas|perguruan tinggi|politeknik|institut|sekolah tinggi|akademisi|akademi|kampus|dosen|peneliti|mahasiswa)\b/i]],
  ['media', [/\b(?:media\b(?!\s+(?:sosial|sosialisasi|informasi|komunikasi|pembelajaran|belajar|edukasi|promosi|tanam|penyimpanan|pendukung)\b)|pers|radio|televisi|TV|koran|surat kabar|wartawan|jurnalis|RRI|TVRI)\b/i]],
];

/** The kinds of actors (of the five IGA names) the text mentions. */
export function igaActorKinds(text: string): string[] {
  const t = normalise(text);
  return ACTORS.filter(([, res]) => res.some((re) => re.test(t))).map(([k]) => k);
}

function actors(text: string): IgaHint | null {
  const kinds = igaActorKinds(text);
  if (kinds.length < 3) return null;
  return { no: 22, param: kinds.length >= 5 ? 3 : kinds.length === 4 ? 2 : 1, found: clip(`${kinds.length} jenis aktor: ${kinds.join(', ')}`) };
}

// ---------------------------------------------------------------------------------------------------------
// 28 Kemudahan proses: the service time after the innovation

const TIME_CUE = /\b(?:menjadi|hanya|cukup|kini|sekarang|selesai|rampung|terbit|paling lama|paling lambat|maksimal|maksimum|kurang dari|tidak lebih dari|tidak sampai)(?:\s+(?:dalam|dengan|hanya|butuh|perlu|memerlukan|membutuhkan|waktu|sekitar|rata-rata|kurang dari|tidak lebih dari|paling lama|maksimal))*/gi;
const UNIT = 'hari|jam|menit|detik|minggu|pekan|bulan';
const DURATION = [
  new RegExp(String.raw`\s+${NUM}(?:\s*-\s*${NUM})?\s*[x×]\s*24\s*jam\b`, 'iuy'),
  new RegExp(String.raw`\s+${NUM}(?:\s*-\s*${NUM})?\s+(${UNIT})\b(?!\s+sekali)`, 'iuy'),
];
const SAME_DAY = /\b(?:hari itu juga|saat itu juga|pada hari yang sama|langsung (?:jadi|selesai|terbit)|selesai di tempat|seketika|one day service)\b/gi;
const DAYS: Record<string, number> = { hari: 1, jam: 1 / 24, menit: 1 / 1440, detik: 1 / 86400, minggu: 7, pekan: 7, bulan: 30 };

/** The duration right after a cue, in days. */
function duration(s: string, at: number): { days: number; end: number } | null {
  const [perDay, plain] = DURATION as [RegExp, RegExp];
  perDay.lastIndex = at;
  let m = perDay.exec(s);
  if (m) {
    const n = valueOf(m, m[4] || m[6] ? 4 : 1);
    return Number.isFinite(n) ? { days: n, end: m.index + m[0].length } : null;
  }
  plain.lastIndex = at;
  m = plain.exec(s);
  if (m) {
    const n = valueOf(m, m[4] || m[6] ? 4 : 1);
    return Number.isFinite(n) ? { days: n * DAYS[m[7]!.toLowerCase()]!, end: m.index + m[0].length } : null;
  }
  const short = new RegExp(String.raw`\s+(se|setengah\s+)(${UNIT})\b`, 'iy');
  short.lastIndex = at;
  const k = short.exec(s);
  if (k) return { days: (k[1]!.toLowerCase() === 'se' ? 1 : 0.5) * DAYS[k[2]!.toLowerCase()]!, end: k.index + k[0].length };
  return null;
}

function serviceTime(sentences: string[]): IgaHint | null {
  let best: { days: number; found: string } | null = null;
  const consider = (days: number, found: string) => {
    if (!best || days < best.days) best = { days, found: clip(found) };
  };
  for (const s of sentences) {
    for (const m of s.matchAll(SAME_DAY)) {
      if (!/\b(?:tidak|belum|bukan)\b/i.test(clauseBefore(s, m.index))) consider(1, m[0]);
    }
    for (const m of s.matchAll(TIME_CUE)) {
      const d = duration(s, m.index + m[0].length);
      if (d && d.days > 0) consider(d.days, s.slice(m.index, d.end));
    }
  }
  const found = best as { days: number; found: string } | null;
  if (!found) return null;
  return { no: 28, param: found.days <= 1 ? 3 : found.days <= 5 ? 2 : 1, found: found.found };
}

// ---------------------------------------------------------------------------------------------------------
// 31 Replikasi

const REPLICATED = /\b(?:di)?replikasi(?:kan)?\s+(?:oleh|di|ke)\b|\b(?:diadopsi|ditiru)\s+oleh\b|\bditerapkan\s+(?:pula|juga)\s+(?:di|oleh)\b/gi;
const NOT_REPLICATED = /\b(?:belum|tidak|akan|dapat|bisa|mudah|layak|siap|berpotensi|potensial|potensi|diharapkan|direncanakan|rencana|rencananya|ingin|berminat|mungkin|dijajaki)\b/i;
const PLACE = /\b(?:Pemerintah (?:Kabupaten|Kota|Provinsi)|Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Pemkab|Pemkot|Pemprov|Pemda|Dinas|Badan|Kecamatan|Kelurahan|Desa|Puskesmas|RSUD|Rumah Sakit|UPTD?|Sekolah|SMA|SMP|SD)\s+[A-Z0-9][\p{L}\d-]*(?:\s+[A-Z0-9][\p{L}\d-]*)*/gu;
const PLACE_COUNT = new RegExp(String.raw`${NUM}\s+(?:daerah|kabupaten(?:/kota)?|kota|provinsi|pemda|pemerintah daerah|instansi|OPD|perangkat daerah|puskesmas|sekolah|desa|kelurahan|kecamatan)\b`, 'giu');

/** "Kab. Sambas", "Pemkab Sambas" and "Kabupaten Sambas" are one place. */
const placeKey = (p: string) => p.toLowerCase().replace(/\s+/g, ' ')
  .replace(/^(?:pemerintah kabupaten|pemkab|kab\.)/, 'kabupaten').replace(/^(?:pemerintah kota|pemkot)/, 'kota')
  .replace(/^(?:pemerintah provinsi|pemprov|prov\.)/, 'provinsi');

function replication(sentences: string[]): IgaHint | null {
  let best: { n: number; found: string } | null = null;
  for (const s of sentences) {
    for (const m of s.matchAll(REPLICATED)) {
      if (NOT_REPLICATED.test(clauseBefore(s, m.index))) continue;
      const rest = s.slice(m.index + m[0].length);
      const places = new Set([...rest.matchAll(PLACE)].map((p) => placeKey(p[0])));
      let n = places.size;
      for (const c of rest.matchAll(PLACE_COUNT)) n = Math.max(n, valueOf(c, 1) || 0);
      if (n > 0 && (!best || n > best.n)) best = { n, found: clip(s.slice(m.index)) };
    }
  }
  if (!best) return null;
  const { n, found } = best;
  return { no: 31, param: n >= 3 ? 3 : n === 2 ? 2 : 1, found };
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Parameters the prose gives away for indicators 16, 17, 22, 28, 31 and 33 (at most one hint each, sorted by
 * indicator); nothing for an indicator the text says nothing about. An estimate, not a score.
 */
export function igaHints(texts: readonly string[]): IgaHint[] {
  const text = normalise(texts.join('\n'));
  const ss = sentences(text);
  const out: IgaHint[] = [];
  const push = (h: IgaHint | null) => void (h && out.push(h));
  push(regulation(ss));
  const staff = largestCount(ss, 'staff');
  if (staff) out.push({ no: 17, param: staff.n > 30 ? 3 : staff.n > 10 ? 2 : 1, found: staff.found });
  push(actors(text));
  push(serviceTime(ss));
  push(replication(ss));
  const people = largestCount(ss, 'people');
  if (people) out.push({ no: 33, param: people.n >= 501 ? 3 : people.n >= 201 ? 2 : 1, found: people.found });
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
