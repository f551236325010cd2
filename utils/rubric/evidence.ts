/**
 * Evidence checks on Indonesian proposal text: does a section show what evaluators score (COMPETITIONS.md)?
 * Each check is a pure function of the text that returns whether the evidence is there and the snippet that
 * shows it, so the panel can quote it back. They read surface forms, not meaning: a hit says the writer wrote
 * the kind of thing judges look for, not that it is true. On vague filler ("bermanfaat bagi masyarakat",
 * "sesuai peraturan yang berlaku", "dapat direplikasi oleh daerah lain") they stay quiet on purpose: that is
 * exactly the writing that loses points.
 */

export interface Evidence {
  found: boolean;
  /** The words that showed it, whitespace collapsed, cut at 160 characters. */
  snippet?: string;
}
export type Check = (text: string) => Evidence;

const NONE: Evidence = { found: false };
const MAX_SNIPPET = 160;

function hit(match: string): Evidence {
  const s = match.replace(/\s+/g, ' ').trim();
  return { found: true, snippet: s.length > MAX_SNIPPET ? `${s.slice(0, MAX_SNIPPET - 1)}…` : s };
}

/** Whole words (Unicode-aware: `\b` is ASCII-only), case-insensitive. */
const words = (alts: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, flags);
const first = (re: RegExp): Check => (text) => {
  const m = re.exec(text);
  return m ? hit(m[0]) : NONE;
};
/** Case-insensitive letters for patterns that must stay case-sensitive elsewhere (a name's capital). */
const ci = (s: string) => s.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const sentences = (text: string) => text.split(/(?<=[.!?;])\s+(?=\p{Lu}|\d)|\n+/u);

/** "14", "1.250", "87,5", "1,2". */
const NUM = String.raw`\d+(?:[.,]\d+)*`;
const MONTHS = 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember';
/** A year after these words is a date, not a count: "tahun 2022 warga mengeluh" has no figure about warga. */
const DATE_BEFORE = new RegExp(`(?:tahun|sejak|pada|hingga|sampai|${MONTHS})\\s*$`, 'i');
/** "Nomor 12 Tahun 2021" is a regulation's number, not twelve years. */
const REG_NUMBER = /(?:nomor|no\.?)\s*$/i;

function countedNumber(units: string): Check {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:rp\\.?\\s?${NUM}(?:\\s*(?:ribu|juta|miliar|triliun))?|(${NUM})\\s*(?:(?:ribu|juta)\\s+)?(?:${units}))(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) => {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const isYear = /^(?:19|20)\d\d$/.test(m[1] ?? '');
      if (!(isYear && DATE_BEFORE.test(before)) && !REG_NUMBER.test(before)) return hit(m[0]);
    }
    return NONE;
  };
}

const PEOPLE = 'orang|warga|jiwa|kk|kepala keluarga|keluarga|penduduk|pegawai|asn|petugas|staf|personel|tenaga|kader|relawan|siswa|pasien|peserta|penerima|pelaku|pengguna|pemohon|anggota|nelayan|petani|lansia|balita|ibu hamil';
/** People, with a number: "12 orang petugas", "1.250 warga", "340 KK". */
export const peopleCount = countedNumber(PEOPLE);
/** Numbers with a unit: percentages, time, people, places, money, distance, counts of things. */
export const numbersWithUnits = countedNumber(
  `persen|%|hari|jam|menit|detik|minggu|bulan|tahun|${PEOPLE}|desa|kelurahan|kecamatan|rupiah|juta|miliar|triliun|km|kilometer|unit|dokumen|berkas|layanan|kali|sekolah|opd|umkm|permohonan|pengaduan|titik|lokasi`,
);

const GOAL_WORDS = words('tujuan|bertujuan|target|ditargetkan|sasaran|agar|supaya|mencapai|meningkatkan|menurunkan|memangkas|mempercepat|mempersingkat|menjadi|paling lama|maksimal|minimal');
/** A goal with a measurable target: one sentence holding both a goal word and a number with a unit. */
export const measurableTarget: Check = (text) => {
  const s = sentences(text).find((t) => GOAL_WORDS.test(t) && numbersWithUnits(t).found);
  return s ? hit(s) : NONE;
};

/** A stretch of one clause; a dot only inside a number ("1.250"). */
const CLAUSE = String.raw`(?:[^.;:\n]|(?<=\d)[.](?=\d))`;
const COMPARE = [
  /(?<![\p{L}])sebelum(?:nya)?(?![\p{L}])[^]{0,300}?(?<![\p{L}])(?:sesudah|setelah)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:sesudah|setelah)(?![\p{L}])[^]{0,200}?(?<![\p{L}])sebelum(?:nya)?(?![\p{L}])/iu,
  /(?<![\p{L}])(?:turun|naik|meningkat|menurun|berkurang|bertambah|dipangkas|dipersingkat|membaik)\s+(?:\S+\s+){0,3}?dari\s+[^;:\n]{1,50}?\s+(?:ke|menjadi)\s+[^\s,;]+/iu,
  /(?<![\p{L}])dibandingkan\s+(?:dengan\s+)?(?:sebelum|kondisi awal|tahun)[^.;\n]{0,40}/iu,
];
/** "dari X menjadi Y" only when X is a figure or a short phrase: "berasal dari ide warga yang kemudian menjadi …" is no comparison. */
const FROM_TO = new RegExp(`(?<![\\p{L}])dari\\s+(${CLAUSE}{1,50}?)\\s+menjadi\\s+[^\\s,;]+(?:\\s+[^\\s.,;]+)?`, 'giu');
/** A before/after comparison: "sebelum … sesudah", "dari 14 hari menjadi 2 hari", "naik dari 60% ke 85%". */
export const beforeAfter: Check = (text) => {
  for (const m of text.matchAll(FROM_TO)) {
    const from = m[1] ?? '';
    if (/\d/.test(from) || from.trim().split(/\s+/).length <= 3) return hit(m[0]);
  }
  for (const re of COMPARE) {
    const m = re.exec(text);
    if (m) return hit(m[0]);
  }
  return NONE;
};

const YEAR = String.raw`(?:20[0-2]\d|2030)(?!\d)`;
/** "Nomor 5 Tahun 2022" names a regulation, not a baseline, hence the lookbehind on a number before "tahun". */
const BASELINE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:pada|di|sejak|per|awal|akhir)\\s+(?:tahun\\s+)?|tahun\\s+dasar\\s*:?\\s*|(?<!\\d\\s{0,3})tahun\\s+)${YEAR}`,
  'iu',
);
/** A baseline year: "pada tahun 2021", "sejak 2022", "tahun dasar 2020", or a before/after that carries a year. */
export const baselineYear: Check = (text) => {
  const m = BASELINE.exec(text);
  if (m) return hit(m[0]);
  const cmp = beforeAfter(text);
  return cmp.found && new RegExp(YEAR).test(cmp.snippet ?? '') ? cmp : NONE;
};

const GROUPS = words('pelaku umkm|umkm|pelaku usaha|ibu hamil|ibu menyusui|balita|bayi|anak(?:-anak)?|remaja|lansia|lanjut usia|penyandang disabilitas|disabilitas|difabel|siswa|pelajar|peserta didik|mahasiswa|petani|nelayan|peternak|asn|pns|pemohon|pasien|wajib pajak|pedagang|buruh|pekerja|perempuan|keluarga miskin|masyarakat miskin|penerima bantuan|pencari kerja|wisatawan|pengguna layanan|guru|kader|perangkat desa');
const GENERAL = ci('(?:warga|masyarakat|penduduk)');
const QUALIFIER = ci('(?:miskin|pesisir|desa|kelurahan|kecamatan|kota|kabupaten|perbatasan|pedesaan|perkotaan|pedalaman|terdampak|rentan|prasejahtera|berpenghasilan rendah|kurang mampu|tidak mampu|adat|rt|rw)');
const QUALIFIED = [
  // A year is not a head count: "Tahun 2022 warga mengeluh".
  new RegExp(`(?<![\\p{N}.,])(?!(?:19|20)\\d\\d(?![\\d.,]))${NUM}\\s*(?:${ci('ribu')}\\s+)?${GENERAL}(?!\\p{L})`, 'u'),
  new RegExp(`(?<!\\p{L})${GENERAL}\\s+(?:${ci('di')}\\s+)?(?:${QUALIFIER}(?!\\p{L})|\\p{Lu}\\p{L}+)`, 'u'),
];
/**
 * The target group named. "warga"/"masyarakat" alone is what every weak proposal says, so it counts only with a
 * number before it or a qualifier after it ("masyarakat pesisir", "warga Kelurahan Siantan", "1.250 warga").
 */
export const targetGroup: Check = (text) => {
  for (const re of [GROUPS, ...QUALIFIED]) {
    const m = re.exec(text);
    if (m) return hit(m[0]);
  }
  return NONE;
};

/** How impact was measured. */
export const measurement = first(words('survei kepuasan|survei|survey|kuesioner|angket|ikm|skm|indeks kepuasan(?: masyarakat)?|evaluasi|dievaluasi|pengukuran|diukur|mengukur|data dari|berdasarkan data|menurut data|laporan|monitoring|pemantauan|wawancara|audit|penelitian|kajian'));

/** "Permen" alone is also a sweet; a ministerial regulation has its ministry or number after it. */
const LEGAL = 'perwali|perwalkot|perbup|perda|pergub|perkada|perdes|perpres|inpres|qanun|permen\\p{L}+|permen\\s+(?:panrb|pan-rb|dagri|kes|keu)|kepmen\\p{L}+|surat keputusan|sk|keputusan\\s+(?:wali\\s?kota|bupati|gubernur|menteri|kepala|presiden|camat|lurah|direktur)|peraturan\\s+(?:wali\\s?kota|bupati|daerah|gubernur|menteri|pemerintah|presiden|kepala|desa|lembaga|badan)|undang-undang|instruksi\\s+(?:wali\\s?kota|bupati|gubernur|presiden|menteri)|surat edaran|(?:uu|pp|se|permen)\\s+(?:no\\.?|nomor)\\s*\\d+(?:\\s*(?:tahun|\\/)\\s*\\d{4})?';
/** Legal basis: a named kind of regulation, with its number when written. */
export const legalBasis = first(words(`(?:${LEGAL})(?:(?:\\s+\\p{L}+){0,3}?\\s+(?:nomor|no\\.?)\\s*\\d+(?:\\s*(?:tahun|\\/)\\s*\\d{4})?)?`));

/** A standard operating procedure or service standard. */
export const sop = first(words('sop|standar operasional prosedur|standar operasional|prosedur operasional standar|standard operating procedure|standar pelayanan|maklumat pelayanan'));

const ACTORS: Record<string, RegExp> = {
  pemerintah: words('pemerintah|pemda|pemkot|pemkab|pemprov|opd|dinas|perangkat daerah|bappeda|bapperida|dpmptsp|disdukcapil|dukcapil|diskominfo|rsud|bpbd|setda|kecamatan|kelurahan|camat|lurah|puskesmas|kementerian|instansi'),
  swasta: words('swasta|perusahaan|bumn|bumd|bank|dunia usaha|pelaku usaha|badan usaha|pt|cv'),
  masyarakat: words('masyarakat|komunitas|lsm|karang taruna|pkk|tokoh agama|kader|relawan|ormas|posyandu|rt|rw'),
  akademisi: words('perguruan tinggi|universitas|akademisi|politeknik|kampus|peneliti|institut'),
  media: words('media|pers|wartawan|jurnalis|radio|televisi'),
};
const ROLE = words('berperan|peran(?:nya)?|bertugas|menyediakan|mendampingi|sebagai|bertanggung jawab|memfasilitasi|membina|mendanai|membiayai|menyosialisasikan|mengawasi|mengelola|melatih|mendukung|menyiapkan');
/** Stakeholders with roles: at least two actor types (government, business, community, academia, media) and a role. */
export const stakeholderRoles: Check = (text) => {
  const kinds = Object.values(ACTORS).filter((re) => re.test(text)).length;
  if (kinds < 2 || !ROLE.test(text)) return NONE;
  const withRole = sentences(text).find((s) => ROLE.test(s) && Object.values(ACTORS).some((re) => re.test(s)));
  return hit(withRole ?? text);
};

const INST = ci('kabupaten|kota|provinsi|pemerintah|pemkot|pemkab|pemprov|dinas|puskesmas|kecamatan|kelurahan|desa|rsud|rumah sakit|badan|kementerian|kantor|sekolah|smp|sma|smk|upt|uptd|biro|lembaga|bappeda|bapperida');
const NAME = String.raw`[\p{Lu}\d][\p{L}\p{N}.-]*`;
/** The institution's name must start with a capital: "direplikasi oleh kabupaten lain" names no one. */
const REPLICATED = [
  new RegExp(`(?<!\\p{L})${ci('(?:direplikasi|mereplikasi|replikasi|diadopsi|mengadopsi|ditiru|dicontoh)')}\\s+${ci('(?:oleh|di|ke)')}\\s+(?:[\\p{L},:]+\\s+){0,4}?(?:${INST})\\s+${NAME}(?:\\s+${NAME}){0,3}`, 'u'),
  new RegExp(`(?<!\\p{L})(?:${INST})\\s+${NAME}(?:\\s+${NAME}){0,3}\\s+(?:${ci('(?:telah|sudah|juga)')}\\s+)?${ci('(?:mereplikasi|mengadopsi|meniru)')}`, 'u'),
];
/** Replication by a named institution: "direplikasi oleh Kabupaten Kubu Raya", "Kota Singkawang telah mereplikasi". */
export const replicatedBy: Check = (text) => {
  for (const re of REPLICATED) {
    const m = re.exec(text);
    if (m) return hit(m[0]);
  }
  return NONE;
};
const REPLICABLE = words('dapat direplikasi|bisa direplikasi|mudah direplikasi|direplikasi|replikasi|diadopsi|dapat diterapkan di (?:daerah|wilayah|tempat|instansi) lain|dapat ditiru');
/** Replicated or credibly replicable (the generic criterion "dapat direplikasi"). */
export const replicable: Check = (text) => {
  const named = replicatedBy(text);
  return named.found ? named : first(REPLICABLE)(text);
};

/** Where the money comes from. */
export const budgetSource = first(words('apbd|apbn|apbdes|dak|dau|dana desa|alokasi dana desa|dana kelurahan|csr|tanggung jawab sosial(?: perusahaan)?|swadaya(?: masyarakat)?|hibah|blud|dana bos|bos|bantuan keuangan|dana bagi hasil|dbh|kapitasi'));

const STAGES = [
  words('tahap(?:an)?|fase|langkah-langkah'),
  words(`(?:${MONTHS})\\s+(?:19|20)\\d\\d`),
  words(String.raw`20\d\d\s*(?:-|–|s\.?\s?d\.?|sampai|hingga)\s*20\d\d`),
  /(?:^|\n)[ \t]*(?:\d+|[a-z])[.)][ \t]+\p{L}[^\n]*\n[ \t]*(?:\d+|[a-z])[.)][ \t]+\p{L}[^\n]*/iu,
];
/** Dates and stages: "tahap", "fase", "Januari 2023", "2021–2023", a numbered list of at least two steps. */
export const stages: Check = (text) => {
  for (const re of STAGES) {
    const m = re.exec(text);
    if (m) return hit(m[0]);
  }
  return NONE;
};

/** The problem named (IGA rancang bangun; background). */
export const problem = first(words('permasalahan|masalah|kendala|hambatan|keluhan|tantangan|persoalan|belum optimal|belum efektif|rendahnya|tingginya|kurangnya|minimnya|lambatnya|sulitnya|lamanya|terbatasnya|keterbatasan'));
/** The strategic issue the innovation answers. */
export const strategicIssue = first(words('isu(?:-isu)? strategis|isu utama|rpjmd|rpjmn|renstra|prioritas (?:daerah|pembangunan|nasional)|program prioritas|asta cita'));
/** The method of renewal. */
export const method = first(words('metode|metodologi|pendekatan|mekanisme|cara kerja|alur (?:layanan|kerja|proses)|proses bisnis|input\\W+proses\\W+output|design thinking'));
/** Advantages and novelty, claimed in words judges use. */
export const novelty = first(words('kebaruan|kebaharuan|keunggulan|keunikan|nilai tambah|unik|pertama (?:kali|di)|satu-satunya|belum pernah|berbeda (?:dengan|dari)|orisinal|terobosan'));

/** Every check by id: rules (./rules.ts) name checks by these ids. */
export const EVIDENCE = {
  numbers: numbersWithUnits,
  people: peopleCount,
  'measurable-target': measurableTarget,
  'before-after': beforeAfter,
  'baseline-year': baselineYear,
  'target-group': targetGroup,
  measurement,
  'legal-basis': legalBasis,
  sop,
  'stakeholder-roles': stakeholderRoles,
  'replicated-by': replicatedBy,
  replicable,
  'budget-source': budgetSource,
  stages,
  problem,
  'strategic-issue': strategicIssue,
  method,
  novelty,
} as const satisfies Record<string, Check>;
export type EvidenceId = keyof typeof EVIDENCE;
