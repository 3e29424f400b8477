import type { LocalDate, LocalTime } from '@budgetflow/domain';
import { findDanishDates } from '../text/danish-date';
import type { Warnings } from '../warnings';

/** Another initiative named in the text: "kan indarbejdes i forslag 4.5". */
export interface InitiativeReference {
  readonly number: string;
  /** `canBeMergedInto` when the text says this one can be folded into it. */
  readonly relation: 'canBeMergedInto' | 'mentions';
  /** The field whose text names it. */
  readonly field: string;
  /** The sentence that names it. */
  readonly text: string;
}

/** A date named in the text: "den 2. september 2025" (with "kl. 12.00" when given). */
export interface DateReference {
  readonly date: LocalDate;
  readonly time: LocalTime | null;
  readonly field: string;
  readonly text: string;
}

const initiativePattern =
  /\b(?:budget)?(?:forslag(?:et|ene)?|initiativ(?:et|erne)?)\s+(?:nr\.\s*)?(\d{1,3}\.\d{1,3})(?!\d|\.\d)/gi;
const mergeWords =
  /(indarbejdes|indarbejde|lægges\s+sammen|sammenlægges|sammenlægge|samles|indgå|indgår|foldes\s+ind|slås\s+sammen)\s+(?:\S+\s+){0,3}$/i;

export function initiativeReferences(
  field: string,
  text: string,
  own: string | null,
): InitiativeReference[] {
  const found: InitiativeReference[] = [];
  for (const sentence of sentencesOf(text)) {
    for (const match of sentence.matchAll(initiativePattern)) {
      const number = match[1]!;
      if (number === own || found.some((r) => r.number === number && r.field === field)) continue;
      const before = sentence.slice(0, match.index);
      const relation = mergeWords.test(before) ? 'canBeMergedInto' : 'mentions';
      found.push({ number, relation, field, text: sentence.trim() });
    }
  }
  return found;
}

export function dateReferences(field: string, text: string, warnings: Warnings): DateReference[] {
  const found: DateReference[] = [];
  for (const sentence of sentencesOf(text)) {
    for (const date of findDanishDates(sentence)) {
      if (!date.date) {
        warnings.add(field, `"${date.text}" er ikke en gyldig dato`);
        continue;
      }
      if (found.some((r) => r.date === date.date && r.time === date.time)) continue;
      found.push({ date: date.date, time: date.time, field, text: sentence.trim() });
    }
  }
  return found;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])|\n+/u).filter((s) => s.trim() !== '');
}
