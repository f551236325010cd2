/**
 * A proposal as Markdown, for pasting into a chat, a wiki or a GitHub issue. The user's text is plain text, so
 * it is escaped just enough that Markdown shows it as typed, and no more (the file stays readable as text).
 */
import type { ExportFact, ExportLabels, ProposalExport } from './types';

const DATE_LOCALE = { id: 'id-ID', en: 'en-GB' } as const;

/** The export date in the user's language ("15 Juni 2025"); shared with the .docx writer. */
export function formatExportDate(p: Pick<ProposalExport, 'exportedAt' | 'language'>): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[p.language], { dateStyle: 'long' }).format(p.exportedAt);
}

/**
 * The paragraphs of a plain-text answer, one per line, blank lines dropped. Vertical tab and form feed count
 * as line breaks: Word's soft line break (Shift+Enter) arrives as `\v` when text is pasted from it.
 */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

/**
 * Escapes what would turn a line into structure: headings, quotes, list items, thematic breaks, fences, HTML
 * blocks, link definitions, ordered items ("1." / "1)"). Leading spaces go, or four of them make a code block.
 */
function escapeLine(line: string): string {
  const trimmed = line.trimStart();
  if (/^[#>+*_=`~<|[\-\\]/.test(trimmed)) return `\\${trimmed}`;
  return trimmed.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** One-line text for a heading: no line breaks, and a trailing " #" that Markdown would drop is kept. */
function headingText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/(\s)(#+)$/, '$1\\$2');
}

/** A table cell: GFM splits cells on `|` and ends the row at a newline. */
function cell(text: string): string {
  return text.trim().replace(/\|/g, '\\|').replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, '<br>');
}

function metaLine(p: ProposalExport): string {
  // A URL with spaces or angle brackets would break out of the autolink, so it goes in as text instead.
  const source = /[\s<>]/.test(p.source) ? escapeLine(p.source) : `<${p.source}>`;
  const parts = [
    p.competition.trim() && escapeLine(headingText(p.competition)),
    p.source.trim() && `${p.labels.exportedFrom} ${source}`,
    `${p.labels.exportedAt} ${formatExportDate(p)}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

function factsTable(facts: ExportFact[], labels: ExportLabels): string {
  const rows = facts.map((f) => `| ${cell(f.label)} | ${cell(f.value)} |`);
  return [`| ${cell(labels.field)} | ${cell(labels.value)} |`, '| --- | --- |', ...rows].join('\n');
}

export function toMarkdown(p: ProposalExport): string {
  const blocks = [`# ${headingText(p.title)}`, metaLine(p)];
  if (p.facts.length > 0) blocks.push(`## ${headingText(p.labels.facts)}`, factsTable(p.facts, p.labels));
  for (const s of p.sections) {
    blocks.push(`## ${headingText(s.heading)}`);
    const lines = textLines(s.text);
    // Each line is its own paragraph: a single newline inside a Markdown paragraph would join the lines.
    blocks.push(...(lines.length > 0 ? lines.map(escapeLine) : [`_${p.labels.empty}_`]));
  }
  return `${blocks.join('\n\n')}\n`;
}
