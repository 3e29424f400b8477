import { lineText, type TextLine } from '../text/lines';
import { isInstruction, sentences } from './instructions';

export interface SectionText {
  /** Paragraphs separated by a blank line; '' when nothing is left. */
  readonly text: string;
  /** Sentences of the template's instructions were dropped. */
  readonly droppedInstructions: boolean;
  /** Words the OCR repair could not settle. */
  readonly doubtful: readonly string[];
}

/**
 * The text of a part of the form: lines joined into paragraphs (a line wrapped by the page, or
 * a paragraph broken by a spurious blank line in mid-sentence, is joined again), without the
 * template's instructions.
 */
export function sectionText(
  lines: readonly TextLine[],
  skip: (text: string) => boolean = () => false,
): SectionText {
  const paragraphs: string[][] = [[]];
  const doubtful: string[] = [];
  for (const line of lines) {
    const text = lineText(line);
    if (text === '') {
      if (paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
      continue;
    }
    if (skip(text)) continue;
    doubtful.push(...(line.doubtful ?? []));
    paragraphs[paragraphs.length - 1]!.push(text);
  }
  const joined = mergeBrokenParagraphs(paragraphs.filter((p) => p.length > 0).map(joinLines));
  let droppedInstructions = false;
  const kept = joined
    .map((paragraph) => {
      const parts = sentences(paragraph);
      const content = parts.filter((sentence) => !isInstruction(sentence));
      if (content.length < parts.length) droppedInstructions = true;
      return content.join(' ').trim();
    })
    .filter((paragraph) => paragraph !== '');
  return { text: kept.join('\n\n'), droppedInstructions, doubtful: [...new Set(doubtful)] };
}

function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (text === '') return line;
    // "e-" at a line's end before "læring": the hyphen is the word's own, kept without a space.
    if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text + line;
    return `${text} ${line}`;
  }, '');
}

/**
 * A paragraph that goes on in lower case ("jf." before "bl.a. …"), or a paragraph that ends
 * in mid-sentence before one that starts with a number: a blank line where there was none.
 */
function mergeBrokenParagraphs(paragraphs: readonly string[]): string[] {
  const merged: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = merged[merged.length - 1];
    const listItem = /^([a-zæøå]\)|[-•–])\s/u.test(paragraph);
    const continues =
      /^\p{Ll}/u.test(paragraph) ||
      (!/[.!?:;)"”]$/.test(previous ?? '.') && /^[\d(]/.test(paragraph));
    if (previous !== undefined && continues && !listItem) {
      merged[merged.length - 1] = joinLines([previous, paragraph]);
    } else merged.push(paragraph);
  }
  return merged;
}
