/**
 * Reading mammoth's HTML of a .docx into flat blocks (paragraphs, headings, list items, table rows), for the
 * importer (./docx-import.ts) to split into sections. DOMParser where there is one (the panel); mammoth's flat,
 * well-formed HTML is tokenised by hand elsewhere (Node, in tests and the bench), and both give the same blocks.
 */
/** One line of the document as mammoth laid it out. `list` groups the items of one top-level list. */
export interface Block {
  kind: 'h' | 'p' | 'li' | 'row';
  text: string;
  bold: boolean;
  /** Word's Title style (mapped to h1.doc-title by the importer's style map). */
  docTitle?: boolean;
  list?: number;
  ordered?: boolean;
  cells?: string[];
}


interface Sink { open(tag: string, cls: string): void; close(tag: string): void; text(s: string): void }

/** DOMParser where there is one (the panel); mammoth's flat, well-formed HTML tokenised by hand elsewhere
 * (the service worker and Node have none). Both feed the same block builder. */
export function readBlocks(html: string): Block[] {
  const builder = new BlockBuilder();
  if (typeof DOMParser === 'function') walkDom(new DOMParser().parseFromString(html, 'text/html').body, builder);
  else tokenize(html, builder);
  return builder.finish();
}

function walkDom(node: Node, sink: Sink): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) sink.text(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      sink.open(tag, el.getAttribute('class') ?? '');
      walkDom(el, sink);
      sink.close(tag);
    }
  }
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|(<)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function tokenize(html: string, sink: Sink): void {
  for (const [, slash, name, attrs, text, lone] of html.matchAll(TAG)) {
    if (text !== undefined || lone) sink.text(decodeEntities(text ?? '<'));
    else if (name) {
      const tag = name.toLowerCase();
      if (slash) sink.close(tag);
      else {
        sink.open(tag, /\bclass="([^"]*)"/.exec(attrs ?? '')?.[1] ?? '');
        if (attrs?.endsWith('/') || tag === 'br' || tag === 'img') sink.close(tag);
      }
    }
  }
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const WORDY = /[\p{L}\p{N}]/u;

/** Flattens mammoth's blocks: p and h1–h6 at the top, ul/ol of li (nested), tables of rows of cells of p. */
class BlockBuilder implements Sink {
  private blocks: Block[] = [];
  /** The open paragraph, and whether it has letters in bold and letters not in bold so far. */
  private cur: { block: Block; bold: boolean; plain: boolean } | undefined;
  private lists: { ordered: boolean; id: number }[] = [];
  private rows: { cells: string[]; cell: string | undefined }[] = [];
  private strong = 0;
  private nextList = 0;

  open(tag: string, cls: string): void {
    if (tag === 'strong' || tag === 'b') this.strong++;
    const row = this.rows.at(-1);
    if (row?.cell !== undefined) {
      // Inside a table cell everything is the cell's text, nested tables included.
      if (tag === 'tr') this.rows.push({ cells: [], cell: undefined });
      else if (tag === 'br' || tag === 'p' || tag === 'li' || /^h\d$/.test(tag)) row.cell += ' ';
    } else if (tag === 'td' || tag === 'th') {
      if (row) row.cell = '';
    } else if (tag === 'tr') this.rows.push({ cells: [], cell: undefined });
    else if (/^h[1-6]$/.test(tag)) this.start({ kind: 'h', text: '', bold: false, docTitle: /\bdoc-title\b/.test(cls) });
    else if (tag === 'p') this.start({ kind: 'p', text: '', bold: false });
    else if (tag === 'ul' || tag === 'ol') {
      this.flush();
      this.lists.push({ ordered: tag === 'ol', id: this.lists[0]?.id ?? this.nextList++ });
    } else if (tag === 'li') {
      const list = this.lists.at(-1);
      this.start({ kind: 'li', text: '', bold: false, list: list?.id ?? -1, ordered: list?.ordered ?? false });
    } else if (tag === 'br') this.text('\n');
    else if (tag === 'table') this.flush();
  }

  close(tag: string): void {
    if (tag === 'strong' || tag === 'b') this.strong = Math.max(0, this.strong - 1);
    const row = this.rows.at(-1);
    if ((tag === 'td' || tag === 'th') && row?.cell !== undefined) {
      row.cells.push(clean(row.cell).replace(/\n/g, ' '));
      row.cell = undefined;
    } else if (tag === 'tr' && row && row.cell === undefined) {
      this.rows.pop();
      const text = row.cells.join(' | ');
      const parent = this.rows.at(-1);
      if (parent?.cell !== undefined) parent.cell += ` ${text} `;
      else if (row.cells.some((c) => c)) this.blocks.push({ kind: 'row', text, bold: false, cells: row.cells });
    } else if (row?.cell !== undefined) return;
    else if (tag === 'p' || tag === 'li' || /^h[1-6]$/.test(tag)) this.flush();
    else if (tag === 'ul' || tag === 'ol') {
      this.flush();
      this.lists.pop();
    }
  }

  text(s: string): void {
    const row = this.rows.at(-1);
    if (row?.cell !== undefined) {
      row.cell += s;
      return;
    }
    if (!this.cur) {
      if (!s.trim()) return;
      this.start({ kind: 'p', text: '', bold: false });
    }
    const cur = this.cur!;
    cur.block.text += s;
    if (this.strong > 0) cur.bold ||= WORDY.test(s);
    else cur.plain ||= WORDY.test(s);
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  private start(block: Block): void {
    this.flush();
    this.cur = { block, bold: false, plain: false };
  }

  private flush(): void {
    const cur = this.cur;
    this.cur = undefined;
    if (!cur) return;
    cur.block.text = clean(cur.block.text);
    cur.block.bold = cur.bold && !cur.plain;
    if (cur.block.text) this.blocks.push(cur.block);
  }
}

/** Non-breaking spaces as spaces, runs of spaces collapsed, blank lines dropped. */
function clean(s: string): string {
  return s
    .replace(/[\u00a0\t ]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

// ---- blocks → sections -------------------------------------------------------------------------------------

