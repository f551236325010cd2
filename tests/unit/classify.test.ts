import { classifyLabel, hostMatches, rankProfiles } from '../../utils/classify';
import { getProfile, PROFILES } from '../../utils/profiles';
import { GENERIC_RULES } from '../../utils/sections';
import type { SectionKey } from '../../utils/types';

/** Label variants as forms word them (COMPETITIONS.md), plus English and page noise. */
const GENERIC_CASES: [string, SectionKey, SectionKey?][] = [
  // title
  ['Nama Inovasi', 'title'], ['Nama Inovasi Daerah', 'title'], ['Judul Inovasi', 'title'],
  ['Judul Proposal', 'title'], ['Judul', 'title'], ['1. Judul Inovasi *', 'title'], ['Innovation name', 'title'],
  ['Title of the innovation', 'title'], ['Innovation title', 'title'],
  // summary
  ['Ringkasan', 'summary'], ['Ringkasan Inovasi', 'summary'], ['Abstrak', 'summary'], ['Deskripsi Singkat', 'summary'],
  ['Deskripsi', 'summary'], ['RingkasanWajib', 'summary'], ['Ringkasan (maksimal 200 kata)', 'summary'],
  ['Summary', 'summary'], ['Abstract', 'summary'], ['Executive summary', 'summary'],
  // background
  ['Latar Belakang', 'background'], ['Latar Belakang dan Tujuan', 'background', 'goal'],
  ['2. Latar Belakang dan Tujuan (maks. 300 kata)', 'background', 'goal'],
  ['Jelaskan latar belakang dan tujuan inovasi Anda', 'background', 'goal'],
  ['Dasar Hukum', 'background'], ['Isu Strategis', 'background'], ['Deskripsi Awal Inovasi', 'background'],
  ['Kondisi Awal', 'background'], ['Background', 'background'],
  // problem
  ['Permasalahan', 'problem'], ['Rumusan Masalah', 'problem'], ['Masalah', 'problem'],
  ['Kondisi Sebelum Inovasi', 'problem'], ['Problem statement', 'problem'], ['Problem', 'problem'],
  // goal
  ['Tujuan', 'goal'], ['Tujuan Inovasi', 'goal'], ['Tujuan Inovasi Daerah', 'goal'], ['Sasaran', 'goal'],
  ['Objectives', 'goal'], ['Goals', 'goal'],
  // novelty
  ['Kebaruan', 'novelty'], ['Kebaruan/Nilai Tambah', 'novelty'], ['3. Kebaruan / Nilai Tambah *', 'novelty'],
  ['Keunggulan', 'novelty'], ['Keunggulan dan Kebaharuan', 'novelty'], ['Ide Inovatif', 'novelty'],
  ['Pembaruan/Peningkatan Inovasi', 'novelty'], ['Faktor Pembeda', 'novelty'], ['Orisinalitas', 'novelty'],
  ['Novelty', 'novelty'], ['Added value', 'novelty'], ['Uniqueness', 'novelty'],
  ['What is new about your innovation?', 'novelty'],
  // design
  ['Rancang Bangun', 'design'],
  ['Rancang bangun dan pokok perubahan yang dilakukan', 'design', 'background'],
  ['Metode Pembaharuan', 'design'], ['Tahapan Proses', 'design'], ['Mekanisme', 'design'], ['Cara Kerja', 'design'],
  ['Design', 'design'], ['Method', 'design'], ['How it works', 'design'],
  // implementation
  ['Implementasi Inovasi', 'implementation'], ['Pelaksanaan', 'implementation'],
  ['Strategi Implementasi', 'implementation'], ['Cara Kerja Inovasi', 'implementation'],
  ['Implementation', 'implementation'],
  // impact
  ['Signifikansi', 'impact'], ['Signifikansi0/600 kata', 'impact'], ['Dampak', 'impact'], ['Hasil Inovasi', 'impact'],
  ['Hasil yang Dicapai', 'impact'], ['Impact', 'impact'], ['Results', 'impact'], ['Significance', 'impact'],
  // benefit
  ['Manfaat', 'benefit'], ['Manfaat yang diperoleh', 'benefit'], ['Kemanfaatan', 'benefit'], ['Benefits', 'benefit'],
  // replication
  ['Adaptabilitas', 'replication'], ['Replikasi', 'replication'], ['Potensi Replikasi', 'replication'],
  ['Proses Replikasi', 'replication'], ['Inspirasi', 'replication'], ['Replication', 'replication'],
  ['Adaptability', 'replication'],
  // resources
  ['Sumber Daya', 'resources'], ['Penguatan Sumber Daya', 'resources'], ['Sumber Daya yang Digunakan', 'resources'],
  ['Tim Pelaksana', 'resources'], ['Resources', 'resources'],
  // sustainability
  ['Keberlanjutan', 'sustainability'], ['Strategi Keberlanjutan', 'sustainability'],
  ['Strategi Penguatan', 'sustainability'], ['Penguatan Keberlanjutan', 'sustainability'],
  ['Sustainability', 'sustainability'],
  // collaboration
  ['Kolaborasi Pemangku Kepentingan', 'collaboration'], ['Keterlibatan Aktor', 'collaboration'],
  ['Pemangku Kepentingan', 'collaboration'], ['Collaboration', 'collaboration'], ['Stakeholders', 'collaboration'],
  // monitoring
  ['Pemantauan dan Evaluasi', 'monitoring'], ['Monitoring dan Evaluasi', 'monitoring'], ['Evaluasi', 'monitoring'],
  ['Monitoring and evaluation', 'monitoring'],
  // sdgs
  ['Kontribusi terhadap Capaian TPB', 'sdgs'], ['SDGs', 'sdgs'], ['TPB', 'sdgs'],
  ['Sustainable Development Goals', 'sdgs'],
  // facts
  ['Tahapan Inovasi', 'stage'], ['Stage', 'stage'],
  ['Inisiator', 'initiator'], ['Inisiator Inovasi Daerah', 'initiator'], ['Nama Inisiator', 'initiator'],
  ['Jenis Inovasi', 'kind'], ['Bentuk Inovasi', 'kind'], ['Kelompok', 'kind'], ['Klasifikasi', 'kind'],
  ['Urusan', 'sector'], ['Urusan Pemerintahan', 'sector'], ['Kategori', 'sector'], ['Tematik', 'sector'],
  ['Category', 'sector'],
  ['Waktu Uji Coba', 'dates'], ['Waktu Penerapan', 'dates'], ['Tanggal mulai implementasi', 'dates'],
  ['Start date', 'dates'],
  ['Anggaran', 'budget'], ['Dukungan Anggaran', 'budget'], ['Budget', 'budget'],
  ['Email', 'other'], ['Nomor HP', 'other'], ['Link YouTube', 'other'], ['Unggah PDF', 'other'],
  ['Upload file', 'other'], ['Nama Instansi', 'other'], ['Nama Pengusul', 'other'],
  ['Surat pernyataan implementasi (PDF, maks 2 MB)', 'other'],
];

describe('classifyLabel (generic)', () => {
  it.each(GENERIC_CASES)('%j → %s', (label, section, section2) => {
    const result = classifyLabel(label);
    expect(result.section).toBe(section);
    expect(result.section2).toBe(section2);
    expect(result.rule).toBeUndefined();
  });

  it('returns other with a low score when nothing fits', () => {
    for (const label of ['Nomor Induk Kependudukan', 'Apakah Anda setuju?', '', '***', 'Lorem ipsum']) {
      const result = classifyLabel(label);
      expect(result.section).toBe('other');
      expect(result.score).toBeLessThan(0.3);
    }
  });

  it('scores an exact variant 1 and a label with extra words lower', () => {
    expect(classifyLabel('Tujuan').score).toBe(1);
    const loose = classifyLabel('Uraikan tujuan yang ingin dicapai oleh inovasi ini');
    expect(loose.section).toBe('goal');
    expect(loose.score).toBeLessThan(1);
  });

  it('every generic variant classifies to its own section', () => {
    for (const rule of GENERIC_RULES) {
      for (const label of rule.labels) expect(classifyLabel(label).section, label).toBe(rule.section);
    }
  });

  it('prefers fact sections for selects, radios, dates and uploads', () => {
    expect(classifyLabel('Tahapan', { fact: true }).section).toBe('stage');
    expect(classifyLabel('Unggah data dukung Signifikansi', { fact: true }).section).toBe('other');
    expect(classifyLabel('Unggah data dukung Signifikansi').section).toBe('other');
    expect(classifyLabel('Signifikansi', { fact: true }).section).toBe('impact');
  });

  it('falls back to the help text when the label says little', () => {
    const help = 'Jelaskan manfaat yang diperoleh masyarakat dari inovasi ini';
    expect(classifyLabel('Uraian', { help }).section).toBe('benefit');
    // A clear label is not overridden by its help text.
    expect(classifyLabel('Dampak', { help }).section).toBe('impact');
  });
});

describe('classifyLabel (with a profile)', () => {
  it("gives each profile's own labels its own rule", () => {
    for (const profile of PROFILES) {
      for (const rule of profile.sections) {
        for (const label of rule.labels) {
          const result = classifyLabel(label, { profile });
          expect(result.section, `${profile.id}: ${label}`).toBe(rule.section);
          expect(result.section2, `${profile.id}: ${label}`).toBe(rule.section2);
          if (profile.id !== 'generic') expect(result.rule, `${profile.id}: ${label}`).toBe(rule);
        }
      }
    }
  });

  it('applies the profile rule through page noise', () => {
    const kipp = getProfile('kipp-2023-umum');
    const result = classifyLabel('2. Latar Belakang dan Tujuan * (maks. 300 kata)Wajib', { profile: kipp });
    expect(result).toMatchObject({ section: 'background', section2: 'goal' });
    expect(result.rule?.maxWords).toBe(300);
    expect(classifyLabel('Signifikansi0/600 kata', { profile: kipp }).rule?.weight).toBe(30);
  });

  it("attaches the profile's rule to a differently worded label of the same section", () => {
    const kipp = getProfile('kipp-2023-umum');
    const sustain = classifyLabel('Keberlanjutan', { profile: kipp });
    expect(sustain.section).toBe('sustainability');
    expect(sustain.rule?.maxWords).toBe(500);
    const iga = getProfile('iga-iid');
    const design = classifyLabel('Uraikan rancang bangun inovasi', { profile: iga });
    expect(design).toMatchObject({ section: 'design', section2: 'background' });
    expect(design.rule?.minWords).toBe(300);
  });

  it('leaves sections the profile lacks to the generic table, without a rule', () => {
    const result = classifyLabel('Manfaat', { profile: getProfile('kipp-2023-umum') });
    expect(result.section).toBe('benefit');
    expect(result.rule).toBeUndefined();
  });

  it('picks the right KIPP 2023 Adaptabilitas box', () => {
    const kipp = getProfile('kipp-2023-umum');
    expect(classifyLabel('Adaptabilitas', { profile: kipp }).rule?.maxWords).toBe(300);
    expect(classifyLabel('Potensi Replikasi', { profile: kipp }).rule?.maxWords).toBe(200);
    expect(classifyLabel('Apakah inovasi sudah direplikasi?', { profile: kipp }).rule?.maxWords).toBe(100);
  });

  it('reads the 2020 Replikasi group', () => {
    const kipp2020 = getProfile('kipp-2020');
    expect(classifyLabel('Inspirasi', { profile: kipp2020 }).rule?.maxWords).toBe(100);
    expect(classifyLabel('Proses Replikasi', { profile: kipp2020 }).rule?.maxWords).toBe(200);
    expect(classifyLabel('Faktor Pembeda', { profile: kipp2020 })).toMatchObject({ section: 'novelty' });
    expect(classifyLabel('Ide Inovatif', { profile: kipp2020 })).toMatchObject({ section: 'novelty', section2: 'background' });
  });
});

/** Each profile's form as its pages show it, with the noise pages add. */
const SAMPLES: Record<string, string[][]> = {
  'kipp-2023-umum': [
    [
      'Judul Inovasi', 'Ringkasan (maks 200 kata)', 'Latar Belakang dan Tujuan', 'Kebaruan/Nilai Tambah',
      'Implementasi Inovasi', 'Signifikansi0/600 kata', 'Adaptabilitas', 'Sumber Daya', 'Strategi Keberlanjutan',
      'Tanggal mulai implementasi', 'Kelompok', 'Kategori', 'Link YouTube', 'Surat pernyataan implementasi (PDF)',
    ],
    ['1. Ringkasan*', '2. Latar Belakang dan Tujuan*', '3. Kebaruan / Nilai Tambah*', '4. Signifikansi*', '5. Sumber Daya*'],
  ],
  'kipp-khusus': [
    [
      'Judul Inovasi', 'Ringkasan', 'Deskripsi Awal Inovasi', 'Pembaruan/Peningkatan Inovasi (maks 200 kata)',
      'Dampak', 'Adaptabilitas', 'Penguatan Sumber Daya', 'Strategi Penguatan', 'Evaluasi (maks 300 kata)',
    ],
    ['Ringkasan', 'Deskripsi Awal Inovasi', 'Pembaruan / Peningkatan Inovasi', 'Penguatan Keberlanjutan', 'Evaluasi'],
  ],
  'kipp-2020': [
    [
      'Judul', 'Ringkasan', 'Ide Inovatif', 'Signifikansi', 'Kontribusi terhadap Capaian TPB', 'Adaptabilitas',
      'Keberlanjutan', 'Kolaborasi Pemangku Kepentingan',
    ],
    ['Judul', 'Ringkasan', 'Inspirasi', 'Proses Replikasi', 'Faktor Pembeda', 'Signifikansi', 'Keberlanjutan'],
  ],
  'iga-iid': [
    [
      'Nama Inovasi', 'Tahapan Inovasi', 'Inisiator Inovasi Daerah', 'Nama Inisiator', 'Jenis Inovasi',
      'Bentuk Inovasi', 'Urusan Pemerintahan', 'Waktu Uji Coba Inovasi Daerah', 'Waktu Penerapan',
      'Rancang bangun dan pokok perubahan yang dilakukan (minimal 300 kata)', 'Tujuan Inovasi Daerah',
      'Manfaat yang diperoleh', 'Hasil Inovasi', 'Anggaran',
    ],
    ['Nama Inovasi', 'Tahapan', 'Inisiator', 'Jenis', 'Bentuk', 'Urusan', 'Waktu Uji Coba', 'Waktu Penerapan'],
    ['Rancang Bangun', 'Tujuan', 'Manfaat', 'Hasil Inovasi'],
  ],
  // Kompetisi Inovasi Kota Pontianak and other home-grown forms.
  generic: [
    [
      'Nama Pengusul', 'Nama Instansi', 'Email', 'Nomor HP', 'Judul Inovasi', 'Deskripsi', 'Latar Belakang',
      'Permasalahan', 'Metode', 'Manfaat', 'Foto kegiatan',
    ],
    ['Innovation title', 'Summary', 'Problem statement', 'Objectives', 'Novelty', 'Impact', 'Sustainability'],
  ],
};

const PROFILE_HOSTS = [...new Set(PROFILES.flatMap((p) => p.hosts))];
const NEUTRAL_HOSTS = ['inovasi.pontianak.go.id', 'kovablik.jatimprov.go.id', 'localhost', 'example.org'];
const hostsFor = (id: string) => (id === 'generic' ? NEUTRAL_HOSTS : [...NEUTRAL_HOSTS, ...PROFILE_HOSTS]);

describe('rankProfiles', () => {
  it('covers every profile with a sample', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(PROFILES.map((p) => p.id).sort());
  });

  describe.each(Object.entries(SAMPLES))('%s samples', (id, samples) => {
    it.each(hostsFor(id))('rank %s first on its own labels, whatever the host (%s)', (host) => {
      for (const labels of samples) expect(rankProfiles(host, labels)[0]?.id, labels.join(' | ')).toBe(id);
    });
  });

  describe.each(PROFILES.map((p) => p.id))('%s', (id) => {
    it("is not ranked first on any other profile's samples", () => {
      for (const [other, samples] of Object.entries(SAMPLES)) {
        if (other === id) continue;
        for (const host of hostsFor(other)) {
          for (const labels of samples) expect(rankProfiles(host, labels)[0]?.id, `${host}: ${labels}`).not.toBe(id);
        }
      }
    });
  });

  it('always lists every profile, best first, generic included', () => {
    for (const labels of [[], ['Ringkasan'], SAMPLES['iga-iid']?.[0] ?? []]) {
      const ranked = rankProfiles('example.org', labels);
      expect(ranked.map((r) => r.id).sort()).toEqual(PROFILES.map((p) => p.id).sort());
      expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
    }
    expect(rankProfiles('example.org', [])[0]?.id).toBe('generic');
  });

  it('lets the host hint decide between equal fits, and only then', () => {
    // KIPP 2023 is the default KIPP layout: one shared label on SINOVIK picks it.
    expect(rankProfiles('sinovik.menpan.go.id', ['Ringkasan'])[0]?.id).toBe('kipp-2023-umum');
    expect(rankProfiles('example.org', ['Ringkasan'])[0]?.id).toBe('generic');
    expect(rankProfiles('api.indeks.inovasi.litbang.kemendagri.go.id', ['Nama Inovasi'])[0]?.id).toBe('iga-iid');
    // A host alone, with no form on the page, is not enough.
    expect(rankProfiles('sinovik.menpan.go.id', [])[0]?.id).toBe('generic');
  });

  it('takes a city form that borrows some IGA wording among sections IGA does not have as generic', () => {
    // Facts are on every competition's form, and each proposal section the profile lacks counts against it.
    const labels = ['Nama Inovasi', 'Urusan Pemerintahan', 'Jenis Inovasi', 'Latar Belakang', 'Permasalahan',
      'Tujuan Inovasi', 'Hasil inovasi', 'Manfaat yang diperoleh', 'Kebaruan/Nilai Tambah'];
    expect(rankProfiles('e-inovasi.surabaya.go.id', labels)[0]?.id).toBe('generic');
    // With IGA's own rancang bangun and without the foreign sections it is IGA again.
    const iga = ['Nama Inovasi', 'Urusan Pemerintahan', 'Jenis Inovasi', 'Rancang bangun', 'Tujuan Inovasi', 'Hasil inovasi'];
    expect(rankProfiles('e-inovasi.surabaya.go.id', iga)[0]?.id).toBe('iga-iid');
  });

  it('does not count a repeated label twice', () => {
    const once = rankProfiles('example.org', ['Ringkasan']).find((r) => r.id === 'kipp-2023-umum');
    const thrice = rankProfiles('example.org', ['Ringkasan', 'Ringkasan', 'RINGKASAN *']).find(
      (r) => r.id === 'kipp-2023-umum',
    );
    expect(thrice?.score).toBe(once?.score);
  });
});

describe('hostMatches', () => {
  it('matches exact hosts, ignoring case, port and www', () => {
    const kipp = getProfile('kipp-2023-umum');
    expect(hostMatches(kipp, 'sinovik.menpan.go.id')).toBe(true);
    expect(hostMatches(kipp, 'SINOVIK.menpan.go.id:443')).toBe(true);
    expect(hostMatches(kipp, 'www.sinovik.menpan.go.id')).toBe(true);
    expect(hostMatches(kipp, 'evil-sinovik.menpan.go.id.example.com')).toBe(false);
    expect(hostMatches(kipp, 'menpan.go.id')).toBe(false);
    expect(hostMatches(getProfile('generic'), 'sinovik.menpan.go.id')).toBe(false);
  });
});
