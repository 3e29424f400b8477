import type { Kroner } from '@budgetflow/domain';
import { kronerOf } from '../text/danish-number';

/** An amount a decision names: "5,5 mio. kr. årligt", "2 mio. kr. i 2026", "250.000 kr.". */
export interface DecidedAmount {
  readonly text: string;
  readonly kroner: Kroner;
  /** Said to be a yearly amount ("årligt", "om året", "pr. år"). */
  readonly perYear: boolean;
  /** The year it is said to be for ("i 2026"), if one. */
  readonly year: number | null;
}

const amountPattern =
  /(-\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(mia\.?|mio\.?|t\.?)?\s*kr\.?(?:\s+(årligt|årlig|om\s+året|pr\.?\s*år|hvert\s+år))?(?:\s+i\s+((?:19|20)\d{2})\b)?/gi;

export function decidedAmounts(text: string): { amounts: DecidedAmount[]; unreadable: string[] } {
  const amounts: DecidedAmount[] = [];
  const unreadable: string[] = [];
  for (const match of text.matchAll(amountPattern)) {
    const number = `${match[1] ? '-' : ''}${match[2]}${match[3] ? `,${match[3]}` : ''}`;
    const unit = match[4] ? `${match[4].replace(/\.$/, '')}.kr` : 'kr';
    const kroner = kronerOf(number, unit);
    const phrase = match[0].trim();
    if (kroner === null) {
      unreadable.push(phrase);
      continue;
    }
    amounts.push({
      text: phrase,
      kroner,
      perYear: match[5] !== undefined,
      year: match[6] ? Number(match[6]) : null,
    });
  }
  return { amounts, unreadable };
}
