/**
 * .docx import speed (issue 9): `importDocx` on a generated 30-page proposal (≈ 500 words a page) in the shape
 * proposals are kept in: a Title line, the eight KIPP 2023 sections as Word headings, paragraphs, a bullet list
 * and a table in each section, a sub-heading that matches no section. Timed in Node (mammoth's Node build; the
 * panel runs its browser build of the same code). The whole import: unzip, mammoth's conversion, the split.
 *
 * npx tsx -e "import('./scripts/bench/docx-import.ts').then(async m => console.log(await m.benchDocxImport()))"
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, type FileChild } from 'docx';
import { importDocx } from '../../utils/library/docx-import';
import { words } from './pages';

const SECTIONS = [
  'Ringkasan', 'Latar Belakang dan Tujuan', 'Kebaruan/Nilai Tambah', 'Implementasi Inovasi', 'Signifikansi',
  'Adaptabilitas', 'Sumber Daya', 'Strategi Keberlanjutan',
];
const WORDS_PER_PAGE = 500;

export interface LongProposal {
  data: Buffer;
  /** What each section holds, as written: its heading and the words of its paragraphs, list items and cells. */
  sections: { heading: string; words: number }[];
  words: number;
}

const sentence = (n: number, seed: number) => {
  const w = words(n, seed);
  return `${w[0]![0]!.toUpperCase()}${w.join(' ').slice(1)}.`;
};
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

/** One section's body: paragraphs of ~120 words, a bullet list of 4 items, a 3-column table of 3 rows. */
function sectionBody(target: number, seed: number): { children: FileChild[]; words: number } {
  const children: FileChild[] = [];
  let count = 0;
  const items = Array.from({ length: 4 }, (_, i) => sentence(8, seed * 1000 + 500 + i));
  const rows = Array.from({ length: 3 }, (_, r) => [0, 1, 2].map((c) => words(3, seed * 1000 + 600 + r * 3 + c).join(' ')));
  count += items.length * 8 + rows.length * 9;
  for (let p = 0; count < target; p++) {
    const n = Math.min(120, target - count);
    children.push(new Paragraph(sentence(n, seed * 1000 + p)));
    count += n;
    if (p === 1) {
      children.push(...items.map((text) => new Paragraph({ text, bullet: { level: 0 } })));
      children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }));
    }
  }
  return { children, words: count };
}

export async function buildLongProposal(pages = 30): Promise<LongProposal> {
  const per = Math.round((pages * WORDS_PER_PAGE) / SECTIONS.length);
  const children: FileChild[] = [new Paragraph({ text: 'Si Jempol: Sistem Jemput Bola Pelayanan KTP', heading: HeadingLevel.TITLE })];
  const sections = SECTIONS.map((heading, i) => {
    const body = sectionBody(per, i + 1);
    children.push(new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }), ...body.children);
    return { heading, words: body.words };
  });
  const data = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return { data, sections, words: sections.reduce((a, s) => a + s.words, 0) };
}

export async function benchDocxImport(runs = 5): Promise<{ pages: number; words: number; bytes: number; median: number; min: number }> {
  const pages = 30;
  const doc = await buildLongProposal(pages);
  await importDocx(doc.data); // warm-up: module load and JIT are not the user's second import
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await importDocx(doc.data);
    times.push(performance.now() - t0);
    if (result.sections.length !== SECTIONS.length) throw new Error(`expected ${SECTIONS.length} sections, got ${result.sections.length}`);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { pages, words: doc.words, bytes: doc.data.byteLength, median: round(times[Math.floor(times.length / 2)]!), min: round(times[0]!) };
}
