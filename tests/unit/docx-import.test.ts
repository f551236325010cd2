/**
 * .docx import (issue 9): real .docx files made with the `docx` package, read back through mammoth. Each case
 * checks both ways: the headings that should split do, and the lines that should stay text do.
 */
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
  type FileChild,
} from 'docx';
import JSZip from 'jszip';
import { buildLongProposal } from '../../scripts/bench/docx-import';
import { importDocx, splitHtml, type DocxImport } from '../../utils/library/docx-import';

const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const p = (text: string) => new Paragraph({ text });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const table = (rows: string[][]) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [p(c)] })) })) });

const NUMBERING = {
  config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
};
const docx = (children: FileChild[]) => Packer.toBuffer(new Document({ numbering: NUMBERING, sections: [{ children }] }));

/** Words as a reader counts them: whitespace-separated, list dashes and table bars are not words. */
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const bySection = (r: DocxImport) => r.sections.map((s) => [s.heading, s.section, s.section2 ?? null]);

describe('importDocx: Word heading styles (KIPP 2023)', () => {
  const LATAR = [
    'Pelayanan KTP elektronik di Kota Pontianak masih terpusat di kantor Disdukcapil sehingga warga lanjut usia dan penyandang disabilitas sulit menjangkaunya.',
    'Tujuan inovasi ini adalah meningkatkan cakupan perekaman KTP elektronik menjadi 98% pada akhir tahun 2023.',
  ];
  let result: DocxImport;
  beforeAll(async () => {
    result = await importDocx(await docx([
      new Paragraph({ text: 'Si Jempol: Sistem Jemput Bola Pelayanan KTP', heading: HeadingLevel.TITLE }),
      h1('Ringkasan'), p('Si Jempol mendatangi warga yang tidak dapat datang ke kantor.'), p('Sejak 2021 telah melayani 4.500 warga.'),
      h1('Latar Belakang dan Tujuan'), ...LATAR.map(p),
      h1('Kebaruan/Nilai Tambah'), p('Petugas membawa perangkat perekaman portabel ke rumah warga.'),
      h1('Implementasi Inovasi'), p('Warga mendaftar melalui WhatsApp & petugas kelurahan.'),
      h1('Signifikansi'), p('Cakupan perekaman naik dari 81% menjadi 97%.'),
      h2('Data Pendukung'), p('Laporan evaluasi internal Disdukcapil 2023.'),
      h1('Adaptabilitas'), p('Telah direplikasi oleh Kabupaten Kubu Raya.'),
      h1('Sumber Daya'), p('Sumber daya yang digunakan:'),
      bullet('Anggaran APBD Rp 150 juta per tahun'), bullet('12 petugas perekaman'),
      bold('1. Anggaran'), p('Dialokasikan dalam DPA Disdukcapil.'),
      table([['Komponen', 'Jumlah'], ['Perangkat portabel', '4 unit']]),
      h1('Strategi Keberlanjutan'), p('Ditetapkan dengan Peraturan Wali Kota Nomor 12 Tahun 2022.'),
    ]));
  });

  it('maps every heading to its section, in order, for the KIPP 2023 profile', () => {
    expect(result.profileId).toBe('kipp-2023-umum');
    expect(bySection(result)).toEqual([
      ['Ringkasan', 'summary', null], ['Latar Belakang dan Tujuan', 'background', 'goal'],
      ['Kebaruan/Nilai Tambah', 'novelty', null], ['Implementasi Inovasi', 'implementation', null],
      ['Signifikansi', 'impact', null], ['Adaptabilitas', 'replication', null], ['Sumber Daya', 'resources', null],
      ['Strategi Keberlanjutan', 'sustainability', null],
    ]);
    expect(result.sections.every((s) => s.score >= 0.9)).toBe(true);
  });

  it('keeps the text under each heading intact, and only that text', () => {
    const text = Object.fromEntries(result.sections.map((s) => [s.section, s.text]));
    expect(text.summary).toBe('Si Jempol mendatangi warga yang tidak dapat datang ke kantor.\nSejak 2021 telah melayani 4.500 warga.');
    expect(text.background).toBe(LATAR.join('\n'));
    expect(text.implementation).toBe('Warga mendaftar melalui WhatsApp & petugas kelurahan.');
    expect(text.resources).toBe([
      'Sumber daya yang digunakan:', '- Anggaran APBD Rp 150 juta per tahun', '- 12 petugas perekaman',
      '1. Anggaran', 'Dialokasikan dalam DPA Disdukcapil.', 'Komponen | Jumlah', 'Perangkat portabel | 4 unit',
    ].join('\n'));
    expect(text.sustainability).toBe('Ditetapkan dengan Peraturan Wali Kota Nomor 12 Tahun 2022.');
  });

  it('lists a Word heading that matches no section and keeps it, with its text, in the section before', () => {
    expect(result.unmatched).toEqual(['Data Pendukung']);
    const impact = result.sections.find((s) => s.section === 'impact')!;
    expect(impact.text).toBe('Cakupan perekaman naik dari 81% menjadi 97%.\nData Pendukung\nLaporan evaluasi internal Disdukcapil 2023.');
  });

  it('takes the title from the Title style and leaves no preamble', () => {
    expect(result.title).toBe('Si Jempol: Sistem Jemput Bola Pelayanan KTP');
    expect(result.preamble).toBe('');
  });
});

describe('importDocx: bold headings (IGA)', () => {
  let result: DocxImport;
  beforeAll(async () => {
    result = await importDocx(await docx([
      bold('PROFIL INOVASI DAERAH'),
      p('Nama Inovasi: Si Jempol'), p('Tahapan Inovasi: Penerapan'), p('Jenis Inovasi: Digital'), p('Urusan: Kesehatan'),
      bold('Rancang bangun dan pokok perubahan yang dilakukan'),
      p('Dasar hukum inovasi ini adalah Perwa Nomor 12 Tahun 2022.'), p('Tahap pertama adalah pemetaan warga.'),
      new Paragraph({ children: [new TextRun({ text: 'Catatan:', bold: true }), new TextRun(' metode input–proses–output.')] }),
      bold('Tujuan Inovasi'), p('Meningkatkan cakupan layanan.'),
      bold('Manfaat yang diperoleh'), p('Sebanyak 4.500 warga terlayani di rumah.'),
      bold('Hasil Inovasi'), p('Waktu layanan turun dari 14 hari menjadi 1 hari.'),
    ]));
  });

  it('splits at the bold section names, for the IGA profile', () => {
    expect(result.profileId).toBe('iga-iid');
    expect(bySection(result)).toEqual([
      ['Rancang bangun dan pokok perubahan yang dilakukan', 'design', 'background'],
      ['Tujuan Inovasi', 'goal', null], ['Manfaat yang diperoleh', 'benefit', null], ['Hasil Inovasi', 'impact', null],
    ]);
    expect(result.sections[0]!.text).toBe(
      'Dasar hukum inovasi ini adalah Perwa Nomor 12 Tahun 2022.\nTahap pertama adalah pemetaan warga.\nCatatan: metode input–proses–output.',
    );
    expect(result.sections[3]!.text).toBe('Waktu layanan turun dari 14 hari menjadi 1 hari.');
  });

  it('reads the title and the facts from "Label: value" lines, which stay in the preamble', () => {
    expect(result.title).toBe('Si Jempol');
    expect(result.facts).toEqual({ stage: 'Penerapan', kind: 'Digital', sector: 'Kesehatan' });
    expect(result.preamble).toBe(
      'PROFIL INOVASI DAERAH\nNama Inovasi: Si Jempol\nTahapan Inovasi: Penerapan\nJenis Inovasi: Digital\nUrusan: Kesehatan',
    );
    expect(result.unmatched).toEqual([]);
  });
});

describe('importDocx: numbered plain-text headings', () => {
  it('splits at numbered section names and picks the generic profile', async () => {
    const result = await importDocx(await docx([
      p('1. LATAR BELAKANG'), p('Antrean di puskesmas mencapai 3 jam.'),
      p('2. Permasalahan'), p('1. Tujuan inovasi ini adalah memangkas antrean di puskesmas kota.'), p('Warga menunggu lama.'),
      p('3. Tujuan Inovasi'), p('Memangkas waktu tunggu.'),
      p('A. Manfaat'), p('Warga hemat waktu.'),
    ]));
    expect(result.profileId).toBe('generic');
    expect(bySection(result)).toEqual([
      ['1. LATAR BELAKANG', 'background', null], ['2. Permasalahan', 'problem', null],
      ['3. Tujuan Inovasi', 'goal', null], ['A. Manfaat', 'benefit', null],
    ]);
    // A numbered sentence is text, whatever section words it has.
    expect(result.sections[1]!.text).toBe('1. Tujuan inovasi ini adalah memangkas antrean di puskesmas kota.\nWarga menunggu lama.');
    expect(result.sections[3]!.text).toBe('Warga hemat waktu.');
  });

  it('takes a one-item Word numbered list as a heading, but not the items of a real list', async () => {
    const num = (text: string) => new Paragraph({ text, numbering: { reference: 'num', level: 0 } });
    const result = await importDocx(await docx([
      num('Latar Belakang'), p('Antrean panjang.'),
      num('Sumber Daya'), p('Terdiri atas:'), num('Anggaran'), num('Metode'), num('Peralatan'),
    ]));
    expect(bySection(result)).toEqual([['Latar Belakang', 'background', null], ['Sumber Daya', 'resources', null]]);
    expect(result.sections[1]!.text).toBe('Terdiri atas:\n- Anggaran\n- Metode\n- Peralatan');
  });

  it('reads other numbering styles and a trailing colon', () => {
    const result = splitHtml(
      '<p>B. RINGKASAN</p><p>Ringkas.</p><p>III. Signifikansi</p><p>Naik 20%.</p><p>4) Hasil Inovasi:</p><p>Hasilnya baik.</p>',
    );
    expect(bySection(result)).toEqual([
      ['B. RINGKASAN', 'summary', null], ['III. Signifikansi', 'impact', null], ['4) Hasil Inovasi', 'impact', null],
    ]);
    expect(result.sections.map((s) => s.text)).toEqual(['Ringkas.', 'Naik 20%.', 'Hasilnya baik.']);
  });
});

describe('importDocx: what is not a heading', () => {
  it('keeps a long bold sentence and "Berdasarkan data tahun 2023:" in the text', async () => {
    const LONG = 'Latar belakang inovasi ini adalah rendahnya cakupan layanan administrasi kependudukan di wilayah pinggiran kota selama lima tahun terakhir.';
    const result = await importDocx(await docx([
      h1('Latar Belakang'), bold(LONG), p('Berdasarkan data tahun 2023:'), bold('Berdasarkan data tahun 2023:'),
      bullet('cakupan 81%'), h1('Signifikansi'), p('Naik.'),
    ]));
    expect(bySection(result)).toEqual([['Latar Belakang', 'background', null], ['Signifikansi', 'impact', null]]);
    expect(result.sections[0]!.text).toBe(`${LONG}\nBerdasarkan data tahun 2023:\nBerdasarkan data tahun 2023:\n- cakupan 81%`);
    expect(result.unmatched).toEqual([]);
  });

  it('returns no sections and all the text as preamble when nothing reads as a heading', async () => {
    const result = await importDocx(await docx([
      p('Inovasi ini memudahkan warga.'), p('Latar belakangnya adalah antrean panjang di kantor.'), bullet('cepat'),
    ]));
    expect(result.sections).toEqual([]);
    expect(result.preamble).toBe('Inovasi ini memudahkan warga.\nLatar belakangnya adalah antrean panjang di kantor.\n- cepat');
    expect(result).toMatchObject({ title: '', profileId: 'generic', unmatched: [], facts: {} });
  });
});

describe('importDocx: files that are not Word documents', () => {
  const NOT_WORD = /could not read this file as a word document/i;
  it('rejects random bytes, a renamed text file, an empty file and a zip without a document', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const zip = await new JSZip().file('hello.txt', 'halo').generateAsync({ type: 'uint8array' });
    await expect(importDocx(random)).rejects.toThrow(NOT_WORD);
    await expect(importDocx(new TextEncoder().encode('1. Latar Belakang\nAntrean panjang.'))).rejects.toThrow(NOT_WORD);
    await expect(importDocx(new ArrayBuffer(0))).rejects.toThrow(NOT_WORD);
    await expect(importDocx(zip)).rejects.toThrow(NOT_WORD);
  });
});

describe('importDocx: a 30-page proposal', () => {
  it('keeps every section and its word count', async () => {
    const doc = await buildLongProposal(30);
    expect(doc.words).toBeGreaterThanOrEqual(14_000);
    const ab = doc.data.buffer.slice(doc.data.byteOffset, doc.data.byteOffset + doc.data.byteLength) as ArrayBuffer;
    const result = await importDocx(ab);
    expect(result.sections.map((s) => s.heading)).toEqual(doc.sections.map((s) => s.heading));
    expect(result.sections.map((s) => words(s.text))).toEqual(doc.sections.map((s) => s.words));
    expect(result.profileId).toBe('kipp-2023-umum');
  });
});

describe('splitHtml', () => {
  const HTML =
    '<h1>Latar Belakang</h1><p>A &amp; B &lt;C&gt; &quot;d&quot; &#39;e&#39; f&nbsp;g &#8211; &#x2014;</p>' +
    '<p>baris satu<br />baris dua</p><ul><li>induk<ul><li>anak</li></ul></li></ul>' +
    '<table><tr><td><p>Sel</p><p>dua</p></td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>' +
    '<h2>Ringkasan</h2><p><a href="https://contoh.go.id">tautan</a> <em>miring</em><img src="" /></p>';

  it('decodes entities and flattens line breaks, nested lists and nested tables', () => {
    const result = splitHtml(HTML);
    expect(result.sections[0]!.text).toBe(
      'A & B <C> "d" \'e\' f g – —\nbaris satu\nbaris dua\n- induk\n- anak\nSel dua | x | y',
    );
    expect(result.sections[1]).toMatchObject({ section: 'summary', text: 'tautan miring' });
  });

  it('reads facts from an identity table and from a fact heading with a short answer', () => {
    const result = splitHtml(
      '<table><tr><td><p>Judul Inovasi</p></td><td><p>:</p></td><td><p>Si Jempol</p></td></tr>' +
      '<tr><td><p>Tahapan Inovasi</p></td><td><p>: Uji Coba</p></td></tr></table>' +
      '<h1>Urusan Pemerintahan</h1><p>Administrasi Kependudukan</p><h1>Ringkasan</h1><p>Tujuan: melayani warga.</p>',
    );
    expect(result.title).toBe('Si Jempol');
    expect(result.facts).toEqual({ stage: 'Uji Coba', sector: 'Administrasi Kependudukan' });
    expect(result.sections.map((s) => s.section)).toEqual(['sector', 'summary']);
    expect(result.preamble).toBe('Judul Inovasi | : | Si Jempol\nTahapan Inovasi | : Uji Coba');
  });

  it('prefers a "Nama Inovasi:" line to the Title style, which then stays in the preamble, not in unmatched', () => {
    const result = splitHtml('<h1 class="doc-title">PROPOSAL KIPP 2023</h1><p>Nama Inovasi: Si Jempol</p><h1>Ringkasan</h1><p>a</p>');
    expect(result).toMatchObject({ title: 'Si Jempol', unmatched: [], preamble: 'PROPOSAL KIPP 2023\nNama Inovasi: Si Jempol' });
  });

  it('gives the same result through DOMParser (the panel) as through its own tokenizer', async () => {
    const plain = splitHtml(HTML);
    // jsdom ships no type declarations here (other tests get it as their environment); a name in a variable
    // keeps the compiler from looking for them, and only its DOMParser is used.
    const name = 'jsdom';
    const { JSDOM } = (await import(name)) as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
    vi.stubGlobal('DOMParser', new JSDOM('').window.DOMParser);
    try {
      expect(splitHtml(HTML)).toEqual(plain);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
