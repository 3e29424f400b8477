import { useParams } from 'react-router';

/** The round of the current page (every round page has :roundId). */
export function useRoundId(): string {
  const { roundId } = useParams();
  if (!roundId) throw new Error('useRoundId outside a round page');
  return roundId;
}

const lastRoundKey = 'budgetflow.round';

export function rememberRound(roundId: string): void {
  try {
    localStorage.setItem(lastRoundKey, roundId);
  } catch {
    // Private browsing may refuse storage; the round is then chosen anew next time.
  }
}

export function lastRound(): string | null {
  try {
    return localStorage.getItem(lastRoundKey);
  } catch {
    return null;
  }
}
