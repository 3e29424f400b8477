import { isBlank, lineText, type TextLine } from './lines';

/**
 * Page furniture: what a page carries that is not the document's text. Page numbers ("2 af 2",
 * "Side 1 af 3"), the file name a printer puts in the footer, headers repeated on every page,
 * and the bare link addresses a converter leaves at the end. Removed before reading, so that
 * a footer never ends up in the middle of a section.
 */

const pageNumber = [
  /^(side\s+)?\d{1,3}\s*(af|\/)\s*\d{1,3}$/i,
  /^side\s+\d{1,3}$/i,
  /^-\s*\d{1,3}\s*-$/,
];
const fileName = /^[^\s].{0,200}\.(docx?|pdf|odt|rtf)$/i;
const documentId = /\([A-Z]{1,3}\d{5,}\)\.(docx?|pdf)$/i;
const bareLink = /^(https?:\/\/|www\.)\S+$/i;

/** Lines this far from a page's or the document's edge may be furniture. */
const EDGE = 3;

export function removeFurniture(input: readonly TextLine[]): TextLine[] {
  const lines = pagesFromPageNumbers(input);
  const texts = lines.map(lineText);
  const edge = edgeLines(lines);
  const repeated = repeatedEdgeLines(texts, edge, lines);
  const lastText = lastContentIndex(texts);
  const kept: TextLine[] = [];
  let pageStart = false;
  texts.forEach((text, index) => {
    const line = lines[index]!;
    pageStart ||= line.pageStart === true;
    const furniture =
      pageNumber.some((pattern) => pattern.test(text)) ||
      documentId.test(text) ||
      (edge.has(index) && fileName.test(text) && !/\s{2,}|[:;]\s/.test(text)) ||
      repeated.has(index) ||
      (bareLink.test(text) && trailingLinks(texts, index, lastText));
    if (furniture) return;
    kept.push(pageStart && !line.pageStart ? { ...line, pageStart: true } : line);
    if (!isBlank(line)) pageStart = false;
  });
  return kept;
}

/**
 * A document that knows no pages (Word, text without form feeds) still shows where they ended
 * when a page number was printed into it: the next line starts a page.
 */
function pagesFromPageNumbers(lines: readonly TextLine[]): TextLine[] {
  if (lines.some((line) => line.pageStart)) return [...lines];
  let after = false;
  return lines.map((line) => {
    const text = lineText(line);
    if (text === '') return line;
    const starts = after;
    after = pageNumber.some((pattern) => pattern.test(text));
    return starts && !after ? { ...line, pageStart: true } : line;
  });
}

/** Indices of the non-blank lines near the start or end of a page or of the document. */
function edgeLines(lines: readonly TextLine[]): Set<number> {
  const pages: number[][] = [[]];
  lines.forEach((line, index) => {
    if (line.pageStart && pages[pages.length - 1]!.length > 0) pages.push([]);
    if (!isBlank(line)) pages[pages.length - 1]!.push(index);
  });
  const edge = new Set<number>();
  for (const page of pages) {
    for (const index of [...page.slice(0, EDGE), ...page.slice(-EDGE)]) edge.add(index);
  }
  return edge;
}

/**
 * Short lines that recur at page edges (running headers and footers). The first one stays when
 * it comes before the document's body, where a header such as "Forslag 4.3" says something.
 */
function repeatedEdgeLines(
  texts: readonly string[],
  edge: ReadonlySet<number>,
  lines: readonly TextLine[],
): Set<number> {
  const pages = lines.filter((line) => line.pageStart).length;
  const byText = new Map<string, number[]>();
  for (const index of edge) {
    const text = texts[index]!;
    if (text.length === 0 || text.length > 80) continue;
    byText.set(text, [...(byText.get(text) ?? []), index]);
  }
  const removed = new Set<number>();
  for (const indices of byText.values()) {
    if (indices.length < 2 || pages < 1) continue;
    const sorted = [...indices].sort((a, b) => a - b);
    for (const index of sorted.slice(1)) removed.add(index);
  }
  return removed;
}

function lastContentIndex(texts: readonly string[]): number {
  for (let index = texts.length - 1; index >= 0; index--) {
    if (texts[index] !== '' && !bareLink.test(texts[index]!)) return index;
  }
  return -1;
}

/** A bare link after the last line of text: the targets of the document's hyperlinks. */
function trailingLinks(texts: readonly string[], index: number, lastText: number): boolean {
  return index > lastText && texts[index] !== undefined;
}
