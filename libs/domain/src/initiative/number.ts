/**
 * An initiative's number within its round, e.g. "4.2": the prefix (4) is the committee or area it
 * belongs to, and lists group by it.
 */
export type InitiativeNumber = string;

export const initiativeNumberPattern = /^[1-9]\d{0,2}\.[1-9]\d{0,2}$/;

export function isInitiativeNumber(value: string): value is InitiativeNumber {
  return initiativeNumberPattern.test(value);
}

export function committeeOf(number: InitiativeNumber): number {
  return Number(number.split('.')[0]);
}

/** Numeric order: 4.2 before 4.10 before 5.1. */
export function compareInitiativeNumbers(a: InitiativeNumber, b: InitiativeNumber): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
