/**
 * Generic label variants per canonical section: the tables in shared/domain/COMPETITIONS.md plus English
 * equivalents. Written already normalised (lowercase, no punctuation), '|' between variants, to keep the
 * content script small. Order matters only for ties: earlier rules win, so 'other' comes last.
 *
 * Matching is by tokens (see classify.ts), so a variant only needs its distinctive words: "tujuan" also
 * catches "Tujuan Inovasi Daerah"; a longer variant wins over a shorter one it contains ("cara kerja inovasi"
 * is implementation in the table, "cara kerja" is design).
 */
import type { SectionRule } from './profiles/define';
import type { SectionKey } from './types';

type Row = [section: SectionKey, variants: string, section2?: SectionKey];

const ROWS: Row[] = [
  ['title', 'nama inovasi|nama inovasi daerah|judul inovasi|judul proposal|judul|nama program|innovation name|innovation title|title|project title|name of innovation'],
  ['summary', 'ringkasan|ringkasan inovasi|abstrak|deskripsi singkat|deskripsi|gambaran umum|summary|abstract|executive summary|overview|description'],
  ['background', 'latar belakang dan tujuan|background and objectives|background and goals', 'goal'],
  ['background', 'latar belakang|dasar hukum|isu strategis|deskripsi awal inovasi|kondisi awal|background|context|legal basis'],
  ['problem', 'permasalahan|rumusan masalah|masalah|kondisi sebelum inovasi|problem|problem statement|problems|issue|challenge|challenges'],
  ['goal', 'tujuan|tujuan inovasi|tujuan inovasi daerah|sasaran|objective|objectives|goal|goals|aim|aims'],
  ['novelty', 'kebaruan|kebaharuan|nilai tambah|kebaruan nilai tambah|keunggulan|keunggulan dan kebaharuan|ide inovatif|pembaruan|pembaharuan|pembaruan peningkatan inovasi|faktor pembeda|orisinalitas|keunikan|hal baru|novelty|added value|uniqueness|innovativeness|originality|what is new'],
  ['design', 'rancang bangun dan pokok perubahan yang dilakukan|pokok perubahan', 'background'],
  ['design', 'rancang bangun|metode pembaharuan|metode pembaruan|tahapan proses|mekanisme|cara kerja|metode|metodologi|design|method|methodology|how it works|approach|mechanism'],
  ['implementation', 'implementasi|implementasi inovasi|pelaksanaan|strategi implementasi|cara kerja inovasi|implementation|execution|implementation strategy'],
  ['impact', 'signifikansi|dampak|hasil inovasi|hasil yang dicapai|hasil|capaian|impact|results|outcomes|outcome|significance|achievements'],
  ['benefit', 'manfaat|manfaat yang diperoleh|kemanfaatan|manfaat inovasi|benefit|benefits|beneficiaries'],
  ['replication', 'adaptabilitas|replikasi|potensi replikasi|proses replikasi|inspirasi|prasyarat replikasi|replication|replicability|adaptability|scalability|transferability'],
  ['resources', 'sumber daya|penguatan sumber daya|sumber daya yang digunakan|tim pelaksana|sdm|resources|human resources|team'],
  ['sustainability', 'keberlanjutan|strategi keberlanjutan|strategi penguatan|penguatan keberlanjutan|sustainability|sustainability strategy'],
  ['collaboration', 'kolaborasi|kolaborasi pemangku kepentingan|keterlibatan aktor|pemangku kepentingan|mitra|collaboration|stakeholders|stakeholder|partners|partnership'],
  ['monitoring', 'pemantauan dan evaluasi|monitoring dan evaluasi|monev|evaluasi|pemantauan|monitoring|monitoring and evaluation|evaluation'],
  ['sdgs', 'kontribusi terhadap capaian tpb|sdgs|sdg|tpb|tujuan pembangunan berkelanjutan|sustainable development goals'],
  ['stage', 'tahapan inovasi|tahapan|tahap inovasi|tahap|status inovasi|stage|innovation stage|maturity'],
  ['initiator', 'inisiator|inisiator inovasi daerah|nama inisiator|penggagas|initiator|innovator|inovator|nama inovator|tim inovator|tim inovasi|innovation team'],
  ['kind', 'jenis inovasi|bentuk inovasi|kelompok|klasifikasi|jenis|bentuk|type|innovation type|type of innovation|group'],
  ['sector', 'urusan|urusan pemerintahan|kategori|tematik|tema|bidang|sector|category|theme'],
  ['dates', 'waktu uji coba|waktu penerapan|tanggal mulai implementasi|tanggal mulai|tanggal pelaksanaan|tanggal mulai pelaksanaan|tanggal|waktu|tahun|start date|date|implementation date|year'],
  ['budget', 'anggaran|dukungan anggaran|total anggaran|dokumen anggaran|total budget|budget spent|biaya|sumber dana|dana|budget|cost|funding'],
  ['other', 'email|e mail|surel|telepon|nomor telepon|no hp|nomor hp|whatsapp|phone|kontak|contact|link|tautan|url|website|youtube|link youtube|video|unggah|upload|lampiran|attachment|pdf|file|berkas|dokumen|data dukung|nama instansi|instansi|unit kerja|opd|perangkat daerah|nama pengusul|pengusul|nama|alamat|jabatan|nip|surat pernyataan|koordinat|asta cita|agency|organization|applicant|address|name'],
];

/** The generic rules: no limits, no weights. Also the generic profile's sections. */
export const GENERIC_RULES: SectionRule[] = ROWS.map(([section, variants, section2]) => ({
  section,
  ...(section2 ? { section2 } : {}),
  labels: variants.split('|'),
}));
