/**
 * The rewrite modes, as data: what the panel offers on a field (`data-action="rewrite"` with the mode) and
 * the instruction the model gets for each. Instructions are in Indonesian, the language of the rest of the
 * system prompt; the per-field block in prompt.ts adds the limit, the target and the output language.
 */

export const REWRITE_MODES = [
  'perjelas', 'ringkas', 'kembangkan', 'selaraskan', 'ejaan', 'lugas', 'formal', 'terjemahkan', 'bebas',
] as const;
export type RewriteMode = (typeof REWRITE_MODES)[number];

/** How the mode sets its word target from the field's limits (see `targetFor` in prompt.ts). */
export type TargetRule =
  /** Stay within the maximum; no particular length. */
  | 'keep'
  /** Aim for a margin under the maximum (`TIGHTEN_RATIO` of maxWords). */
  | 'tighten'
  /** Reach the minimum (a little over it), never past the maximum. */
  | 'expand';

export interface ModeSpec {
  id: RewriteMode;
  label_id: string;
  label_en: string;
  /** What the model is asked to do, in Indonesian. */
  instruction: string;
  target: TargetRule;
  /** Only `bebas`: the user's own instruction is required. */
  needsFreeInstruction?: true;
  /** Only `kembangkan`: the answer may end with a block of questions for the user. */
  asksQuestions?: true;
  /** Only `terjemahkan`: the output language is the other one, not the language setting. */
  translates?: true;
}

/** `ringkas` aims at 90% of the maximum, so a portal that counts a little differently still accepts it. */
export const TIGHTEN_RATIO = 0.9;
/** `kembangkan` aims a little over the minimum, for the same reason. */
export const EXPAND_RATIO = 1.05;

/** The tag `kembangkan` puts its questions in, after the text (see `splitQuestions` in prompt.ts). */
export const QUESTIONS_TAG = 'pertanyaan_untuk_pengguna';

export const MODES: Readonly<Record<RewriteMode, ModeSpec>> = {
  perjelas: {
    id: 'perjelas',
    label_id: 'Perjelas',
    label_en: 'Make clearer',
    target: 'keep',
    instruction:
      'Tulis ulang teks agar lebih jelas dan mudah dipahami penilai: kalimat yang runtut, satu gagasan per ' +
      'kalimat, istilah yang konsisten, dan alur yang logis. Fakta, angka, nama, dan klaim tetap sama persis; ' +
      'jangan menambah atau menghapus isi. Panjang kurang lebih sama dengan teks asli.',
  },
  ringkas: {
    id: 'ringkas',
    label_id: 'Ringkas sesuai batas',
    label_en: 'Shorten to fit the limit',
    target: 'tighten',
    instruction:
      'Ringkas teks agar muat dalam batas dengan sedikit ruang: buang pengulangan, kata pengisi, dan kalimat ' +
      'yang tidak menambah informasi. Pertahankan fakta terpenting, terutama angka, hasil, dan hal yang ' +
      'dinilai pada kriteria bagian ini. Jangan menambah isi baru.',
  },
  kembangkan: {
    id: 'kembangkan',
    label_id: 'Kembangkan',
    label_en: 'Expand',
    target: 'expand',
    asksQuestions: true,
    instruction:
      'Kembangkan teks agar mencapai panjang minimum dan menjawab kriteria bagian ini dengan lebih lengkap, ' +
      'tanpa mengarang fakta. Boleh memperjelas, menguraikan, dan menyusun ulang apa yang sudah ada di materi. ' +
      'Di mana data atau fakta yang dibutuhkan tidak ada di materi, tulis penanda yang terlihat seperti ' +
      '[data: jumlah penerima manfaat] atau [data: tahun mulai penerapan] di tempatnya, jangan diisi sendiri. ' +
      `Setelah teks, tulis daftar pertanyaan singkat untuk pengguna (satu per baris, diawali "- ") di dalam ` +
      `<${QUESTIONS_TAG}>…</${QUESTIONS_TAG}>, satu pertanyaan untuk setiap penanda [data: …]. ` +
      'Jika tidak ada penanda, jangan tulis blok pertanyaan.',
  },
  selaraskan: {
    id: 'selaraskan',
    label_id: 'Selaraskan dengan kriteria',
    label_en: 'Align with the criterion',
    target: 'keep',
    instruction:
      'Susun ulang teks agar menjawab kriteria penilaian bagian ini secara langsung dan berurutan, dengan ' +
      'penekanan pada hal yang dicari penilai (misalnya untuk Signifikansi: kondisi sebelum dan sesudah ' +
      'inovasi, dengan angka, dan cara dampak diukur). Gunakan hanya fakta dan angka yang ada di materi; ' +
      'jika kriteria meminta data yang tidak ada, tulis penanda seperti [data: kondisi sebelum inovasi] ' +
      'alih-alih mengarang.',
  },
  ejaan: {
    id: 'ejaan',
    label_id: 'Perbaiki ejaan dan tata bahasa',
    label_en: 'Fix spelling and grammar',
    target: 'keep',
    instruction:
      'Perbaiki hanya ejaan, tanda baca, huruf kapital, penulisan kata baku, dan tata bahasa sesuai EYD ' +
      '(Ejaan Bahasa Indonesia yang Disempurnakan) dan KBBI. Jangan mengubah susunan kalimat, gaya, atau isi ' +
      'selain yang perlu untuk memperbaiki kesalahan.',
  },
  lugas: {
    id: 'lugas',
    label_id: 'Lebih lugas',
    label_en: 'Plainer',
    target: 'keep',
    instruction:
      'Tulis ulang dengan bahasa yang lebih lugas dan sederhana: kalimat pendek dan aktif, kata sehari-hari ' +
      'yang tetap baku, tanpa jargon dan singkatan yang tidak dijelaskan. Isi dan fakta tetap sama.',
  },
  formal: {
    id: 'formal',
    label_id: 'Lebih formal',
    label_en: 'More formal',
    target: 'keep',
    instruction:
      'Tulis ulang dengan ragam bahasa yang lebih formal dan baku, sesuai tulisan resmi pemerintahan, tanpa ' +
      'menjadi bertele-tele. Hindari kata tidak baku, bahasa percakapan, dan singkatan tidak resmi. Isi dan ' +
      'fakta tetap sama.',
  },
  terjemahkan: {
    id: 'terjemahkan',
    label_id: 'Terjemahkan (Indonesia ↔ Inggris)',
    label_en: 'Translate (Indonesian ↔ English)',
    target: 'keep',
    translates: true,
    instruction:
      'Terjemahkan teks: jika teks berbahasa Indonesia, terjemahkan ke bahasa Inggris; jika berbahasa ' +
      'Inggris, terjemahkan ke bahasa Indonesia sesuai EYD. Terjemahkan dengan setia dan wajar, pertahankan ' +
      'nama, angka, dan istilah resmi (nama program, instansi, peraturan) apa adanya atau dengan padanan ' +
      'resminya.',
  },
  bebas: {
    id: 'bebas',
    label_id: 'Instruksi bebas',
    label_en: 'Free instruction',
    target: 'keep',
    needsFreeInstruction: true,
    instruction:
      'Kerjakan instruksi pengguna di bawah ini pada teks, dengan tetap mematuhi semua aturan di atas ' +
      '(terutama: jangan menambah angka, nama, atau klaim yang tidak ada di materi).',
  },
};

export function isRewriteMode(value: unknown): value is RewriteMode {
  return typeof value === 'string' && (REWRITE_MODES as readonly string[]).includes(value);
}

export function modeLabel(mode: RewriteMode, lang: 'id' | 'en'): string {
  return lang === 'en' ? MODES[mode].label_en : MODES[mode].label_id;
}
