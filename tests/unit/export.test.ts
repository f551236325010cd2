import JSZip from 'jszip'; // mammoth's own zip reader, to look inside the .docx
import mammoth from 'mammoth';
import { Packer } from 'docx';
import { buildDocx } from '../../utils/export/docx';
import { toMarkdown } from '../../utils/export/markdown';
import { sectionsInOrder } from '../../utils/export/order';
import type { ExportSection, ProposalExport } from '../../utils/export/types';
import type { SectionKey } from '../../utils/types';

const SIGNIFIKANSI = [
  'Sebelum inovasi, warga desa harus menempuh rata-rata 42 km ke kantor Disdukcapil untuk mengurus KTP-el.',
  '- Waktu tempuh turun dari 3 jam menjadi 20 menit per pemohon.',
  'Perbandingan capaian: 2022 | 2023 = 61% | 94% perekaman KTP-el.',
  '# bukan judul, hanya tanda pagar di awal baris',
  '1. Dampak eksternal: angka putus sekolah karena tidak punya akta kelahiran menurun.',
].join('\n');

function proposal(sections?: ExportSection[]): ProposalExport {
  return {
    title: 'Layanan Adminduk Keliling',
    competition: 'KIPP 2023 — Kelompok Umum',
    source: 'https://sinovik.menpan.go.id/index.php/proposal/edit/1234',
    exportedAt: new Date('2025-06-15T12:00:00Z'),
    language: 'id',
    labels: {
      facts: 'Fakta inovasi', field: 'Isian', value: 'Nilai', empty: '(belum diisi)',
      exportedFrom: 'Diekspor dari', exportedAt: 'Diekspor pada',
    },
    facts: [
      { label: 'Tahapan Inovasi', value: 'Penerapan' },
      { label: 'Jenis Inovasi', value: 'Digital | Non-digital (hibrida)' },
      { label: 'Tanggal mulai implementasi', value: '2023-03-01' },
    ],
    sections: sections ?? [
      {
        section: 'summary', heading: 'Ringkasan',
        text: 'Layanan Adminduk Keliling membawa perekaman KTP-el dan akta kelahiran ke desa terpencil.',
      },
      {
        section: 'background', heading: 'Latar Belakang dan Tujuan',
        text: 'Cakupan akta kelahiran anak di 14 desa pesisir baru 58% pada 2022.\n\n'
          + 'Tujuan: cakupan 95% pada akhir 2023 dengan mobil layanan dua kali sepekan.',
      },
      { section: 'impact', heading: 'Signifikansi', text: SIGNIFIKANSI },
      { section: 'sustainability', heading: 'Keberlanjutan', text: '  \n ' },
    ],
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('toMarkdown', () => {
  const md = toMarkdown(proposal());
  const lines = md.split('\n');

  it('puts the title, the competition, the source and the date on top', () => {
    expect(lines[0]).toBe('# Layanan Adminduk Keliling');
    const meta = lines[2] ?? '';
    expect(meta).toContain('KIPP 2023 — Kelompok Umum');
    expect(meta).toContain('Diekspor dari <https://sinovik.menpan.go.id/index.php/proposal/edit/1234>');
    expect(meta).toContain('Diekspor pada 15 Juni 2025');
  });

  it('writes the sections as level-2 headings in the given order, after the facts', () => {
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Fakta inovasi', '## Ringkasan', '## Latar Belakang dan Tujuan', '## Signifikansi', '## Keberlanjutan',
    ]);
  });

  it('writes the facts as a table, with the pipe in a value escaped', () => {
    expect(md).toContain('| Isian | Nilai |\n| --- | --- |\n| Tahapan Inovasi | Penerapan |\n'
      + '| Jenis Inovasi | Digital \\| Non-digital (hibrida) |\n| Tanggal mulai implementasi | 2023-03-01 |');
  });

  it('turns a newline inside a fact into <br> so the row stays one row', () => {
    const p = proposal();
    p.facts = [{ label: 'Inisiator', value: 'Dinas Dukcapil\nKecamatan Pesisir' }];
    expect(toMarkdown(p)).toContain('| Inisiator | Dinas Dukcapil<br>Kecamatan Pesisir |');
  });

  it('skips the facts table when there are no facts', () => {
    const p = proposal();
    p.facts = [];
    const out = toMarkdown(p);
    expect(out).not.toContain('| ---');
    expect(out).not.toContain('## Fakta inovasi');
  });

  it('keeps each line of the user\'s text as its own paragraph', () => {
    expect(md).toContain('Cakupan akta kelahiran anak di 14 desa pesisir baru 58% pada 2022.\n\n'
      + 'Tujuan: cakupan 95% pada akhir 2023 dengan mobil layanan dua kali sepekan.');
  });

  it('escapes lines that Markdown would read as a list, heading or numbered item', () => {
    expect(lines).toContain('\\- Waktu tempuh turun dari 3 jam menjadi 20 menit per pemohon.');
    expect(lines).toContain('\\# bukan judul, hanya tanda pagar di awal baris');
    expect(lines).toContain('1\\. Dampak eksternal: angka putus sekolah karena tidak punya akta kelahiran menurun.');
    expect(lines.some((l) => /^(-|#|\d+\.)\s/.test(l) && !l.startsWith('## ') && !l.startsWith('# Layanan'))).toBe(false);
    // A pipe in prose cannot start a table (each line is a paragraph of its own), so it is left as typed.
    expect(lines).toContain('Perbandingan capaian: 2022 | 2023 = 61% | 94% perekaman KTP-el.');
  });

  it('marks an empty section', () => {
    expect(md).toMatch(/## Keberlanjutan\n\n_\(belum diisi\)_\n$/);
  });

  it('formats the date in English for an English user', () => {
    expect(toMarkdown({ ...proposal(), language: 'en' })).toContain('Diekspor pada 15 June 2025');
  });
});

describe('buildDocx', () => {
  async function readBack(p: ProposalExport) {
    const buffer = await Packer.toBuffer(buildDocx(p));
    const html = (await mammoth.convertToHtml({ buffer })).value;
    const text = (await mammoth.extractRawText({ buffer })).value;
    return { html, text };
  }

  it('reads back with the title, the headings in order, every paragraph and the empty marker', async () => {
    const p = proposal();
    const { html, text } = await readBack(p);
    expect(html).toContain('<h1>Layanan Adminduk Keliling</h1>');
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual(['Fakta inovasi', ...p.sections.map((s) => s.heading)]);
    const paragraphs = text.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const s of p.sections) {
      for (const line of s.text.split('\n').map((l) => l.trim()).filter(Boolean)) {
        expect(paragraphs).toContain(line);
      }
    }
    expect(paragraphs).toContain('- Waktu tempuh turun dari 3 jam menjadi 20 menit per pemohon.');
    expect(html).toContain('<p><em>(belum diisi)</em></p>');
    expect(text).toContain('KIPP 2023 — Kelompok Umum · Diekspor dari https://sinovik.menpan.go.id');
    expect(text).toContain('Diekspor pada 15 Juni 2025');
  });

  it('writes the facts as a table with a bold header row', async () => {
    const { html } = await readBack(proposal());
    const table = /<table>(.*?)<\/table>/.exec(html)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((c) => c[0]));
    expect(rows).toEqual([
      ['<th><p><strong>Isian</strong></p></th>', '<th><p><strong>Nilai</strong></p></th>'],
      ['<td><p>Tahapan Inovasi</p></td>', '<td><p>Penerapan</p></td>'],
      ['<td><p>Jenis Inovasi</p></td>', '<td><p>Digital | Non-digital (hibrida)</p></td>'],
      ['<td><p>Tanggal mulai implementasi</p></td>', '<td><p>2023-03-01</p></td>'],
    ]);
  });

  it('sets the title, creator and language of the document', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocx({ ...proposal(), language: 'en' })));
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('<dc:title>Layanan Adminduk Keliling</dc:title>');
    expect(core).toContain('<dc:creator>Jendela</dc:creator>');
    const styles = await zip.file('word/styles.xml')?.async('string');
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="en-GB"\/>.*<\/w:docDefaults>/s);
  });

  it('exports a 20,000-word section and reads it back with the same word count', async () => {
    const vocabulary = ['pelayanan', 'adminduk', 'desa', 'warga', 'KTP-el', 'akta', 'kelahiran', 'mobil', 'data', '2023'];
    const paragraphs = Array.from({ length: 400 }, (_, i) =>
      Array.from({ length: 50 }, (_, j) => `${vocabulary[(i + j) % vocabulary.length]}${i}`).join(' '));
    const long = paragraphs.join('\n');
    expect(words(long)).toBe(20_000);
    const { text } = await readBack(proposal([{ section: 'design', heading: 'Rancang Bangun', text: long }]));
    const after = text.slice(text.indexOf('Rancang Bangun') + 'Rancang Bangun'.length);
    expect(words(after)).toBe(20_000);
    expect(after).toContain(paragraphs[0]);
    expect(after).toContain(paragraphs[399]);
  });
});

describe('sectionsInOrder', () => {
  const field = (key: string, section: SectionKey, fact = false) => ({ key, section, label: key, fact });
  const order: readonly SectionKey[] = ['summary', 'background', 'novelty', 'implementation', 'impact'];

  it('sorts prose fields by the competition\'s order, unknown sections last in page order, facts left out', () => {
    const fields = [
      field('input_7', 'impact'),
      field('input_1', 'stage', true),
      field('input_9', 'sdgs'),
      field('input_2', 'summary'),
      field('input_3', 'dates', true),
      field('input_5', 'benefit'),
      field('input_4', 'background'),
      field('input_6', 'novelty'),
      field('input_8', 'sdgs'),
    ];
    expect(sectionsInOrder(fields, order)).toEqual([
      'input_2', 'input_4', 'input_6', 'input_7', 'input_9', 'input_5', 'input_8',
    ]);
  });

  it('keeps page order among fields of the same section', () => {
    const fields = [field('b', 'impact'), field('a', 'summary'), field('c', 'impact'), field('d', 'summary')];
    expect(sectionsInOrder(fields, order)).toEqual(['a', 'd', 'b', 'c']);
  });
});
