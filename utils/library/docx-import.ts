/**
 * Import an earlier proposal from .docx (issue 9): mammoth turns the file into simple HTML, which is flattened
 * to blocks (paragraphs, headings, list items, table rows) and split at the lines that read as section
 * headings. The panel shows the split for confirmation before it is saved as a `Proposal`.
 *
 * Proposals are kept in many shapes, so three kinds of line can be a heading, each trusted differently:
 * - a Word heading style (h1–h6): the writer said "heading", so a fair match is enough; one that matches no
 *   section goes to `unmatched` and stays as a line in the section before it, so nothing is lost;
 * - a paragraph entirely in bold: a good match, and short (a long bold sentence is emphasis, not a heading);
 * - a plain line typed with its number ("1. Latar Belakang", "B. RINGKASAN"), in capitals, or a one-item Word
 *   numbered list (Word's own numbering is dropped by mammoth): only a near-exact section name.
 * Everything else is text, however section-like its words ("Berdasarkan data tahun 2023:").
 */
import { classifyLabel, rankProfiles } from '../classify';
import { getProfile } from '../profiles';
import { normalizeLabel } from '../text/normalize';
import type { SectionKey } from '../types';
import { readBlocks, type Block } from './docx-blocks';
import { FACT_KEYS, type FactKey } from './types';

export interface ImportedSection { heading: string; section: SectionKey; section2?: SectionKey; text: string; score: number }
export interface DocxImport {
  /** The innovation's name: a "Nama Inovasi:" line, a "Judul" section, else the first heading before any section. */
  title: string;
  /** Best-fitting profile for the headings found; 'generic' when none fits. */
  profileId: string;
  sections: ImportedSection[];
  facts: Partial<Record<FactKey, string>>;
  /** Word headings that matched no section (their text is in the section before them). */
  unmatched: string[];
  /** Text before the first section heading; all of the text when no heading was found. */
  preamble: string;
}

type Strength = 'styled' | 'bold' | 'plain';
/** Minimum classifier score and maximum words for each kind of heading line (see the file comment). */
const MIN_SCORE: Record<Strength, number> = { styled: 0.5, bold: 0.6, plain: 0.75 };
const MAX_WORDS: Record<Strength, number> = { styled: 20, bold: 12, plain: 12 };
/** A fact's label ("Tahapan Inovasi") and value ("Penerapan") are short; longer is prose with a colon in it. */
const FACT_LABEL_WORDS = 5;
const FACT_VALUE_WORDS = 15;
const FACT_MIN_SCORE = 0.6;

/** Word's Title style is not in mammoth's default map; without this the title is an ordinary paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function importDocx(data: ArrayBuffer | Uint8Array): Promise<DocxImport> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let html: string;
  try {
    // Loaded on demand: mammoth (with JSZip) is large and only this import needs it.
    const { default: mammoth } = await import('mammoth');
    // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build (package.json "browser" field);
    // JSZip underneath takes a Uint8Array for either, so one view serves both without a copy.
    const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    // Photos are not text: an empty src spares base64-encoding every image of the proposal.
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    html = (await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, convertImage })).value;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`Could not read this file as a Word document (.docx): ${why}`, { cause: err });
  }
  return splitHtml(html);
}

export function splitHtml(html: string): DocxImport {
  return splitBlocks(readBlocks(html));
}

// ---- HTML → blocks -----------------------------------------------------------------------------------------

/** "1.", "1.2", "4)", "(b)", "B.", "III." before the words. */
const NUMBERED = /^\s*\(?(?:\d+(?:\.\d+)*[.)]?|(?:[A-Za-z]|[IVXivx]+)[.)])\s+\S/;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isFactKey = (s: SectionKey): s is FactKey => (FACT_KEYS as readonly string[]).includes(s);

/** How strongly a block's form says "heading", or undefined when it is text whatever its words. */
function headingForm(block: Block, listSizes: Map<number, number>): Strength | undefined {
  if (block.text.includes('\n')) return undefined;
  if (block.kind === 'h') return 'styled';
  if (block.kind === 'li') return block.ordered && listSizes.get(block.list ?? -1) === 1 ? 'plain' : undefined;
  if (block.kind !== 'p') return undefined;
  if (block.bold) return 'bold';
  if (block.text.length > 160) return undefined; // longer than any heading the caps or numbering test could pass
  const letters = block.text.replace(/[^\p{L}]/gu, '');
  if (NUMBERED.test(block.text) || (letters.length > 3 && letters === letters.toUpperCase())) return 'plain';
  return undefined;
}

interface Heading { label: string; section: SectionKey; score: number }

/** The section a heading-like block starts, when its form and its words both say so. */
function sectionHeading(block: Block, form: Strength): Heading | undefined {
  const label = block.text.replace(/\s*:\s*$/, '');
  if (wordCount(normalizeLabel(label)) > MAX_WORDS[form]) return undefined;
  const { section, score } = classifyLabel(label);
  return section !== 'other' && score >= MIN_SCORE[form] ? { label, section, score } : undefined;
}

/** "Tahapan Inovasi: Penerapan" lines and two-cell table rows ("Urusan | Kesehatan"): [label, value]. */
function labelledValues(block: Block): [string, string][] {
  if (block.kind === 'row') {
    const cells = block.cells?.filter((c) => c && c !== ':') ?? [];
    return cells.length === 2 ? [[cells[0]!, cells[1]!.replace(/^:\s*/, '')]] : [];
  }
  return block.text.split('\n').flatMap((line): [string, string][] => {
    const m = /^([^:]{2,80}):\s*(\S.*)$/.exec(line);
    return m ? [[m[1]!, m[2]!]] : [];
  });
}

interface Labelled { facts: DocxImport['facts']; labels: string[]; title: string }

/** Facts and the innovation's name from "Label: value" lines and rows outside the section headings. */
function readLabelled(blocks: Block[], heads: (Heading | undefined)[]): Labelled {
  const found: Labelled = { facts: {}, labels: [], title: '' };
  blocks.forEach((block, i) => {
    if (heads[i]) return;
    for (const [label, value] of labelledValues(block)) {
      if (wordCount(label) > FACT_LABEL_WORDS || wordCount(value) > FACT_VALUE_WORDS) continue;
      const { section, score } = classifyLabel(label);
      if (score < FACT_MIN_SCORE || (section !== 'title' && !isFactKey(section))) continue;
      found.labels.push(label);
      if (section === 'title') found.title ||= value;
      else if (isFactKey(section)) found.facts[section] ??= value;
    }
  });
  return found;
}

function splitBlocks(blocks: Block[]): DocxImport {
  const listSizes = new Map<number, number>();
  for (const b of blocks) if (b.kind === 'li') listSizes.set(b.list ?? -1, (listSizes.get(b.list ?? -1) ?? 0) + 1);
  const forms = blocks.map((b) => headingForm(b, listSizes));
  let heads = blocks.map((b, i) => (forms[i] ? sectionHeading(b, forms[i]) : undefined));
  // A document that styles its section headings uses bold and numbered lines for sub-points ("1. Anggaran"
  // under Sumber Daya): those must not split the section.
  if (forms.filter((f, i) => f === 'styled' && heads[i]).length >= 2) {
    heads = heads.map((h, i) => (forms[i] === 'styled' ? h : undefined));
  }
  const { facts, labels, title: titleLine } = readLabelled(blocks, heads);

  // The fallback title: Word's Title style, else the first heading-like line before any section.
  const first = heads.findIndex(Boolean);
  const before = first < 0 ? blocks : blocks.slice(0, first);
  let titleAt = before.findIndex((b) => b.docTitle);
  if (titleAt < 0) titleAt = before.findIndex((b) => b.kind === 'h' || (b.kind === 'p' && b.bold));
  if (titleLine || heads.some((h) => h?.section === 'title')) titleAt = -1;

  const found: { label: string; lines: string[] }[] = [];
  const preamble: string[] = [];
  const unmatched: string[] = [];
  blocks.forEach((block, i) => {
    const head = heads[i];
    if (head) return void found.push({ label: head.label, lines: [] });
    if (i === titleAt) return;
    if (block.kind === 'h' && !block.docTitle) unmatched.push(block.text);
    (found.at(-1)?.lines ?? preamble).push(block.kind === 'li' ? `- ${block.text}` : block.text);
  });

  const profileId = rankProfiles('', [...found.map((f) => f.label), ...labels])[0]?.id ?? 'generic';
  const profile = getProfile(profileId);
  const sections = found.map(({ label, lines }): ImportedSection => {
    const { section, section2, score } = classifyLabel(label, { profile });
    const text = lines.join('\n');
    if (isFactKey(section) && text && wordCount(text) <= FACT_VALUE_WORDS) facts[section] ??= text;
    return { heading: label, section, ...(section2 ? { section2 } : {}), text, score };
  });
  const titleSection = sections.find((s) => s.section === 'title')?.text.split('\n')[0];
  return {
    title: titleLine || titleSection || (titleAt >= 0 ? before[titleAt]!.text : ''),
    profileId,
    sections,
    facts,
    unmatched,
    preamble: preamble.join('\n'),
  };
}
