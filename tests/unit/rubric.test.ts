import { PROFILES } from '../../utils/profiles';
import { blockingProblems, type Blocking, type RubricField } from '../../utils/rubric/blocking';
import { EVIDENCE, type EvidenceId } from '../../utils/rubric/evidence';
import { evidenceFindings, RUBRIC_RULES } from '../../utils/rubric/rules';
import type { Limits, SectionKey } from '../../utils/types';

const STRONG = 'Waktu pelayanan turun dari 14 hari menjadi 2 hari sejak 2022 (survei IKM 2023: 87,5).';
const WEAK = 'Inovasi ini sangat bermanfaat bagi masyarakat dan akan terus dikembangkan.';

/** For each check: texts it must find (with a word the snippet must hold), and near misses it must not. */
const SAMPLES: Record<EvidenceId, { finds: [text: string, snippet: string][]; quiet: string[] }> = {
  numbers: {
    finds: [[STRONG, '14 hari'], ['Kepuasan mencapai 87,5%.', '87,5%'], ['Hemat Rp1.200.000 per bulan.', 'Rp1.200.000'], ['Menjangkau 12 kelurahan.', '12 kelurahan']],
    quiet: ['Tahun 2022 warga mengeluh soal antrean.', 'Sesuai Perwali Nomor 12 Tahun 2021.', 'Layanan menjadi lebih cepat.'],
  },
  people: {
    finds: [['Dilaksanakan oleh 12 orang petugas.', '12 orang'], ['Menjangkau 1.250 warga.', '1.250 warga']],
    quiet: ['Dilaksanakan oleh petugas yang kompeten.', 'Selesai dalam 2 hari.'],
  },
  'measurable-target': {
    finds: [['Tujuan inovasi ini agar izin terbit paling lama 2 hari.', 'paling lama 2 hari'], [STRONG, '14 hari']],
    quiet: ['Tujuan inovasi ini adalah meningkatkan kualitas pelayanan.', 'Pada 2022 ada 14 hari libur. Tujuannya baik.'],
  },
  'before-after': {
    finds: [
      [STRONG, 'dari 14 hari menjadi 2 hari'],
      ['Kepuasan naik dari 60% ke 85%.', 'naik dari 60% ke 85%'],
      ['Sebelum inovasi, pemohon datang tiga kali; setelah inovasi cukup daring.', 'Sebelum inovasi'],
      ['Pendaftaran berubah dari manual menjadi daring.', 'dari manual menjadi daring'],
      ['Penerima naik dari 1.250 warga menjadi 3.400 warga.', '1.250 warga menjadi 3.400'],
    ],
    quiet: ['Inovasi ini berasal dari ide para pegawai muda yang kemudian menjadi program unggulan.', 'Pelayanan menjadi lebih baik.'],
  },
  'baseline-year': {
    finds: [[STRONG, 'sejak 2022'], ['Pada tahun 2021 antrean mencapai 300 orang.', 'Pada tahun 2021'], ['Tahun dasar: 2020.', '2020'], ['Antrean turun dari 300 orang (2021) menjadi 40 orang.', '(2021)']],
    quiet: ['Ditetapkan dengan Perwali Nomor 5 Tahun 2022.', 'Skor IKM 87,5 dari 100.', 'Target tahun 2045 tercapai.'],
  },
  'target-group': {
    finds: [['Sasaran kami pelaku UMKM dan lansia.', 'pelaku UMKM'], ['Melayani masyarakat pesisir.', 'masyarakat pesisir'], ['Untuk warga Kelurahan Siantan Hulu.', 'warga Kelurahan'], ['Menjangkau 1.250 warga.', '1.250 warga'], ['Ibu hamil diperiksa gratis.', 'Ibu hamil']],
    quiet: [WEAK, 'Bermanfaat untuk masyarakat luas.', 'Pada tahun 2022 warga mengeluh.'],
  },
  measurement: {
    finds: [[STRONG, 'survei'], ['Indeks Kepuasan Masyarakat naik.', 'Indeks Kepuasan Masyarakat'], ['Dihitung dengan data dari aplikasi.', 'data dari']],
    quiet: ['Hasilnya sangat memuaskan.'],
  },
  'legal-basis': {
    finds: [['Ditetapkan dengan Perwali No. 12 Tahun 2021.', 'Perwali No. 12 Tahun 2021'], ['Berdasarkan Peraturan Wali Kota Pontianak Nomor 12 Tahun 2021.', 'Peraturan Wali Kota Pontianak Nomor 12 Tahun 2021'], ['Diatur dalam PermenPANRB 7/2021.', 'PermenPANRB'], ['Tim ditetapkan dengan SK Kepala Dinas.', 'SK'], ['Sesuai UU No. 25 Tahun 2009.', 'UU No. 25 Tahun 2009']],
    quiet: ['Dilaksanakan sesuai peraturan yang berlaku.', 'Petugas membagikan permen kepada anak-anak.'],
  },
  sop: {
    finds: [['Layanan mengikuti SOP yang disahkan.', 'SOP'], ['Disusun standar pelayanan baru.', 'standar pelayanan'], ['Standar Operasional Prosedur ditetapkan.', 'Standar Operasional Prosedur']],
    quiet: ['Layanan dijalankan dengan prosedur yang jelas.'],
  },
  'stakeholder-roles': {
    finds: [['DPMPTSP berperan sebagai pengelola; Universitas Tanjungpura mendampingi evaluasi.', 'berperan'], ['Dinas Kesehatan menyediakan tenaga, karang taruna bertugas menyebarkan informasi.', 'menyediakan']],
    quiet: ['Inovasi ini didukung oleh dinas dan universitas.', 'Dinas Kesehatan berperan sebagai pengelola.', WEAK],
  },
  'replicated-by': {
    finds: [['Telah direplikasi oleh Pemerintah Kabupaten Kubu Raya.', 'Kabupaten Kubu Raya'], ['Kota Singkawang telah mereplikasi inovasi ini.', 'Kota Singkawang'], ['Sudah direplikasi oleh daerah lain, yaitu Puskesmas Siantan Hilir.', 'Puskesmas Siantan Hilir']],
    quiet: ['Inovasi ini dapat direplikasi oleh daerah lain.', 'Direplikasi oleh kabupaten lain.', 'Diterapkan di Dinas Kependudukan Kota Pontianak.'],
  },
  replicable: {
    finds: [['Inovasi ini dapat direplikasi oleh daerah lain.', 'dapat direplikasi'], ['Kota Singkawang telah mereplikasi inovasi ini.', 'Kota Singkawang']],
    quiet: [WEAK],
  },
  'budget-source': {
    finds: [['Dibiayai APBD dan CSR Bank Kalbar.', 'APBD'], ['Bersumber dari dana desa.', 'dana desa'], ['Swadaya masyarakat.', 'Swadaya masyarakat']],
    quiet: ['Anggaran yang digunakan cukup.'],
  },
  stages: {
    finds: [['Tahap pertama adalah uji coba.', 'Tahap'], ['Diluncurkan Januari 2023.', 'Januari 2023'], ['Berjalan 2021–2023.', '2021–2023'], ['1. Identifikasi masalah\n2. Uji coba\n', '1. Identifikasi']],
    quiet: ['Inovasi dilaksanakan dengan baik.', 'Skor 2023 naik.'],
  },
  problem: {
    finds: [['Permasalahan utama adalah antrean.', 'Permasalahan'], ['Rendahnya cakupan imunisasi.', 'Rendahnya']],
    quiet: ['Layanan berjalan lancar.'],
  },
  'strategic-issue': {
    finds: [['Isu strategis daerah adalah stunting.', 'Isu strategis'], ['Mendukung misi RPJMD 2020–2024.', 'RPJMD']],
    quiet: ['Isu ini penting.'],
  },
  method: {
    finds: [['Metode yang digunakan adalah jemput bola.', 'Metode'], ['Input, proses, output dirancang ulang.', 'Input, proses, output']],
    quiet: ['Kami bekerja keras.'],
  },
  novelty: {
    finds: [['Keunggulan inovasi ini adalah layanan 24 jam.', 'Keunggulan'], ['Untuk pertama kali di Kalimantan Barat.', 'pertama kali']],
    quiet: ['Inovasi ini merupakan ide yang bagus dan kreatif.'],
  },
};

describe('evidence checks', () => {
  for (const [id, { finds, quiet }] of Object.entries(SAMPLES) as [EvidenceId, (typeof SAMPLES)[EvidenceId]][]) {
    it.each(finds)(`${id} finds it in %j`, (text, snippet) => {
      const r = EVIDENCE[id](text);
      expect(r.found).toBe(true);
      expect(r.snippet).toContain(snippet);
    });
    it.each(quiet)(`${id} stays quiet on %j`, (text) => {
      expect(EVIDENCE[id](text)).toEqual({ found: false });
    });
  }

  it('finds nothing at all in vague filler', () => {
    for (const check of Object.values(EVIDENCE)) expect(check(WEAK).found).toBe(false);
  });

  it('cuts long snippets', () => {
    const long = `Sebelum ${'antrean panjang '.repeat(15)}sesudah inovasi.`;
    expect(EVIDENCE['before-after'](long).snippet?.length).toBeLessThanOrEqual(160);
  });
});

let n = 0;
const field = (section: SectionKey, text: string, more: Partial<RubricField> = {}): RubricField => ({
  key: `f${++n}`, label: `Label ${n}`, section, text, limits: {}, fact: false, ...more,
});
const words = (count: number, stem = 'kata') => Array.from({ length: count }, (_, i) => `${stem}${i}`).join(' ');
const maxWords = (value: number): Limits => ({ maxWords: { value, source: 'page' } });
const kinds = (problems: Blocking[]) => problems.map((p) => p.kind);

describe('blockingProblems', () => {
  it('reports required fields left empty: prose unless optional, facts only when required', () => {
    const prose = field('summary', '  \n ');
    const optional = field('sdgs', '', { required: false });
    const fact = field('dates', '', { fact: true });
    const requiredFact = field('kind', '', { fact: true, required: true });
    const chosenFact = field('sector', '', { fact: true, required: true, value: 'Kesehatan' });
    const problems = blockingProblems([prose, optional, fact, requiredFact, chosenFact], {});
    expect(problems).toEqual([
      { kind: 'empty-required', key: prose.key, detail: { label: prose.label } },
      { kind: 'empty-required', key: requiredFact.key, detail: { label: requiredFact.label } },
    ]);
  });

  it('reports an empty field once, not also under its minimum', () => {
    const f = field('design', '', { limits: { minWords: { value: 300, source: 'profile' } } });
    expect(kinds(blockingProblems([f]))).toEqual(['empty-required']);
  });

  it.each([
    [189, []],
    [190, ['near-limit']],
    [200, ['near-limit']],
    [201, ['over-limit']],
  ] as const)('%i words of a 200-word maximum: %j', (count, expected) => {
    expect(kinds(blockingProblems([field('summary', words(count), { limits: maxWords(200) })]))).toEqual(expected);
  });

  it('says by how much a field is over or under, and takes a wider margin when asked', () => {
    const over = blockingProblems([field('summary', words(230), { limits: maxWords(200) })]);
    expect(over[0]?.detail).toMatchObject({ unit: 'words', count: 230, max: 200, over: 30 });
    const under = blockingProblems([field('design', words(120), { limits: { minWords: { value: 300, source: 'profile' } } })]);
    expect(under).toEqual([{ kind: 'under-limit', key: expect.any(String), detail: { unit: 'words', count: 120, min: 300, source: 'profile', missing: 180 } }]);
    expect(kinds(blockingProblems([field('design', words(300), { limits: { minWords: { value: 300, source: 'profile' } } })]))).toEqual([]);
    expect(kinds(blockingProblems([field('summary', words(181), { limits: maxWords(200) })], { margin: 0.1 }))).toEqual(['near-limit']);
  });

  it('checks a maxlength on value length and a stated character limit on the submitted length (CRLF)', () => {
    const text = 'abcd\nefghij'; // 11 characters, 12 once posted
    expect(kinds(blockingProblems([field('title', text, { limits: { maxChars: { value: 11, source: 'page' } } })]))).toEqual(['over-limit']);
    expect(kinds(blockingProblems([field('title', text, { limits: { maxChars: { value: 11, source: 'maxlength' } } })]))).toEqual(['near-limit']);
  });

  it.each([
    ['Jumlah penerima [data: jumlah warga] orang.', '[data]', '[data: jumlah warga]'],
    ['Dikelola oleh {{nama_dinas}}.', '{{variabel}}', '{{nama_dinas}}'],
    ['Nomor Perwali XXX tahun 2021.', 'XXX', 'XXX'],
    ['Sebanyak ... orang terlayani.', '...', '...'],
    ['Lorem ipsum dolor sit amet.', 'lorem ipsum', 'Lorem ipsum'],
  ])('finds a placeholder left in %j', (text, placeholder, found) => {
    expect(blockingProblems([field('impact', text)])).toEqual([
      { kind: 'placeholder', key: expect.any(String), detail: { placeholder, found, count: 1 } },
    ]);
  });

  it.each(['Layanan, pengaduan, dan lain-lain...', 'Anggaran Rp 1.000.000 (lihat [1]).', 'Mesin Xerox dipakai 3 kali.'])(
    'sees no placeholder in %j',
    (text) => expect(blockingProblems([field('impact', text)])).toEqual([]),
  );

  it('finds the same text in two sections, whatever the case and spacing', () => {
    const a = field('summary', 'Layanan izin usaha kini selesai dalam dua hari.');
    const b = field('novelty', '  layanan IZIN usaha\nkini selesai dalam  dua hari. ');
    expect(blockingProblems([a, b])).toEqual([
      { kind: 'duplicate-section', key: a.key, otherKey: b.key, detail: { how: 'same-text', words: 8 } },
    ]);
    expect(blockingProblems([field('replication', 'Belum ada'), field('monitoring', 'Belum ada')])).toEqual([]);
  });

  it('finds a long paragraph pasted into two sections, not a short one', () => {
    const para = words(45, 'isi');
    const a = field('background', `Pembuka latar belakang.\n${para}`);
    const b = field('impact', `${para}\nPenutup yang berbeda.`);
    expect(blockingProblems([a, b])).toMatchObject([{ kind: 'duplicate-section', key: a.key, otherKey: b.key, detail: { how: 'paragraph', words: 45 } }]);
    const short = words(39, 'isi');
    expect(blockingProblems([field('background', `Satu.\n${short}`), field('impact', `${short}\nDua.`)])).toEqual([]);
  });

  it('finds a section identical to a proposal saved in an earlier year', () => {
    const text = 'Inovasi SIPANDU mempercepat layanan izin usaha bagi pelaku UMKM.';
    const saved = [{ title: 'SIPANDU', year: 2022, texts: ['Lain sama sekali.', text.toUpperCase()] }];
    const f = field('summary', text);
    expect(blockingProblems([f], { saved })).toEqual([{ kind: 'same-as-saved', key: f.key, detail: { title: 'SIPANDU', year: 2022 } }]);
    expect(blockingProblems([field('summary', `${text} Kini juga melayani izin reklame.`)], { saved })).toEqual([]);
  });
});

const byLabel = (label: string, section: SectionKey, text: string, section2?: SectionKey): RubricField =>
  field(section, text, { label, ...(section2 ? { section2 } : {}) });

describe('evidenceFindings', () => {
  const kipp = (texts: string[]): RubricField[] => [
    byLabel('Judul', 'title', 'SIPANDU'),
    byLabel('Latar Belakang dan Tujuan', 'background', texts[0] ?? '', 'goal'),
    byLabel('Kebaruan/Nilai Tambah', 'novelty', texts[1] ?? ''),
    byLabel('Implementasi Inovasi', 'implementation', texts[2] ?? ''),
    byLabel('Signifikansi', 'impact', texts[3] ?? ''),
    byLabel('Adaptabilitas', 'replication', texts[4] ?? ''),
    byLabel('Sumber Daya', 'resources', texts[5] ?? ''),
    byLabel('Strategi Keberlanjutan', 'sustainability', texts[6] ?? ''),
    field('dates', '', { fact: true, value: '2022-01-10' }),
  ];

  it('lists what a weak KIPP 2023 proposal is missing, per section, naming the field', () => {
    const weak = kipp([
      'Pelayanan di kantor kami masih kurang baik. Inovasi ini bertujuan meningkatkan pelayanan kepada masyarakat luas.',
      'Inovasi ini merupakan ide yang bagus dan kreatif.',
      'Inovasi dilaksanakan dengan baik oleh seluruh jajaran.',
      WEAK,
      'Inovasi ini dapat direplikasi oleh daerah lain.',
      'Sumber daya yang digunakan memadai.',
      'Inovasi ini akan terus dilanjutkan sesuai peraturan yang berlaku.',
    ]);
    const findings = evidenceFindings('kipp-2023-umum', weak);
    expect(findings.every((f) => !f.ok && f.found === undefined)).toBe(true);
    const missing = (label: string) => findings.filter((f) => weak.find((w) => w.key === f.key)?.label === label).map((f) => f.check);
    expect(missing('Latar Belakang dan Tujuan')).toEqual(['target-group', 'baseline-year', 'numbers', 'measurable-target']);
    expect(missing('Kebaruan/Nilai Tambah')).toEqual(['novelty']);
    expect(missing('Implementasi Inovasi')).toEqual(['stages']);
    expect(missing('Signifikansi')).toEqual(['before-after', 'numbers', 'measurement']);
    expect(missing('Adaptabilitas')).toEqual(['replicated-by']);
    expect(missing('Sumber Daya')).toEqual(['budget-source', 'people']);
    expect(missing('Strategi Keberlanjutan')).toEqual(['legal-basis', 'sop', 'stakeholder-roles']);
    expect(missing('Judul')).toEqual([]);
    const impact = findings.find((f) => f.check === 'measurement');
    expect(impact?.message).toBe('«Signifikansi» belum menjelaskan cara dampak diukur (mis. survei IKM, laporan evaluasi, data dari aplikasi).');
    for (const f of findings) expect(f.message).toContain('«');
  });

  it('finds everything in a strong KIPP 2023 proposal, quoting what it found', () => {
    const strong = kipp([
      'Pada tahun 2021, pelaku UMKM di Kota Pontianak menunggu rata-rata 14 hari untuk izin usaha. Tujuan inovasi: izin terbit paling lama 2 hari bagi 5.000 pelaku UMKM per tahun.',
      'Kebaruan inovasi ini: untuk pertama kali izin usaha terbit lewat WhatsApp tanpa tatap muka.',
      'Tahap 1 (Januari 2022): uji coba di 2 kecamatan. Tahap 2 (Juli 2022): seluruh kota.',
      STRONG,
      'Inovasi ini telah direplikasi oleh Pemerintah Kabupaten Kubu Raya pada 2023.',
      'Anggaran bersumber dari APBD Kota Pontianak sebesar Rp 120 juta; pelaksana 12 orang petugas DPMPTSP.',
      'Inovasi ditetapkan dengan Peraturan Wali Kota Pontianak Nomor 12 Tahun 2021 dan dijalankan dengan SOP izin usaha. DPMPTSP berperan sebagai pengelola, Bank Kalbar menyediakan pembayaran nontunai, dan Universitas Tanjungpura mendampingi evaluasi tahunan.',
    ]);
    const findings = evidenceFindings('kipp-2023-umum', strong);
    expect(findings).toHaveLength(15);
    expect(findings.filter((f) => !f.ok)).toEqual([]);
    expect(findings.find((f) => f.check === 'before-after')?.found).toBe('dari 14 hari menjadi 2 hari');
  });

  const RANCANG = 'Rancang bangun dan pokok perubahan yang dilakukan';

  it('checks the parts of an IGA rancang bangun', () => {
    const strong = byLabel(RANCANG, 'design', [
      'Dasar hukum inovasi ini adalah Perbup Kubu Raya Nomor 7 Tahun 2022.',
      'Permasalahan: rendahnya cakupan imunisasi balita di desa terpencil.',
      'Isu strategis daerah dalam RPJMD adalah penurunan stunting.',
      'Metode pembaharuan: jemput bola dengan input–proses–output yang jelas.',
      'Keunggulan dan kebaharuan: pertama kali memakai perahu layanan.',
      'Tahapan: 1) pemetaan, 2) uji coba Maret 2022, 3) penerapan.',
    ].join(' '), 'background');
    const found = evidenceFindings('iga-iid', [strong]);
    expect(found.map((f) => [f.check, f.ok])).toEqual([
      ['legal-basis', true], ['problem', true], ['strategic-issue', true], ['method', true], ['novelty', true], ['stages', true],
    ]);
    const weak = byLabel(RANCANG, 'design', 'Inovasi ini dirancang dengan baik dan membawa banyak perubahan positif.', 'background');
    const missing = evidenceFindings('iga-iid', [weak]);
    expect(missing.filter((f) => !f.ok).map((f) => f.check)).toEqual(['legal-basis', 'problem', 'strategic-issue', 'method', 'novelty', 'stages']);
    expect(missing[2]?.message).toBe(`«${RANCANG}» belum mengaitkan inovasi dengan isu strategis (mis. RPJMD, prioritas daerah).`);
  });

  it('falls back to the generic criteria for an unknown profile, and skips empty fields and facts', () => {
    const fields = [byLabel('Manfaat', 'benefit', WEAK), byLabel('Dampak', 'impact', ''), field('budget', 'APBD', { fact: true })];
    expect(evidenceFindings('kompetisi-pontianak-2025', fields)).toEqual([
      { key: fields[0]?.key, section: 'benefit', check: 'target-group', ok: false, message: expect.stringContaining('«Manfaat»') },
    ]);
  });
});

describe('RUBRIC_RULES', () => {
  it('has rules for every profile, only for sections the profile has, with messages naming the field', () => {
    for (const profile of PROFILES) {
      const rules = RUBRIC_RULES[profile.id];
      expect(rules?.length, profile.id).toBeGreaterThan(0);
      const sections = new Set(profile.sections.flatMap((s) => [s.section, s.section2]));
      for (const r of rules ?? []) {
        expect(sections.has(r.section), `${profile.id}: ${r.section}`).toBe(true);
        expect(r.message.id).toContain('{label}');
        expect(r.message.en).toContain('{label}');
      }
    }
  });
});
