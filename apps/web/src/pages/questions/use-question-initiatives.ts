import { useInitiatives } from '../../api/initiatives';

/**
 * The initiatives a question can be about, or the list filtered by: the round's as the reader
 * sees them, past the draft (a draft is the party's own, and the administration does not see it).
 */
export function useQuestionInitiatives(roundId: string) {
  const all = useInitiatives({ round: roundId }, { pageSize: 200 });
  const items = (all.data?.items ?? [])
    .filter((item) => item.state !== 'draft')
    .map((item) => ({ number: item.number, title: item.title }));
  return { items, isPending: all.isPending, error: all.error };
}
