import mammoth from 'mammoth';
import { blankLine, type ExtractedText, type TextCell, type TextLine } from './lines';
import { DocumentError } from '../document-error';

/**
 * Word documents through mammoth's HTML, which keeps what the raw text loses: which paragraphs
 * are table cells, and in which column of which row. Each paragraph becomes a line followed by a
 * blank one; each table row one line with a cell per table cell, empty cells included.
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new DocumentError('Filen kunne ikke læses som et Word-dokument (.docx)');
  }
  return { format: 'docx', lines: linesOfHtml(html) };
}

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** mammoth's HTML (a small, regular subset) to lines. */
export function linesOfHtml(html: string): TextLine[] {
  const lines: TextLine[] = [];
  let row: TextCell[] | null = null;
  let cell: string[] | null = null;
  let paragraph: string[] = [];
  let tableDepth = 0;
  const flushParagraph = () => {
    const text = paragraph.join('');
    paragraph = [];
    if (cell) {
      cell.push(text);
      return;
    }
    for (const part of text.split('\n'))
      if (part.trim() !== '') lines.push({ cells: [{ text: part.trim() }] });
    lines.push(blankLine);
  };
  for (const token of html.match(/<[^>]+>|[^<]+/g) ?? []) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!tag) {
      paragraph.push(decodeEntities(token));
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (name === 'br') paragraph.push(cell ? ' ' : '\n');
    else if (name === 'table') {
      tableDepth += closing ? -1 : 1;
      if (closing && tableDepth === 0) lines.push(blankLine);
    } else if (name === 'tr' && tableDepth === 1) {
      if (!closing) row = [];
      else if (row) {
        lines.push({ cells: row });
        row = null;
      }
    } else if ((name === 'td' || name === 'th') && tableDepth === 1) {
      if (!closing) cell = [];
      else if (cell && row) {
        if (paragraph.length > 0) flushParagraph();
        const text = cell.join(' ').replace(/\s+/g, ' ').trim();
        row.push({ text, column: row.length });
        cell = null;
      }
    } else if (blockTags.has(name) && closing) flushParagraph();
  }
  if (paragraph.length > 0) flushParagraph();
  return lines;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? '';
  });
}
