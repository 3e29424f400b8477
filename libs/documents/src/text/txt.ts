import type { ExtractedText, TextLine } from './lines';

/**
 * Plain text: UTF-8 (with or without a byte-order mark), UTF-16 with one, or else Windows-1252,
 * as older Word "save as text" writes it. A tab separates table cells (Word writes table rows
 * that way), so tab-separated cells keep their column; a form feed starts a page.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function linesOfText(text: string): TextLine[] {
  const lines: TextLine[] = [];
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const pageStart = raw.includes('\f');
    const content = raw.replace(/\f/g, '');
    const parts = content.split('\t');
    const cells =
      parts.length > 1
        ? parts.map((part, column) => ({ text: part.trim(), column }))
        : content.trim() === ''
          ? []
          : [{ text: content.trimEnd() }];
    lines.push(pageStart ? { cells, pageStart } : { cells });
  }
  return lines;
}

export function extractTxt(bytes: Uint8Array): ExtractedText {
  return { format: 'txt', lines: linesOfText(decodeText(bytes)) };
}
