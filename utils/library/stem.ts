/**
 * A light Indonesian stemmer for library search (issue 9): "pelayanan", "layanan", "melayani" and "dilayani"
 * all become "layan", so a search for one word form finds the others.
 *
 * Not Nazief–Adriani: there is no dictionary, only rules plus the short list of roots below. Search wants
 * recall, so the stems may be ugly ("layan", "didik"); what matters is that the forms of one word agree and that
 * unrelated words do not collapse. The order follows Nazief–Adriani: particle, possessive, one derivational
 * suffix, then up to three prefixes.
 *
 * Choices, each tested in tests/unit/stem.test.ts:
 *  - -kan is a suffix only after a verbal prefix (me-, di-, ter-, ber-); nouns take -an ("kebijakan" is
 *    ke+bijak+an, "tindakan" tindak+an, "pendidikan" pen+didik+an), since ke-…-kan is not Indonesian.
 *  - -i is a suffix only after me-, di- or ter- and never on loanwords in -si ("inovasi", "informasi",
 *    "mengevaluasi" keep their -i); "teknologi", "ekonomi" have no prefix, so they keep theirs too.
 *  - Nasal prefixes: meny-/peny- + vowel → s, mem-/pem- + vowel → p, men-/pen- + vowel → t,
 *    meng-/peng- + vowel → the vowel kept ("mengantre" → "antre"). A root in ROOTS wins over these guesses
 *    ("mengelola" → "kelola", "menilai" → "nilai", "memanfaatkan" → "manfaat").
 *  - Plain prefixes (be-, pe-, me-, ke-, se-, di-, ber-, ter-, per-) must leave at least 4 letters, and be- only
 *    comes off before C+er ("bekerja", "beserta"), so "besar", "berat", "berita", "persen", "sehat", "dinas"
 *    stay whole. Only the first prefix may be me-, di- or se-.
 *  - "inovasi", "data", "desa" have nothing to strip and stay as they are; "sekolah" is in ROOTS (otherwise it
 *    would lose -lah or se-). Words of ≤ 3 letters and anything with a digit or other non-letter are returned
 *    only folded (lowercase, accents off): "ibu", "asn", "2023", "covid19".
 */

/** Roots the rules would get wrong: they end or begin like an affix. Each one stops the stripping. */
const ROOTS = new Set([
  'bahan', 'badan', 'bulan', 'hutan', 'ikan', 'jalan', 'kawan', 'lawan', 'makan', 'pangan', 'pesan', 'saran',
  'tahan', 'taman', 'tangan', 'teman', 'capai', 'nilai', 'mulai', 'manfaat', 'milik', 'masuk', 'minta', 'kurang',
  'kembang', 'kelola', 'kenal', 'kerja', 'kelompok', 'keluarga', 'kecil', 'kepala', 'kendala', 'kendali', 'ketua',
  'sekolah', 'sektor', 'sejarah', 'selesai', 'sedia', 'selenggara', 'seleksi', 'sederhana', 'semangat', 'sesuai',
  'setuju', 'serah', 'sebar', 'terima', 'ternak', 'tertib', 'penting', 'perintah', 'rencana', 'rawat', 'rumah',
  'rancang', 'bersih', 'berita', 'berkas', 'digital', 'dinas', 'diskusi', 'disiplin', 'peran',
  'awas', 'atas', 'batas', 'muda',
]);
/** A word that starts with one of ROOTS keeps its front: "digitalisasi" is not di+gitalisasi. */
const ROOT_START = new RegExp(`^(?:${[...ROOTS].join('|')})`);
/** Endings that belong to a root, not a particle or possessive: "sekolah", "masalah", "pemangku", "himpun". */
const KEEP_TAILS = [
  'olah', 'salah', 'jumlah', 'kalah', 'telah', 'rintah', 'langkah', 'nikah', 'dekah', 'berkah', 'mpun',
  'angku', 'laku', 'baku', 'buku', 'suku', 'ilmu', 'temu', 'tamu', 'jamu', 'ramu',
];
const VOWEL = /^[aiueo]/;
/** Only ever the outermost prefix: inside a word they belong to the root ("kesehatan" → "sehat", not "hat"). */
const FIRST_ONLY = new Set(['me', 'di', 'se']);

export function stemId(word: string): string {
  const w = word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  if (w.length <= 3 || !/^[a-z]+$/.test(w) || ROOTS.has(w)) return w;
  const base = stripEnding(stripEnding(w, ['lah', 'kah', 'tah', 'pun']), ['nya', 'ku', 'mu']);
  if (ROOTS.has(base)) return base;
  const stem = stripPrefixes(stripSuffix(base));
  if (ROOTS.has(stem)) return stem;
  // Nazief–Adriani's backtracking, cheaply: a known root reached another way beats the rule's guess
  // ("menilai" → "nilai" keeps its -i; "mengawasi" → "awas" loses it despite the loanword -si rule).
  const known = [stripPrefixes(base), stripPrefixes(stripSuffix(base, true))].find((s) => ROOTS.has(s));
  return known ?? stem;
}

/** Cuts `n` letters off the end, or null when fewer than 3 would be left. */
function cut(w: string, n: number): string | null {
  return w.length - n >= 3 ? w.slice(0, -n) : null;
}

function stripEnding(w: string, endings: string[]): string {
  if (KEEP_TAILS.some((t) => w.endsWith(t))) return w;
  const e = endings.find((s) => w.endsWith(s));
  return (e && cut(w, e.length)) ?? w;
}

/** `loose` also strips the -i of words in -si: only to try for a known root. */
function stripSuffix(w: string, loose = false): string {
  if (ROOTS.has(w)) return w;
  // A verbal suffix needs a root of 3+ letters behind the prefix: "meskipun" → "meski" keeps its -i.
  const verbal = (re: RegExp, n: number) => re.test(w) && w.length - n >= 5;
  if (w.endsWith('kan') && verbal(/^(me|di|ter|ber)/, 3)) return w.slice(0, -3);
  if (w.endsWith('an')) return cut(w, 2) ?? w;
  if (w.endsWith('i') && (loose || !w.endsWith('si')) && verbal(/^(me|di|ter)/, 1)) return w.slice(0, -1);
  return w;
}

function stripPrefixes(w: string): string {
  let stem = w;
  for (let i = 0; i < 3 && !ROOT_START.test(stem); i++) {
    const next = stripPrefix(stem, i === 0);
    if (!next) break;
    stem = next;
  }
  return stem;
}

/** One prefix off, or null when none applies. */
function stripPrefix(w: string, first: boolean): string | null {
  const nasal = stripNasal(w);
  if (nasal) return nasal;
  for (const p of ['ber', 'ter', 'per', 'be', 'pe', 'me', 'ke', 'se', 'di']) {
    if (!w.startsWith(p) || (!first && FIRST_ONLY.has(p))) continue;
    const rest = w.slice(p.length);
    if (rest.length < 4 || !plausibleStart(rest)) continue;
    if (p === 'be' && !/^[^aiueor]er/.test(rest)) continue; // "bekerja", "beserta"; not "besar", "berat"
    if (p === 'per' && ROOTS.has(`r${rest}`)) return `r${rest}`; // pe+rencana, not per+encana
    return rest;
  }
  return null;
}

/**
 * me-/pe- with the nasal that assimilated the root's first letter. Returns the restored root, or null when the
 * word does not start with a nasal prefix.
 */
function stripNasal(w: string): string | null {
  const m = /^([mp]e)(ng|ny|n|m)(.*)$/.exec(w);
  if (!m) return null;
  const [, , nasal, rest = ''] = m;
  if (rest.length < 3) return null;
  const known = (c: string) => ROOTS.has(c + rest);
  if (VOWEL.test(rest)) {
    if (nasal === 'ny') return `s${rest}`;
    if (nasal === 'm') return known('m') ? `m${rest}` : `p${rest}`;
    if (nasal === 'n') return known('n') ? `n${rest}` : `t${rest}`;
    return known('k') ? `k${rest}` : rest; // meng+vowel: keep the vowel ("mengantre" → "antre")
  }
  if (nasal === 'm' && /^[bpfv]/.test(rest)) return rest; // membangun, memperbaiki
  if (nasal === 'n' && /^[cdjtsz]/.test(rest)) return rest; // mendidik, menjadi, mencapai
  if (nasal === 'ng' && /^[gkh]/.test(rest)) return rest; // menggunakan, menghasilkan, mengkaji
  return null; // "menyusun" etc. go through the vowel branch; anything else is not a nasal prefix
}

/** A root starts with a vowel or a single consonant (or a common cluster): "kerja" minus ke- = "rja" is not one. */
function plausibleStart(rest: string): boolean {
  return /^([aiueo]|[^aiueo][aiueo]|kh|sy|ng|ny|tr|pr|kr|st|sp|sk|bl|pl|kl|gr|br|dr)/.test(rest);
}
