import { isInitiativeNumber, type SubmittedBy } from '@budgetflow/domain';
import { lineText, type TextLine } from '../text/lines';
import { tolerant } from '../text/tolerant';
import type { Warnings } from '../warnings';
import { sectionText } from './section-text';

const numberHeader = new RegExp(
  `^(?:${tolerant('Forslag')}|${tolerant('Initiativ')}|${tolerant('Budgetinitiativ')})\\s*(?:nr\\.?\\s*)?(\\d{1,3}[.,]\\d{1,3})\\.?$`,
  'i',
);
const roundHeader = /budget(?:initiativ|forslag)?\S*\s+(?:i\s+)?budget\s*(\d{4})\s*[-–]\s*(\d{4})/i;

const MAX_TITLE = 300;

/**
 * The initiative's number: from the title heading ("INITIATIV 4.2: …") and the page's header
 * ("Forslag 4.2"). Two numbers that disagree leave it empty: which one is right is not for the
 * reader to decide. The file's name is only mentioned, never used.
 */
export function readNumber(
  titleNumber: string | null,
  preamble: readonly TextLine[],
  fileName: string | undefined,
  warnings: Warnings,
): string | null {
  const found = new Set<string>();
  if (titleNumber) found.add(titleNumber);
  for (const line of preamble) {
    const match = numberHeader.exec(lineText(line));
    if (match) found.add(match[1]!.replace(',', '.'));
  }
  const numbers = [...found];
  if (numbers.length > 1) {
    warnings.add(
      'number',
      `Dokumentet angiver flere numre (${numbers.join(' og ')}); nummeret er ikke læst`,
    );
    return null;
  }
  const number = numbers[0];
  if (number === undefined) {
    const hint = fileName
      ? /(?:^|[^\d.])(\d{1,3}\.\d{1,3})(?![\d.]*\d)/.exec(fileName)?.[1]
      : undefined;
    warnings.add(
      'number',
      `Forslagets nummer står ikke i dokumentet${hint ? ` (filnavnet nævner ${hint})` : ''}`,
    );
    return null;
  }
  if (!isInitiativeNumber(number)) {
    warnings.add('number', `"${number}" er ikke et forslagsnummer som fx 4.2`);
    return null;
  }
  return number;
}

/** The round the form was filled in for, "2026-2029", when its header says so. */
export function readBudgetPeriod(preamble: readonly TextLine[]): string | null {
  for (const line of preamble) {
    const match = roundHeader.exec(lineText(line));
    if (match) return `${match[1]}-${match[2]}`;
  }
  return null;
}

export function readTitle(lines: readonly TextLine[] | undefined, warnings: Warnings): string {
  if (!lines) {
    warnings.add('title', 'Forslagets titel står ikke i dokumentet');
    return '';
  }
  const { text, doubtful } = sectionText(lines);
  const title = text.replace(/\s+/g, ' ').trim();
  if (title === '') {
    warnings.add('title', 'Forslagets titel er tom');
    return '';
  }
  if (title.length > MAX_TITLE) {
    warnings.add(
      'title',
      `Titlen kan ikke afgrænses fra teksten efter den (over ${MAX_TITLE} tegn); den er ikke læst`,
    );
    return '';
  }
  if (doubtful.length > 0) warnings.add('title', doubtfulMessage('titlen', doubtful));
  return title;
}

export function doubtfulMessage(where: string, words: readonly string[]): string {
  return `Usikker læsning af ${words.length === 1 ? 'ordet' : 'ordene'} ${words.map((w) => `"${w}"`).join(', ')} i ${where}; kontrollér teksten`;
}

/**
 * "Fremsat af": the party groups, jointly ("Socialdemokratiet og SF"), or the administration.
 * A party's letter in brackets ("Enhedslisten (Ø)") is not part of its name.
 */
export function readSubmittedBy(
  lines: readonly TextLine[] | undefined,
  warnings: Warnings,
): SubmittedBy | null {
  if (!lines) {
    warnings.add(
      'submittedBy',
      'Det står ikke i dokumentet, hvem der fremsætter forslaget ("Fremsat af")',
    );
    return null;
  }
  const { text, doubtful } = sectionText(lines);
  const value = text.replace(/\s+/g, ' ').replace(/[.;]$/, '').trim();
  if (value === '') {
    warnings.add('submittedBy', '"Fremsat af" er ikke udfyldt');
    return null;
  }
  if (doubtful.length > 0) {
    warnings.add('submittedBy', doubtfulMessage('"Fremsat af"', doubtful));
    return null;
  }
  if (/^administrationen$/i.test(value)) return { kind: 'administration' };
  const partyGroups = value
    .split(/\s*,\s*|\s+og\s+|\s*&\s*/)
    .map((name) => name.replace(/\s*\([A-ZÆØÅ@|]{1,2}\)$/u, '').trim())
    .filter((name) => name !== '');
  if (partyGroups.length === 0 || partyGroups.some((name) => name.length > 100)) {
    warnings.add('submittedBy', `"Fremsat af" kan ikke læses som partigrupper ("${value}")`);
    return null;
  }
  return { kind: 'partyGroups', partyGroups };
}
