/**
 * Every string the panel shows, Bahasa Indonesia first. The English dictionary is typed against the
 * Indonesian one, so a missing (or extra) key is a compile error. `{name}` placeholders are filled by `t`;
 * numbers are formatted for the language ("2.000" / "2,000"). English entries that depend on a count may be
 * `{ one, other }`, chosen by the `n` parameter (Indonesian has no plural forms).
 */
import type { Language } from './storage';
import type { LimitSource, MeterState, SectionKey } from './types';

const id = {
  'app.title': 'Jendela',
  'status.connecting': 'Menghubungkan ke halaman…',
  'status.noForm': 'Tidak ada formulir proposal di halaman ini',
  'status.unsupported': 'Jendela tidak dapat berjalan di halaman ini.',
  'status.inactive': 'Jendela belum aktif di situs ini.',
  'status.inactiveSite': 'Jendela belum aktif di {site}.',
  'status.error': 'Terjadi gangguan saat menghubungi halaman.',
  'action.activate': 'Aktifkan di halaman ini',
  'action.activating': 'Mengaktifkan…',
  'action.remember': 'Ingat situs ini',
  'action.retry': 'Coba lagi',
  'action.dismiss': 'Tutup',
  'action.focus': 'Tampilkan di halaman',
  'header.profile': 'Profil kompetisi',
  'header.profileAuto': 'Otomatis (deteksi)',
  'header.profileChosen': 'dipilih',
  'header.filled': '{filled} dari {total} kolom terisi',
  'header.over': '{n} melebihi batas',
  'header.under': '{n} kurang dari minimum',
  'list.fields': 'Kolom isian',
  'list.facts': 'Data lain',
  'list.empty': 'Formulir ini tidak memiliki kolom teks.',
  'notice.truncated': 'Menampilkan {shown} dari {total} kolom',
  'notice.skippedFrames': '{n} bingkai dari situs lain dilewati',
  'notice.focusFailed': 'Kolom tidak ditemukan lagi di halaman.',
  'notice.activateFailed': 'Gagal mengaktifkan Jendela: {error}',
  'notice.permissionDenied': 'Izin tidak diberikan; Jendela aktif hanya untuk kunjungan ini.',
  'notice.noAccess': 'Klik ikon Jendela di bilah alat browser, lalu tekan "Aktifkan di halaman ini" lagi.',
  'meter.words': '{n} kata',
  'meter.wordsOf': '{n} / {max} kata',
  'meter.chars': '{n} karakter',
  'meter.charsOf': '{n} / {max} karakter',
  'meter.charsSubmitted': '{n} saat dikirim',
  'limit.maxWords': 'maks. {n} kata',
  'limit.minWords': 'min. {n} kata',
  'limit.maxChars': 'maks. {n} karakter',
  'limit.minChars': 'min. {n} karakter',
  'limit.none': 'tanpa batas',
  'source.page': 'dari halaman',
  'source.maxlength': 'dari maxlength',
  'source.editor': 'dari editor',
  'source.profile': 'dari profil',
  'state.empty': 'Kosong',
  'state.below': 'Kurang',
  'state.fine': 'Sesuai',
  'state.near': 'Hampir batas',
  'state.over': 'Melebihi',
  'fact.noValue': '(belum diisi)',
  'settings.language': 'Bahasa',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',
  'section.title': 'Judul / Nama Inovasi',
  'section.summary': 'Ringkasan',
  'section.background': 'Latar Belakang',
  'section.problem': 'Permasalahan',
  'section.goal': 'Tujuan',
  'section.novelty': 'Kebaruan / Nilai Tambah',
  'section.design': 'Rancang Bangun',
  'section.implementation': 'Implementasi',
  'section.impact': 'Signifikansi / Dampak',
  'section.benefit': 'Manfaat',
  'section.replication': 'Adaptabilitas / Replikasi',
  'section.resources': 'Sumber Daya',
  'section.sustainability': 'Keberlanjutan',
  'section.collaboration': 'Kolaborasi',
  'section.monitoring': 'Pemantauan dan Evaluasi',
  'section.sdgs': 'Kontribusi TPB (SDGs)',
  'section.stage': 'Tahapan Inovasi',
  'section.initiator': 'Inisiator',
  'section.kind': 'Jenis / Bentuk',
  'section.sector': 'Urusan / Kategori',
  'section.dates': 'Waktu',
  'section.budget': 'Anggaran',
  'section.other': 'Lainnya',
} as const;

export type MessageKey = keyof typeof id;
type Entry = string | { one: string; other: string };

const en: Record<MessageKey, Entry> = {
  'app.title': 'Jendela',
  'status.connecting': 'Connecting to the page…',
  'status.noForm': 'No proposal form on this page',
  'status.unsupported': 'Jendela cannot run on this page.',
  'status.inactive': 'Jendela is not running on this site yet.',
  'status.inactiveSite': 'Jendela is not running on {site} yet.',
  'status.error': 'Something went wrong while contacting the page.',
  'action.activate': 'Turn on for this page',
  'action.activating': 'Turning on…',
  'action.remember': 'Remember this site',
  'action.retry': 'Try again',
  'action.dismiss': 'Close',
  'action.focus': 'Show on the page',
  'header.profile': 'Competition profile',
  'header.profileAuto': 'Automatic (detected)',
  'header.profileChosen': 'chosen',
  'header.filled': '{filled} of {total} fields filled',
  'header.over': '{n} over the limit',
  'header.under': '{n} below the minimum',
  'list.fields': 'Fields',
  'list.facts': 'Other details',
  'list.empty': 'This form has no text fields.',
  'notice.truncated': 'Showing {shown} of {total} fields',
  'notice.skippedFrames': { one: '{n} frame from another site skipped', other: '{n} frames from other sites skipped' },
  'notice.focusFailed': 'The field is no longer on the page.',
  'notice.activateFailed': 'Could not turn Jendela on: {error}',
  'notice.permissionDenied': 'Permission not granted; Jendela is on for this visit only.',
  'notice.noAccess': 'Click the Jendela icon in the browser toolbar, then press "Turn on for this page" again.',
  'meter.words': { one: '{n} word', other: '{n} words' },
  'meter.wordsOf': '{n} / {max} words',
  'meter.chars': { one: '{n} character', other: '{n} characters' },
  'meter.charsOf': '{n} / {max} characters',
  'meter.charsSubmitted': '{n} when submitted',
  'limit.maxWords': 'max. {n} words',
  'limit.minWords': 'min. {n} words',
  'limit.maxChars': 'max. {n} characters',
  'limit.minChars': 'min. {n} characters',
  'limit.none': 'no limit',
  'source.page': 'from the page',
  'source.maxlength': 'from maxlength',
  'source.editor': 'from the editor',
  'source.profile': 'from the profile',
  'state.empty': 'Empty',
  'state.below': 'Too short',
  'state.fine': 'OK',
  'state.near': 'Near the limit',
  'state.over': 'Over',
  'fact.noValue': '(not filled)',
  'settings.language': 'Language',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',
  'section.title': 'Title / Name',
  'section.summary': 'Summary',
  'section.background': 'Background',
  'section.problem': 'Problem',
  'section.goal': 'Goal',
  'section.novelty': 'Novelty / Added value',
  'section.design': 'Design',
  'section.implementation': 'Implementation',
  'section.impact': 'Significance / Impact',
  'section.benefit': 'Benefit',
  'section.replication': 'Adaptability / Replication',
  'section.resources': 'Resources',
  'section.sustainability': 'Sustainability',
  'section.collaboration': 'Collaboration',
  'section.monitoring': 'Monitoring and evaluation',
  'section.sdgs': 'Contribution to the SDGs',
  'section.stage': 'Stage',
  'section.initiator': 'Initiator',
  'section.kind': 'Kind / Form',
  'section.sector': 'Sector / Category',
  'section.dates': 'Dates',
  'section.budget': 'Budget',
  'section.other': 'Other',
};

export const dictionaries: Record<Language, Record<MessageKey, Entry>> = { id, en };
const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** The languages the panel speaks, in the order the picker lists them. */
export const UI_LANGUAGES = Object.keys(dictionaries) as Language[];

export type Params = Record<string, string | number>;

// Intl objects are slow to build and a 300-row list formats thousands of numbers: build one per language.
const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

export function formatNumber(lang: Language, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(locales[lang])));
  return format.format(n);
}

function plural(lang: Language, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(locales[lang])));
  return rules.select(n);
}

export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  const entry = dictionaries[lang][key];
  const n = params.n;
  const text =
    typeof entry === 'string'
      ? entry
      : plural(lang, typeof n === 'number' ? n : 0) === 'one' ? entry.one : entry.other;
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

// Typed lookups for the closed sets, so a new section, state or source without a string fails to compile.
export const sectionName = (lang: Language, s: SectionKey): string => t(lang, `section.${s}`);
export const stateName = (lang: Language, s: MeterState): string => t(lang, `state.${s}`);
export const sourceName = (lang: Language, s: LimitSource): string => t(lang, `source.${s}`);
export const languageName = (lang: Language, l: Language): string => t(lang, `language.${l}`);
