/**
 * Text as read from a document, before any meaning is given to it: lines of cells. A table row
 * is one line with a cell per table cell; a paragraph is a line with one cell. Where the source
 * says where a cell sits, the cell keeps it: `column` (its index in a Word or tab-separated row)
 * or `x` and `width` (its position on a PDF page). Text that lost its layout has neither, and a
 * reader must then not pretend to know which column a value was in.
 */
export interface TextCell {
  readonly text: string;
  readonly column?: number;
  readonly x?: number;
  readonly width?: number;
}

export interface TextLine {
  readonly cells: readonly TextCell[];
  /** The line begins a new page (PDF pages, form feeds in text). */
  readonly pageStart?: boolean;
  /** Words the OCR repair could not settle (see ocr.ts). */
  readonly doubtful?: readonly string[];
}

export type SourceFormat = 'docx' | 'pdf' | 'txt';

export interface ExtractedText {
  readonly format: SourceFormat;
  readonly lines: readonly TextLine[];
}

export function lineText(line: TextLine): string {
  return line.cells
    .map((cell) => cell.text.trim())
    .filter((text) => text !== '')
    .join(' ')
    .replace(/[ \t]+/g, ' ');
}

export function isBlank(line: TextLine): boolean {
  return lineText(line) === '';
}

export function textLine(text: string, extra: Partial<TextLine> = {}): TextLine {
  return { cells: [{ text }], ...extra };
}

export const blankLine: TextLine = { cells: [] };
