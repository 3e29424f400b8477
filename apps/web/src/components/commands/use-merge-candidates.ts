import { lifecycleRules } from '@budgetflow/domain';
import { useInitiatives } from '../../api/initiatives';

/**
 * The initiatives of the round that could take this one in: those the lifecycle lets absorb
 * (neither drafts nor ended ones), not the initiative itself.
 */
export function useMergeCandidates(roundId: string, number: string) {
  const list = useInitiatives(
    { round: roundId, state: lifecycleRules.absorb.from },
    { pageSize: 200 },
  );
  return {
    candidates: (list.data?.items ?? []).filter((item) => item.number !== number),
    isPending: list.isPending,
    error: list.error,
  };
}
