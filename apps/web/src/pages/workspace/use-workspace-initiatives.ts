import { compareInitiativeNumbers } from '@budgetflow/domain';
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { InitiativeListItem, Page, User } from '../../api/types';

const pageSize = 200;

/** Every initiative of the list for one party group (or all, for null), page by page. */
async function listAll(roundId: string, party: string | null, signal: AbortSignal) {
  const items: InitiativeListItem[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await api<Page<InitiativeListItem>>(
      'GET',
      `/initiatives${query({ round: roundId, party, page, pageSize })}`,
      { signal },
    );
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

/**
 * The initiatives the user puts forward in the round: those of each of their party groups (a
 * member of several has them all, joint ones once), or the administration's own. Drafts first.
 */
export function useWorkspaceInitiatives(roundId: string, user: User) {
  const parties = user.role === 'partyGroupMember' ? [...user.partyGroups] : [];
  return useQuery({
    queryKey: ['initiatives', 'workspace', roundId, user.role, parties],
    queryFn: async ({ signal }) => {
      // The list has no filter for the administration's own proposals; they are picked here.
      const lists = await Promise.all(
        user.role === 'partyGroupMember'
          ? parties.map((party) => listAll(roundId, party, signal))
          : [listAll(roundId, null, signal)],
      );
      const byNumber = new Map<string, InitiativeListItem>();
      for (const item of lists.flat()) {
        const own = user.role === 'partyGroupMember' || item.submittedBy.kind === 'administration';
        if (own) byNumber.set(item.number, item);
      }
      return [...byNumber.values()].sort(
        (a, b) =>
          Number(b.state === 'draft') - Number(a.state === 'draft') ||
          compareInitiativeNumbers(a.number, b.number),
      );
    },
  });
}
