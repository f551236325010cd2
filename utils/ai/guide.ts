/**
 * The writing guide that goes into the cached prefix of every rewrite (see `stablePrefix` in prompt.ts).
 *
 * Why it exists: the prefix has to be longer than the model's minimum cacheable length (1,024 tokens for
 * Claude Sonnet 4.5, 2,048 for Sonnet 4.6) or the cache never hits. Rather than pad it, we give the model what a
 * good writing coach would know: what jurors look for in each section (from shared/domain/COMPETITIONS.md),
 * the spelling mistakes that recur in government writing, and the style jurors reward.
 *
 * Why it is a constant: it is part of the cached prefix, so it must not depend on the field, the mode, the
 * output language or the text. It is in Indonesian, the language of the rest of the prompt. Section headings
 * are the names the per-field block uses ("Bagian: …"), so the model can match the two.
 */
import { sectionName } from '../i18n';
import type { SectionKey } from '../types';

// How the guide relates to the rules and the task: it shapes emphasis, it never licenses invented facts, and a
// task that only fixes spelling or translates must not use it as a reason to add or reorder content.
const PREAMBLE = [
  'Panduan berikut membantu menentukan apa yang ditonjolkan. Panduan ini tunduk pada aturan di atas dan pada ' +
    'tugas: semua fakta, angka, dan nama hanya berasal dari materi; yang dibutuhkan tetapi tidak ada ditulis ' +
    'sebagai penanda seperti [data: waktu layanan sebelum inovasi]. Tugas yang hanya memperbaiki ejaan atau ' +
    'menerjemahkan tidak menambah isi dan tidak mengubah susunan. Gunakan hanya panduan bagian yang sedang ' +
    'ditulis, bersama kriteria kompetisinya (kriteria didahulukan jika berbeda); jangan memindahkan isi bagian ' +
    'lain ke dalamnya.',
];

// What a strong answer holds, per prose section a juror reads. Grounded in the rubrics of KIPP (weights:
// Signifikansi 30%, Adaptabilitas 20%, Kebaruan 15%, Keberlanjutan 15%) and the IGA indicators and
// presentation criteria. Pure facts (dates, kind, sector, initiator, stage, other) need no guidance.
const SECTIONS: [SectionKey, string[]][] = [
  ['title', [
    'Singkat dan mudah diingat; jika berupa akronim, kepanjangannya menjelaskan apa yang dilakukan inovasi.',
  ]],
  ['summary', [
    'Kalimat pertama menyebut apa inovasinya, siapa pelaksananya, dan untuk siapa.',
    'Memuat semua aspek secara singkat: masalah, gagasan, cara kerja, hasil utama dengan angka, dan ' +
      'keberlanjutan; sebutkan kesesuaian dengan kategori yang dipilih jika ada di materi.',
    'Penilai sering membaca ringkasan lebih dahulu, jadi hasil terpenting tidak boleh tertinggal.',
  ]],
  ['background', [
    'Kondisi awal sebelum inovasi: apa masalahnya, seberapa besar (data awal), siapa kelompok sasaran yang ' +
      'terdampak, dan sejak kapan.',
    'Dasar hukum dan isu strategis (misalnya prioritas daerah atau kebijakan nasional) hanya jika disebut di materi.',
    'Tunjukkan mengapa cara lama tidak cukup, sebagai jembatan ke tujuan dan gagasan inovasi.',
  ]],
  ['problem', [
    'Rumusan masalah yang spesifik dan terukur (lama layanan, jumlah keluhan, cakupan, biaya), bukan keluhan umum.',
    'Bedakan gejala dari penyebabnya; sebutkan siapa yang dirugikan dan bagaimana.',
    'Setiap masalah yang disebut harus dijawab oleh inovasi di bagian lain.',
  ]],
  ['goal', [
    'Tujuan sebagai perubahan yang ingin dicapai, dengan sasaran terukur: indikator, nilai target, dan batas waktu.',
    'Setiap tujuan terkait dengan satu masalah yang sudah disebut; hindari tujuan umum seperti "meningkatkan ' +
      'pelayanan" tanpa ukuran.',
  ]],
  ['novelty', [
    'Apa yang baru dibandingkan cara sebelumnya di instansi itu dan dibandingkan praktik di daerah atau ' +
      'instansi lain.',
    'Nilai tambah yang konkret: tahapan yang dipangkas, kanal layanan baru, data yang diintegrasikan, pihak baru ' +
      'yang dilibatkan; "berbasis aplikasi" saja belum merupakan kebaruan.',
    'Untuk pembaruan inovasi yang pernah menang: apa yang berubah sejak saat itu.',
    'Klaim "pertama" atau "satu-satunya" hanya jika materi menyebutnya.',
  ]],
  ['design', [
    'Proses dan tahapan teknis terbentuknya inovasi: dasar hukum, masalah, isu strategis, metode pembaruan, ' +
      'keunggulan dan kebaruan, serta tahapan penerapan atau cara penggunaan produknya.',
    'Susun sebagai masukan, proses, dan keluaran; sebutkan pokok perubahan, yaitu apa yang kini dilakukan ' +
      'berbeda dari sebelumnya.',
  ]],
  ['implementation', [
    'Apa yang sudah dilakukan, oleh siapa, kapan, dan di mana, secara berurutan: uji coba, penerapan, perluasan.',
    'Sebutkan lama penerapan, cakupan, dan volume layanan; kendala yang dihadapi dan cara mengatasinya jika ada ' +
      'di materi.',
  ]],
  ['impact', [
    'Bandingkan kondisi sebelum dan sesudah inovasi pada indikator yang sama (waktu layanan, biaya, jumlah ' +
      'pengguna, tingkat kepuasan), dengan angka, satuan, dan periode.',
    'Jelaskan cara dampak diukur: sumber data dan metodenya (data sistem, survei kepuasan, laporan evaluasi ' +
      'internal atau eksternal).',
    'Gabungkan data kuantitatif dengan bukti kualitatif (testimoni, perubahan perilaku); bedakan dampak bagi ' +
      'masyarakat dan bagi pemerintah. Pada KIPP 2023 bagian ini berbobot terbesar (30%).',
  ]],
  ['benefit', [
    'Siapa penerima manfaat (kelompok dan jumlahnya) dan apa yang mereka peroleh: waktu, biaya, kemudahan, akses.',
    'Jumlah penerima manfaat ikut dinilai pada indeks inovasi daerah; tulis angkanya dari materi atau penanda.',
  ]],
  ['replication', [
    'Replikasi yang sudah terjadi: oleh instansi atau daerah mana, kapan, dan buktinya (nota kesepahaman, surat ' +
      'pernyataan).',
    'Potensi replikasi yang kredibel: daerah atau instansi dengan masalah serupa, jangkauan populasi, dan ' +
      'prasyarat untuk meniru (regulasi, anggaran, SDM, infrastruktur).',
    'Hal yang memudahkan peniruan: pedoman teknis, SOP, biaya rendah, aplikasi yang dapat dibagikan.',
  ]],
  ['resources', [
    'Anggaran (sumber dan besaran), SDM (jumlah dan perannya), metode, serta peralatan atau bahan yang digunakan.',
    'Tunjukkan bahwa sumber daya sebanding dengan hasil; efisiensi adalah nilai tambah.',
  ]],
  ['sustainability', [
    'Kelembagaan: regulasi atau dasar hukum yang menetapkan inovasi (SK kepala perangkat daerah, peraturan ' +
      'kepala daerah, peraturan daerah).',
    'Manajerial: kapasitas pegawai, SOP, penjaminan mutu, dan anggaran yang berlanjut (masuk perencanaan tahunan).',
    'Sosial: partisipasi pemangku kepentingan dan peran masing-masing; rencana pengembangan ke depan.',
  ]],
  ['collaboration', [
    'Setiap pihak yang terlibat dan perannya yang konkret: pemerintah, dunia usaha, masyarakat, akademisi, media.',
    'Wujud kerja samanya (SK, nota kesepahaman, forum) dan kontribusi masing-masing; keragaman jenis aktor ikut ' +
      'dinilai.',
  ]],
  ['monitoring', [
    'Siapa yang memantau, indikator apa, seberapa sering, dan dengan alat apa.',
    'Jenis evaluasi (internal, survei kepuasan, penelitian eksternal), hasilnya, dan perbaikan yang dilakukan ' +
      'sesudahnya.',
  ]],
  ['sdgs', [
    'Hubungkan setiap tujuan TPB yang disebut di materi (nomor dan namanya, misalnya Tujuan 3: Kehidupan Sehat ' +
      'dan Sejahtera) dengan hasil inovasi yang nyata.',
    'Lebih baik sedikit tujuan dengan kaitan yang jelas daripada daftar panjang tanpa penjelasan.',
  ]],
  ['budget', [
    'Besaran, sumber (APBD, APBN, dana desa, CSR, swadaya), tahun anggaran, dan penggunaannya.',
    'Dukungan anggaran beberapa tahun berturut-turut menunjukkan komitmen dan ikut dinilai.',
  ]],
];

// Mistakes that recur in proposals written by civil servants; the model catches more of them when they are
// named. Every example follows KBBI and EYD (Ejaan Bahasa Indonesia yang Disempurnakan, edisi V).
const EYD = [
  'Kesalahan EYD yang sering ditemukan (berlaku untuk hasil berbahasa Indonesia):',
  '- Awalan di- dan ke- ditulis serangkai (ditulis, diterapkan, kesehatan); kata depan di dan ke ditulis ' +
    'terpisah (di kelurahan, di antara, ke kantor). Uji: kata depan dapat diganti "dari"; awalan di- dapat ' +
    'diubah ke bentuk me- (ditulis → menulis).',
  '- Kata baku: aktivitas (bukan aktifitas), efektif dan efektivitas (bukan efektip, efektifitas), ' +
    'kualitas (bukan kwalitas), praktik (bukan praktek), analisis (bukan analisa), sistem (bukan sistim), ' +
    'metode (bukan metoda), risiko (bukan resiko), teknik (bukan tehnik), objek (bukan obyek), izin (bukan ' +
    'ijin), jadwal (bukan jadual), persentase (bukan prosentase), kategori (bukan katagori), antre (bukan ' +
    'antri), kuesioner (bukan kuisioner), survei (bukan survey), standardisasi (bukan standarisasi), hierarki ' +
    '(bukan hirarki), manajemen (bukan managemen), karier (bukan karir), memengaruhi (bukan mempengaruhi), ' +
    'mengubah (bukan merubah).',
  '- Istilah asing yang punya padanan: daring, luring, unggah, unduh, tautan, umpan balik, pemangku kepentingan. ' +
    'Hasil tanpa format tidak dapat memiringkan istilah asing, jadi utamakan padanannya.',
  '- Unsur terikat ditulis serangkai: antarinstansi, pascapandemi, nonfisik, subbagian, prasyarat; dengan tanda ' +
    'hubung jika diikuti huruf kapital atau singkatan (non-ASN).',
  '- Huruf kapital: setiap unsur nama instansi dan dokumen resmi (Dinas Kesehatan Kota Pontianak, Peraturan ' +
    'Wali Kota), kecuali kata tugas di tengah nama (dan, untuk, di); huruf kecil jika tidak merujuk nama ' +
    'tertentu (dinas tersebut, pemerintah daerah setempat, seorang wali kota). Jabatan diikuti nama orang atau ' +
    'instansi ditulis kapital (Wali Kota Pontianak).',
  '- Singkatan dan akronim: nama yang berupa huruf awal ditulis kapital semua (ASN, OPD, KIPP); gabungan suku ' +
    'kata ditulis dengan huruf awal kapital (Bappenas, Kemendagri); singkatan umum bertitik (dll., dsb., dst.).',
  '- Angka: bilangan yang dapat ditulis dengan satu atau dua kata ditulis dengan huruf (tiga kelurahan), ' +
    'kecuali dalam perincian, bersama satuan, ukuran, waktu, atau nilai uang (5 hari, 30 menit, 2.116 ' +
    'proposal). Bilangan di awal kalimat ditulis dengan huruf. Titik untuk ribuan, koma untuk desimal (2.500; ' +
    '3,5 persen). Rp ditulis rapat tanpa titik (Rp150.000.000). Tingkat: ke-3 atau ketiga. Jangan menulis ' +
    'angka dan huruf sekaligus, kecuali pada dokumen resmi.',
  '- Kata mubazir: "adalah merupakan" (pilih satu), "para peserta-peserta" (cukup para peserta), "banyak ' +
    'warga-warga", "sangat … sekali", "agar supaya", "demi untuk", "seperti … dan lain-lain", "dan lain ' +
    'sebagainya" (cukup dan lain-lain atau dan sebagainya).',
  '- "Daripada" hanya untuk perbandingan; hindari "di mana" dan "yang mana" sebagai penghubung (terjemahan ' +
    'where/which), gunakan "yang" atau "tempat".',
  '- Kalimat tanpa subjek karena kata depan di awal: "Dengan adanya inovasi ini membuat layanan cepat" menjadi ' +
    '"Inovasi ini membuat layanan cepat" atau "Dengan inovasi ini, layanan menjadi cepat".',
  '- Koma sebelum tetapi, melainkan, dan sedangkan; koma setelah anak kalimat yang mendahului induk kalimat ' +
    '(Jika …, …) dan setelah ungkapan penghubung di awal kalimat (Oleh karena itu, Selain itu, Dengan ' +
    'demikian); tanpa koma sebelum karena, agar, atau sehingga di tengah kalimat. Tanpa spasi sebelum tanda baca.',
];

// What jurors reward in any section, in either output language. Short, so the model applies it everywhere.
const STYLE = [
  'Gaya yang dinilai baik:',
  '- Utamakan kalimat aktif dengan subjek yang konkret ("Dinas Kesehatan menerapkan …"), bukan "telah ' +
    'dilakukan penerapan …" tanpa pelaku.',
  '- Satu gagasan per kalimat; kalimat umumnya tidak lebih dari 25 kata; paragraf dibuka dengan kalimat utama.',
  '- Singkatan dan akronim ditulis lengkap pada penyebutan pertama, diikuti singkatannya dalam kurung: ' +
    'Organisasi Perangkat Daerah (OPD); selanjutnya cukup singkatannya.',
  '- Angka selalu dengan satuan dan periode ("rata-rata 30 menit per layanan pada 2024"), bukan "lebih cepat" ' +
    'atau "meningkat signifikan" tanpa ukuran; sebutkan sumber data jika ada di materi.',
  '- Verba langsung, bukan nominalisasi: "memeriksa" (bukan "melakukan pengecekan"), "berkoordinasi" (bukan ' +
    '"melakukan koordinasi").',
  '- Tunjukkan dengan fakta, bukan kata sifat: hindari "sangat inovatif", "luar biasa", atau "sangat ' +
    'bermanfaat" yang tidak didukung materi.',
  '- Istilah konsisten: satu nama untuk inovasi, satu sebutan untuk kelompok sasaran, satu satuan untuk ' +
    'ukuran yang sama.',
  '- Alur yang mudah diikuti penilai: masalah, tindakan, hasil, bukti; paragraf pendek dipisahkan baris kosong.',
];

function sectionLines([section, lines]: [SectionKey, string[]]): string[] {
  return [`${sectionName('id', section)}:`, ...lines.map((l) => `- ${l}`)];
}

/** The whole guide: section guidance, the EYD checklist and the style rules. Constant by design. */
export const WRITING_GUIDE: string = [
  'Panduan menulis per bagian:',
  ...PREAMBLE,
  ...SECTIONS.flatMap(sectionLines),
  '',
  ...EYD,
  '',
  ...STYLE,
].join('\n');

/** The sections the guide covers, for tests and for anyone wondering whether a section has guidance. */
export const GUIDED_SECTIONS: readonly SectionKey[] = SECTIONS.map(([s]) => s);
