/**
 * A proposal as a Word document: what the user's colleagues and the competition's helpdesk ask for. Headings
 * use Word's built-in styles so the navigation pane, a table of contents and a later re-import all see them.
 */
import {
  Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { formatExportDate, textLines } from './markdown';
import type { ExportFact, ExportLabels, ProposalExport } from './types';

const LANGUAGE_TAG = { id: 'id-ID', en: 'en-GB' } as const;

/**
 * Drops characters XML 1.0 forbids: Word refuses to open a file with one, and text pasted from PDFs and old
 * portals carries them. Line breaks are split off before this, so only stray control characters go.
 */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** One Word paragraph per line; an empty answer still needs one paragraph (a table cell must hold one). */
function paragraphs(text: string, options: { bold?: boolean } = {}): Paragraph[] {
  const lines = textLines(text);
  if (lines.length === 0) return [new Paragraph('')];
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: xmlSafe(line), ...options })] }));
}

function heading(text: string, level: typeof HeadingLevel.HEADING_1 | typeof HeadingLevel.HEADING_2): Paragraph {
  return new Paragraph({ heading: level, text: xmlSafe(text.replace(/\s+/g, ' ').trim()) });
}

function metaParagraph(p: ProposalExport): Paragraph {
  const parts = [
    p.competition.trim(),
    p.source.trim() && `${p.labels.exportedFrom} ${p.source.trim()}`,
    `${p.labels.exportedAt} ${formatExportDate(p)}`,
  ];
  const text = xmlSafe(parts.filter(Boolean).join(' · '));
  return new Paragraph({ children: [new TextRun({ text, italics: true, color: '555555' })] });
}

function row(label: string, value: string, header: boolean): TableRow {
  const cells = [label, value].map((text) => new TableCell({ children: paragraphs(text, { bold: header }) }));
  // A header row repeats at the top of each page when the table breaks across pages. For other rows the option
  // is left out: `tableHeader: false` writes <w:tblHeader w:val="off"/>, which mammoth 1.13 reads as a header.
  return new TableRow({ children: cells, ...(header ? { tableHeader: true } : {}) });
}

function factsTable(facts: ExportFact[], labels: ExportLabels): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(labels.field, labels.value, true), ...facts.map((f) => row(f.label, f.value, false))],
  });
}

function body(p: ProposalExport): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [heading(p.title, HeadingLevel.HEADING_1), metaParagraph(p)];
  if (p.facts.length > 0) {
    children.push(heading(p.labels.facts, HeadingLevel.HEADING_2), factsTable(p.facts, p.labels));
  }
  for (const s of p.sections) {
    children.push(heading(s.heading, HeadingLevel.HEADING_2));
    const empty = textLines(s.text).length === 0;
    children.push(...(empty
      ? [new Paragraph({ children: [new TextRun({ text: xmlSafe(p.labels.empty), italics: true })] })]
      : paragraphs(s.text)));
  }
  return children;
}

export function buildDocx(p: ProposalExport): Document {
  const language = LANGUAGE_TAG[p.language];
  return new Document({
    title: xmlSafe(p.title),
    subject: xmlSafe(p.competition),
    creator: 'Jendela',
    // docx writes no dc:language core property; the default run language is what Word uses for spelling and
    // shows as the document's language, so it goes there.
    styles: { default: { document: { run: { language: { value: language } } } } },
    sections: [{ children: body(p) }],
  });
}

/** The .docx as a Blob, for a download link in the panel (Packer.toBuffer needs Node's Buffer). */
export async function docxBlob(p: ProposalExport): Promise<Blob> {
  return Packer.toBlob(buildDocx(p));
}
