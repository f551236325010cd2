import { stemId } from '../../utils/library/stem';

describe('stemId: word forms of one word agree', () => {
  it.each([
    [['pelayanan', 'layanan', 'melayani', 'dilayani', 'pelayanannya'], 'layan'],
    [['antrean', 'antre', 'mengantre'], 'antre'],
    [['kebaruan', 'baru', 'pembaruan'], 'baru'],
    [['keberlanjutan', 'berkelanjutan', 'lanjut'], 'lanjut'],
    [['pemantauan', 'pantau', 'memantau'], 'pantau'],
    [['penerapan', 'menerapkan', 'diterapkan', 'terap'], 'terap'],
    [['pengembangan', 'mengembangkan', 'berkembang', 'perkembangan'], 'kembang'],
    [['pengelolaan', 'dikelola', 'kelola'], 'kelola'],
    [['peningkatan', 'meningkatkan', 'tingkat'], 'tingkat'],
    [['penilaian', 'menilai', 'dinilai', 'nilai'], 'nilai'],
    [['pemanfaatan', 'memanfaatkan', 'kebermanfaatan', 'manfaat'], 'manfaat'],
    [['pencapaian', 'mencapai', 'tercapai', 'capaian'], 'capai'],
    [['pemberdayaan', 'memberdayakan'], 'daya'],
    [['pekerjaan', 'bekerja', 'kerja'], 'kerja'],
    [['pengawasan', 'mengawasi'], 'awas'],
    [['perizinan', 'izin'], 'izin'],
    [['pendidikan', 'mendidik'], 'didik'],
    [['kependudukan', 'penduduk'], 'duduk'],
    [['kepentingan', 'penting'], 'penting'],
    [['pelaksanaan', 'melaksanakan', 'dilaksanakan'], 'laksana'],
    [['perencanaan', 'merencanakan', 'rencana'], 'rencana'],
    [['pengaduan', 'mengadukan'], 'adu'],
    [['pelaporan', 'laporan', 'dilaporkan'], 'lapor'],
    [['penyediaan', 'ketersediaan'], 'sedia'],
    [['penyelenggaraan', 'diselenggarakan'], 'selenggara'],
    [['keterlibatan', 'melibatkan'], 'libat'],
    [['penggunaan', 'menggunakan', 'pengguna'], 'guna'],
    [['persiapan', 'mempersiapkan'], 'siap'],
    [['pemerintah', 'pemerintahan'], 'perintah'],
  ])('%j → %s', (forms, stem) => {
    for (const w of forms) expect(stemId(w), w).toBe(stem);
  });
});

describe('stemId: realistic proposal words', () => {
  it.each([
    ['kesehatan', 'sehat'], ['masyarakat', 'masyarakat'], ['pemangku', 'pangku'], ['kebijakan', 'bijak'],
    ['tindakan', 'tindak'], ['pelatihan', 'latih'], ['kegiatan', 'giat'], ['perbaikan', 'baik'],
    ['memperbaiki', 'baik'], ['ketahanan', 'tahan'], ['perjalanan', 'jalan'], ['keterbukaan', 'buka'],
    ['penanganan', 'tangan'], ['kepemimpinan', 'pimpin'], ['kemudahan', 'mudah'], ['keuangan', 'uang'],
    ['pertanian', 'tani'], ['perusahaan', 'usaha'], ['pengurangan', 'kurang'], ['penyusunan', 'susun'],
    ['berkolaborasi', 'kolaborasi'], ['berinovasi', 'inovasi'], ['perekonomian', 'ekonomi'],
    ['mengintegrasikan', 'integrasi'], ['terintegrasi', 'integrasi'], ['direplikasi', 'replikasi'],
    ['menghasilkan', 'hasil'], ['keberhasilan', 'hasil'], ['bantuan', 'bantu'], ['membantu', 'bantu'],
    ['pedesaan', 'desa'], ['menindaklanjuti', 'tindaklanjut'], ['pemuda', 'muda'], ['meskipun', 'meski'],
  ])('%s → %s', (word, stem) => {
    expect(stemId(word)).toBe(stem);
  });
});

describe('stemId: what it leaves alone', () => {
  it.each([
    // Nothing to strip: no affix, or an ending that is part of the word.
    'inovasi', 'data', 'desa', 'sekolah', 'informasi', 'aplikasi', 'teknologi', 'ekonomi', 'evaluasi',
    'sosialisasi', 'digitalisasi', 'transparansi', 'puskesmas', 'stunting', 'masalah', 'jumlah',
    // Start like a prefix but are roots: be-, ber-, per-, di-, se-, ke- do not come off.
    'besar', 'berat', 'berita', 'bersih', 'persen', 'dinas', 'digital', 'sehat', 'kerja', 'kelompok', 'tertib',
    // End like a suffix but are roots.
    'jalan', 'bulan', 'pangan', 'tangan', 'ikan', 'peran', 'nilai',
  ])('%s stays %s', (word) => {
    expect(stemId(word)).toBe(word);
  });

  it('returns numbers and words of three letters or fewer folded only', () => {
    for (const w of ['2023', 'ibu', 'air', 'sop', 'di', 'covid19', 'rt05']) expect(stemId(w)).toBe(w);
    expect(stemId('ASN')).toBe('asn');
    expect(stemId('OPD')).toBe('opd');
  });

  it('ignores case and accents', () => {
    expect(stemId('KEBARUÁN')).toBe('baru');
    expect(stemId('Pelayanan')).toBe('layan');
    expect(stemId('pelayanan'.normalize('NFD'))).toBe('layan');
  });

  it('never leaves fewer than 3 letters', () => {
    for (const w of ['terus', 'perlu', 'berdoa', 'diisi', 'tahu', 'peranan', 'kelas', 'ikan', 'didik']) {
      expect(stemId(w).length, w).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('stemId: does not over-strip', () => {
  it.each([
    ['pendidikan', 'penduduk'], ['desa', 'data'], ['pelayanan', 'pelatihan'], ['kesehatan', 'kesempatan'],
    ['penerapan', 'perencanaan'], ['pemangku', 'pemantauan'], ['berita', 'rita'], ['pangan', 'pangku'],
    ['sekolah', 'olah'], ['besar', 'sar'], ['inovasi', 'inovatif'], ['pengaduan', 'pengadaan'],
  ])('%s and %s stay apart', (a, b) => {
    expect(stemId(a)).not.toBe(stemId(b));
  });

  it('keeps loanwords in -si whole after a verbal prefix', () => {
    expect(stemId('mengevaluasi')).toBe('evaluasi');
    expect(stemId('menginovasi')).toBe('inovasi');
  });

  it('strips particles and possessives but not endings that belong to the root', () => {
    expect(stemId('desaku')).toBe('desa');
    expect(stemId('programnya')).toBe('program');
    expect(stemId('inovasilah')).toBe('inovasi');
    expect(stemId('sekolahnya')).toBe('sekolah');
    expect(stemId('menghimpun')).toBe('himpun');
    expect(stemId('berlaku')).toBe('laku');
  });
});
