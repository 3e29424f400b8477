import type { MinutesItem } from '@budgetflow/documents';
import { isInitiativeNumber } from '@budgetflow/domain';

const number = String.raw`\d{1,3}\.\d{1,3}`;
// "forslag 4.2", "initiativerne 4.2, 4.5 og 5.1", "budgetforslag nr. 6.1"
const named = new RegExp(
  String.raw`\b(?:budget)?(?:forslag|initiativ)\w*\s+(?:nr\.\s*)?${number}(?:\s*(?:,|og|samt|&)\s*(?:nr\.\s*)?${number}(?![\d,]|\.\d))*`,
  'giu',
);
// A number standing alone in an agenda item's title ("Punkt 5: 4.2 Akutteam"); not a date
// (2.9.2025), an amount (2.400 kr., 1.050,5) or a time (kl. 15.05).
const bare = new RegExp(
  String.raw`(?<![\d.,]|kl\.\s?)(${number})(?![\d,]|\.\d)(?!\s*(?:mio|mia|t\.?\s*kr|kr))`,
  'giu',
);
const numbersIn = (text: string) => text.match(new RegExp(number, 'g')) ?? [];

/**
 * The initiatives an agenda item names: "forslag 4.2" (and the lists after it) in its title,
 * text and decision, the reader's own finds, and numbers standing alone in its title. Only
 * numbers of the initiatives' form; whether they exist is asked when the minutes are read.
 */
export function namedInitiatives(item: MinutesItem): string[] {
  const text = `${item.title}\n${item.description}\n${item.decision}`;
  const found = [
    ...item.initiatives,
    ...[...text.matchAll(named)].flatMap((match) => numbersIn(match[0].replace(/^\S+/, ''))),
    ...[...item.title.matchAll(bare)].map((match) => match[1]!),
  ];
  return [...new Set(found.filter(isInitiativeNumber))].sort(byNumber);
}

/** Number order: 4.2 before 4.10 before 5.1. */
export function byNumber(a: string, b: string): number {
  const [ac, an] = a.split('.').map(Number);
  const [bc, bn] = b.split('.').map(Number);
  return ac! - bc! || an! - bn!;
}

/** Links in one order and without empty items, so that the same links are stored alike. */
export function canonicalLinks(
  links: readonly { readonly item: number; readonly numbers: readonly string[] }[],
): { item: number; numbers: string[] }[] {
  return links
    .filter((link) => link.numbers.length > 0)
    .map((link) => ({ item: link.item, numbers: [...new Set(link.numbers)].sort(byNumber) }))
    .sort((a, b) => a.item - b.item);
}
