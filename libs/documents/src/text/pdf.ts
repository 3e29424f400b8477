import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentError } from '../document-error';
import { blankLine, type ExtractedText, type TextCell, type TextLine } from './lines';

/** A run of text pdf.js found on a page, at its baseline's start. */
export interface PdfItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedText> {
  const pages = await pdfItems(bytes);
  const lines = linesOfPdfPages(pages);
  if (!lines.some((line) => line.cells.length > 0)) {
    throw new DocumentError(
      'PDF-filen indeholder ingen tekst (er den scannet uden tekstlag? Kør OCR på den først)',
    );
  }
  return { format: 'pdf', lines };
}

function pdfItems(bytes: Uint8Array): Promise<PdfItem[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'pdf-worker.mjs'), { workerData: bytes });
    worker.once('message', (message: { pages?: PdfItem[][]; error?: string }) => {
      void worker.terminate();
      if (message.pages) resolve(message.pages);
      else
        reject(new DocumentError(`PDF-filen kunne ikke læses (${message.error ?? 'ukendt fejl'})`));
    });
    worker.once('error', (error) =>
      reject(new DocumentError(`PDF-filen kunne ikke læses (${error.message})`)),
    );
  });
}

/**
 * Items to lines: items on one baseline form a line, left to right; a gap wider than a couple of
 * spaces separates cells (the columns of a table), and each cell keeps its position. A gap
 * between lines clearly wider than the usual line spacing is a paragraph break.
 */
export function linesOfPdfPages(pages: readonly (readonly PdfItem[])[]): TextLine[] {
  const lines: TextLine[] = [];
  pages.forEach((items, pageIndex) => {
    const rows = groupByBaseline(items);
    const spacing = usualSpacing(rows);
    let previousY: number | null = null;
    rows.forEach((row, rowIndex) => {
      if (previousY !== null && previousY - row.y > spacing * 1.45) lines.push(blankLine);
      previousY = row.y;
      const line: TextLine = { cells: cellsOf(row.items) };
      lines.push(pageIndex > 0 && rowIndex === 0 ? { ...line, pageStart: true } : line);
    });
    lines.push(blankLine);
  });
  return lines;
}

interface Row {
  readonly y: number;
  readonly items: PdfItem[];
}

function groupByBaseline(items: readonly PdfItem[]): Row[] {
  const rows: { y: number; items: PdfItem[] }[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.find(
      (candidate) => Math.abs(candidate.y - item.y) < Math.max(2, item.size * 0.3),
    );
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => b.y - a.y);
}

function usualSpacing(rows: readonly Row[]): number {
  const gaps = rows
    .slice(1)
    .map((row, index) => rows[index]!.y - row.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] ?? 14;
}

function cellsOf(items: readonly PdfItem[]): TextCell[] {
  const cells: { text: string; x: number; end: number }[] = [];
  for (const item of items) {
    const last = cells[cells.length - 1];
    const gap = last ? item.x - last.end : Infinity;
    const space = item.size * 0.28;
    if (last && gap < space * 2.5) {
      last.text += (gap > space * 0.3 ? ' ' : '') + item.text;
      last.end = item.x + item.width;
    } else cells.push({ text: item.text, x: item.x, end: item.x + item.width });
  }
  return cells.map((cell) => ({ text: cell.text.trim(), x: cell.x, width: cell.end - cell.x }));
}
