import { DocumentError } from './document-error';
import { type ImportedInitiative, readInitiativeForm } from './form/read-form';
import { type ImportedMinutes, readMinutes } from './minutes/read-minutes';
import { extractText } from './text/extract';
import { removeFurniture } from './text/furniture';
import { lineText, type SourceFormat, type TextLine } from './text/lines';
import { repairOcr } from './text/ocr';
import type { ImportWarning } from './warnings';

export type ImportedDocument =
  | {
      readonly kind: 'initiative';
      readonly format: SourceFormat;
      readonly document: ImportedInitiative;
      readonly warnings: ImportWarning[];
    }
  | {
      readonly kind: 'minutes';
      readonly format: SourceFormat;
      readonly document: ImportedMinutes;
      readonly warnings: ImportWarning[];
    };

/** Lines cleaned for reading: page furniture out, OCR damage to Danish letters repaired. */
export function prepareLines(lines: readonly TextLine[]): TextLine[] {
  return repairOcr(removeFurniture(lines)).lines;
}

/**
 * Reads a budget-initiative form or a meeting's minutes from a .docx, .pdf or .txt file. Throws
 * a DocumentError (with the reason in Danish) for a file that cannot be read at all.
 */
export async function readDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const extracted = await extractText(fileName, bytes);
  const lines = prepareLines(extracted.lines);
  return readLines(lines, extracted.format, fileName);
}

export function readLines(
  lines: readonly TextLine[],
  format: SourceFormat,
  fileName?: string,
): ImportedDocument {
  const kind = kindOf(lines);
  if (kind === 'initiative') return { kind, format, ...readInitiativeForm(lines, fileName) };
  return { kind, format, ...readMinutes(lines) };
}

const formMarks = [
  /^(INITIATIV|[|I]N[|I]T[|I]AT[|I]V)\s*(nr\.?\s*)?\d/i,
  /^Fremsat af\b/i,
  /^Form[åa]l og indhold\b/i,
  /^Budget\s*\/\s*finansieringsinitiativ/i,
  /^Forslag til budgetinitiativ/i,
  /^Administrationens bem[æ@]rkninger/i,
];
const minutesMarks = [
  /^Punkt\s+\d+\s*[:.]/i,
  /^Beslutning(\s+for\s+punkt\s+\d+)?\b/i,
  /^(Referat|Dagsorden)\b/i,
  /^M[øg@]dedato\b/i,
];

function kindOf(lines: readonly TextLine[]): 'initiative' | 'minutes' {
  const texts = lines.map((line) => lineText(line).trim());
  const score = (marks: readonly RegExp[]) =>
    marks.filter((mark) => texts.some((text) => mark.test(text))).length;
  const form = score(formMarks);
  const minutes = score(minutesMarks);
  if (form === 0 && minutes < 2) {
    throw new DocumentError(
      'Dokumentet ligner hverken et budgetinitiativ (standardskemaet) eller et mødereferat',
    );
  }
  return form >= minutes ? 'initiative' : 'minutes';
}
